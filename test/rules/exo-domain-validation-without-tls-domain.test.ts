import { ruleTester } from '../helpers/ruleTester';

ruleTester('exo-domain-validation-without-tls-domain', {
  valid: [
    {
      name: 'DomainValidation with a TlsDomain',
      text: `
Enabled                       : True
UseMXRecord                   : False
ConnectorType                 : OnPremises
ConnectorSource               : HybridWizard
RecipientDomains              : {contoso.com}
SmartHosts                    : {mail.contoso.com}
TlsDomain                     : mail.contoso.com
TlsSettings                   : DomainValidation
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : False
CloudServicesMailEnabled      : True
AllAcceptedDomains            : False
Identity                      : Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
Name                          : Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
`,
    },
  ],
  invalid: [
    {
      name: 'DomainValidation and an empty TlsDomain, reported on the name',
      text: `
Enabled                       : True
UseMXRecord                   : False
ConnectorType                 : OnPremises
ConnectorSource               : HybridWizard
RecipientDomains              : {contoso.com}
SmartHosts                    : {mail.contoso.com}
TlsDomain                     :
# <-------- exo-domain-validation-without-tls-domain[noDomain] fix: Set-OutboundConnector -Identity "Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76" -TlsDomain "<domain on the receiving server's certificate>"
TlsSettings                   : DomainValidation
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : False
CloudServicesMailEnabled      : True
AllAcceptedDomains            : False
Identity                      : Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
Name                          : Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
`,
    },
    {
      name: 'TlsDomain not in the dump: reported on TlsSettings',
      text: `
Enabled                       : True
UseMXRecord                   : False
ConnectorType                 : OnPremises
ConnectorSource               : HybridWizard
RecipientDomains              : {contoso.com}
SmartHosts                    : {mail.contoso.com}
TlsSettings                   : DomainValidation
#                               ^^^^^^^^^^^^^^^^ exo-domain-validation-without-tls-domain[noDomain]
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : False
CloudServicesMailEnabled      : True
AllAcceptedDomains            : False
Identity                      : Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
Name                          : Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
`,
    },
  ],
});
