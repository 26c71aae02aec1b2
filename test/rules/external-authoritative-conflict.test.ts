import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lintCase, ruleTester } from '../helpers/ruleTester';

ruleTester('external-authoritative-conflict', {
  valid: [
    {
      name: 'Tls and ExternalAuthoritative with ExchangeServers, from a partner /24',
      text: `
Name                : Ext
Identity            : EX01\\Ext
Server              : EX01
Bindings            : {0.0.0.0:25}
RemoteIPRanges      : {10.1.2.0/24}
AuthMechanism       : Tls, ExternalAuthoritative
PermissionGroups    : ExchangeServers
DomainSecureEnabled : False
`,
    },
  ],
  invalid: [
    {
      name: 'other authentication next to ExternalAuthoritative: the documented combination first on a narrow range',
      text: `
Name                : Ext
Identity            : EX01\\Ext
Server              : EX01
Bindings            : {0.0.0.0:25}
RemoteIPRanges      : {10.1.2.0/24}
AuthMechanism       : Tls, Integrated, ExternalAuthoritative
#                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ external-authoritative-conflict[otherMechanisms] fixes: Set-ReceiveConnector -Identity "EX01\\Ext" -AuthMechanism "Tls, ExternalAuthoritative" || Set-ReceiveConnector -Identity "EX01\\Ext" -AuthMechanism "Tls, Integrated"
PermissionGroups    : ExchangeServers
DomainSecureEnabled : False
`,
    },
    {
      name: 'without ExchangeServers: the fix adds it and keeps the other groups',
      text: `
Name                : Ext
Identity            : EX01\\Ext
Server              : EX01
Bindings            : {0.0.0.0:25}
RemoteIPRanges      : {10.1.2.0/24}
AuthMechanism       : Tls, ExternalAuthoritative
#                     ^^^^^^^^^^^^^^^^^^^^^^^^^^ external-authoritative-conflict[withoutExchangeServers] fix: Set-ReceiveConnector -Identity "EX01\\Ext" -AuthMechanism "Tls, ExternalAuthoritative" -PermissionGroups "ExchangeServers, Partners"
PermissionGroups    : Partners
DomainSecureEnabled : False
`,
    },
    {
      name: 'with Domain Security',
      text: `
Name                : Ext
Identity            : EX01\\Ext
Server              : EX01
Bindings            : {0.0.0.0:25}
RemoteIPRanges      : {10.1.2.0/24}
AuthMechanism       : Tls, ExternalAuthoritative
#                     ^^^^^^^^^^^^^^^^^^^^^^^^^^ external-authoritative-conflict[withDomainSecure] fix: Set-ReceiveConnector -Identity "EX01\\Ext" -AuthMechanism "Tls, ExternalAuthoritative" -DomainSecureEnabled $false
PermissionGroups    : ExchangeServers
DomainSecureEnabled : True
`,
    },
    {
      name: 'over the whole Internet, making it valid would open a relay: dropping ExternalAuthoritative comes first',
      text: `
Name                : Ext
Identity            : EX01\\Ext
Server              : EX01
Bindings            : {0.0.0.0:25}
RemoteIPRanges      : {0.0.0.0-255.255.255.255}
AuthMechanism       : Tls, BasicAuth, ExternalAuthoritative
#                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ external-authoritative-conflict[otherMechanisms] fix: Set-ReceiveConnector -Identity "EX01\\Ext" -AuthMechanism "Tls, BasicAuth"
PermissionGroups    : Partners
DomainSecureEnabled : False
`,
    },
  ],
});

describe('external-authoritative-conflict related information', () => {
  it('points at PermissionGroups and DomainSecureEnabled when they are part of the conflict', () => {
    const text = [
      'Name                : Ext',
      'Identity            : EX01\\Ext',
      'Server              : EX01',
      'Bindings            : {0.0.0.0:25}',
      'RemoteIPRanges      : {10.1.2.0/24}',
      'AuthMechanism       : Tls, ExternalAuthoritative',
      'PermissionGroups    : Partners',
      'DomainSecureEnabled : True',
    ].join('\n');
    const d = lintCase({ 'c.txt': text }, { now: new Date('2024-06-01T00:00:00Z') })
      .get('c.txt')!
      .filter((x) => x.code === 'external-authoritative-conflict');
    assert.equal(d.length, 1);
    assert.deepEqual(
      d[0].relatedInformation?.map((r) => [r.range.start.line, r.range.start.character]),
      [
        [6, 22],
        [7, 22],
      ],
    );
  });
});
