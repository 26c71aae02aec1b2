import { ruleTester } from '../helpers/ruleTester';

ruleTester('tls-domain-without-domain-validation', {
  valid: [
    {
      name: 'TlsDomain with DomainValidation on a smart host',
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
      name: 'no TlsDomain',
      text: `
Name                   : Internet
Identity               : Internet
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : True
TlsAuthLevel           : CertificateValidation
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
  ],
  invalid: [
    {
      name: 'SMTP:* by DNS: clearing TlsDomain comes first, a name check against one domain would bounce everything else',
      text: `
Name                   : Internet
Identity               : Internet
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              : fabrikam.com
#                        ^^^^^^^^^^^^ tls-domain-without-domain-validation[unchecked] fixes: Set-SendConnector -Identity "Internet" -TlsDomain $null || Set-SendConnector -Identity "Internet" -RequireTLS $true -TlsAuthLevel DomainValidation
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'several partner domains by DNS: one TlsDomain cannot fit them all',
      text: `
Name                   : Partners
Identity               : Partners
AddressSpaces          : {SMTP:fabrikam.com;1, SMTP:tailspintoys.com;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : True
TlsAuthLevel           : CertificateValidation
TlsDomain              : fabrikam.com
#                        ^^^^^^^^^^^^ tls-domain-without-domain-validation[unchecked] fix: Set-SendConnector -Identity "Partners" -TlsDomain $null
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'a smart-host connector: validating the smart host by that name comes first',
      text: `
Name                   : Via Relay
Identity               : Via Relay
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : False
SmartHosts             : {relay.contoso.com}
IgnoreSTARTTLS         : False
RequireTLS             : True
TlsAuthLevel           : EncryptionOnly
TlsDomain              : relay.contoso.com
#                        ^^^^^^^^^^^^^^^^^ tls-domain-without-domain-validation[unchecked] fixes: Set-SendConnector -Identity "Via Relay" -TlsAuthLevel DomainValidation || Set-SendConnector -Identity "Via Relay" -TlsDomain $null
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'one partner domain by DNS: the name check fits',
      text: `
Name                   : To Fabrikam
Identity               : To Fabrikam
AddressSpaces          : {SMTP:fabrikam.com;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              : fabrikam.com
#                        ^^^^^^^^^^^^ tls-domain-without-domain-validation[unchecked] fix: Set-SendConnector -Identity "To Fabrikam" -RequireTLS $true -TlsAuthLevel DomainValidation
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'with IgnoreSTARTTLS the validation fix turns STARTTLS back on',
      text: `
Name                   : To Fabrikam
Identity               : To Fabrikam
AddressSpaces          : {SMTP:fabrikam.com;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : True
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              : fabrikam.com
#                        ^^^^^^^^^^^^ tls-domain-without-domain-validation[unchecked] fix: Set-SendConnector -Identity "To Fabrikam" -RequireTLS $true -TlsAuthLevel DomainValidation -IgnoreSTARTTLS $false
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
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              : contoso.com
#                        ^^^^^^^^^^^ tls-domain-without-domain-validation[uncheckedEdgeSync] fix: Set-SendConnector -Identity "EdgeSync - Default-First-Site-Name to Internet" -TlsDomain $null
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'a script: the edit clears TlsDomain',
      file: 'setup.ps1',
      text: `Set-SendConnector Internet -TlsDomain fabrikam.com -TlsAuthLevel CertificateValidation
#                                     ^^^^^^^^^^^^ tls-domain-without-domain-validation[unchecked] edit: $null
`,
    },
  ],
});
