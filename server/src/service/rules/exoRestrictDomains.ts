import { at, bool, enumMember, list, text } from '../objects/access';
import { displayName, property } from '../objects/model';
import type { RelatedInformation } from '../types';
import { OBJECT_KINDS_OF_FILES, objectFix, objectsOf } from './objectRules';
import { defineRule } from './types';

export const exoRestrictDomains = defineRule({
  meta: {
    id: 'exo-restrict-domains',
    defaultSeverity: 'error',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description:
      'RestrictDomainsToCertificate / RestrictDomainsToIPAddresses on an inbound connector without the certificate name or IP addresses they restrict to, or both at once.',
    messages: {
      noCertificate: 'Inbound connector "{{name}}" accepts only senders with a certificate name but names none.',
      noIpAddresses: 'Inbound connector "{{name}}" accepts only listed sender IP addresses but lists none.',
      both: 'Inbound connector "{{name}}" restricts sender domains by both certificate and IP address.',
    },
    fixes: {
      setCertificate: 'Name the sender certificate "{{name}}" accepts (-TlsSenderCertificateName; fill it in)',
      setIpAddresses: 'List the sender IP addresses "{{name}}" accepts (-SenderIPAddresses; fill them in)',
      unrestrictCertificate: 'Stop restricting "{{name}}" by certificate (its sender domains are then accepted from any server)',
      unrestrictIpAddresses: 'Stop restricting "{{name}}" by IP address (its sender domains are then accepted from any server)',
      certificateOnly: 'Restrict "{{name}}" by certificate only (-RestrictDomainsToIPAddresses $false)',
    },
    sources: [
      'Set-InboundConnector',
      {
        title: 'Scenario: Integrate Exchange Online with an email add-on service',
        url: 'https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/integrate-office-365-with-an-email-add-on-service',
      },
    ],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'inbound-connector')) {
      const name = displayName(obj);
      const byCert = bool(obj, 'RestrictDomainsToCertificate');
      const byIp = bool(obj, 'RestrictDomainsToIPAddresses');
      // Both switches are documented for Partner connectors only: on an OnPremises connector the finding is
      // reported one severity lower, with the reason.
      const type = enumMember(obj, 'ConnectorType');
      const onPremises = type?.value === 'OnPremises';
      const why: RelatedInformation[] = onPremises
        ? [{ range: type.prop.valueRange, message: 'ConnectorType is OnPremises: Set-InboundConnector documents this restriction for Partner connectors' }]
        : [];
      if (byCert?.value && !text(obj, 'TlsSenderCertificateName')) {
        const p = property(obj, 'TlsSenderCertificateName');
        ctx.report({
          range: p ? at(p) : byCert.prop.valueRange,
          messageId: 'noCertificate',
          data: { name },
          uncertain: onPremises,
          fix: [
            objectFix('setCertificate', 'Set-InboundConnector', obj, '-TlsSenderCertificateName "<domain on the sender\'s certificate>" -RequireTls $true'),
            objectFix('unrestrictCertificate', 'Set-InboundConnector', obj, '-RestrictDomainsToCertificate $false'),
          ],
          relatedInformation: [{ range: byCert.prop.valueRange, message: 'RestrictDomainsToCertificate is $true' }, ...why],
        });
      }
      if (byIp?.value) {
        const ips = list(obj, 'SenderIPAddresses');
        if (ips && ips.value.length === 0 && !ips.truncated) {
          ctx.report({
            range: at(ips.prop),
            messageId: 'noIpAddresses',
            data: { name },
            uncertain: onPremises,
            fix: [
              objectFix('setIpAddresses', 'Set-InboundConnector', obj, '-SenderIPAddresses "<sender\'s public IPv4 addresses>"'),
              objectFix('unrestrictIpAddresses', 'Set-InboundConnector', obj, '-RestrictDomainsToIPAddresses $false'),
            ],
            relatedInformation: [{ range: byIp.prop.valueRange, message: 'RestrictDomainsToIPAddresses is $true' }, ...why],
          });
        }
      }
      if (byCert?.value && byIp?.value) {
        ctx.report({
          range: byIp.prop.valueRange,
          messageId: 'both',
          data: { name },
          // That only one is allowed is known from 2013-era Exchange Online validation, not from the documentation.
          uncertain: true,
          fix: objectFix('certificateOnly', 'Set-InboundConnector', obj, '-RestrictDomainsToIPAddresses $false'),
          relatedInformation: [{ range: byCert.prop.valueRange, message: 'RestrictDomainsToCertificate is $true' }, ...why],
        });
      }
    }
  },
});
