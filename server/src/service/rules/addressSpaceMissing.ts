import { at, list, text } from '../objects/access';
import { displayName } from '../objects/model';
import { isEdgeSyncConnector, OBJECT_KINDS_OF_FILES, objectFix, objectsOf } from './objectRules';
import { defineRule } from './types';

export const addressSpaceMissing = defineRule({
  meta: {
    id: 'address-space-missing',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A send connector has no AddressSpaces, so no mail is routed to it.',
    messages: {
      noAddressSpace: 'Send connector "{{name}}" has no address spaces, so routing never picks it.',
      noAddressSpaceEdgeSync: 'EdgeSync connector "{{name}}" has no address spaces; change it on a Mailbox server.',
    },
    fixes: {
      addAddressSpace: 'Route a domain through "{{name}}" (-AddressSpaces; fill in the domain, "SMTP:*;1" for all Internet mail)',
    },
    sources: ['New-SendConnector', 'Set-SendConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const spaces = list(obj, 'AddressSpaces');
      if (!spaces || spaces.value.length > 0 || spaces.truncated) continue;
      const connected = list(obj, 'ConnectedDomains');
      if (connected && connected.value.length > 0) continue;
      // A 2007/2010 connector linked to a receive connector routes what that connector receives: no spaces needed.
      if (text(obj, 'LinkedReceiveConnector')) continue;
      ctx.report({
        range: at(spaces.prop),
        messageId: isEdgeSyncConnector(obj) ? 'noAddressSpaceEdgeSync' : 'noAddressSpace',
        data: { name: displayName(obj) },
        fix: objectFix('addAddressSpace', 'Set-SendConnector', obj, '-AddressSpaces "SMTP:<domain>;1"'),
      });
    }
  },
});
