import { ruleTester } from '../helpers/ruleTester';

ruleTester('tls-certificate-name-syntax', {
  valid: [
    {
      name: '<I>issuer<S>subject, commas in both names',
      text: `
Name               : Default Frontend EX01
Identity           : EX01\\Default Frontend EX01
Server             : EX01
Bindings           : {0.0.0.0:25}
AuthMechanism      : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups   : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
TlsCertificateName : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com, O=Contoso Ltd, C=GB
`,
    },
  ],
  invalid: [
    {
      name: 'a subject without issuer: accepted by Exchange, so a recommendation (one severity lower)',
      text: `
Name               : Default Frontend EX01
Identity           : EX01\\Default Frontend EX01
Server             : EX01
Bindings           : {0.0.0.0:25}
AuthMechanism      : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups   : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
TlsCertificateName : <S>CN=mail.contoso.com
#                    ^^^^^^^^^^^^^^^^^^^^^^ tls-certificate-name-syntax[noIssuer] fix: $c = Get-ExchangeCertificate -Thumbprint "<thumbprint>"; Set-ReceiveConnector -Identity "EX01\\Default Frontend EX01" -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"
`,
    },
    {
      name: 'send connectors too; markers in lower case are malformed',
      text: `
Name               : Outbound to Office 365
Identity           : Outbound to Office 365
AddressSpaces      : {smtp:contoso.mail.onmicrosoft.com;1}
SmartHosts         : {contoso-com.mail.protection.outlook.com}
RequireTLS         : True
TlsCertificateName : <i>CN=R11, O=Let's Encrypt, C=US<s>CN=mail.contoso.com
#                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ tls-certificate-name-syntax[malformed] fix: $c = Get-ExchangeCertificate -Thumbprint "<thumbprint>"; Set-SendConnector -Identity "Outbound to Office 365" -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"
`,
    },
    {
      name: 'a bare host name is reported once, by this rule (invalid-value leaves TlsCertificateName to it)',
      rules: ['tls-certificate-name-syntax', 'invalid-value'],
      text: `
Name               : Default Frontend EX01
Identity           : EX01\\Default Frontend EX01
Server             : EX01
Bindings           : {0.0.0.0:25}
AuthMechanism      : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups   : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
TlsCertificateName : mail.contoso.com
#                    ^^^^^^^^^^^^^^^^ tls-certificate-name-syntax[malformed]
`,
    },
  ],
});
