import { ruleTester } from '../helpers/ruleTester';

ruleTester('invalid-value', {
  valid: [
    {
      name: 'values Exchange prints',
      text: `
Name                : To Fabrikam
Identity            : To Fabrikam
AddressSpaces       : {SMTP:fabrikam.com;1}
DNSRoutingEnabled   : False
SmartHosts          : {mx1.fabrikam.com, [192.0.2.25]}
RequireTLS          : True
TlsAuthLevel        : DomainValidation
TlsDomain           : fabrikam.com
MaxMessageSize      : 35 MB (36,700,160 bytes)
`,
    },
    {
      name: 'redacted values are hidden, not wrong',
      text: `
Name            : Smarthost
AddressSpaces   : {SMTP:*;1}
SmartHosts      : {smtp.<domain>.com}
Fqdn            : mail.XXXX.com
SourceIPAddress : x.x.x.x
TlsAuthLevel    : EncryptionOnly
RequireTLS      : True
`,
    },
    {
      name: 'a collection joined with commas by a custom Select is read item by item',
      text: `
Name             : Scanner Relay
RemoteIPRanges   : 10.20.0.15,10.20.0.16-10.20.0.20, 192.0.2.0/24
PermissionGroups : AnonymousUsers
AuthMechanism    : Tls
`,
    },
    {
      name: 'joined TlsDomainCapabilities keep their capabilities with their domain',
      text: `
Name                  : Default internal receive connector EDGE01
TlsDomainCapabilities : mail.protection.outlook.com:AcceptCloudServicesMail,AcceptOorgProtocol
AuthMechanism         : Tls, ExchangeServer
Bindings              : {0.0.0.0:25}
`,
    },
    {
      name: 'objects of no known kind are not checked',
      text: `
Name        : MSExchangeTransport
Status      : Sometimes
StartType   : Automatic
`,
    },
  ],
  invalid: [
    {
      name: 'a near miss of an enum member: the fix names the member meant',
      text: `
Name                : To Fabrikam
Identity            : To Fabrikam
AddressSpaces       : {SMTP:fabrikam.com;1}
RequireTLS          : True
TlsAuthLevel        : DomainValidaton
#                     ^^^^^^^^^^^^^^^ invalid-value[invalid] fix: Set-SendConnector -Identity "To Fabrikam" -TlsAuthLevel DomainValidation
`,
    },
    {
      name: 'an out-of-range number: the fix leaves the value to fill in',
      text: `
Name          : Internet
Identity      : Internet
AddressSpaces : {SMTP:*;1}
Port          : 70000
#               ^^^^^ invalid-value[invalid] fix: Set-SendConnector -Identity "Internet" -Port "<value>"
`,
    },
    {
      name: 'a misspelt boolean is fixed',
      text: `
Name          : Internet
AddressSpaces : {SMTP:*;1}
RequireTLS    : Treu
#               ^^^^ invalid-value[invalid] fix: Set-SendConnector -Identity "Internet" -RequireTLS $true
`,
    },
    {
      name: 'an item of a list, on its own range; a duplicate capability domain',
      text: `
Name                  : Partner In
Identity              : EX01\\Partner In
Bindings              : {0.0.0.0:25}
RemoteIPRanges        : {192.0.2.10, 192.0.2.300}
#                                    ^^^^^^^^^^^ invalid-value[invalidItem] fix: Set-ReceiveConnector -Identity "EX01\\Partner In" -RemoteIPRanges "<value>"
TlsDomainCapabilities : {contoso.com:AcceptOorgProtocol, contoso.com:AcceptCloudServicesMail}
#                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ invalid-value[duplicateDomain]
AuthMechanism         : Tls
`,
    },
    {
      name: 'an item of a joined list',
      text: `
Name             : Scanner Relay
RemoteIPRanges   : 10.20.0.15,10.20.0.300
#                             ^^^^^^^^^^^ invalid-value[invalidItem]
PermissionGroups : AnonymousUsers
AuthMechanism    : Tls
`,
    },
    {
      name: 'a row of a table with TLS columns; no guess between $true and $false',
      text: `
Identity          AuthMechanism PermissionGroups RequireTLS
--------          ------------- ---------------- ----------
EX01\\Partner In   Tls           Partners         Yes
#                                                ^^^ invalid-value[invalid] no-fix: -RequireTLS
`,
    },
  ],
});
