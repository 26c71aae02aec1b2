import { timespan } from '../objects/access';
import { displayName } from '../objects/model';
import { formatTimeSpan } from '../values/timeSpan';
import { OBJECT_KINDS_OF_FILES, objectsOf, setCommand } from './objectRules';
import { defineRule } from './types';

/** Exchange's default ConnectionTimeout: the fix never proposes less. */
const DEFAULT_TIMEOUT_MS = 600000;

export const connectionTimeoutOrder = defineRule({
  meta: {
    id: 'connection-timeout-order',
    defaultSeverity: 'error',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'ConnectionTimeout is shorter than ConnectionInactivityTimeout on a receive connector.',
    messages: {
      shorter: 'Receive connector "{{name}}" has ConnectionTimeout {{total}}, shorter than its ConnectionInactivityTimeout {{idle}}.',
    },
    fixes: { lengthen: 'Set ConnectionTimeout of "{{name}}" to {{value}}' },
    sources: ['Set-ReceiveConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const total = timespan(obj, 'ConnectionTimeout');
      const idle = timespan(obj, 'ConnectionInactivityTimeout');
      if (!total || !idle || total.value >= idle.value) continue;
      const value = formatTimeSpan(Math.max(idle.value, DEFAULT_TIMEOUT_MS));
      ctx.report({
        range: total.prop.valueRange,
        messageId: 'shorter',
        data: { name: displayName(obj), total: total.prop.text.trim(), idle: idle.prop.text.trim() },
        fix: { fixId: 'lengthen', data: { value }, command: setCommand('Set-ReceiveConnector', obj, `-ConnectionTimeout ${value}`) },
        relatedInformation: [{ range: idle.prop.valueRange, message: 'ConnectionInactivityTimeout' }],
      });
    }
  },
});
