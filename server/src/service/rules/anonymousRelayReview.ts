import { flags } from '../objects/access';
import { displayName } from '../objects/model';
import { isDefaultReceiveConnector } from './defaultReceiveConnectors';
import { identityArg, OBJECT_KINDS_OF_FILES, objectsOf } from './objectRules';
import { defineRule } from './types';

export const anonymousRelayReview = defineRule({
  meta: {
    id: 'anonymous-relay-review',
    defaultSeverity: 'information',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A custom receive connector open to anonymous senders: check it does not grant relay rights.',
    messages: {
      anonymous: 'Receive connector "{{name}}" accepts anonymous senders; check that it grants them no relay.',
      custom: 'Receive connector "{{name}}" has custom permissions; check who may relay through it.',
    },
    fixes: { listGrants: 'List who may relay through "{{name}}" (Get-ADPermission; changes nothing)' },
    sources: [
      { title: 'Allow anonymous relay on Exchange servers', url: 'https://learn.microsoft.com/exchange/mail-flow/connectors/allow-anonymous-relay' },
      'Get-ADPermission',
    ],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const groups = flags(obj, 'PermissionGroups');
      if (!groups) continue;
      const custom = groups.value.has('custom');
      // The connectors Exchange creates accept anonymous Internet mail by design, without relay.
      const anonymous = groups.value.has('anonymoususers') && !isDefaultReceiveConnector(obj);
      if (!custom && !anonymous) continue;
      ctx.report({
        range: groups.prop.valueRange,
        messageId: anonymous ? 'anonymous' : 'custom',
        data: { name: displayName(obj) },
        fix: {
          fixId: 'listGrants',
          command: `Get-ADPermission ${identityArg(obj)} | Where-Object { $_.ExtendedRights -like "*Accept-Any-Recipient*" }`,
        },
      });
    }
  },
});
