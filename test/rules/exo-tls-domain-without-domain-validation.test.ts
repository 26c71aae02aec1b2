import { ruleTester } from '../helpers/ruleTester';

ruleTester('exo-tls-domain-without-domain-validation', {
  valid: [
    {
      name: 'the hybrid outbound connector the HCW creates',
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
    {
      name: 'no TlsDomain',
      text: `
Enabled                       : True
UseMXRecord                   : True
ConnectorType                 : Partner
ConnectorSource               : Default
RecipientDomains              : {fabrikam.com}
SmartHosts                    : {}
TlsDomain                     :
TlsSettings                   : CertificateValidation
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : False
CloudServicesMailEnabled      : False
AllAcceptedDomains            : False
Identity                      : To Fabrikam
Name                          : To Fabrikam
`,
    },
  ],
  invalid: [
    {
      name: 'smart hosts with CertificateValidation: validating the smart host by that name comes first',
      text: `
Enabled                       : True
UseMXRecord                   : False
ConnectorType                 : OnPremises
ConnectorSource               : HybridWizard
RecipientDomains              : {contoso.com}
SmartHosts                    : {mail.contoso.com}
TlsDomain                     : mail.contoso.com
#                               ^^^^^^^^^^^^^^^^ exo-tls-domain-without-domain-validation[unused] fixes: Set-OutboundConnector -Identity "Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76" -TlsSettings DomainValidation || Set-OutboundConnector -Identity "Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76" -TlsDomain $null
TlsSettings                   : CertificateValidation
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : False
CloudServicesMailEnabled      : True
AllAcceptedDomains            : False
Identity                      : Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
Name                          : Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
`,
    },
    {
      name: 'by MX to several partner domains: clearing the unused name comes first',
      text: `
Enabled                       : True
UseMXRecord                   : True
ConnectorType                 : Partner
ConnectorSource               : Default
RecipientDomains              : {fabrikam.com, tailspintoys.com}
SmartHosts                    : {}
TlsDomain                     : fabrikam.com
#                               ^^^^^^^^^^^^ exo-tls-domain-without-domain-validation[unused] fix: Set-OutboundConnector -Identity "To Partners" -TlsDomain $null
TlsSettings                   :
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : False
CloudServicesMailEnabled      : False
AllAcceptedDomains            : False
Identity                      : To Partners
Name                          : To Partners
`,
    },
    {
      name: 'by MX to every domain (*): clearing comes first',
      text: `
Enabled                       : True
UseMXRecord                   : True
ConnectorType                 : Partner
ConnectorSource               : Default
RecipientDomains              : {*}
SmartHosts                    : {}
TlsDomain                     : fabrikam.com
#                               ^^^^^^^^^^^^ exo-tls-domain-without-domain-validation[unused] fix: Set-OutboundConnector -Identity "To Internet" -TlsDomain $null
TlsSettings                   : EncryptionOnly
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : False
CloudServicesMailEnabled      : False
AllAcceptedDomains            : False
Identity                      : To Internet
Name                          : To Internet
`,
    },
    {
      name: 'by MX to one partner domain: validating comes first',
      text: `
Enabled                       : True
UseMXRecord                   : True
ConnectorType                 : Partner
ConnectorSource               : Default
RecipientDomains              : {fabrikam.com}
SmartHosts                    : {}
TlsDomain                     : fabrikam.com
#                               ^^^^^^^^^^^^ exo-tls-domain-without-domain-validation[unused] fix: Set-OutboundConnector -Identity "To Fabrikam" -TlsSettings DomainValidation
TlsSettings                   :
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : False
CloudServicesMailEnabled      : False
AllAcceptedDomains            : False
Identity                      : To Fabrikam
Name                          : To Fabrikam
`,
    },
  ],
});
