import { enumMember, has, list } from '../objects/access';
import { displayName, property } from '../objects/model';
import { parseTlsDomainCapabilities } from '../values/tlsDomainCapabilities';
import { OBJECT_KINDS_OF_FILES, objectsOf, setCommand } from './objectRules';
import { defineRule } from './types';

/** The capabilities that make a receive connector the one Microsoft 365 delivers hybrid mail to. */
export const CLOUD_CAPABILITIES = new Set(['acceptcloudservicesmail', 'acceptoorgprotocol']);

export const hybridTlsCertificateNameEmpty = defineRule({
  meta: {
    id: 'hybrid-tls-certificate-name-empty',
    defaultSeverity: 'warning',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A Front End receive connector that accepts Microsoft 365 mail (TlsDomainCapabilities) names no TLS certificate.',
    messages: {
      empty: 'Receive connector "{{name}}" accepts cloud mail but its TlsCertificateName is empty.',
    },
    fixes: {
      setName: 'Set TlsCertificateName of "{{name}}" to the hybrid certificate (it must be on this server and enabled for SMTP)',
    },
    sources: [
      'Set-ReceiveConnector',
      { title: 'HealthChecker: Cloud Connector Check', url: 'https://microsoft.github.io/CSS-Exchange/Diagnostics/HealthChecker/CloudConnectorCheck/' },
      {
        title: "Can't receive mail in a hybrid environment after you install a new certificate (KB 2989382)",
        url: 'https://learn.microsoft.com/troubleshoot/exchange/email-delivery/cannot-receive-mail-with-new-certificate',
      },
    ],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const name = property(obj, 'TlsCertificateName');
      // Absent (Exchange 2010, or a partial paste) is not empty; a value is checked by tls-certificate-name-syntax.
      if (!name || !name.empty) continue;
      // As HealthChecker: the Front End connectors that receive Internet and Microsoft 365 mail. Edge connectors pick
      // their certificate by Fqdn, as the hybrid Edge setup documents.
      const role = enumMember(obj, 'TransportRole')?.value;
      if (role ? role !== 'FrontendTransport' : has(obj, 'TransportRole') || !/^Default Frontend /i.test(displayName(obj))) continue;
      const caps = list(obj, 'TlsDomainCapabilities');
      if (!caps) continue;
      for (const item of caps.value) {
        const parsed = parseTlsDomainCapabilities(item.text).value;
        const capability = parsed?.capabilities.find((c) => CLOUD_CAPABILITIES.has(c.toLowerCase()));
        if (!capability) continue;
        ctx.report({
          range: name.nameRange,
          messageId: 'empty',
          data: { name: displayName(obj), capability },
          fix: {
            fixId: 'setName',
            command: `$c = Get-ExchangeCertificate -Thumbprint "<thumbprint>"; ${setCommand('Set-ReceiveConnector', obj, '-TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"')}`,
          },
          relatedInformation: [{ range: item.range, message: `TlsDomainCapabilities grants ${capability}: ${item.text}` }],
        });
        break;
      }
    }
  },
});
