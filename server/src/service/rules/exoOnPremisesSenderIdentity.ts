import { at, enumMember, list, text } from '../objects/access';
import { property } from '../objects/model';
import { parseIpRange, rangeSize } from '../values/ipRange';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const exoOnPremisesSenderIdentity: Rule = {
  meta: {
    id: 'exo-on-premises-sender-identity',
    defaultSeverity: 'error',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description:
      'An OnPremises inbound connector that identifies senders by neither IP address nor certificate; or an inbound connector with sender IP ranges wider than /24.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'inbound-connector')) {
      const type = enumMember(obj, 'ConnectorType');
      const ips = list(obj, 'SenderIPAddresses');
      const label = objectLabel(obj, 'Inbound connector');
      if (type?.value === 'OnPremises' && !text(obj, 'TlsSenderCertificateName') && ips && ips.value.length === 0 && !ips.truncated) {
        const p = property(obj, 'TlsSenderCertificateName');
        const command = setCommand('Set-InboundConnector', obj, '-TlsSenderCertificateName <name on your Edge/Hub certificate> -RequireTls $true');
        ctx.report({
          fix: { command },
          range: p ? at(p) : type.prop.valueRange,
          message: `${label} accepts mail from your organisation (ConnectorType OnPremises) but identifies it by neither certificate nor IP address; Exchange Online refuses this and cannot tell your servers from anyone else. Run: ${command}.`,
        });
      }
      for (const item of ips?.value ?? []) {
        const r = parseIpRange(item.text).value;
        // /24 to /32 only, whatever way the range is written.
        if (r?.family === 'ipv4' && rangeSize(r) > 256n) {
          ctx.report({
            range: item.range,
            message: `${label} lists ${item.text}; Exchange Online accepts sender IP ranges from /24 to /32 only. List the public addresses of your outbound servers instead.`,
          });
        }
      }
    }
  },
};
