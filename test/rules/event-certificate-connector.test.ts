// Event 12014 against the connector it names and the certificate exports, reported on both sides: the KB 2989382
// story (a renewed certificate with a new issuer, the connector's TlsCertificateName still naming the old one) and
// the FQDN cases (no certificate covers the name, one covers it without SMTP, one covers it now).
import { readFileSync } from 'node:fs';
import { annotate } from '../helpers/annotate';
import { text12014, viewer } from '../helpers/events';
import { ruleTester } from '../helpers/ruleTester';

const RULE = 'event-certificate-connector';
const OLD_NAME = "<I>CN=R10, O=Let's Encrypt, C=US<S>CN=mail.contoso.com";
const LIST = 'Get-ExchangeCertificate | Format-List Thumbprint,Subject,Issuer,CertificateDomains,Services,Status,NotAfter';
const RENEWED = '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B';

function receiveConnector(tlsName: string | undefined, fqdn = 'mail.contoso.com', server = 'EX01', name = 'Default Frontend EX01'): string {
  return `
Identity           : ${server}\\${name}
Name               : ${name}
Server             : ${server}
AuthMechanism      : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
Bindings           : {[::]:25, 0.0.0.0:25}
PermissionGroups   : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
Fqdn               : ${fqdn}
TlsCertificateName :${tlsName ? ` ${tlsName}` : ''}
`;
}

function certificate(
  opts: { issuer?: string; subject?: string; domains?: string; services?: string; thumbprint?: string; notAfter?: string; server?: string } = {},
): string {
  const t = opts.thumbprint ?? RENEWED;
  return `
CertificateDomains : {${opts.domains ?? 'mail.contoso.com, autodiscover.contoso.com'}}
HasPrivateKey      : True
Identity           : ${opts.server ?? 'EX01'}\\${t}
Issuer             : ${opts.issuer ?? "CN=R11, O=Let's Encrypt, C=US"}
NotAfter           : ${opts.notAfter ?? '8/12/2024 6:14:02 PM'}
NotBefore          : 5/14/2024 6:14:03 PM
Services           : ${opts.services ?? 'IIS, SMTP'}
Status             : Valid
Subject            : ${opts.subject ?? 'CN=mail.contoso.com'}
Thumbprint         : ${t}
`;
}

const fqdnEvent = (name: string) =>
  viewer({ source: 'MSExchangeFrontEndTransport', id: 12014, computer: 'EX01.contoso.com', description: text12014(name, 'Default Frontend EX01', name) });

ruleTester(RULE, {
  valid: [
    {
      name: 'the event names a connector the exports do not hold',
      files: { 'event.txt': fqdnEvent('mail.contoso.com'), 'receive.txt': receiveConnector(undefined, 'mail.contoso.com', 'EX01', 'Client Frontend EX01') },
    },
    {
      name: 'the connector of the same name on another server',
      files: {
        'event.txt': fqdnEvent('mail.contoso.com'),
        'receive.txt': receiveConnector(undefined, 'mail.contoso.com', 'EX02', 'Default Frontend EX01'),
        'certs.txt': certificate(),
      },
    },
    { name: 'the event alone', files: { 'event.txt': fqdnEvent('mail.contoso.com') } },
    {
      name: 'fixed since: the connector now names the renewed certificate, which is installed for SMTP',
      files: {
        'event.txt': readFileSync('test/fixtures/evidence/events/12014-frontend-tlscertificatename-viewer-xml.txt', 'utf8'),
        'receive.txt': receiveConnector(OLD_NAME.replace('R10', 'R11')),
        'certs.txt': certificate(),
      },
    },
  ],
  invalid: [
    {
      name: 'KB 2989382: TlsCertificateName names the old issuer; the renewed certificate is in the export',
      files: {
        'event.txt': annotate(
          readFileSync('test/fixtures/evidence/events/12014-frontend-tlscertificatename-viewer-xml.txt', 'utf8'),
          'Microsoft Exchange',
          OLD_NAME,
          `${RULE}[nameMissing] fixes: $c = Get-ExchangeCertificate -Thumbprint ${RENEWED}; Set-ReceiveConnector -Identity "EX01\\Default Frontend EX01" -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)" || ${LIST}`,
        ),
        'receive.txt': annotate(receiveConnector(OLD_NAME), 'TlsCertificateName', OLD_NAME, `${RULE}[onConnector]`),
        'certs.txt': certificate(),
      },
    },
    {
      name: 'an FQDN no certificate covers: on the event and on the connector FQDN',
      files: {
        'event.txt': annotate(fqdnEvent('smtp.contoso.com'), 'Microsoft Exchange', 'smtp.contoso.com', `${RULE}[noCertificate] fix: ${LIST}`),
        'receive.txt': annotate(receiveConnector(undefined, 'smtp.contoso.com'), 'Fqdn', 'smtp.contoso.com', `${RULE}[onConnector]`),
        'certs.txt': certificate(),
      },
    },
    {
      name: 'a certificate covers the FQDN but is not enabled for SMTP: enable that one',
      files: {
        'event.txt': annotate(
          fqdnEvent('mail.contoso.com'),
          'Microsoft Exchange',
          'mail.contoso.com',
          `${RULE}[notSmtp] fixes: Enable-ExchangeCertificate -Thumbprint ${RENEWED} -Server EX01 -Services SMTP || ${LIST}`,
        ),
        'receive.txt': annotate(receiveConnector(undefined), 'Fqdn', 'mail.contoso.com', `${RULE}[onConnector]`),
        'certs.txt': certificate({ services: 'IIS' }),
      },
    },
    {
      name: 'a wildcard certificate with SMTP covers it now: the event is older, or the key is not readable',
      files: {
        'event.txt': annotate(
          fqdnEvent('mail.contoso.com'),
          'Microsoft Exchange',
          'mail.contoso.com',
          `${RULE}[nowPresent] fix: Enable-ExchangeCertificate -Thumbprint ${RENEWED} -Server EX01 -Services SMTP`,
        ),
        'receive.txt': annotate(receiveConnector(undefined), 'Fqdn', 'mail.contoso.com', `${RULE}[onConnector]`),
        'certs.txt': certificate({ subject: 'CN=*.contoso.com', domains: '*.contoso.com' }),
      },
    },
    {
      name: 'the only certificate for the name has expired',
      now: '2024-09-01T00:00:00Z',
      files: {
        'event.txt': annotate(fqdnEvent('mail.contoso.com'), 'Microsoft Exchange', 'mail.contoso.com', `${RULE}[expired] fix: ${LIST}`),
        'receive.txt': annotate(receiveConnector(undefined), 'Fqdn', 'mail.contoso.com', `${RULE}[onConnector]`),
        'certs.txt': certificate(),
      },
    },
    {
      name: 'no certificate export: the event and the connector are tied together',
      files: {
        'event.txt': annotate(fqdnEvent('mail.contoso.com'), 'Microsoft Exchange', 'mail.contoso.com', `${RULE}[linked] fix: ${LIST}`),
        'receive.txt': annotate(receiveConnector(undefined), 'Fqdn', 'mail.contoso.com', `${RULE}[onConnector]`),
      },
    },
  ],
});
