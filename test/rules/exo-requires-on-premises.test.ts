import { ruleTester } from '../helpers/ruleTester';

ruleTester('exo-requires-on-premises', {
  valid: [
    {
      name: 'hybrid settings on OnPremises connectors',
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
RouteAllMessagesViaOnPremises : True
CloudServicesMailEnabled      : True
AllAcceptedDomains            : False
Identity                      : Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
Name                          : Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
`,
    },
    {
      name: 'a Partner inbound connector without hybrid settings',
      text: `
Enabled                      : True
ConnectorType                : Partner
ConnectorSource              : Default
SenderIPAddresses            : {}
SenderDomains                : {smtp:fabrikam.com;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : False
RestrictDomainsToCertificate : False
CloudServicesMailEnabled     : False
TreatMessagesAsInternal      : False
TlsSenderCertificateName     :
Identity                     : From Fabrikam
Name                         : From Fabrikam
`,
    },
  ],
  invalid: [
    {
      name: 'RouteAllMessagesViaOnPremises on a Partner connector: turning it off comes first, OnPremises (hybrid trust) second',
      text: `
Enabled                       : True
UseMXRecord                   : True
ConnectorType                 : Partner
ConnectorSource               : Default
RecipientDomains              : {fabrikam.com}
SmartHosts                    : {}
TlsDomain                     :
TlsSettings                   :
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : True
#                               ^^^^ exo-requires-on-premises[routeAllViaOnPremises] fixes: Set-OutboundConnector -Identity "To Partner" -RouteAllMessagesViaOnPremises $false || Set-OutboundConnector -Identity "To Partner" -ConnectorType OnPremises
CloudServicesMailEnabled      : False
AllAcceptedDomains            : False
Identity                      : To Partner
Name                          : To Partner
`,
    },
    {
      name: 'AllAcceptedDomains on a Partner connector',
      text: `
Enabled                       : True
UseMXRecord                   : True
ConnectorType                 : Partner
ConnectorSource               : Default
RecipientDomains              : {}
SmartHosts                    : {}
TlsDomain                     :
TlsSettings                   :
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : False
CloudServicesMailEnabled      : False
AllAcceptedDomains            : True
#                               ^^^^ exo-requires-on-premises[allAcceptedDomains] fix: Set-OutboundConnector -Identity "To Partner" -AllAcceptedDomains $false
Identity                      : To Partner
Name                          : To Partner
`,
    },
    {
      name: 'CloudServicesMailEnabled on a Partner outbound connector',
      text: `
Enabled                       : True
UseMXRecord                   : True
ConnectorType                 : Partner
ConnectorSource               : Default
RecipientDomains              : {fabrikam.com}
SmartHosts                    : {}
TlsDomain                     :
TlsSettings                   :
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : False
CloudServicesMailEnabled      : True
#                               ^^^^ exo-requires-on-premises[cloudServicesMail] fix: Set-OutboundConnector -Identity "To Partner" -CloudServicesMailEnabled $false
AllAcceptedDomains            : False
Identity                      : To Partner
Name                          : To Partner
`,
    },
    {
      name: 'CloudServicesMailEnabled on a Partner inbound connector: a partner must not get its headers promoted',
      text: `
Enabled                      : True
ConnectorType                : Partner
ConnectorSource              : Default
SenderIPAddresses            : {}
SenderDomains                : {smtp:fabrikam.com;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : False
RestrictDomainsToCertificate : False
CloudServicesMailEnabled     : True
#                              ^^^^ exo-requires-on-premises[cloudServicesMail] fix: Set-InboundConnector -Identity "From Fabrikam" -CloudServicesMailEnabled $false
TreatMessagesAsInternal      : False
TlsSenderCertificateName     :
Identity                     : From Fabrikam
Name                         : From Fabrikam
`,
    },
  ],
});
