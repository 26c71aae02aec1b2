import type { Rule } from './types';

export const xmlSyntax: Rule = {
  meta: {
    id: 'xml-syntax',
    defaultSeverity: 'error',
    category: 'syntax',
    kinds: ['edge-subscription', 'clixml'],
    description: 'The XML is not well-formed, or declares a DOCTYPE/ENTITY (refused, never expanded).',
  },
  check(ctx) {
    for (const e of ctx.file.syntaxErrors) ctx.report({ range: e.range, message: e.message });
  },
};
