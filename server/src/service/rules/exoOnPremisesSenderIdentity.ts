import { at, enumMember, list, text } from '../objects/access';
import { displayName, property } from '../objects/model';
import { parseIpRange, rangeSize } from '../values/ipRange';
import { OBJECT_KINDS_OF_FILES, objectFix, objectsOf } from './objectRules';
import { defineRule } from './types';

export const exoOnPremisesSenderIdentity = defineRule({
  meta: {
    id: 'exo-on-premises-sender-identity',
    defaultSeverity: 'error',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description:
      'An OnPremises inbound connector that identifies senders by neither IP address nor certificate; or sender IP addresses Exchange Online does not accept (wider than /24, IPv6).',
    messages: {
      noIdentity: 'OnPremises connector "{{name}}" recognises your servers by neither certificate nor IP address.',
      tooWide: 'Inbound connector "{{name}}" lists sender range {{range}}, wider than the /24 allowed.',
      ipv6: 'Inbound connector "{{name}}" lists IPv6 sender address {{range}}; Exchange Online takes IPv4 only.',
    },
    fixes: {
      byCertificate: 'Recognise your servers on "{{name}}" by their certificate\'s domain, as the HCW does (fill it in)',
      byIpAddress: 'Recognise your servers on "{{name}}" by their public IPv4 addresses (fill them in, /24 to /32)',
    },
    sources: ['Set-InboundConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'inbound-connector')) {
      const type = enumMember(obj, 'ConnectorType');
      const ips = list(obj, 'SenderIPAddresses');
      const name = displayName(obj);
      if (type?.value === 'OnPremises' && !text(obj, 'TlsSenderCertificateName') && ips && ips.value.length === 0 && !ips.truncated) {
        const p = property(obj, 'TlsSenderCertificateName');
        ctx.report({
          range: p ? at(p) : type.prop.valueRange,
          messageId: 'noIdentity',
          data: { name },
          // That Exchange Online refuses such a connector is known from 2013-era validation only: one severity lower.
          uncertain: true,
          fix: [
            objectFix('byCertificate', 'Set-InboundConnector', obj, '-TlsSenderCertificateName "<domain on your servers\' certificate>" -RequireTls $true'),
            objectFix('byIpAddress', 'Set-InboundConnector', obj, '-SenderIPAddresses "<your servers\' public IPv4 addresses>"'),
          ],
        });
      }
      for (const item of ips?.value ?? []) {
        const r = parseIpRange(item.text).value;
        if (!r) continue;
        // IPv4 from /24 to /32 only, whatever way the range is written; no IPv6 at all.
        if (r.family === 'ipv6') ctx.report({ range: item.range, messageId: 'ipv6', data: { name, range: item.text.trim() } });
        else if (rangeSize(r) > 256n) ctx.report({ range: item.range, messageId: 'tooWide', data: { name, range: item.text.trim() } });
      }
    }
  },
});
