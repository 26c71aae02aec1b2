import { ruleTester } from '../helpers/ruleTester';

ruleTester('smart-hosts-missing', {
  valid: [
    {
      name: 'smart hosts listed',
      text: `
Name                   : Via Relay
Identity               : Via Relay
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : False
SmartHosts             : {[10.0.0.25], relay.contoso.com}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'DNS routing with an empty list',
      text: `
Name                   : Internet
Identity               : Internet
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'a list cut by $FormatEnumerationLimit is not read as empty',
      text: `
Name                   : Via Relay
Identity               : Via Relay
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : False
SmartHosts             : {...}
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
      name: 'DNSRoutingEnabled False and SmartHosts {}: adding the hosts comes first, DNS routing second',
      text: `
Name                   : Via Relay
Identity               : Via Relay
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : False
SmartHosts             : {}
#                        ^^ smart-hosts-missing[noSmartHosts] fixes: Set-SendConnector -Identity "Via Relay" -SmartHosts "<host1>","<host2>" || Set-SendConnector -Identity "Via Relay" -DNSRoutingEnabled $true
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'an empty value (not {}) is reported on the name',
      text: `
Name                   : Via Relay
Identity               : Via Relay
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : False
SmartHosts             :
# <--------- smart-hosts-missing[noSmartHosts]
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'an EdgeSync connector says where to change it',
      text: `
Name                   : EdgeSync - Default-First-Site-Name to Internet
Identity               : EdgeSync - Default-First-Site-Name to Internet
AddressSpaces          : {smtp:*;100}
DNSRoutingEnabled      : False
SmartHosts             : {}
#                        ^^ smart-hosts-missing[noSmartHostsEdgeSync]
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
  ],
});
