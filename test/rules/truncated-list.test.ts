import { ruleTester } from '../helpers/ruleTester';

ruleTester('truncated-list', {
  valid: [
    {
      name: 'a whole list',
      text: `
Name             : Relay Apps
Identity         : EX01\\Relay Apps
RemoteIPRanges   : {10.1.20.11, 10.1.20.12, 10.1.20.13, 10.1.20.14, 10.1.20.15}
AuthMechanism    : Tls
PermissionGroups : AnonymousUsers
`,
    },
    {
      name: 'a cut display-only list (RawData) changes no finding',
      text: `
Thumbprint : 9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B
Subject    : CN=EDGE01
Services   : SMTP
RawData    : {48, 130, 3, 20...}
`,
    },
  ],
  invalid: [
    {
      name: 'cut with "..." by Windows PowerShell',
      text: `
Name             : Relay Apps
Identity         : EX01\\Relay Apps
RemoteIPRanges   : {10.1.20.11, 10.1.20.12, 10.1.20.13, 10.1.20.14...}
#                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ truncated-list[truncated] fix: $FormatEnumerationLimit = -1; Get-ReceiveConnector "EX01\\Relay Apps" | Format-List | Out-File -FilePath .\\dump.txt -Width 4096
AuthMechanism    : Tls
PermissionGroups : AnonymousUsers
`,
    },
    {
      name: 'cut with "…" after one item (PowerShell 7, $FormatEnumerationLimit = 1)',
      text: `
Name                   : Internet
AddressSpaces          : {SMTP:*;1}
SourceTransportServers : {EX01…}
#                        ^^^^^^^ truncated-list[truncatedOne]
`,
    },
  ],
});
