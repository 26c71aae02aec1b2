import { ruleTester } from '../helpers/ruleTester';

ruleTester('list-syntax', {
  valid: [
    {
      name: 'lists as Format-List prints them, empty ones included',
      text: `
Name                   : To Fabrikam
AddressSpaces          : {SMTP:fabrikam.com;1}
DNSRoutingEnabled      : False
SmartHosts             : {mx1.fabrikam.com, mx2.fabrikam.com}
ConnectedDomains       : {}
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'a collection joined by a custom Select (no braces) is read as a list, not reported',
      text: `
Name             : Scanner Relay
RemoteIPRanges   : 10.20.0.15,10.20.0.16
PermissionGroups : AnonymousUsers
AuthMechanism    : Tls
`,
    },
    {
      name: 'a display-only read-only list cut by the console is not reported',
      text: `
Thumbprint         : 9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B
Services           : SMTP
Subject            : CN=EDGE01
AccessRules        : {System.Security.AccessControl.CryptoKeyAccessRule,
`,
    },
  ],
  invalid: [
    {
      name: 'a list without its closing brace',
      text: `
Name              : To Fabrikam
Identity          : To Fabrikam
AddressSpaces     : {SMTP:fabrikam.com;1}
DNSRoutingEnabled : False
SmartHosts        : {mx1.fabrikam.com, mx2.fabrikam.com
#                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ list-syntax[unclosed] fix: $FormatEnumerationLimit = -1; Get-SendConnector "To Fabrikam" | Format-List | Out-File -FilePath .\\dump.txt -Width 4096
`,
    },
    {
      name: 'an empty item between two commas',
      text: `
Name           : Relay
Identity       : EX01\\Relay
RemoteIPRanges : {10.0.0.1, , 10.0.0.2}
#                ^^^^^^^^^^^^^^^^^^^^^^ list-syntax[emptyItem]
AuthMechanism  : Tls
`,
    },
  ],
});
