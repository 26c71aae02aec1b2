import type { Rule } from './types';

export const jsonSyntax: Rule = {
  meta: {
    id: 'json-syntax',
    defaultSeverity: 'error',
    category: 'syntax',
    kinds: ['json'],
    description: 'The JSON is not valid (a ConvertTo-Json export that was cut or edited).',
  },
  check(ctx) {
    for (const e of ctx.file.syntaxErrors) ctx.report({ range: e.range, message: e.message });
  },
};
