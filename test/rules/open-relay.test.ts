import { ruleTester } from '../helpers/ruleTester';

ruleTester('open-relay', {
  valid: [
    {
      name: 'externally secured from a partner /24 and one host',
      text: `
Name             : Partner In
Identity         : EX01\\Partner In
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {203.0.113.0/24, 10.1.2.5}
AuthMechanism    : Tls, ExternalAuthoritative
PermissionGroups : ExchangeServers
`,
    },
    {
      name: 'wide private space does not reach the Internet (fc00::/7, 10.0.0.0/8)',
      text: `
Name             : Internal Relay
Identity         : EX01\\Internal Relay
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {fc00::/7, 10.0.0.0/8}
AuthMechanism    : Tls, ExternalAuthoritative
PermissionGroups : ExchangeServers
`,
    },
    {
      name: 'the whole Internet without ExternalAuthoritative (anonymous mail is not relay)',
      text: `
Name             : Default Frontend EX01
Identity         : EX01\\Default Frontend EX01
Server           : EX01
Bindings         : {[::]:25, 0.0.0.0:25}
RemoteIPRanges   : {::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 0.0.0.0-255.255.255.255}
AuthMechanism    : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
`,
    },
    {
      name: 'ExternalAuthoritative over the whole Internet without ExchangeServers (external-authoritative-conflict reports it)',
      text: `
Name             : Ext
Identity         : EX01\\Ext
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {0.0.0.0-255.255.255.255}
AuthMechanism    : Tls, ExternalAuthoritative
PermissionGroups : Partners
`,
    },
  ],
  invalid: [
    {
      name: 'an open relay over all addresses: both fixes narrow RemoteIPRanges, neither keeps the whole Internet',
      text: `
Name             : Anonymous Relay
Identity         : EX01\\Anonymous Relay
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {0.0.0.0-255.255.255.255}
#                   ^^^^^^^^^^^^^^^^^^^^^^^ open-relay[openRelay] fixes: Set-ReceiveConnector -Identity "EX01\\Anonymous Relay" -RemoteIPRanges "<relay host IPs>" || Set-ReceiveConnector -Identity "EX01\\Anonymous Relay" -AuthMechanism Tls -PermissionGroups AnonymousUsers -RemoteIPRanges "<relay host IPs>"; Get-ReceiveConnector "EX01\\Anonymous Relay" | Add-ADPermission -User "NT AUTHORITY\\ANONYMOUS LOGON" -ExtendedRights ms-Exch-SMTP-Accept-Any-Recipient no-fix: 0.0.0.0-255.255.255.255
AuthMechanism    : Tls, ExternalAuthoritative
PermissionGroups : ExchangeServers
`,
    },
    {
      name: 'the fixes keep the narrow ranges already listed',
      text: `
Name             : Relay Apps
Identity         : EX01\\Relay Apps
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {10.1.2.0/24, 0.0.0.0/0, 10.1.20.11}
#                                ^^^^^^^^^ open-relay[openRelay] fix: Set-ReceiveConnector -Identity "EX01\\Relay Apps" -RemoteIPRanges 10.1.2.0/24,10.1.20.11
AuthMechanism    : Tls, ExternalAuthoritative
PermissionGroups : ExchangeServers
`,
    },
    {
      name: '::/0, the full IPv6 range as Exchange prints it, and a public range wider than a /8',
      text: `
Name             : Relay 6
Identity         : EX01\\Relay 6
Server           : EX01
Bindings         : {[::]:25}
RemoteIPRanges   : {::/0, ::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 64.0.0.0/2, 10.0.0.0/8}
#                   ^^^^ open-relay[openRelay] fix: Set-ReceiveConnector -Identity "EX01\\Relay 6" -RemoteIPRanges 10.0.0.0/8
#                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ open-relay[openRelay]
#                                                                     ^^^^^^^^^^ open-relay[openRelay]
AuthMechanism    : Tls, ExternalAuthoritative
PermissionGroups : ExchangeServers
`,
    },
    {
      name: 'a list cut by $FormatEnumerationLimit: the fix cannot know the other items, so it asks for the hosts',
      text: `
Name             : Anonymous Relay
Identity         : EX01\\Anonymous Relay
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {10.0.0.1, 0.0.0.0-255.255.255.255, 10.0.0.3, 10.0.0.4...}
#                             ^^^^^^^^^^^^^^^^^^^^^^^ open-relay[openRelay] fix: Set-ReceiveConnector -Identity "EX01\\Anonymous Relay" -RemoteIPRanges "<relay host IPs>"
AuthMechanism    : Tls, ExternalAuthoritative
PermissionGroups : ExchangeServers
`,
    },
    {
      name: 'an item on a continuation line of a list wrapped by an 80-column console',
      text: `
Name                                      : Anonymous Relay
Identity                                  : EX01\\Anonymous Relay
Server                                    : EX01
Bindings                                  : {0.0.0.0:25}
AuthMechanism                             : Tls, ExternalAuthoritative
PermissionGroups                          : ExchangeServers
RemoteIPRanges                            : {172.16.0.0/12, 10.20.30.40, 10.1.2.0/24,
                                             0.0.0.0-255.255.255.255}
#                                            ^^^^^^^^^^^^^^^^^^^^^^^ open-relay[openRelay]
`,
    },
  ],
});
