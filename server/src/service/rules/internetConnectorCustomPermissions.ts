import { flags, list } from '../objects/access';
import { displayName, type ExchangeObject } from '../objects/model';
import { coversWholeInternet, parseIpRange } from '../values/ipRange';
import { identityArg, OBJECT_KINDS_OF_FILES, objectsOf } from './objectRules';
import type { Range } from '../types';
import { defineRule } from './types';

/** The connectors Exchange creates for Internet mail: "Default Frontend <server>", and on an Edge "Default internal receive connector <server>". */
const DEFAULT_INTERNET = /^Default (?:Frontend|internal receive connector) \S+$/i;

export const internetConnectorCustomPermissions = defineRule({
  meta: {
    id: 'internet-connector-custom-permissions',
    defaultSeverity: 'warning',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description:
      'A receive connector open to anonymous senders from every address also has custom permissions: check that anonymous users were not granted relay.',
    messages: {
      custom: 'Receive connector "{{name}}" takes anonymous mail from anywhere and has custom permissions.',
    },
    fixes: {
      check: 'List who may relay through "{{name}}" (read only, changes nothing)',
      removeRelay: 'Remove the anonymous relay right from "{{name}}" (applications that relay through it anonymously will be refused)',
    },
    sources: [
      { title: 'Allow anonymous relay on Exchange servers', url: 'https://learn.microsoft.com/exchange/mail-flow/connectors/allow-anonymous-relay' },
      'Get-ADPermission',
      'Remove-ADPermission',
    ],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const groups = flags(obj, 'PermissionGroups');
      if (!groups?.value.has('anonymoususers') || !groups.value.has('custom')) continue;
      const everywhere = internetWide(obj);
      if (!everywhere) continue;
      const connector = `Get-ReceiveConnector ${identityArg(obj)}`;
      ctx.report({
        range: groups.prop.valueRange,
        messageId: 'custom',
        data: { name: displayName(obj) },
        fix: [
          {
            fixId: 'check',
            command: `${connector} | Get-ADPermission | Where-Object { $_.ExtendedRights -like "*ms-Exch-SMTP-Accept-Any-Recipient*" } | Format-Table User, ExtendedRights, Deny, IsInherited`,
          },
          {
            fixId: 'removeRelay',
            command: `${connector} | Remove-ADPermission -User "NT AUTHORITY\\ANONYMOUS LOGON" -ExtendedRights ms-Exch-SMTP-Accept-Any-Recipient`,
          },
        ],
        relatedInformation: everywhere === true ? undefined : [{ range: everywhere, message: 'RemoteIPRanges covers every address' }],
      });
    }
  },
});

/** Where the connector takes every address (the RemoteIPRanges item), true for a default Internet connector whose ranges are not shown. */
export function internetWide(obj: ExchangeObject): Range | true | undefined {
  const ranges = list(obj, 'RemoteIPRanges');
  if (!ranges) return DEFAULT_INTERNET.test(displayName(obj)) ? true : undefined;
  for (const item of ranges.value) {
    const r = parseIpRange(item.text).value;
    if (r && coversWholeInternet(r)) return item.range;
  }
  return undefined;
}
