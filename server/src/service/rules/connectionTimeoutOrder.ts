import { timespan } from '../objects/access';
import { formatTimeSpan } from '../values/timeSpan';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const connectionTimeoutOrder: Rule = {
  meta: {
    id: 'connection-timeout-order',
    defaultSeverity: 'error',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'ConnectionTimeout is shorter than ConnectionInactivityTimeout on a receive connector.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const total = timespan(obj, 'ConnectionTimeout');
      const idle = timespan(obj, 'ConnectionInactivityTimeout');
      if (!total || !idle || total.value >= idle.value) continue;
      const command = setCommand('Set-ReceiveConnector', obj, `-ConnectionTimeout ${formatTimeSpan(Math.max(idle.value, 600000))}`);
      ctx.report({
        fix: { command },
        range: total.prop.valueRange,
        message: `${objectLabel(obj, 'Receive connector')} has ConnectionTimeout ${total.prop.text}, shorter than ConnectionInactivityTimeout ${idle.prop.text}; Exchange requires the total time to be at least the idle time. Run: ${command}.`,
        relatedInformation: [{ range: idle.prop.valueRange, message: 'ConnectionInactivityTimeout' }],
      });
    }
  },
};
