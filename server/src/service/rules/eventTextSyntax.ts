import { defineRule } from './types';

export const eventTextSyntax = defineRule({
  meta: {
    id: 'event-text-syntax',
    defaultSeverity: 'warning',
    category: 'syntax',
    kinds: ['event-log-text'],
    description: 'Event-log text that cannot be read as an event: no Event ID, or an Event ID that is not a number.',
    messages: {
      noId: 'This event has no Event ID, so it cannot be checked; copy it again with its header.',
      badId: 'Event ID "{{id}}" is not a number, so this event cannot be checked.',
    },
  },
  check(ctx) {
    if (ctx.file.kind !== 'event-log-text') return;
    for (const e of ctx.file.events) {
      if (e.id !== undefined) continue;
      if (e.idField && !e.idField.empty) ctx.report({ range: e.idField.valueRange, messageId: 'badId', data: { id: e.idField.text.trim().slice(0, 40) } });
      else ctx.report({ range: e.idField?.nameRange ?? e.selectionRange, messageId: 'noId' });
    }
  },
});
