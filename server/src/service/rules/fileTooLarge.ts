import type { Rule } from './types';

export const fileTooLarge: Rule = {
  meta: {
    id: 'file-too-large',
    defaultSeverity: 'warning',
    category: 'file',
    kinds: ['edge-subscription', 'format-list', 'clixml', 'json', 'powershell', 'unknown'],
    description: 'The file is larger than the analysis limit (maxFileSize); it was not checked.',
  },
  check(ctx) {
    const big = ctx.file.tooLarge;
    if (!big) return;
    ctx.report({
      range: ctx.file.lines.range(0, ctx.file.lines.lineEnd(0)),
      message: `This file (${(big.size / 1048576).toFixed(1)} MB) is larger than the analysis limit (${(big.limit / 1048576).toFixed(1)} MB), so it was not checked. Split the dump (one Get- command per file) or raise the maxFileSize setting.`,
    });
  },
};
