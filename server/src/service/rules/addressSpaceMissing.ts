import { at, list, text } from '../objects/access';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const addressSpaceMissing: Rule = {
  meta: {
    id: 'address-space-missing',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A send connector has no AddressSpaces, so no mail is routed to it.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const spaces = list(obj, 'AddressSpaces');
      if (!spaces || spaces.value.length > 0 || spaces.truncated) continue;
      const connected = list(obj, 'ConnectedDomains');
      if (connected && connected.value.length > 0) continue;
      // A 2007/2010 connector linked to a receive connector routes what that connector receives: no spaces needed.
      if (text(obj, 'LinkedReceiveConnector')) continue;
      const command = setCommand('Set-SendConnector', obj, '-AddressSpaces "SMTP:<domain>;1"');
      ctx.report({
        fix: { command },
        range: at(spaces.prop),
        message: `${objectLabel(obj, 'Send connector')} has no address spaces, so routing never picks it. Run: ${command} (e.g. "SMTP:*;1" for Internet mail).`,
      });
    }
  },
};
