import { LOG_KINDS, PROTOCOL_LOGGING } from './protocolLogRules';
import { defineRule } from './types';

const MB = 1024 * 1024;

export const smtpLogSyntax = defineRule({
  meta: {
    id: 'smtp-log-syntax',
    defaultSeverity: 'warning',
    category: 'syntax',
    readsTooLarge: true,
    kinds: LOG_KINDS,
    description: 'A line of a protocol log that is not a row Exchange writes (nine CSV fields), or a log too large to open in the editor.',
    messages: {
      malformed: '{{problem}}.',
      tooLarge: 'This protocol log ({{size}} MB) is larger than the editor analyses ({{limit}} MB); run exchange-transport-lint on it, which streams logs.',
    },
    sources: [PROTOCOL_LOGGING],
  },
  check(ctx) {
    const file = ctx.file;
    if (file.tooLarge) {
      ctx.report({
        range: file.lines.range(0, file.lines.lineEnd(0)),
        messageId: 'tooLarge',
        data: { size: (file.tooLarge.size / MB).toFixed(1), limit: (file.tooLarge.limit / MB).toFixed(0) },
      });
      return;
    }
    for (const p of file.syntaxErrors) ctx.report({ range: p.range, messageId: 'malformed', data: { problem: String(p.data?.problem ?? '') } });
  },
});
