import { ruleTester } from '../helpers/ruleTester';

ruleTester('tls-auth-level-without-require-tls', {
  valid: [
    {
      name: 'RequireTLS with a level (a smart host validated by name)',
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
      name: 'no level: opportunistic TLS on the Internet connector',
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
      name: 'RequireTLS not in the dump (a partial Format-List)',
      text: `
Name                   : Internet
Identity               : Internet
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
TlsAuthLevel           : EncryptionOnly
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
  ],
  invalid: [
    {
      name: 'SMTP:* by DNS with DomainValidation: clearing the level comes first, requiring TLS would bounce most Internet mail',
      text: `
Name                   : Internet
Identity               : Internet
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           : DomainValidation
#                        ^^^^^^^^^^^^^^^^ tls-auth-level-without-require-tls[notRequired] fixes: Set-SendConnector -Identity "Internet" -TlsAuthLevel $null || Set-SendConnector -Identity "Internet" -RequireTLS $true
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'a smart-host connector: requiring TLS is what the level asks for',
      text: `
Name                   : Smart Host Relay
Identity               : Smart Host Relay
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : False
SmartHosts             : {relay.contoso.com}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           : CertificateValidation
#                        ^^^^^^^^^^^^^^^^^^^^^ tls-auth-level-without-require-tls[notRequired] fixes: Set-SendConnector -Identity "Smart Host Relay" -RequireTLS $true || Set-SendConnector -Identity "Smart Host Relay" -TlsAuthLevel $null
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'a narrow partner connector by DNS: requiring TLS comes first',
      text: `
Name                   : To Fabrikam
Identity               : To Fabrikam
AddressSpaces          : {SMTP:fabrikam.com;1, SMTP:*.fabrikam.com;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           : DomainValidation
#                        ^^^^^^^^^^^^^^^^ tls-auth-level-without-require-tls[notRequired] fix: Set-SendConnector -Identity "To Fabrikam" -RequireTLS $true
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'a whole top-level domain (*.com) counts as the Internet',
      text: `
Name                   : To .com
Identity               : To .com
AddressSpaces          : {SMTP:*.com;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           : EncryptionOnly
#                        ^^^^^^^^^^^^^^ tls-auth-level-without-require-tls[notRequired] fix: Set-SendConnector -Identity "To .com" -TlsAuthLevel $null
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'address spaces missing from the dump: the fix that cannot hurt comes first',
      text: `
Name                   : Unknown Scope
Identity               : Unknown Scope
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           : CertificateValidation
#                        ^^^^^^^^^^^^^^^^^^^^^ tls-auth-level-without-require-tls[notRequired] fix: Set-SendConnector -Identity "Unknown Scope" -TlsAuthLevel $null
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'with IgnoreSTARTTLS, requiring TLS also turns STARTTLS back on (Exchange refuses the pair)',
      text: `
Name                   : To Fabrikam
Identity               : To Fabrikam
AddressSpaces          : {SMTP:fabrikam.com;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : True
RequireTLS             : False
TlsAuthLevel           : DomainValidation
#                        ^^^^^^^^^^^^^^^^ tls-auth-level-without-require-tls[notRequired] fix: Set-SendConnector -Identity "To Fabrikam" -RequireTLS $true -IgnoreSTARTTLS $false
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
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           : DomainValidation
#                        ^^^^^^^^^^^^^^^^ tls-auth-level-without-require-tls[notRequiredEdgeSync] fix: Set-SendConnector -Identity "EdgeSync - Default-First-Site-Name to Internet" -TlsAuthLevel $null
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'a connector without Name or Identity gets a visible placeholder, never "(unnamed)"',
      text: `
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           : DomainValidation
#                        ^^^^^^^^^^^^^^^^ tls-auth-level-without-require-tls[notRequired] fix: Set-SendConnector -Identity "<connector name>" -TlsAuthLevel $null no-fix: (unnamed)
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'a script: the edit clears the level (the connector it changes is not in the file)',
      file: 'setup.ps1',
      text: `Set-SendConnector Internet -TlsAuthLevel DomainValidation -RequireTLS:$false
#                                        ^^^^^^^^^^^^^^^^ tls-auth-level-without-require-tls[notRequired] edit: $null
`,
    },
  ],
});
