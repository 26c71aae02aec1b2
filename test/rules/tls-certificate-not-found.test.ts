import { ruleTester } from '../helpers/ruleTester';

const CERTS = `
Identity           : EX01\\9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 8/12/2024 6:14:02 PM
NotBefore          : 5/14/2024 6:14:03 PM
Services           : IIS, SMTP
Status             : Valid
Subject            : CN=mail.contoso.com
Thumbprint         : 9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B
`;

const receive = (name: string) => `
Name               : Default Frontend EX01
Identity           : EX01\\Default Frontend EX01
Server             : EX01
Bindings           : {0.0.0.0:25}
AuthMechanism      : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups   : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
TlsCertificateName : ${name}
`;

ruleTester('tls-certificate-not-found', {
  valid: [
    {
      name: "the named certificate is in the server's export",
      files: { 'certificates.txt': CERTS, 'receive-connectors.txt': receive("<I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com") },
    },
    {
      name: 'no certificate export: nothing to compare with',
      files: { 'receive-connectors.txt': receive("<I>CN=R10, O=Let's Encrypt, C=US<S>CN=mail.contoso.com") },
    },
  ],
  invalid: [
    {
      name: "an issuer the server's certificates do not have (a renewal by another CA)",
      files: {
        'certificates.txt': CERTS,
        'receive-connectors.txt': `
Name               : Default Frontend EX01
Identity           : EX01\\Default Frontend EX01
Server             : EX01
Bindings           : {0.0.0.0:25}
AuthMechanism      : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups   : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
TlsCertificateName : <I>CN=R10, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
#                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ tls-certificate-not-found[notFoundOnServers] fix: $c = Get-ExchangeCertificate -Thumbprint "<thumbprint>"; Set-ReceiveConnector -Identity "EX01\\Default Frontend EX01" -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"
`,
      },
    },
    {
      name: 'certificates of unknown servers: the message does not claim they are the connector server ones',
      files: {
        'certificates.txt': CERTS.replace(/^Identity.*\n/m, ''),
        'send-connectors.txt': `
Name                   : Outbound to Office 365
Identity               : Outbound to Office 365
AddressSpaces          : {smtp:contoso.mail.onmicrosoft.com;1}
SmartHosts             : {contoso-com.mail.protection.outlook.com}
RequireTLS             : True
TlsCertificateName     : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=smtp.contoso.com
#                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ tls-certificate-not-found[notFound]
SourceTransportServers : {EX01}
`,
      },
    },
  ],
});
