// A queue's TLS error tied to its Send connector (NextHopConnector = the connector's Guid, or its name for relay
// queues) and to the certificate exports, on both sides.
import { annotate } from '../helpers/annotate';
import { queue } from '../helpers/queues';
import { ruleTester } from '../helpers/ruleTester';

const RULE = 'queue-tls-connector';
const GUID = '4520e633-d83d-411a-bbe4-6a84648674ee';
const CERT_NOT_FOUND = '454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found';
const OLD_NAME = "<I>CN=R10, O=Let's Encrypt, C=US<S>CN=mail.contoso.com";
const RENEWED = '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B';
const LIST = 'Get-ExchangeCertificate | Format-List Thumbprint,Subject,Issuer,Services,NotAfter';

function sendConnector(tlsName: string, guid = GUID, name = 'Outbound to Office 365'): string {
  return `
Name                   : ${name}
Identity               : ${name}
Guid                   : ${guid}
AddressSpaces          : {smtp:contoso.mail.onmicrosoft.com;1}
DNSRoutingEnabled      : False
SmartHosts             : {contoso-mail-onmicrosoft-com.mail.protection.outlook.com}
RequireTLS             : True
TlsAuthLevel           : DomainValidation
TlsDomain              : mail.protection.outlook.com
TlsCertificateName     : ${tlsName}
SourceTransportServers : {EX01}
`;
}
function certificate(services = 'IIS, SMTP', issuer = "CN=R11, O=Let's Encrypt, C=US"): string {
  return `
CertificateDomains : {mail.contoso.com}
Identity           : EX01\\${RENEWED}
Issuer             : ${issuer}
NotAfter           : 8/12/2024 6:14:02 PM
NotBefore          : 5/14/2024 6:14:03 PM
Services           : ${services}
Status             : Valid
Subject            : CN=mail.contoso.com
Thumbprint         : ${RENEWED}
`;
}
const failing = (text: string) =>
  queue(`[{LED=${text}};{MSG=};{FQDN=contoso-mail-onmicrosoft-com.mail.protection.outlook.com};{IP=};{LRT=5/2/2019 6:32:14 AM}]`);

ruleTester(RULE, {
  valid: [
    {
      name: 'a queue of another connector',
      files: { 'queues.txt': failing(`${CERT_NOT_FOUND}.`), 'send.txt': sendConnector(OLD_NAME, '11111111-2222-3333-4444-555555555555') },
    },
    {
      name: 'a connection error is not a TLS one',
      files: { 'queues.txt': failing('451 4.4.395 Target host responded with error. -> 421 4.4.1 Connection timed out'), 'send.txt': sendConnector(OLD_NAME) },
    },
  ],
  invalid: [
    {
      name: 'TlsCertificateName not found: the renewed certificate (new issuer, same subject) is the one to point at',
      files: {
        'queues.txt': annotate(
          failing(`${CERT_NOT_FOUND}.`),
          'LastError',
          CERT_NOT_FOUND,
          `${RULE}[nameNotInstalled] fixes: $c = Get-ExchangeCertificate -Thumbprint ${RENEWED}; Set-SendConnector -Identity "Outbound to Office 365" -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)" || ${LIST}`,
        ),
        'send.txt': annotate(sendConnector(OLD_NAME), 'TlsCertificateName', OLD_NAME, `${RULE}[onConnector]`),
        'certs.txt': certificate(),
      },
    },
    {
      name: 'UnknownCredentials: the named certificate is not enabled for SMTP',
      files: {
        'queues.txt': annotate(
          failing('TLS negotiation failed with error UnknownCredentials'),
          'LastError',
          'TLS negotiation failed with error UnknownCredentials',
          `${RULE}[notSmtp] fixes: Enable-ExchangeCertificate -Thumbprint ${RENEWED} -Server EX01 -Services SMTP || ${LIST}`,
        ),
        'send.txt': annotate(sendConnector(OLD_NAME.replace('R10', 'R11')), 'TlsCertificateName', OLD_NAME.replace('R10', 'R11'), `${RULE}[onConnector]`),
        'certs.txt': certificate('IIS'),
      },
    },
    {
      name: 'a relay queue to the Edge names its connector by name; no certificate export: tied together',
      files: {
        'queues.txt': annotate(
          queue('[{LED=454 4.7.5 Certificate validation failure};{MSG=};{FQDN=edge01.contoso.com};{IP=};{LRT=5/2/2019 6:32:14 AM}]', {
            DeliveryType: 'SmtpRelayWithinAdSiteToEdge',
            NextHopDomain: 'EdgeSync - Default-First-Site-Name to Internet',
            NextHopConnector: '00000000-0000-0000-0000-000000000000',
          }),
          'LastError',
          '454 4.7.5 Certificate validation failure',
          `${RULE}[linked]`,
        ),
        'send.txt': annotate(
          sendConnector('', '99999999-2222-3333-4444-555555555555', 'EdgeSync - Default-First-Site-Name to Internet').replace(
            'TlsCertificateName     : \n',
            '',
          ),
          'Name ',
          'EdgeSync - Default-First-Site-Name to Internet',
          `${RULE}[onConnector]`,
        ),
      },
    },
  ],
});
