import { ruleTester } from '../helpers/ruleTester';

ruleTester('exo-smart-hosts', {
  valid: [
    {
      name: 'smart hosts without MX',
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
      name: 'MX without smart hosts',
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
CloudServicesMailEnabled      : False
AllAcceptedDomains            : False
Identity                      : To Fabrikam
Name                          : To Fabrikam
`,
    },
  ],
  invalid: [
    {
      name: 'UseMXRecord False and no smart hosts',
      text: `
Enabled                       : True
UseMXRecord                   : False
ConnectorType                 : OnPremises
ConnectorSource               : HybridWizard
RecipientDomains              : {contoso.com}
SmartHosts                    : {}
#                               ^^ exo-smart-hosts[noSmartHosts] fixes: Set-OutboundConnector -Identity "Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76" -SmartHosts "<host to deliver to>"
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
      name: 'UseMXRecord True with smart hosts: clearing the unused hosts comes first, rerouting to them second',
      text: `
Enabled                       : True
UseMXRecord                   : True
ConnectorType                 : OnPremises
ConnectorSource               : HybridWizard
RecipientDomains              : {contoso.com}
SmartHosts                    : {mail.contoso.com}
#                               ^^^^^^^^^^^^^^^^^^ exo-smart-hosts[unusedSmartHosts] fixes: Set-OutboundConnector -Identity "Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76" -SmartHosts $null || Set-OutboundConnector -Identity "Outbound to 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76" -UseMXRecord $false
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
});
