import { bool, text } from '../objects/access';
import { displayName } from '../objects/model';
import { OBJECT_KINDS_OF_FILES, objectFix, objectsOf } from './objectRules';
import { defineRule } from './types';

// Partner and OnPremises connectors alike: Set-InboundConnector documents RequireTls for Partner connectors, but
// the Hybrid Configuration Wizard creates its OnPremises connector with RequireTls $true beside the certificate
// name, and the certificate name is documented as used when RequireTls is $true (see the rule's docs page).
export const exoTlsCertificateWithoutRequireTls = defineRule({
  meta: {
    id: 'exo-tls-certificate-without-require-tls',
    defaultSeverity: 'warning',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'An inbound connector identifies senders by TlsSenderCertificateName but does not require TLS.',
    messages: {
      certificateUnused: 'Inbound connector "{{name}}" names sender certificate {{certificate}} but does not require TLS.',
    },
    fixes: {
      requireTls: 'Require TLS from the senders of "{{name}}", as the HCW sets it (mail sent without TLS is refused)',
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
      const certificate = text(obj, 'TlsSenderCertificateName');
      const require = bool(obj, 'RequireTls');
      if (!certificate || require?.value !== false) continue;
      ctx.report({
        range: require.prop.valueRange,
        messageId: 'certificateUnused',
        data: { name: displayName(obj), certificate: certificate.value },
        fix: objectFix('requireTls', 'Set-InboundConnector', obj, '-RequireTls $true'),
        relatedInformation: [{ range: certificate.prop.valueRange, message: 'TlsSenderCertificateName is used when RequireTls is $true' }],
      });
    }
  },
});
