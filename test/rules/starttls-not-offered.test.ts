import { ruleTester } from '../helpers/ruleTester';

ruleTester('starttls-not-offered', {
  valid: [
    {
      name: 'Tls offered',
      text: `
Name             : Partner In
Identity         : EX01\\Partner In
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {203.0.113.0/24}
AuthMechanism    : Tls
PermissionGroups : Partners
`,
    },
  ],
  invalid: [
    {
      name: 'no Tls: the fix adds it; the scope is the connector RemoteIPRanges, linked as related information',
      text: `
Name             : Partner In
Identity         : EX01\\Partner In
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {203.0.113.0/24}
AuthMechanism    : Integrated
#                  ^^^^^^^^^^ starttls-not-offered[notOffered] fix: Set-ReceiveConnector -Identity "EX01\\Partner In" -AuthMechanism "Tls, Integrated"
PermissionGroups : Partners
`,
    },
    {
      name: 'AuthMechanism None: Tls alone',
      text: `
Name             : Scanners
Identity         : EX01\\Scanners
Server           : EX01
Bindings         : {0.0.0.0:2525}
RemoteIPRanges   : {10.1.2.50}
AuthMechanism    : None
#                  ^^^^ starttls-not-offered[notOffered] fix: Set-ReceiveConnector -Identity "EX01\\Scanners" -AuthMechanism "Tls"
PermissionGroups : AnonymousUsers
`,
    },
    {
      name: 'a script is fixed in place',
      file: 'setup.ps1',
      text: `
New-ReceiveConnector -Name Scanners -Server EX01 -Bindings 0.0.0.0:2525 -RemoteIPRanges 10.1.2.50 -AuthMechanism None -PermissionGroups AnonymousUsers
//                                                                                                               ^^^^ starttls-not-offered edit: "Tls"
`,
    },
  ],
});
