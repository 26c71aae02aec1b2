import { defineRule } from './types';

export const fileTooLarge = defineRule({
  meta: {
    id: 'file-too-large',
    defaultSeverity: 'warning',
    category: 'file',
    readsTooLarge: true,
    kinds: ['edge-subscription', 'format-list', 'clixml', 'json', 'powershell', 'unknown'],
    description: 'The file is larger than the analysis limit (maxFileSize); it was not checked.',
    messages: {
      tooLarge: 'This {{size}} file is over the {{limit}} analysis limit (maxFileSize), so it was not checked.',
    },
  },
  check(ctx) {
    const big = ctx.file.tooLarge;
    if (!big) return;
    ctx.report({
      range: ctx.file.lines.range(0, ctx.file.lines.lineEnd(0)),
      messageId: 'tooLarge',
      data: { size: megabytes(big.size), limit: megabytes(big.limit) },
    });
  },
});

/** Characters as MB with one decimal (10.0 MB), or KB under 1 MB. */
function megabytes(n: number): string {
  return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
