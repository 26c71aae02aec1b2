import { ruleTester } from '../helpers/ruleTester';

ruleTester('basic-auth-require-tls-inconsistent', {
  valid: [
    {
      name: 'Tls, BasicAuth, BasicAuthRequireTLS',
      text: `
Name             : Client Frontend EX01
Identity         : EX01\\Client Frontend EX01
Server           : EX01
Bindings         : {[::]:587, 0.0.0.0:587}
AuthMechanism    : Tls, Integrated, BasicAuth, BasicAuthRequireTLS
PermissionGroups : ExchangeUsers
`,
    },
  ],
  invalid: [
    {
      name: 'without BasicAuth',
      text: `
Name             : Client
Identity         : EX01\\Client
Server           : EX01
Bindings         : {0.0.0.0:587}
AuthMechanism    : Tls, BasicAuthRequireTLS
#                  ^^^^^^^^^^^^^^^^^^^^^^^^ basic-auth-require-tls-inconsistent[withoutBasic] fix: Set-ReceiveConnector -Identity "EX01\\Client" -AuthMechanism "Tls, BasicAuth, BasicAuthRequireTLS"
PermissionGroups : ExchangeUsers
`,
    },
    {
      name: 'without Tls',
      text: `
Name             : Client
Identity         : EX01\\Client
Server           : EX01
Bindings         : {0.0.0.0:587}
AuthMechanism    : BasicAuth, BasicAuthRequireTLS
#                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ basic-auth-require-tls-inconsistent[withoutTls] fix: Set-ReceiveConnector -Identity "EX01\\Client" -AuthMechanism "Tls, BasicAuth, BasicAuthRequireTLS"
PermissionGroups : ExchangeUsers
`,
    },
    {
      name: 'without both',
      text: `
Name             : Client
Identity         : EX01\\Client
Server           : EX01
Bindings         : {0.0.0.0:587}
AuthMechanism    : Integrated, BasicAuthRequireTLS
#                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ basic-auth-require-tls-inconsistent[withoutBoth] fix: Set-ReceiveConnector -Identity "EX01\\Client" -AuthMechanism "Tls, Integrated, BasicAuth, BasicAuthRequireTLS"
PermissionGroups : ExchangeUsers
`,
    },
    {
      name: 'with ExternalAuthoritative the fix removes Basic instead (Exchange allows none there)',
      text: `
Name             : Ext
Identity         : EX01\\Ext
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {10.1.2.0/24}
AuthMechanism    : BasicAuthRequireTLS, ExternalAuthoritative
#                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ basic-auth-require-tls-inconsistent[withoutBoth] fix: Set-ReceiveConnector -Identity "EX01\\Ext" -AuthMechanism "Tls, ExternalAuthoritative"
PermissionGroups : ExchangeServers
`,
    },
  ],
});
