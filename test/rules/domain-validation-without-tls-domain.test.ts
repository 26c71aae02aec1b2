import { ruleTester } from '../helpers/ruleTester';

ruleTester('domain-validation-without-tls-domain', {
  valid: [
    {
      name: 'a smart host validated against its TlsDomain',
      text: `
Name                   : To Fabrikam (TLS)
Identity               : To Fabrikam (TLS)
AddressSpaces          : {SMTP:fabrikam.com;1}
DNSRoutingEnabled      : False
SmartHosts             : {mx.fabrikam.com}
IgnoreSTARTTLS         : False
RequireTLS             : True
TlsAuthLevel           : DomainValidation
TlsDomain              : mx.fabrikam.com
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'by DNS, DomainValidation checks each recipient domain: no TlsDomain needed',
      text: `
Name                   : Internet
Identity               : Internet
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : True
TlsAuthLevel           : DomainValidation
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
  ],
  invalid: [
    {
      name: 'a smart-host connector with DomainValidation and an empty TlsDomain (reported on the name)',
      text: `
Name                   : To Fabrikam (TLS)
Identity               : To Fabrikam (TLS)
AddressSpaces          : {SMTP:fabrikam.com;1}
DNSRoutingEnabled      : False
SmartHosts             : {mx.fabrikam.com}
IgnoreSTARTTLS         : False
RequireTLS             : True
TlsAuthLevel           : DomainValidation
TlsDomain              :
# <-------- domain-validation-without-tls-domain[noDomain] fix: Set-SendConnector -Identity "To Fabrikam (TLS)" -TlsDomain "<domain on the smart host's certificate>"
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'TlsDomain missing from the dump: reported on the level',
      text: `
Name                   : To Fabrikam (TLS)
Identity               : To Fabrikam (TLS)
AddressSpaces          : {SMTP:fabrikam.com;1}
DNSRoutingEnabled      : False
SmartHosts             : {mx.fabrikam.com}
IgnoreSTARTTLS         : False
RequireTLS             : True
TlsAuthLevel           : DomainValidation
#                        ^^^^^^^^^^^^^^^^ domain-validation-without-tls-domain[noDomain]
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
SmartHosts             : {mx.fabrikam.com}
IgnoreSTARTTLS         : False
RequireTLS             : True
TlsAuthLevel           : DomainValidation
TlsDomain              :
# <-------- domain-validation-without-tls-domain[noDomainEdgeSync]
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
  ],
});
