// Send and receive connector rules and the value rules, positive and negative, on Format-List dumps written as
// Exchange writes them (test/helpers/dumps.ts). Each positive case asserts the complete set of findings (rule id +
// exact range on the offending value), the severity, and that the message carries the fix as a runnable command
// naming the connector.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, type Diagnostic, type Range } from '../../server/src/service';
import {
  cut,
  list,
  receiveConnector,
  receiveConnector2010,
  renderDump,
  sendConnector,
  sendConnector2007,
  smartHostConnector,
  withProps,
  without,
  type Dump,
  type DumpOptions,
  type Props,
} from '../helpers/dumps';

const service = createLanguageService();
const NOW = new Date('2024-06-01T00:00:00Z');

function lint(d: Dump): Diagnostic[] {
  return service.validate({ uri: 'connectors.txt', text: d.text }, { now: NOW });
}

function plain(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

interface Finding {
  code: string;
  at: Range;
}

function findings(diags: Diagnostic[]): Finding[] {
  return diags.map((d) => ({ code: d.code, at: plain(d.range) })).sort(byPlace);
}

function byPlace(a: Finding, b: Finding): number {
  return a.at.start.line - b.at.start.line || a.at.start.character - b.at.start.character || a.code.localeCompare(b.code);
}

function only(diags: Diagnostic[], code: string): Diagnostic[] {
  return diags.filter((d) => d.code === code);
}

/** Lints the objects and checks the exact findings; returns the diagnostics for message checks. */
function expectFindings(objects: Props[], expected: (d: Dump) => Finding[], options: DumpOptions = {}): { d: Dump; diags: Diagnostic[] } {
  const d = renderDump(objects, options);
  const diags = lint(d);
  assert.deepEqual(
    findings(diags),
    expected(d)
      .map((f) => ({ code: f.code, at: plain(f.at) }))
      .sort(byPlace),
  );
  return { d, diags };
}

function one(diags: Diagnostic[], code: string): Diagnostic {
  const hits = only(diags, code);
  assert.equal(hits.length, 1, `${code}: ${hits.length} diagnostics`);
  return hits[0];
}

/** The message ends its advice with this exact command. */
/** The finding offers this PowerShell among its fixes (legacy rules also wrote it into the message). */
function assertFix(diag: Diagnostic, command: string): void {
  const commands = (diag.fixes ?? []).map((f) => f.command ?? '');
  assert.ok(
    commands.some((c) => c.includes(command)) || diag.message.includes(command),
    `${diag.code} does not offer\n  ${command}\nfixes:\n  ${commands.join('\n  ')}`,
  );
}

const HEALTHY_SEND = sendConnector('Internet');

describe('healthy connectors', () => {
  it('give no findings, alone or together, at any console width', () => {
    for (const width of [80, 120, 4096]) {
      const d = renderDump([HEALTHY_SEND, smartHostConnector(), receiveConnector()], { width });
      assert.deepEqual(findings(lint(d)), [], `width ${width}`);
    }
  });
  it("an Edge server's defaults (internal receive connector, both EdgeSync send connectors) give no findings", () => {
    const edgeReceive = withProps(receiveConnector('Default internal receive connector EDGE01', 'EDGE01'), {
      AuthMechanism: 'Tls, ExchangeServer',
      PermissionGroups: 'AnonymousUsers, ExchangeServers, Partners',
      RemoteIPRanges: list('0.0.0.0-255.255.255.255'),
      TlsDomainCapabilities: list(),
      Fqdn: 'edge01.contoso.com',
      TlsCertificateName: null,
      MessageRateLimit: '600',
      ConnectionTimeout: '00:05:00',
      ConnectionInactivityTimeout: '00:01:00',
    });
    const toInternet = withProps(sendConnector('EdgeSync - Default-First-Site-Name to Internet'), {
      DomainSecureEnabled: 'True',
      AddressSpaces: list('smtp:*;100'),
      SourceTransportServers: list('EDGE01'),
    });
    const inbound = withProps(sendConnector('EdgeSync - Inbound to Default-First-Site-Name'), {
      DNSRoutingEnabled: 'False',
      SmartHosts: list('--'),
      SmartHostsString: '--',
      AddressSpaces: list('--'),
      SmartHostAuthMechanism: 'ExchangeServer',
      SourceTransportServers: list('EDGE01'),
    });
    for (const width of [80, 4096]) assert.deepEqual(findings(lint(renderDump([edgeReceive, toInternet, inbound], { width }))), [], `width ${width}`);
  });
  it('Exchange 2007/2010-shaped connectors (no TlsAuthLevel, TlsDomain, TransportRole...) give no findings', () => {
    const d = renderDump([sendConnector2007(), receiveConnector2010()]);
    assert.equal(service.analyze({ uri: 'old.txt', text: d.text }).kind, 'format-list');
    assert.deepEqual(findings(lint(d)), []);
  });
});

// The send connector rules (ignore-starttls, require-tls-ignore-starttls, tls-auth-level-without-require-tls,
// tls-domain-without-domain-validation, domain-validation-without-tls-domain, domain-secure-conflict, smart-hosts-missing,
// address-space-missing, basic-auth-credential-missing, basic-auth-cleartext) are tested in test/rules/<id>.test.ts,
// their severities in test/unit/connectorSeverities.test.ts.

describe('invalid-value', () => {
  // [kind, property, bad value, message pattern]
  const SEND_CASES: [string, string, RegExp][] = [
    ['IgnoreSTARTTLS', 'Yes', /not a Boolean/],
    ['RequireTLS', 'Treu', /not a Boolean/],
    ['TlsAuthLevel', 'DomainValidaton', /EncryptionOnly, CertificateValidation, DomainValidation/],
    ['SmartHostAuthMechanism', 'Basic', /not one of the SmartHostAuthMechanism values/],
    ['Port', '70000', /above the maximum of 65535/],
    ['Port', '-1', /below the minimum of 0/],
    ['SmtpMaxMessagesPerConnection', 'many', /./],
    ['MaxMessageSize', '35 Mbytes', /not a size/],
    ['MaxMessageSize', '3 GB (3,221,225,472 bytes)', /above the maximum/],
    ['ConnectionInactivityTimeOut', '1.00:00:01', /longer than the maximum of 1\.00:00:00/],
    ['ConnectionInactivityTimeOut', '00:00:00', /shorter than the minimum/],
    ['ConnectionInactivityTimeOut', '10 minutes', /not a time span/],
    ['TlsDomain', '*', /not allowed/],
    ['ErrorPolicies', 'Default, Retry', /"Retry" is not one of the ErrorPolicies/],
  ];
  for (const [prop, bad, pattern] of SEND_CASES) {
    it(`send ${prop} ${JSON.stringify(bad)} is an error on the value`, () => {
      const d = renderDump([HEALTHY_SEND, withProps(sendConnector('Bad'), { [prop]: bad })]);
      const hits = only(lint(d), 'invalid-value');
      assert.equal(hits.length, 1, hits.map((x) => x.message).join('\n'));
      assert.deepEqual(plain(hits[0].range), plain(d.value(1, prop)));
      assert.equal(hits[0].severity, 'error');
      assert.match(hits[0].message, pattern);
      assert.equal(hits[0].messageId, 'invalid');
    });
  }
  const RECEIVE_CASES: [string, string, RegExp][] = [
    ['MaxHopCount', '0', /below the minimum of 1/],
    ['MaxHopCount', '501', /above the maximum of 500/],
    ['MaxLogonFailures', 'Unlimited', /not allowed/],
    ['MaxMessageSize', 'Unlimited', /not allowed/],
    ['MaxMessageSize', '36 MBytes', /not a size/],
    ['TarpitInterval', '00:11:00', /longer than the maximum of 00:10:00/],
    ['AuthMechanism', 'Tls, Kerberos', /Kerberos/],
    ['PermissionGroups', 'AnonymousUsers, Admins', /Admins/],
    ['SizeEnabled', 'Sometimes', /Disabled, Enabled, EnabledWithoutValue/],
    ['EnableAuthGSSAPI', 'Maybe', /not a Boolean/],
  ];
  for (const [prop, bad, pattern] of RECEIVE_CASES) {
    it(`receive ${prop} ${JSON.stringify(bad)} is an error on the value`, () => {
      const d = renderDump([withProps(receiveConnector(), { [prop]: bad })]);
      const hits = only(lint(d), 'invalid-value');
      assert.equal(hits.length, 1, hits.map((x) => x.message).join('\n'));
      assert.deepEqual(plain(hits[0].range), plain(d.value(0, prop)));
      assert.match(hits[0].message, pattern);
    });
  }
  it('accepts every value Exchange prints: sizes with byte counts, Unlimited where allowed, day time spans, address spaces', () => {
    const d = renderDump([
      withProps(HEALTHY_SEND, {
        MaxMessageSize: 'Unlimited',
        ConnectionInactivityTimeOut: '1.00:00:00',
        AddressSpaces: list('smtp:*;1', 'SMTP:contoso.com;100', 'X400:c=US;a= ;p=Contoso;5'),
        ErrorPolicies: 'DowngradeDnsFailures, DowngradeCustomFailures',
      }),
      withProps(receiveConnector(), {
        MaxMessageSize: '150 MB (157,286,400 bytes)',
        MaxHeaderSize: '64 KB (65,536 bytes)',
        MessageRateLimit: 'Unlimited',
        MaxInboundConnectionPerSource: 'Unlimited',
        Bindings: list('[::]:25', '0.0.0.0:25', '10.0.0.5:2525'),
        RemoteIPRanges: list('10.0.0.0/8', '192.168.1.5-192.168.1.10', '2001:db8::/32', '10.1.1.1'),
        TlsDomainCapabilities: list('mail.protection.outlook.com:AcceptCloudServicesMail', 'contoso.com:AcceptOorgProtocol'),
      }),
    ]);
    assert.deepEqual(findings(lint(d)), []);
  });
  it('AddressSpace: a cost outside 1..100 is flagged on that item', () => {
    const d = renderDump([withProps(HEALTHY_SEND, { AddressSpaces: list('SMTP:*;1', 'SMTP:contoso.com;0', 'SMTP:fabrikam.com;101') })]);
    assert.deepEqual(findings(lint(d)), [
      { code: 'invalid-value', at: plain(d.within(0, 'AddressSpaces', 'SMTP:contoso.com;0')) },
      { code: 'invalid-value', at: plain(d.within(0, 'AddressSpaces', 'SMTP:fabrikam.com;101')) },
    ]);
  });
  it('IPBinding: a port above 65535 and a multicast address are flagged on their items', () => {
    const d = renderDump([withProps(receiveConnector(), { Bindings: list('0.0.0.0:25', '10.0.0.5:70000', '224.0.0.1:25') })]);
    const hits = only(lint(d), 'invalid-value');
    assert.deepEqual(
      hits.map((x) => plain(x.range)),
      [plain(d.within(0, 'Bindings', '10.0.0.5:70000')), plain(d.within(0, 'Bindings', '224.0.0.1:25'))],
    );
    assert.match(hits[1].message, /multicast/);
  });
  it('IPRange: a bad prefix and a reversed range are flagged on their items, the good item is not', () => {
    const d = renderDump([withProps(receiveConnector(), { RemoteIPRanges: list('10.0.0.0/33', '192.168.1.10-192.168.1.5', '10.1.1.1') })]);
    const hits = only(lint(d), 'invalid-value');
    assert.deepEqual(
      hits.map((x) => plain(x.range)),
      [plain(d.within(0, 'RemoteIPRanges', '10.0.0.0/33')), plain(d.within(0, 'RemoteIPRanges', '192.168.1.10-192.168.1.5'))],
    );
    assert.match(hits[1].message, /192\.168\.1\.5-192\.168\.1\.10/);
  });
  it('TlsDomainCapabilities: "*" and an unknown capability are flagged on their items', () => {
    const d = renderDump([
      withProps(receiveConnector(), { TlsDomainCapabilities: list('contoso.com:AcceptOorgProtocol', '*:AcceptCloudServicesMail', 'fabrikam.com:AcceptBogus') }),
    ]);
    const hits = only(lint(d), 'invalid-value');
    assert.deepEqual(
      hits.map((x) => plain(x.range)),
      [plain(d.within(0, 'TlsDomainCapabilities', '*:AcceptCloudServicesMail')), plain(d.within(0, 'TlsDomainCapabilities', 'fabrikam.com:AcceptBogus'))],
    );
    assert.match(hits[1].message, /AcceptBogus/);
  });
  it('TlsDomainCapabilities: the same domain twice is flagged (Exchange refuses duplicates, R13)', () => {
    const d = renderDump([
      withProps(receiveConnector(), { TlsDomainCapabilities: list('contoso.com:AcceptOorgProtocol', 'contoso.com:AcceptCloudServicesMail') }),
    ]);
    assert.equal(only(lint(d), 'invalid-value').length, 1);
  });
  it('SourceIPAddress: broadcast and multicast are flagged (Exchange refuses them, S5)', () => {
    for (const bad of ['255.255.255.255', '224.0.0.1']) {
      const d = renderDump([withProps(HEALTHY_SEND, { SourceIPAddress: bad })]);
      assert.deepEqual(findings(lint(d)), [{ code: 'invalid-value', at: plain(d.value(0, 'SourceIPAddress')) }], bad);
    }
  });
  it('does not flag read-only properties or dates in any culture', () => {
    const d = renderDump([
      withProps(HEALTHY_SEND, {
        WhenChanged: '14.05.2024 11:02:17',
        WhenCreated: '2024-03-01 9:40:03 AM',
        ExchangeVersion: '0.20 (15.0.0.0)',
        IsValid: 'True',
      }),
    ]);
    assert.deepEqual(findings(lint(d)), []);
  });
  it('names the connector and the parameter in a runnable fix', () => {
    const d = renderDump([withProps(sendConnector('Bad'), { Port: '70000' })]);
    assertFix(one(lint(d), 'invalid-value'), 'Set-SendConnector -Identity "Bad" -Port ');
  });
});

describe('unknown-property', () => {
  it('flags a misspelt name on the name, with did-you-mean', () => {
    const d = renderDump([withProps(without(HEALTHY_SEND, 'IgnoreSTARTTLS'), { IgnoreSTARTTSL: 'False' })]);
    const diags = lint(d);
    assert.deepEqual(findings(diags), [{ code: 'unknown-property', at: plain(d.name(0, 'IgnoreSTARTTSL')) }]);
    const diag = diags[0];
    assert.equal(diag.severity, 'warning');
    assert.equal(diag.messageId, 'misspelt');
    assert.deepEqual(diag.fixes?.[0].edits, [{ range: diag.range, newText: 'IgnoreSTARTTLS' }]);
  });
  it('leaves an unrelated name alone (likely a property of a version the catalogue does not list)', () => {
    const d = renderDump([withProps(receiveConnector(), { Colour: 'Blue' })]);
    assert.deepEqual(
      findings(lint(d)).filter((f) => f.code === 'unknown-property'),
      [],
    );
  });
  it('does not suggest a name the object already has', () => {
    const d = renderDump([withProps(HEALTHY_SEND, { RequireTLSS: 'False' })]);
    assert.deepEqual(
      findings(lint(d)).filter((f) => f.code === 'unknown-property'),
      [],
    );
  });
  it('accepts names in another case and the PowerShell remoting properties', () => {
    const d = renderDump([withProps(HEALTHY_SEND, { ignorestarttls: 'False', PSComputerName: 'ex01.contoso.com', PSShowComputerName: 'False' })]);
    assert.deepEqual(findings(lint(d)), []);
  });
});

describe('list-syntax', () => {
  it('flags a list without its closing brace', () => {
    const d = renderDump([withProps(HEALTHY_SEND, { DNSRoutingEnabled: 'False', SmartHosts: '{mx1.fabrikam.com, mx2.fabrikam.com' })]);
    const diag = one(lint(d), 'list-syntax');
    assert.deepEqual(plain(diag.range), plain(d.value(0, 'SmartHosts')));
    assert.equal(diag.severity, 'warning');
    assert.equal(diag.messageId, 'unclosed');
    assert.match(diag.fixes?.[0].command ?? '', /^\$FormatEnumerationLimit = -1; Get-SendConnector "Internet" \| Format-List/);
  });
  it('reads a collection printed without braces (a custom Select) as a list: no finding', () => {
    const d = renderDump([withProps(HEALTHY_SEND, { DNSRoutingEnabled: 'False', SmartHosts: 'mx1.fabrikam.com' })]);
    assert.deepEqual(findings(lint(d)), []);
  });
  it('does not flag {} or a normal list', () => {
    expectFindings([withProps(HEALTHY_SEND, { SmartHosts: list(), ConnectedDomains: list(), SourceTransportServers: list('EX01', 'EX02', 'EX03') })], () => []);
  });
});

describe('truncated-list', () => {
  for (const mark of ['...', '\u2026'] as const) {
    it(`reports a list cut with ${JSON.stringify(mark)} as information, on the value`, () => {
      const d = renderDump([
        withProps(receiveConnector('Partner In'), {
          PermissionGroups: 'Partners',
          RemoteIPRanges: cut(['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'], mark),
        }),
      ]);
      const diags = lint(d);
      assert.deepEqual(findings(diags), [{ code: 'truncated-list', at: plain(d.value(0, 'RemoteIPRanges')) }]);
      assert.equal(diags[0].severity, 'information');
      assert.equal(diags[0].messageId, 'truncated');
      assert.match(diags[0].message, /first 4 items/);
      assert.match(diags[0].fixes?.[0].command ?? '', /^\$FormatEnumerationLimit = -1; Get-ReceiveConnector "EX01\\Partner In" \| Format-List/);
    });
  }
  it('still checks the items before the cut (open-relay on a cut list)', () => {
    const d = renderDump([
      withProps(receiveConnector('Anonymous Relay'), {
        AuthMechanism: 'Tls, ExternalAuthoritative',
        PermissionGroups: 'ExchangeServers',
        RemoteIPRanges: cut(['10.0.0.1', '0.0.0.0-255.255.255.255', '10.0.0.3', '10.0.0.4']),
      }),
    ]);
    assert.deepEqual(
      findings(lint(d)),
      [
        { code: 'open-relay', at: plain(d.within(0, 'RemoteIPRanges', '0.0.0.0-255.255.255.255')) },
        { code: 'truncated-list', at: plain(d.value(0, 'RemoteIPRanges')) },
      ].sort(byPlace),
    );
  });
  it('never treats a cut list as complete: no smart-hosts-missing or address-space-missing on an empty-looking cut list', () => {
    const d = renderDump([withProps(HEALTHY_SEND, { DNSRoutingEnabled: 'False', SmartHosts: cut([]), AddressSpaces: cut([]) })]);
    assert.deepEqual(
      findings(lint(d)).map((f) => f.code),
      ['truncated-list', 'truncated-list'],
    );
  });
});
