import { ruleTester } from '../helpers/ruleTester';

ruleTester('require-tls-without-tls', {
  valid: [
    {
      name: 'RequireTLS with Tls offered',
      text: `
Name             : Partner In
Identity         : EX01\\Partner In
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {203.0.113.0/24}
AuthMechanism    : Tls
PermissionGroups : Partners
RequireTLS       : True
`,
    },
  ],
  invalid: [
    {
      name: 'RequireTLS without Tls (starttls-not-offered reports the AuthMechanism too)',
      rules: ['require-tls-without-tls', 'starttls-not-offered'],
      text: `
Name             : Partner In
Identity         : EX01\\Partner In
Server           : EX01
Bindings         : {0.0.0.0:25}
RemoteIPRanges   : {203.0.113.0/24}
AuthMechanism    : Integrated
#                  ^^^^^^^^^^ starttls-not-offered[notOffered]
PermissionGroups : Partners
RequireTLS       : True
#                  ^^^^ require-tls-without-tls[requiredNotOffered] fix: Set-ReceiveConnector -Identity "EX01\\Partner In" -AuthMechanism "Tls, Integrated" no-fix: -RequireTLS
`,
    },
  ],
});
