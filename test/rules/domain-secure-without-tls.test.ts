import { ruleTester } from '../helpers/ruleTester';

ruleTester('domain-secure-without-tls', {
  valid: [
    {
      name: 'Domain Security with Tls offered',
      text: `
Name                : Partner In
Identity            : EX01\\Partner In
Server              : EX01
Bindings            : {0.0.0.0:25}
RemoteIPRanges      : {203.0.113.0/24}
AuthMechanism       : Tls
PermissionGroups    : Partners
DomainSecureEnabled : True
`,
    },
  ],
  invalid: [
    {
      name: 'Domain Security without Tls: the fix offers Tls, it does not turn Domain Security off',
      text: `
Name                : Partner In
Identity            : EX01\\Partner In
Server              : EX01
Bindings            : {0.0.0.0:25}
RemoteIPRanges      : {203.0.113.0/24}
AuthMechanism       : None
PermissionGroups    : Partners
DomainSecureEnabled : True
#                     ^^^^ domain-secure-without-tls[domainSecureNoTls] fix: Set-ReceiveConnector -Identity "EX01\\Partner In" -AuthMechanism "Tls" no-fix: DomainSecureEnabled
`,
    },
  ],
});
