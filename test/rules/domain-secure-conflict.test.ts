import { ruleTester } from '../helpers/ruleTester';

ruleTester('domain-secure-conflict', {
  valid: [
    {
      name: "the Edge's EdgeSync connector to the Internet: Domain Security by DNS with STARTTLS",
      text: `
Name                   : EdgeSync - Default-First-Site-Name to Internet
Identity               : EdgeSync - Default-First-Site-Name to Internet
AddressSpaces          : {smtp:*;100}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : True
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'smart hosts without Domain Security',
      text: `
Name                   : Via Relay
Identity               : Via Relay
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : False
SmartHosts             : {relay.contoso.com}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
  ],
  invalid: [
    {
      name: 'Domain Security through smart hosts: turning it off comes first, DNS routing would bypass the relay',
      text: `
Name                   : Via Relay
Identity               : Via Relay
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : False
SmartHosts             : {relay.contoso.com}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : True
#                        ^^^^ domain-secure-conflict[viaSmartHosts] fixes: Set-SendConnector -Identity "Via Relay" -DomainSecureEnabled $false || Set-SendConnector -Identity "Via Relay" -DNSRoutingEnabled $true
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'smart hosts and IgnoreSTARTTLS: the DNS alternative also turns STARTTLS back on',
      text: `
Name                   : Via Relay
Identity               : Via Relay
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : False
SmartHosts             : {relay.contoso.com}
IgnoreSTARTTLS         : True
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : True
#                        ^^^^ domain-secure-conflict[viaSmartHosts] fixes: Set-SendConnector -Identity "Via Relay" -DomainSecureEnabled $false || Set-SendConnector -Identity "Via Relay" -DNSRoutingEnabled $true -IgnoreSTARTTLS $false
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'by DNS with IgnoreSTARTTLS: STARTTLS back on comes first, and no routing change is offered',
      text: `
Name                   : To Woodgrove
Identity               : To Woodgrove
AddressSpaces          : {SMTP:woodgrovebank.com;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : True
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : True
#                        ^^^^ domain-secure-conflict[ignoresStarttls] fixes: Set-SendConnector -Identity "To Woodgrove" -IgnoreSTARTTLS $false || Set-SendConnector -Identity "To Woodgrove" -DomainSecureEnabled $false no-fix: -DNSRoutingEnabled
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'by DNS with a TlsAuthLevel',
      text: `
Name                   : To Woodgrove
Identity               : To Woodgrove
AddressSpaces          : {SMTP:woodgrovebank.com;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : True
TlsAuthLevel           : CertificateValidation
TlsDomain              :
DomainSecureEnabled    : True
#                        ^^^^ domain-secure-conflict[withTlsAuthLevel] fix: Set-SendConnector -Identity "To Woodgrove" -TlsAuthLevel $null no-fix: -DNSRoutingEnabled
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'the EdgeSync connector routed through a smart host says where to change it',
      text: `
Name                   : EdgeSync - Default-First-Site-Name to Internet
Identity               : EdgeSync - Default-First-Site-Name to Internet
AddressSpaces          : {smtp:*;100}
DNSRoutingEnabled      : False
SmartHosts             : {filter.contoso.net}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : True
#                        ^^^^ domain-secure-conflict[conflictEdgeSync] fix: Set-SendConnector -Identity "EdgeSync - Default-First-Site-Name to Internet" -DomainSecureEnabled $false
SourceTransportServers : {EX01, EX02}
`,
    },
  ],
});
