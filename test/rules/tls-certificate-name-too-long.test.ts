import { ruleTester } from '../helpers/ruleTester';

// The hybrid send connector the wizard creates, sourced on an Edge (KB 4052493: EdgeSync copies it to the Edge).
const ISSUER = 'CN=Sectigo RSA Organization Validation Secure Server CA, O=Sectigo Limited, L=Salford, S=Greater Manchester, C=GB';
const SHORT = `<I>${ISSUER}<S>CN=mail.contoso.com, O=Contoso Ltd, L=Redmond, S=Washington, C=US`;
const LONG = `<I>${ISSUER}<S>CN=mail.contoso.com, OU=Messaging and Collaboration Infrastructure Services, O=Contoso Pharmaceuticals International Corporation, L=Redmond, S=Washington, C=US`;
const RAISE =
  'Import-Module ActiveDirectory; Get-ADObject -Filter {name -eq "ms-Exch-Smtp-TLS-Certificate"} -SearchBase (Get-ADRootDSE -Server localhost:50389).schemaNamingContext -Server localhost:50389 | Set-ADObject -Replace @{rangeUpper=1024}';

function sendConnector(tlsCertificateName: string, annotation?: string): string {
  const lines = [
    '',
    'Identity                 : Outbound to Office 365 - 5e1b6c2a-4d3f-4a8b-9c7e-2f1d0b3a6e58',
    'AddressSpaces            : {smtp:contoso.mail.onmicrosoft.com;1}',
    'CloudServicesMailEnabled : True',
    'DNSRoutingEnabled        : False',
    'Fqdn                     : mail.contoso.com',
    'RequireTLS               : True',
    'SmartHosts               : {contoso-com.mail.protection.outlook.com}',
    'SourceTransportServers   : {EDGE01}',
    'TlsAuthLevel             : DomainValidation',
    `TlsCertificateName       : ${tlsCertificateName}`,
  ];
  if (annotation) lines.push(`#${' '.repeat(26)}${'^'.repeat(tlsCertificateName.length)} ${annotation}`);
  lines.push(
    'TlsDomain                : mail.protection.outlook.com',
    'Name                     : Outbound to Office 365 - 5e1b6c2a-4d3f-4a8b-9c7e-2f1d0b3a6e58',
    '',
  );
  return lines.join('\n');
}

ruleTester('tls-certificate-name-too-long', {
  valid: [
    { name: 'a name EdgeSync can copy', text: sendConnector(SHORT) },
    { name: '256 characters is the limit, not over it', text: sendConnector(`${SHORT}${'x'.repeat(256 - SHORT.length)}`) },
    {
      name: 'receive connectors are not copied by EdgeSync',
      text: `
Name               : Default Frontend EX01
Identity           : EX01\\Default Frontend EX01
Bindings           : {[::]:25, 0.0.0.0:25}
AuthMechanism      : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups   : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
TlsCertificateName : ${LONG}
`,
    },
  ],
  invalid: [
    {
      name: 'the hybrid send connector of an organization with a long certificate subject',
      text: sendConnector(
        LONG,
        `tls-certificate-name-too-long[tooLong] fixes: ${RAISE} || Set-SendConnector -Identity "Outbound to Office 365 - 5e1b6c2a-4d3f-4a8b-9c7e-2f1d0b3a6e58" -Fqdn mail.contoso.com -TlsCertificateName $null; Start-EdgeSynchronization`,
      ),
    },
  ],
});
