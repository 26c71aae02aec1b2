import type { Rule } from './types';

export const configInvalid: Rule = {
  meta: {
    id: 'config-invalid',
    defaultSeverity: 'error',
    category: 'file',
    kinds: ['config'],
    description: 'A problem in .exchange-transport.json: invalid JSON, an unknown rule or setting, a bad severity or option. Defaults are used for it.',
  },
  check(ctx) {
    if (ctx.file.kind !== 'config') return;
    // The configuration is a file the user edits: a misspelt name is fixed in place.
    for (const p of ctx.file.config.problems) {
      ctx.report({
        range: p.range,
        message: p.message,
        fix: p.replacement ? { title: `Change to ${p.replacement}`, edits: [{ range: p.range, newText: p.replacement }] } : undefined,
      });
    }
  },
};
