import { ruleTester } from '../helpers/ruleTester';

ruleTester('address-space-missing', {
  valid: [
    {
      name: 'an address space',
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
      name: 'a routing-group connector with ConnectedDomains',
      text: `
Name                   : RGC
Identity               : RGC
AddressSpaces          : {}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : False
ConnectedDomains       : {X400:c=US;a= ;p=Contoso;o=Exchange;1}
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'a 2010 connector linked to a receive connector',
      text: `
Name                   : Linked
Identity               : Linked
AddressSpaces          : {}
DNSRoutingEnabled      : False
SmartHosts             : {scanner.contoso.com}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : False
LinkedReceiveConnector : EX2010\\From Scanner
SourceTransportServers : {EX01, EX02}
`,
    },
  ],
  invalid: [
    {
      name: 'AddressSpaces {}',
      text: `
Name                   : Orphan
Identity               : Orphan
AddressSpaces          : {}
#                        ^^ address-space-missing[noAddressSpace] fix: Set-SendConnector -Identity "Orphan" -AddressSpaces "SMTP:<domain>;1"
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
      name: 'an EdgeSync connector says where to change it',
      text: `
Name                   : EdgeSync - Default-First-Site-Name to Internet
Identity               : EdgeSync - Default-First-Site-Name to Internet
AddressSpaces          : {}
#                        ^^ address-space-missing[noAddressSpaceEdgeSync]
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
  ],
});
