import { flags } from '../objects/access';
import { displayName } from '../objects/model';
import { narrowedRangesArg, remoteRanges } from './internetRanges';
import { identityArg, OBJECT_KINDS_OF_FILES, objectsOf, setCommand } from './objectRules';
import { defineRule } from './types';

export const openRelay = defineRule({
  meta: {
    id: 'open-relay',
    defaultSeverity: 'error',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'ExternalAuthoritative + ExchangeServers on remote IP ranges that reach the Internet: an open relay.',
    messages: {
      openRelay: 'Receive connector "{{name}}" is an open relay: any host in {{range}} may relay through it.',
    },
    fixes: {
      limitRanges: 'Limit "{{name}}" to the hosts that relay (-RemoteIPRanges; other hosts lose relay through it)',
      anonymousRelay:
        'Make "{{name}}" an anonymous relay for the relaying hosts only (-RemoteIPRanges and an Accept-Any-Recipient grant; their mail is no longer trusted as internal)',
    },
    sources: [
      { title: 'Allow anonymous relay on Exchange servers', url: 'https://learn.microsoft.com/exchange/mail-flow/connectors/allow-anonymous-relay' },
      'Set-ReceiveConnector',
      'Add-ADPermission',
    ],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const auth = flags(obj, 'AuthMechanism');
      const groups = flags(obj, 'PermissionGroups');
      if (!auth?.value.has('externalauthoritative') || !groups?.value.has('exchangeservers')) continue;
      const ranges = remoteRanges(obj);
      if (!ranges) continue;
      // Both fixes narrow RemoteIPRanges: an Accept-Any-Recipient grant over the whole Internet is an open relay too.
      const narrowed = narrowedRangesArg(ranges);
      for (const item of ranges.wide) {
        ctx.report({
          range: item.range,
          messageId: 'openRelay',
          data: { name: displayName(obj), range: item.text.trim() },
          fix: [
            { fixId: 'limitRanges', command: setCommand('Set-ReceiveConnector', obj, narrowed) },
            {
              fixId: 'anonymousRelay',
              command: `${setCommand('Set-ReceiveConnector', obj, `-AuthMechanism Tls -PermissionGroups AnonymousUsers ${narrowed}`)}; Get-ReceiveConnector ${identityArg(obj).replace(/^-Identity /, '')} | Add-ADPermission -User "NT AUTHORITY\\ANONYMOUS LOGON" -ExtendedRights ms-Exch-SMTP-Accept-Any-Recipient`,
            },
          ],
          relatedInformation: [{ range: auth.prop.valueRange, message: 'AuthMechanism includes ExternalAuthoritative' }],
        });
      }
    }
  },
});
