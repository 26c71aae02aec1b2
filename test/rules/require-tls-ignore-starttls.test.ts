import { ruleTester } from '../helpers/ruleTester';

ruleTester('require-tls-ignore-starttls', {
  valid: [
    {
      name: 'RequireTLS alone',
      text: `
Name                   : To Fabrikam
Identity               : To Fabrikam
AddressSpaces          : {SMTP:fabrikam.com;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : True
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'IgnoreSTARTTLS alone (ignore-starttls reports it)',
      text: `
Name                   : Legacy Relay
Identity               : Legacy Relay
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : True
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
      name: 'SMTP:* by DNS: TLS when offered comes first, required TLS would stop mail to hosts without it',
      text: `
Name                   : Internet
Identity               : Internet
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : True
#                        ^^^^ require-tls-ignore-starttls[both] fixes: Set-SendConnector -Identity "Internet" -IgnoreSTARTTLS $false -RequireTLS $false || Set-SendConnector -Identity "Internet" -IgnoreSTARTTLS $false
RequireTLS             : True
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'a smart-host connector: keeping TLS required comes first',
      text: `
Name                   : Via Relay
Identity               : Via Relay
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : False
SmartHosts             : {relay.contoso.com}
IgnoreSTARTTLS         : True
#                        ^^^^ require-tls-ignore-starttls[both] fix: Set-SendConnector -Identity "Via Relay" -IgnoreSTARTTLS $false
RequireTLS             : True
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'by DNS with a TlsAuthLevel: the opportunistic fix clears the level too (it needs RequireTLS)',
      text: `
Name                   : Internet
Identity               : Internet
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : True
#                        ^^^^ require-tls-ignore-starttls[both] fix: Set-SendConnector -Identity "Internet" -IgnoreSTARTTLS $false -RequireTLS $false -TlsAuthLevel $null
RequireTLS             : True
TlsAuthLevel           : EncryptionOnly
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
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : True
#                        ^^^^ require-tls-ignore-starttls[bothEdgeSync]
RequireTLS             : True
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
  ],
});
