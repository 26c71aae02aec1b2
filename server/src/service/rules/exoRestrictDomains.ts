import { at, bool, list, text } from '../objects/access';
import { property } from '../objects/model';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const exoRestrictDomains: Rule = {
  meta: {
    id: 'exo-restrict-domains',
    defaultSeverity: 'error',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description:
      'RestrictDomainsToCertificate / RestrictDomainsToIPAddresses on an inbound connector without the certificate name or IP addresses they restrict to, or both at once.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'inbound-connector')) {
      const label = objectLabel(obj, 'Inbound connector');
      const byCert = bool(obj, 'RestrictDomainsToCertificate');
      const byIp = bool(obj, 'RestrictDomainsToIPAddresses');
      if (byCert?.value && !text(obj, 'TlsSenderCertificateName')) {
        const p = property(obj, 'TlsSenderCertificateName');
        const command = setCommand('Set-InboundConnector', obj, '-TlsSenderCertificateName <name on your certificate> -RequireTls $true');
        ctx.report({
          fix: { command },
          range: p ? at(p) : byCert.prop.valueRange,
          message: `${label} restricts sender domains to a certificate (RestrictDomainsToCertificate $true) but names none; Exchange Online refuses this. Run: ${command}.`,
        });
      }
      if (byIp?.value) {
        const ips = list(obj, 'SenderIPAddresses');
        if (ips && ips.value.length === 0 && !ips.truncated) {
          const command = setCommand('Set-InboundConnector', obj, '-SenderIPAddresses <your public IPs>');
          ctx.report({
            fix: { command },
            range: at(ips.prop),
            message: `${label} restricts sender domains to IP addresses (RestrictDomainsToIPAddresses $true) but lists none; Exchange Online refuses this. Run: ${command}.`,
          });
        }
      }
      if (byCert?.value && byIp?.value) {
        const command = setCommand('Set-InboundConnector', obj, '-RestrictDomainsToIPAddresses $false');
        ctx.report({
          fix: { command },
          range: byIp.prop.valueRange,
          message: `${label} restricts sender domains both by certificate and by IP address; only one is allowed. Run: ${command} (the certificate is the stronger check).`,
          relatedInformation: [{ range: byCert.prop.valueRange, message: 'RestrictDomainsToCertificate is $true' }],
        });
      }
    }
  },
};
