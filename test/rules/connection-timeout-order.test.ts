import { ruleTester } from '../helpers/ruleTester';

ruleTester('connection-timeout-order', {
  valid: [
    {
      name: 'equal times (the documentation asks for "greater"; Exchange accepts equal)',
      text: `
Name                        : Default EX01
Identity                    : EX01\\Default EX01
Server                      : EX01
Bindings                    : {0.0.0.0:2525}
AuthMechanism               : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups            : ExchangeUsers, ExchangeServers, ExchangeLegacyServers
ConnectionTimeout           : 00:05:00
ConnectionInactivityTimeout : 00:05:00
`,
    },
    {
      name: 'a day is longer than five minutes',
      text: `
Name                        : Default EX01
Identity                    : EX01\\Default EX01
Server                      : EX01
Bindings                    : {0.0.0.0:2525}
AuthMechanism               : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups            : ExchangeUsers, ExchangeServers, ExchangeLegacyServers
ConnectionTimeout           : 1.00:00:00
ConnectionInactivityTimeout : 00:05:00
`,
    },
  ],
  invalid: [
    {
      name: 'shorter: the fix sets the default ten minutes',
      text: `
Name                        : Default EX01
Identity                    : EX01\\Default EX01
Server                      : EX01
Bindings                    : {0.0.0.0:2525}
AuthMechanism               : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups            : ExchangeUsers, ExchangeServers, ExchangeLegacyServers
ConnectionTimeout           : 00:04:00
#                             ^^^^^^^^ connection-timeout-order[shorter] fix: Set-ReceiveConnector -Identity "EX01\\Default EX01" -ConnectionTimeout 00:10:00
ConnectionInactivityTimeout : 00:05:00
`,
    },
    {
      name: 'shorter than an idle time of a day: the fix matches it',
      text: `
Name                        : Default EX01
Identity                    : EX01\\Default EX01
Server                      : EX01
Bindings                    : {0.0.0.0:2525}
AuthMechanism               : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups            : ExchangeUsers, ExchangeServers, ExchangeLegacyServers
ConnectionTimeout           : 00:05:00
#                             ^^^^^^^^ connection-timeout-order[shorter] fix: Set-ReceiveConnector -Identity "EX01\\Default EX01" -ConnectionTimeout 1.00:00:00
ConnectionInactivityTimeout : 1.00:00:00
`,
    },
  ],
});
