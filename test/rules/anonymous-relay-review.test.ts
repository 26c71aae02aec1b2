import { ruleTester } from '../helpers/ruleTester';

const LIST = (id: string) => `Get-ADPermission -Identity "${id}" | Where-Object { $_.ExtendedRights -like "*Accept-Any-Recipient*" }`;

ruleTester('anonymous-relay-review', {
  valid: [
    {
      name: 'the default connectors Exchange creates, named by Name or only by Identity',
      text: `
Name             : Default Frontend EX01
Identity         : EX01\\Default Frontend EX01
Server           : EX01
PermissionGroups : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
AuthMechanism    : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
Bindings         : {[::]:25, 0.0.0.0:25}

Name             : Default EX01
Identity         : EX01\\Default EX01
Server           : EX01
PermissionGroups : AnonymousUsers, ExchangeUsers, ExchangeServers, ExchangeLegacyServers
AuthMechanism    : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
Bindings         : {[::]:2525, 0.0.0.0:2525}

Name             : Outbound Proxy Frontend EX01
Identity         : EX01\\Outbound Proxy Frontend EX01
Server           : EX01
PermissionGroups : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
AuthMechanism    : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
Bindings         : {[::]:717, 0.0.0.0:717}

Identity         : EX01\\Client Proxy EX01
PermissionGroups : AnonymousUsers, ExchangeUsers, ExchangeServers
AuthMechanism    : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
Bindings         : {[::]:465, 0.0.0.0:465}
RemoteIPRanges   : {::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 0.0.0.0-255.255.255.255}

Identity         : EX01\\Client Frontend EX01
PermissionGroups : AnonymousUsers, ExchangeUsers
AuthMechanism    : Tls, Integrated, BasicAuth, BasicAuthRequireTLS
Bindings         : {[::]:587, 0.0.0.0:587}
RemoteIPRanges   : {::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 0.0.0.0-255.255.255.255}
`,
    },
    {
      name: "an Edge's default internal receive connector",
      text: `
Name             : Default internal receive connector EDGE01
Identity         : EDGE01\\Default internal receive connector EDGE01
Server           : EDGE01
AuthMechanism    : Tls, ExchangeServer
PermissionGroups : AnonymousUsers, ExchangeServers, Partners
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {0.0.0.0-255.255.255.255}
`,
    },
    {
      name: 'a connector without anonymous users or custom permissions',
      text: `
Name             : Client Proxy EX01
Identity         : EX01\\Client Proxy EX01
Server           : EX01
PermissionGroups : ExchangeUsers, ExchangeServers
AuthMechanism    : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
Bindings         : {[::]:465, 0.0.0.0:465}
`,
    },
  ],
  invalid: [
    {
      name: 'a custom connector open to anonymous senders: the fix lists the relay grants and changes nothing',
      text: `
Name             : Scanners
Identity         : EX01\\Scanners
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {10.1.2.50}
AuthMechanism    : Tls
PermissionGroups : AnonymousUsers
#                  ^^^^^^^^^^^^^^ anonymous-relay-review[anonymous] fix: ${LIST('EX01\\Scanners')}
`,
    },
    {
      name: 'custom permissions',
      text: `
Name             : Scanners
Identity         : EX01\\Scanners
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {10.1.2.50}
AuthMechanism    : Tls
PermissionGroups : Custom
#                  ^^^^^^ anonymous-relay-review[custom]
`,
    },
    {
      name: 'a custom connector whose name merely starts with "Default", or names another server',
      text: `
Name             : Default Relay
Identity         : EX01\\Default Relay
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {10.1.2.50}
AuthMechanism    : Tls
PermissionGroups : AnonymousUsers
#                  ^^^^^^^^^^^^^^ anonymous-relay-review[anonymous]

Name             : Default Frontend EX02
Identity         : EX01\\Default Frontend EX02
Server           : EX01
Bindings         : {0.0.0.0:2526}
RemoteIPRanges   : {10.1.2.50}
AuthMechanism    : Tls
PermissionGroups : AnonymousUsers
#                  ^^^^^^^^^^^^^^ anonymous-relay-review[anonymous]
`,
    },
  ],
});
