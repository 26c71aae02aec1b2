import { parseSmtpX509Identifier } from '../values/smtpX509Identifier';
import { eventRange, eventsWith, LIST_CERTIFICATES, receiveConnectorIdentity, serverOf, value } from './eventRules';
import { firstRdn, short } from './evidenceRules';
import { defineRule, type Fix } from './types';

type FixId = 'listCertificates' | 'enableSmtp' | 'pointConnector' | 'showCertificate';

export const eventStarttlsCertificate = defineRule({
  meta: {
    id: 'event-starttls-certificate',
    defaultSeverity: 'error',
    category: 'evidence',
    kinds: ['event-log-text'],
    description:
      "Transport events 12014, 12016 and 12018: no usable SMTP certificate for a connector's FQDN or TlsCertificateName (no STARTTLS), or one that expired or expires soon.",
    messages: {
      missing: 'Event 12014: no SMTP certificate covers {{name}}, so {{connector}} offers no STARTTLS.',
      missingName: 'Event 12014: no installed certificate matches the TlsCertificateName of {{connector}}.',
      missingUnnamed: 'Event 12014: a connector offers no STARTTLS, because no SMTP certificate matches its name.',
      expired: 'Event 12016: the SMTP certificate for {{fqdn}} has expired: no STARTTLS for that name.',
      expiring: 'Event 12018: the STARTTLS certificate {{subject}} expires in {{hours}} hours.',
    },
    fixes: {
      listCertificates: 'List the certificates of {{server}} with their names and services',
      enableSmtp: 'Enable a certificate that covers {{name}} for SMTP (answer No if asked to replace the default SMTP certificate)',
      pointConnector: 'Point {{connector}} at an installed certificate (-TlsCertificateName)',
      showCertificate: 'Show the certificate that expires',
    },
    sources: [
      {
        title: 'Cannot receive mail in hybrid after a new certificate (KB 2989382)',
        url: 'https://learn.microsoft.com/troubleshoot/exchange/email-delivery/cannot-receive-mail-with-new-certificate',
      },
      'Enable-ExchangeCertificate',
      'Set-ReceiveConnector',
    ],
  },
  check(ctx) {
    for (const e of eventsWith(ctx.file, 'transport', [12014, 12016, 12018])) {
      const server = serverOf(e);
      const list: Fix<FixId> = { fixId: 'listCertificates', command: LIST_CERTIFICATES };
      if (e.id === 12014) {
        const name = e.decoded.name?.text ?? '';
        const connectorName = e.decoded.connector?.text;
        const connector = connectorName ? `"${short(connectorName, 50)}"` : 'the connector';
        const tlsName = name.includes('<S>') || name.includes('<I>') ? parseSmtpX509Identifier(name).value : undefined;
        if (tlsName) {
          const fixes: Fix<FixId>[] = [list];
          if (connectorName)
            fixes.push({
              fixId: 'pointConnector',
              command: `$c = Get-ExchangeCertificate -Thumbprint "<thumbprint>"; Set-ReceiveConnector -Identity ${receiveConnectorIdentity(e, connectorName)} -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"`,
            });
          ctx.report({
            range: eventRange(e, 'name'),
            messageId: 'missingName',
            data: { connector, name: short(firstRdn(tlsName.subject), 50), server },
            fix: fixes,
          });
        } else if (name) {
          ctx.report({
            range: eventRange(e, 'name'),
            messageId: 'missing',
            data: { connector, name: short(name, 60), server },
            fix: [list, { fixId: 'enableSmtp', command: 'Enable-ExchangeCertificate -Thumbprint "<thumbprint>" -Services SMTP' }],
          });
        } else {
          ctx.report({ range: e.idField?.valueRange ?? e.selectionRange, messageId: 'missingUnnamed', data: { server }, fix: list });
        }
      } else if (e.id === 12016) {
        ctx.report({ range: eventRange(e, 'fqdn'), messageId: 'expired', data: { fqdn: value(e, 'fqdn', 'a connector FQDN'), server }, fix: list });
      } else {
        const thumbprint = e.decoded.thumbprint?.text;
        ctx.report({
          range: eventRange(e, 'subject', 'thumbprint'),
          messageId: 'expiring',
          data: { subject: short(firstRdn(value(e, 'subject', 'of a connector')), 50), hours: value(e, 'hours', 'a few'), server },
          fix: thumbprint
            ? { fixId: 'showCertificate', command: `Get-ExchangeCertificate -Thumbprint ${thumbprint} | Format-List Subject,Issuer,NotAfter,Services` }
            : list,
        });
      }
    }
  },
});
