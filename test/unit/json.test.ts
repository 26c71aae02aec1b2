// ConvertTo-Json exports: Windows PowerShell 5.1 (enums as numbers, "\/Date(ms)\/", rich values as nested objects,
// <>&' escaped) and PowerShell 7 (-EnumsAsStrings, ISO dates, display strings) read into the shared model, so the
// Format-List rules give the same findings, with ranges on the JSON values. The exports are written by
// test/fixtures/json/writer.ts from one description (test/fixtures/json/exports.ts) of the connectors in
// test/grammar/fixtures/*.txt.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, type Diagnostic, type Range } from '../../server/src/service';
import { isObjectsFile, type ObjectsFile } from '../../server/src/service/document';
import { readJson } from '../../server/src/service/json/read';
import { property, type ExchangeObject, type PropertyValue } from '../../server/src/service/objects/model';
import { LineIndex } from '../../server/src/service/text/lineIndex';
import { runCli, tempDir } from '../helpers/cli';
import { makeCertificateDer, thumbprintOf } from '../helpers/certs';
import { exchangeCertificate, manyReceiveConnectors, receiveConnectors, sendConnector, sendConnectors, type CertificateSpec } from '../fixtures/json/exports';
import { certName, en, writeJson, type Located, type Style, type Written } from '../fixtures/json/writer';

const service = createLanguageService();
const NOW = new Date('2024-06-01T00:00:00Z');
const STYLES: readonly Style[] = ['ps51', 'ps7'];
const FL_FIXTURES = join(__dirname, '..', 'grammar', 'fixtures');

function lint(text: string, uri = 'export.json', now = NOW): Diagnostic[] {
  return service.validate({ uri, text }, { now });
}

function analyzed(text: string, uri = 'export.json'): ObjectsFile {
  const f = service.analyze({ uri, text });
  assert.ok(isObjectsFile(f), `not an objects file: ${f.kind}`);
  assert.equal(f.kind, 'json');
  return f;
}

function plain(r: Range | Located): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

interface Finding {
  code: string;
  at: Range;
}

function findings(diags: readonly Diagnostic[]): Finding[] {
  return diags.map((d) => ({ code: d.code, at: plain(d.range) })).sort(byPlace);
}

function byPlace(a: Finding, b: Finding): number {
  return a.at.start.line - b.at.start.line || a.at.start.character - b.at.start.character || a.code.localeCompare(b.code);
}

function expected(list: { code: string; at: Located }[]): Finding[] {
  return list.map((f) => ({ code: f.code, at: plain(f.at) })).sort(byPlace);
}

/** Code, message and related messages: what a user reads, independent of where in which format. */
function readable(diags: readonly Diagnostic[]): string[] {
  return diags.map((d) => `${d.code}: ${d.message} ${JSON.stringify(d.relatedInformation?.map((r) => r.message) ?? [])}`).sort();
}

function prop(obj: ExchangeObject, name: string): PropertyValue {
  const p = property(obj, name);
  assert.ok(p, `no property ${name}`);
  return p;
}

/** The one object of an export written from `objects` (reader only, no kind set). */
function readOne(json: string): ExchangeObject {
  const r = readJson(json, new LineIndex(json));
  assert.deepEqual(r.syntax, []);
  assert.equal(r.objects.length, 1);
  return r.objects[0];
}

/** A small object with `name` set to raw JSON (replacing a base property of that name). */
function probe(base: [string, string][], name: string, rawJson: string): string {
  const entries = base.some(([k]) => k === name)
    ? base.map(([k, v]): [string, string] => [k, k === name ? rawJson : v])
    : [...base, [name, rawJson] as [string, string]];
  return `{\n${entries.map(([k, v]) => `  "${k}": ${v}`).join(',\n')}\n}\n`;
}

const RECEIVE_BASE: [string, string][] = [
  ['Name', '"Probe"'],
  ['AuthMechanism', '17'],
  ['PermissionGroups', '4'],
  ['Bindings', '["0.0.0.0:25"]'],
  ['RemoteIPRanges', '["10.0.0.1"]'],
];
const SEND_BASE: [string, string][] = [
  ['Name', '"Probe"'],
  ['DNSRoutingEnabled', 'true'],
  ['AddressSpaces', '["SMTP:*;1"]'],
  ['SmartHosts', '[]'],
];

/** A receive connector with one property as raw JSON: analysed with its kind, catalogue types applied. */
function receiveWith(name: string, rawJson: string): { file: ObjectsFile; p: PropertyValue; text: string; line: number } {
  const text = probe(RECEIVE_BASE, name, rawJson);
  const file = analyzed(text);
  assert.equal(file.objects[0].kind, 'receive-connector');
  return { file, p: prop(file.objects[0], name), text, line: text.split('\n').findIndex((l) => l.startsWith(`  "${name}"`)) };
}

function sendWith(name: string, rawJson: string): { file: ObjectsFile; p: PropertyValue; text: string; line: number } {
  const text = probe(SEND_BASE, name, rawJson);
  const file = analyzed(text);
  assert.equal(file.objects[0].kind, 'send-connector');
  return { file, p: prop(file.objects[0], name), text, line: text.split('\n').findIndex((l) => l.startsWith(`  "${name}"`)) };
}

describe('send connectors (the connectors of send-connectors.txt) in both styles', () => {
  for (const style of STYLES) {
    const w = writeJson(sendConnectors(), style);
    it(`${style}: exact findings, each on the JSON value that is wrong`, () => {
      assert.deepEqual(
        findings(lint(w.text)),
        expected([
          // TlsDomain is null: the rule points at the property's name.
          { code: 'domain-validation-without-tls-domain', at: w.at(1, 'TlsDomain').name },
          { code: 'ignore-starttls', at: w.at(2, 'IgnoreSTARTTLS').value },
          { code: 'basic-auth-cleartext', at: w.at(2, 'SmartHostAuthMechanism').value },
        ]),
      );
    });
    it(`${style}: the same messages (connector names, Set-SendConnector fixes) as the Format-List dump`, () => {
      const fl = lint(readFileSync(join(FL_FIXTURES, 'send-connectors.txt'), 'utf8'), 'send-connectors.txt');
      assert.deepEqual(readable(lint(w.text)), readable(fl));
    });
    it(`${style}: every property reads as Format-List prints it (dates aside)`, () => {
      const fl = service.analyze({ uri: 'send-connectors.txt', text: readFileSync(join(FL_FIXTURES, 'send-connectors.txt'), 'utf8') });
      assert.ok(isObjectsFile(fl));
      const json = analyzed(w.text);
      assert.equal(json.objects.length, fl.objects.length);
      json.objects.forEach((o, i) => {
        assert.equal(o.kind, 'send-connector');
        for (const p of fl.objects[i].properties) {
          if (p.def?.type.kind === 'date') continue;
          const q = prop(o, p.name);
          assert.equal(q.empty ? '' : q.text, p.empty ? '' : p.text, `${style} object ${i} ${p.name}`);
        }
      });
    });
  }
  it('the clean connectors alone give nothing, as a list or as a single object ({...})', () => {
    for (const style of STYLES) {
      const clean = [sendConnectors()[0], sendConnectors()[3]];
      assert.deepEqual(lint(writeJson(clean, style).text), [], style);
      for (const c of clean) assert.deepEqual(lint(writeJson([c], style, { single: true }).text), [], `${style} single`);
    }
  });
});

describe('receive connectors (the connectors of receive-connectors.txt) in both styles', () => {
  for (const style of STYLES) {
    const w = writeJson(receiveConnectors(), style);
    it(`${style}: Anonymous Relay (AuthMechanism 32, PermissionGroups 4, 0.0.0.0-255.255.255.255) is an open relay; BasicAuth before TLS`, () => {
      assert.deepEqual(
        findings(lint(w.text)),
        expected([
          { code: 'starttls-not-offered', at: w.at(1, 'AuthMechanism').value },
          { code: 'open-relay', at: w.item(1, 'RemoteIPRanges', 0) },
          { code: 'basic-auth-cleartext', at: w.at(2, 'AuthMechanism').value },
        ]),
      );
    });
    it(`${style}: the same messages as the Format-List dump`, () => {
      const fl = lint(readFileSync(join(FL_FIXTURES, 'receive-connectors.txt'), 'utf8'), 'receive-connectors.txt');
      assert.deepEqual(readable(lint(w.text)), readable(fl));
    });
    it(`${style}: every property reads as Format-List prints it (dates aside)`, () => {
      const fl = service.analyze({ uri: 'r.txt', text: readFileSync(join(FL_FIXTURES, 'receive-connectors.txt'), 'utf8') });
      assert.ok(isObjectsFile(fl));
      const json = analyzed(w.text);
      json.objects.forEach((o, i) => {
        assert.equal(o.kind, 'receive-connector');
        for (const p of fl.objects[i].properties) {
          if (p.def?.type.kind === 'date') continue;
          assert.equal(prop(o, p.name).text, p.text, `${style} object ${i} ${p.name}`);
        }
      });
    });
  }
  it('the clean receive connectors give nothing', () => {
    for (const style of STYLES) {
      assert.deepEqual(lint(writeJson([receiveConnectors()[0], receiveConnectors()[3]], style).text), [], style);
    }
  });
});

describe('ranges on the JSON', () => {
  for (const style of STYLES) {
    it(`${style}: the name without quotes, a string inside its quotes, a number or boolean as written, each list item`, () => {
      const w = writeJson(receiveConnectors(), style);
      const obj = analyzed(w.text).objects[1];
      for (const name of ['Name', 'RequireTLS', 'MaxHopCount', 'AuthMechanism', 'PermissionGroups']) {
        assert.deepEqual(plain(prop(obj, name).nameRange), plain(w.at(1, name).name), `${name} name`);
        assert.deepEqual(plain(prop(obj, name).valueRange), plain(w.at(1, name).value), `${name} value`);
      }
      const bindings = analyzed(w.text).objects[0].byName.get('bindings')!;
      assert.deepEqual(
        bindings.list!.map((i) => i.text),
        ['[::]:25', '0.0.0.0:25'],
      );
      assert.deepEqual(
        bindings.list!.map((i) => plain(i.range)),
        [0, 1].map((i) => plain(w.item(0, 'Bindings', i))),
      );
      // The object spans its braces.
      assert.equal(obj.range.start.character, style === 'ps51' ? 4 : 2);
    });
  }
  it('ps51: a string with \\u003c escapes keeps its range on the written (escaped) text', () => {
    const w = writeJson([sendConnector('Internet', { TlsCertificateName: "<I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com" })], 'ps51');
    assert.match(w.text, /\\u003cI\\u003eCN=R11, O=Let\\u0027s/);
    const p = prop(analyzed(w.text).objects[0], 'TlsCertificateName');
    assert.equal(p.text, "<I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com");
    assert.deepEqual(plain(p.valueRange), plain(w.at(0, 'TlsCertificateName').value));
  });
  it('a key written with escapes still names the property, and its range covers the escaped key', () => {
    const text = '{"Name": "X", "DNSRoutingEnabled": true, "AddressSpaces": ["SMTP:*;1"], "\\u0049gnoreSTARTTLS": true}';
    const f = analyzed(text);
    const p = prop(f.objects[0], 'IgnoreSTARTTLS');
    assert.deepEqual(plain(p.nameRange), { start: { line: 0, character: 73 }, end: { line: 0, character: 92 } });
    assert.deepEqual(
      findings(lint(text)).map((x) => x.code),
      ['ignore-starttls'],
    );
  });
});

describe('Windows PowerShell 5.1 numbers', () => {
  it('a flags number is decoded for display (17 = Tls, ExchangeServer) and kept as the number', () => {
    const { p } = receiveWith('AuthMechanism', '17');
    assert.equal(p.text, 'Tls, ExchangeServer');
    assert.equal(p.number, 17);
    const groups = receiveWith('PermissionGroups', '5').p;
    assert.equal(groups.text, 'AnonymousUsers, ExchangeServers');
    const level = sendWith('TlsAuthLevel', '4').p;
    assert.equal(level.text, 'DomainValidation');
    assert.equal(sendWith('SmartHostAuthMechanism', '0').p.text, 'None');
  });
  it('hover on an enum number shows the number and the decoded names', () => {
    const text = '{\n  "Name": "Probe",\n  "AuthMechanism": 17,\n  "PermissionGroups": 4,\n  "Bindings": ["0.0.0.0:25"]\n}\n';
    const hover = service.hover({ uri: 'h.json', text }, { line: 2, character: 21 }, { now: NOW });
    assert.ok(hover, 'no hover');
    const md = typeof hover.contents === 'string' ? hover.contents : JSON.stringify(hover.contents);
    assert.match(md, /17/);
    assert.match(md, /Tls, ExchangeServer/);
    assert.deepEqual(plain(hover.range!), { start: { line: 2, character: 19 }, end: { line: 2, character: 21 } });
  });
  it('a number no member explains is reported by invalid-value on the number', () => {
    const { text, line } = sendWith('TlsAuthLevel', '3');
    const diags = lint(text).filter((d) => d.code === 'invalid-value');
    assert.equal(diags.length, 1);
    assert.deepEqual(plain(diags[0].range), { start: { line, character: 18 }, end: { line, character: 19 } });
    assert.match(diags[0].message, /TlsAuthLevel/);
  });
  it('a number the catalogue only guesses (ConnectorSource AdminUI) is present but unknown: no member is named', () => {
    const text = JSON.stringify(
      {
        Name: 'To on-premises',
        ConnectorType: 1,
        ConnectorSource: 3,
        UseMXRecord: false,
        SmartHosts: ['mail.contoso.com'],
        RecipientDomains: ['contoso.com'],
        TlsSettings: 4,
        TlsDomain: 'mail.contoso.com',
        RouteAllMessagesViaOnPremises: true,
        IsTransportRuleScoped: false,
        Enabled: true,
      },
      null,
      2,
    );
    const f = analyzed(text);
    assert.equal(f.objects[0].kind, 'outbound-connector');
    const source = prop(f.objects[0], 'ConnectorSource');
    assert.equal(source.text, '');
    assert.equal(source.empty, false);
    assert.equal(source.number, undefined);
    assert.equal(prop(f.objects[0], 'ConnectorType').text, 'OnPremises', '1 = OnPremises (verified)');
    assert.equal(prop(f.objects[0], 'TlsSettings').text, 'DomainValidation');
    assert.deepEqual(lint(text), []);
  });
});

describe('rich values: nested objects read as Format-List shows them', () => {
  const cases: [string, 'receive' | 'send', string, string][] = [
    ['TimeSpan object', 'receive', 'ConnectionTimeout', '{"Days": 1, "Hours": 0, "Ticks": 864000000000, "TotalMilliseconds": 86400000}'],
    ['TimeSpan with fractions', 'receive', 'TarpitInterval', '{"Ticks": 5000000, "TotalSeconds": 0.5, "TotalMilliseconds": 500}'],
    ['TimeSpan without Ticks', 'receive', 'MaxAcknowledgementDelay', '{"Days": 0, "TotalSeconds": 30, "TotalMilliseconds": 30000}'],
    ['Unlimited', 'receive', 'MessageRateLimit', '{"IsUnlimited": true}'],
    ['Unlimited<int> with a value', 'receive', 'MaxInboundConnection', '{"IsUnlimited": false, "Value": 5000}'],
    ['Unlimited<ByteQuantifiedSize> with a display value', 'receive', 'MaxMessageSize', '{"IsUnlimited": false, "Value": "36 MB (37,748,736 bytes)"}'],
    ['ByteQuantifiedSize as bytes', 'receive', 'MaxHeaderSize', '{"IsUnlimited": false, "Value": 262144}'],
    [
      'SmtpX509Identifier',
      'receive',
      'TlsCertificateName',
      '{"CertificateSubject": "CN=mail.contoso.com", "CertificateIssuer": "CN=R11, O=Let\'s Encrypt, C=US", "SubjectCommonName": "mail.contoso.com"}',
    ],
    ['SmtpX509Identifier without issuer', 'send', 'TlsCertificateName', '{"CertificateSubject": "CN=mail.contoso.com", "CertificateIssuer": null}'],
    ['Fqdn', 'receive', 'Fqdn', '{"Domain": "mail.contoso.com"}'],
    ['SmtpDomainWithSubdomains', 'send', 'TlsDomain', '{"Domain": "contoso.com", "IncludeSubDomains": true}'],
    ['IPAddress object without IPAddressToString', 'send', 'SourceIPAddress', '{"Address": 419539136, "AddressFamily": 2}'],
    [
      'ADObjectId of a receive connector',
      'receive',
      'Identity',
      '{"Name": "Relay", "DistinguishedName": "CN=Relay,CN=SMTP Receive Connectors,CN=Protocols,CN=EX01,CN=Servers,CN=AG,DC=contoso,DC=com", "Rdn": "CN=Relay"}',
    ],
    ['ADObjectId of a server', 'receive', 'Server', '{"Name": "EX01", "DistinguishedName": "CN=EX01,CN=Servers,CN=AG,DC=contoso,DC=com"}'],
    [
      'PowerShell 5.1 DateTime wrapper',
      'receive',
      'WhenChanged',
      '{"value": "\\/Date(1715677337000)\\/", "DisplayHint": 2, "DateTime": "Tuesday, May 14, 2024 9:02:17 AM"}',
    ],
    ['PSCredential', 'send', 'AuthenticationCredential', '{"UserName": "CONTOSO\\\\relay", "Password": "System.Security.SecureString"}'],
    ['ExchangeObjectVersion', 'send', 'ExchangeVersion', '{"ExchangeBuild": "8.0.535.0", "Major": 0, "Minor": 1}'],
  ];
  const want: Record<string, string> = {
    ConnectionTimeout: '1.00:00:00',
    TarpitInterval: '00:00:00.5000000',
    MaxAcknowledgementDelay: '00:00:30',
    MessageRateLimit: 'Unlimited',
    MaxInboundConnection: '5000',
    MaxMessageSize: '36 MB (37,748,736 bytes)',
    MaxHeaderSize: '256 KB (262,144 bytes)',
    'TlsCertificateName:receive': "<I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com",
    'TlsCertificateName:send': '<S>CN=mail.contoso.com',
    Fqdn: 'mail.contoso.com',
    TlsDomain: '*.contoso.com',
    SourceIPAddress: '192.168.1.25',
    Identity: 'EX01\\Relay',
    Server: 'EX01',
    WhenChanged: '/Date(1715677337000)/',
    AuthenticationCredential: 'System.Management.Automation.PSCredential',
    ExchangeVersion: '0.1 (8.0.535.0)',
  };
  for (const [what, kind, name, json] of cases) {
    it(`${what}: ${name}`, () => {
      const { p, text, line } = kind === 'receive' ? receiveWith(name, json) : sendWith(name, json);
      assert.equal(p.text, want[`${name}:${kind}`] ?? want[name]);
      assert.equal(p.empty, false);
      // The value range covers the whole object.
      assert.equal(p.valueRange.start.line, line);
      // (A PowerShell 5.1 wrapper {"value": ...} has its range on the wrapped value.)
      assert.equal(p.valueRange.start.character, name.length + 6 + (name === 'WhenChanged' ? 11 : 0));
      assert.deepEqual(
        lint(text).filter((d) => d.code === 'invalid-value'),
        [],
      );
    });
  }
  it('collections of objects: IPBinding, IPRange, AddressSpace, SmartHost, TlsDomainCapabilities', () => {
    const b = receiveWith(
      'Bindings',
      '[{"Address": {"IPAddressToString": "::"}, "Port": 25}, {"Address": {"Address": 0, "AddressFamily": 2}, "Port": 2525}]',
    ).p;
    assert.deepEqual(
      b.list!.map((i) => i.text),
      ['[::]:25', '0.0.0.0:2525'],
    );
    assert.equal(b.text, '{[::]:25, 0.0.0.0:2525}');
    const r = receiveWith(
      'RemoteIPRanges',
      '[{"LowerBound": {"IPAddressToString": "10.0.0.0"}, "UpperBound": {"IPAddressToString": "10.0.0.255"}, "RangeFormat": 2}, {"LowerBound": "192.0.2.1", "UpperBound": "192.0.2.1"}]',
    ).p;
    assert.deepEqual(
      r.list!.map((i) => i.text),
      ['10.0.0.0-10.0.0.255', '192.0.2.1'],
    );
    const a = sendWith(
      'AddressSpaces',
      '[{"Type": "SMTP", "Address": "*", "Cost": 1, "IncludeSubDomains": true, "Domain": "*"}, {"Type": "smtp", "Address": "fabrikam.com", "Cost": 10}]',
    ).p;
    assert.deepEqual(
      a.list!.map((i) => i.text),
      ['SMTP:*;1', 'smtp:fabrikam.com;10'],
    );
    const s = sendWith(
      'SmartHosts',
      '[{"Address": {"IPAddressToString": "192.0.2.25"}, "IsIPAddress": true, "Domain": null}, {"Address": {"IPAddressToString": "0.0.0.0"}, "IsIPAddress": false, "Domain": "mx.fabrikam.com"}]',
    ).p;
    assert.deepEqual(
      s.list!.map((i) => i.text),
      ['[192.0.2.25]', 'mx.fabrikam.com'],
    );
    const t = receiveWith(
      'TlsDomainCapabilities',
      '[{"Domain": {"Domain": "fabrikam.com", "IncludeSubDomains": false}, "Capabilities": "AcceptCloudServicesMail, AcceptOorgProtocol", "SmtpX509Identifier": null}]',
    ).p;
    assert.deepEqual(
      t.list!.map((i) => i.text),
      ['fabrikam.com:AcceptCloudServicesMail,AcceptOorgProtocol'],
    );
  });
  it('PowerShell 5.1 {"value": [...], "Count": n} collections are read as the collection', () => {
    const { p } = receiveWith('RemoteIPRanges', '{"value": ["10.0.0.0/24", "192.0.2.7"], "Count": 2}');
    assert.deepEqual(
      p.list!.map((i) => i.text),
      ['10.0.0.0/24', '192.0.2.7'],
    );
    assert.deepEqual(
      p.list!.map((i) => i.range.start.character),
      [32, 47],
    );
  });
  it('booleans read True/False; null and "" are empty; [] is an empty collection "{}"', () => {
    const obj = readOne('{"A": true, "B": false, "C": null, "D": "", "E": [], "F": "x\\r\\ny"}');
    assert.deepEqual(
      obj.properties.map((p) => [p.name, p.text, p.empty]),
      [
        ['A', 'True', false],
        ['B', 'False', false],
        ['C', '', true],
        ['D', '', true],
        ['E', '{}', false],
        ['F', 'x\r\ny', false],
      ],
    );
    assert.deepEqual(prop(obj, 'E').list, []);
    assert.equal(obj.kind, undefined, 'the reader leaves the kind to analyzeObjects');
  });
  it('a collection PowerShell wrote as text ("{a, b}") keeps an offset per item', () => {
    const { p } = receiveWith('RemoteIPRanges', '"{10.0.0.1, 10.0.0.2}"');
    assert.deepEqual(
      p.list!.map((i) => [i.text, i.range.start.character, i.range.end.character]),
      [
        ['10.0.0.1', 22, 30],
        ['10.0.0.2', 32, 40],
      ],
    );
  });
});

describe('values PowerShell did not serialize (beyond -Depth: .NET type names)', () => {
  it('a type name in a checked property is present but unknown: no invalid-value, no "missing" finding', () => {
    const size = receiveWith('MaxMessageSize', '"Microsoft.Exchange.Data.ByteQuantifiedSize"');
    assert.equal(size.p.text, '');
    assert.equal(size.p.empty, false);
    assert.deepEqual(lint(size.text), []);
    const span = receiveWith('ConnectionTimeout', '"Microsoft.Exchange.Data.EnhancedTimeSpan"');
    assert.deepEqual(lint(span.text), []);
    // TlsDomain exists but could not be read: domain-validation-without-tls-domain must not claim it is missing.
    const text = JSON.stringify(
      [
        sendConnector('To Fabrikam (TLS)', {
          DNSRoutingEnabled: false,
          TlsAuthLevel: en(4, 'DomainValidation'),
          RequireTLS: true,
          SmartHosts: ['mx.fabrikam.com'],
          TlsDomain: 'Microsoft.Exchange.Data.SmtpDomainWithSubdomains',
        }),
      ].map((o) => JSON.parse(writeJson([o], 'ps7', { single: true }).text)),
    );
    assert.deepEqual(lint(text), []);
  });
  it('unknown items of a checked collection are left out and the collection marked incomplete', () => {
    const { p, text } = receiveWith('RemoteIPRanges', '["10.0.0.1", "Microsoft.Exchange.Data.IPRange", {"Foo": 1}]');
    assert.deepEqual(
      p.list!.map((i) => i.text),
      ['10.0.0.1'],
    );
    assert.equal(p.truncated, true);
    assert.deepEqual(lint(text), []);
    const caps = receiveWith('TlsDomainCapabilities', '[{"Domain": "fabrikam.com", "Capabilities": 512}]').p;
    assert.deepEqual(caps.list, []);
    assert.equal(caps.truncated, true);
  });
  it('certificate lists of objects (5.1): CertificateDomains, DnsNameList, EnhancedKeyUsageList', () => {
    const text = JSON.stringify(
      {
        Thumbprint: 'D5846F8DC46F1F273124A908C0FFFDD9DEB5365D',
        Subject: 'CN=EDGE01',
        Services: 16,
        CertificateDomains: [
          { Domain: 'edge01.contoso.com', Address: 'edge01.contoso.com', IncludeSubDomains: false, SmtpDomain: { Domain: 'edge01.contoso.com' } },
        ],
        DnsNameList: [{ Punycode: 'edge01.contoso.com', Unicode: 'edge01.contoso.com' }],
        EnhancedKeyUsageList: [{ FriendlyName: 'Server Authentication', ObjectId: '1.3.6.1.5.5.7.3.1' }],
      },
      null,
      2,
    );
    const obj = analyzed(text).objects[0];
    assert.equal(obj.kind, 'exchange-certificate');
    assert.deepEqual(
      ['CertificateDomains', 'DnsNameList', 'EnhancedKeyUsageList'].map((n) => prop(obj, n).text),
      ['{edge01.contoso.com}', '{edge01.contoso.com}', '{Server Authentication}'],
    );
  });
  it('in free-text properties the type name is kept as written', () => {
    const obj = analyzed(writeJson([exchangeCertificate(certSpec())], 'ps7').text).objects[0];
    assert.equal(prop(obj, 'SignatureAlgorithm').text, 'System.Security.Cryptography.Oid');
    assert.deepEqual(
      prop(obj, 'AccessRules').list!.map((i) => i.text),
      ['System.Security.AccessControl.CryptoKeyAccessRule'],
    );
  });
});

const der = makeCertificateDer({
  cn: 'mail.contoso.com',
  issuerCn: 'R11',
  dnsNames: ['mail.contoso.com'],
  notBefore: new Date('2024-05-14T18:14:03Z'),
  notAfter: new Date('2024-08-12T18:14:02Z'),
});

function certSpec(changes: Partial<CertificateSpec> = {}): CertificateSpec {
  return {
    thumbprint: thumbprintOf(der),
    subject: 'CN=mail.contoso.com',
    issuer: 'CN=R11',
    notBefore: '2024-05-14T18:14:03Z',
    notAfter: '2024-08-12T18:14:02Z',
    services: [24, 'IIS, SMTP'],
    status: [1, 'Valid'],
    domains: ['mail.contoso.com'],
    der,
    ...changes,
  };
}

describe('Get-ExchangeCertificate | ConvertTo-Json', () => {
  for (const style of STYLES) {
    it(`${style}: certificate facts from the JSON (dates, Services, Status) and RawData (${style === 'ps51' ? 'a byte array' : 'base64'})`, () => {
      const w = writeJson([exchangeCertificate(certSpec())], style);
      const f = analyzed(w.text);
      assert.equal(f.objects[0].kind, 'exchange-certificate');
      assert.deepEqual(f.unreadableCertificates, []);
      assert.equal(f.certificates.length, 1);
      const c = f.certificates[0];
      assert.equal(c.thumbprint, thumbprintOf(der));
      assert.equal(c.notAfter?.value.toISOString(), '2024-08-12T18:14:02.000Z');
      assert.deepEqual(plain(c.notAfter!.range), plain(w.at(0, 'NotAfter').value));
      assert.equal(c.status?.value, 'Valid');
      assert.equal(c.keySize?.value, 2048);
      assert.ok(c.info, 'RawData was decoded');
      assert.equal(c.info.thumbprint, thumbprintOf(der));
      const services = prop(f.objects[0], 'Services');
      assert.equal(services.text, 'IIS, SMTP');
      if (style === 'ps51') assert.equal(services.number, 24);
    });
    it(`${style}: expiring, expired and Status findings land on the JSON values`, () => {
      const w = writeJson(
        [
          exchangeCertificate(certSpec()),
          exchangeCertificate(
            certSpec({
              der: undefined,
              thumbprint: 'D5846F8DC46F1F273124A908C0FFFDD9DEB5365D',
              subject: 'CN=EDGE01',
              issuer: 'CN=EDGE01',
              notAfter: '2024-07-10T00:00:00Z',
              status: [4, 'Untrusted'],
              services: [16, 'SMTP'],
            }),
          ),
        ],
        style,
      );
      assert.deepEqual(
        findings(lint(w.text, 'certs.json', new Date('2024-07-20T00:00:00Z'))),
        expected([
          { code: 'certificate-expiring', at: w.at(0, 'NotAfter').value },
          { code: 'certificate-expired', at: w.at(1, 'NotAfter').value },
          { code: 'certificate-status', at: w.at(1, 'Status').value },
        ]),
      );
      assert.deepEqual(
        lint(w.text, 'certs.json', new Date('2024-06-01T00:00:00Z')).map((d) => d.code),
        ['certificate-status'],
      );
    });
  }
  it('hover on Services 16 shows SMTP', () => {
    const w = writeJson([exchangeCertificate(certSpec({ services: [16, 'SMTP'] }))], 'ps51');
    const at = w.at(0, 'Services').value;
    const hover = service.hover({ uri: 'c.json', text: w.text }, at.start, { now: NOW });
    assert.ok(hover);
    assert.match(typeof hover.contents === 'string' ? hover.contents : JSON.stringify(hover.contents), /16 = \*\*SMTP\*\*/);
  });
  it('a PowerShell 5.1 DateTime wrapper on NotAfter is read as the date', () => {
    const text = JSON.stringify({
      Thumbprint: 'D5846F8DC46F1F273124A908C0FFFDD9DEB5365D',
      Subject: 'CN=EDGE01',
      Issuer: 'CN=EDGE01',
      Services: 16,
      Status: 1,
      NotBefore: '\\/Date(1709284500000)\\/',
      NotAfter: { value: '/Date(1719792000000)/', DisplayHint: 2, DateTime: 'Monday, July 1, 2024 12:00:00 AM' },
    });
    const f = analyzed(text);
    assert.equal(f.certificates[0].notAfter?.value.toISOString(), '2024-07-01T00:00:00.000Z');
    assert.deepEqual(
      lint(text, 'c.json', new Date('2024-07-02T00:00:00Z')).map((d) => d.code),
      ['certificate-expired'],
    );
  });
});

describe('invalid JSON → json-syntax', () => {
  it('a cut export: "ends early" at the end; the complete objects before the cut are still checked', () => {
    const full = writeJson(sendConnectors(), 'ps51').text;
    let third = -1;
    for (let i = 0; i < 3; i++) third = full.indexOf('"RunspaceId"', third + 1);
    const text = full.slice(0, full.indexOf('"IgnoreSTARTTLS"', third) + 22);
    const diags = lint(text);
    const syntax = diags.filter((d) => d.code === 'json-syntax');
    assert.equal(syntax.length, 1);
    assert.equal(syntax[0].severity, 'error');
    assert.equal(syntax[0].messageId, 'cut');
    const lines = text.split('\n');
    assert.equal(syntax[0].range.end.line, lines.length - 1);
    // Internet (clean) and To Fabrikam (TLS) are complete; Legacy Relay was cut and is left out.
    assert.deepEqual(diags.map((d) => d.code).sort(), ['domain-validation-without-tls-domain', 'json-syntax']);
  });
  it('a trailing comma is reported on the comma; the object is still read', () => {
    const text = '{\n  "Name": "X",\n  "DNSRoutingEnabled": true,\n  "AddressSpaces": ["SMTP:*;1"],\n  "IgnoreSTARTTLS": true,\n}\n';
    const diags = lint(text);
    const syntax = diags.find((d) => d.code === 'json-syntax')!;
    assert.equal(syntax.messageId, 'trailingComma');
    assert.deepEqual(plain(syntax.range), { start: { line: 4, character: 24 }, end: { line: 4, character: 25 } });
    assert.ok(diags.some((d) => d.code === 'ignore-starttls'));
  });
  it('two exports appended to one file: both are read, and the second value is reported', () => {
    const a = writeJson([sendConnectors()[2]], 'ps7', { single: true }).text;
    const b = writeJson([receiveConnectors()[1]], 'ps7').text;
    const diags = lint(a + b);
    const syntax = diags.filter((d) => d.code === 'json-syntax');
    assert.equal(syntax.length, 1);
    assert.equal(syntax[0].messageId, 'secondValue');
    assert.equal(syntax[0].range.start.line, a.split('\n').length - 1);
    assert.deepEqual(
      diags
        .filter((d) => d.code !== 'json-syntax')
        .map((d) => d.code)
        .sort(),
      ['basic-auth-cleartext', 'ignore-starttls', 'open-relay', 'starttls-not-offered'],
    );
  });
  it('text mixed into the export and unquoted names get their own messages', () => {
    const mixed = lint('[\n  {"Name": "A"},\n  WARNING: Resulting JSON is truncated\n]').filter((d) => d.code === 'json-syntax');
    assert.equal(mixed[0].messageId, 'strayText');
    assert.equal(mixed[0].range.start.line, 2);
    const unquoted = lint('{"Name": "A", Port: 25}').filter((d) => d.code === 'json-syntax');
    assert.equal(unquoted[0].messageId, 'unquotedName');
    assert.deepEqual(plain(unquoted[0].range), { start: { line: 0, character: 14 }, end: { line: 0, character: 18 } });
  });
});

describe('hostile input', () => {
  it('thousands of nested brackets: one json-syntax finding, no crash', () => {
    for (const text of [
      '['.repeat(50000) + ']'.repeat(50000),
      '{"Name": ' + '{"Value": '.repeat(30000) + '1' + '}'.repeat(30001),
      '[' + '{"a": ['.repeat(20000),
    ]) {
      const diags = lint(text);
      assert.equal(diags.length, 1);
      assert.equal(diags[0].code, 'json-syntax');
    }
    // Deep, but within what the parser handles: values nested past any Exchange type are simply unknown.
    const { p } = receiveWith('Comment', '{"Value": '.repeat(200) + '"x"' + '}'.repeat(200));
    assert.equal(p.empty, false);
  });
  it('an export damaged at random places never throws and keeps its ranges inside the text', () => {
    const base = writeJson(sendConnectors(), 'ps51').text;
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 300; i++) {
      let text = base;
      for (let j = 0; j < 3; j++) {
        const at = Math.floor(rnd() * text.length);
        text =
          rnd() < 0.5
            ? text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 30))
            : text.slice(0, at) + '{}[]",:\\ 0e.'[Math.floor(rnd() * 12)] + text.slice(at);
      }
      const lines = text.split('\n').length;
      for (const d of lint(text)) assert.ok(d.range.end.line < lines, `${d.code} past the end`);
    }
  });
});

describe('JSON exports across files (CLI run over a folder)', () => {
  for (const style of STYLES) {
    it(`${style}: a connector's TlsCertificateName against the certificate export: not SMTP, not found`, async () => {
      const cert = exchangeCertificate(
        certSpec({ der: undefined, thumbprint: '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B', notAfter: '2025-05-14T00:00:00Z', services: [8, 'IIS'] }),
      );
      const send = writeJson(
        [
          sendConnector('Internet', { TlsCertificateName: certName('CN=R11', 'CN=mail.contoso.com') }),
          sendConnector('Other', { TlsCertificateName: certName('CN=R11', 'CN=other.contoso.com') }),
        ],
        style,
      );
      const dir = tempDir({ 'certs.json': writeJson([cert], style, { single: true }).text, 'send.json': send.text });
      const r = await runCli(['--format', 'json', '--now', NOW.toISOString(), dir]);
      const out = JSON.parse(r.stdout) as { file: string; diagnostics: { code: string; range: Range }[] }[];
      const sendOut = out.find((f) => f.file.endsWith('send.json'))!;
      assert.deepEqual(
        sendOut.diagnostics.map((d) => ({ code: d.code, at: plain(d.range) })).sort(byPlace),
        expected([
          { code: 'tls-certificate-not-smtp', at: send.at(0, 'TlsCertificateName').value },
          { code: 'tls-certificate-not-found', at: send.at(1, 'TlsCertificateName').value },
        ]),
      );
    });
  }
});

describe('JSON that is not an Exchange export', () => {
  const pkg = JSON.stringify(
    { name: 'my-app', version: '1.0.0', description: 'x', scripts: { test: 'node test.js' }, dependencies: { 'left-pad': '^1.3.0' }, private: true },
    null,
    2,
  );
  it('a package.json-like file gives no diagnostics, and its object has no kind', () => {
    assert.deepEqual(lint(pkg, 'package.json'), []);
    assert.equal(analyzed(pkg, 'package.json').objects[0].kind, undefined);
    assert.deepEqual(lint('[1, 2, 3]', 'numbers.json'), []);
  });
  it('through the CLI too (named explicitly)', async () => {
    const dir = tempDir({ 'package.json': pkg });
    const r = await runCli(['--format', 'json', '--now', NOW.toISOString(), join(dir, 'package.json')]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out[0].kind, 'json');
    assert.deepEqual(out[0].diagnostics, []);
  });
});

describe('CLI: files as PowerShell writes them', () => {
  it('UTF-16 LE with BOM (Windows PowerShell 5.1 `> file.json`): same findings and ranges', async () => {
    const w = writeJson(receiveConnectors(), 'ps51');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(w.text, 'utf16le')]);
    const dir = tempDir({ 'receive.json': bytes, 'send.json': '\ufeff' + writeJson(sendConnectors(), 'ps7').text });
    const r = await runCli(['--format', 'json', '--now', NOW.toISOString(), join(dir, 'receive.json'), join(dir, 'send.json')]);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { file: string; kind: string; diagnostics: { code: string; range: Range }[] }[];
    assert.deepEqual(
      out.map((f) => f.kind),
      ['json', 'json'],
    );
    assert.deepEqual(
      out[0].diagnostics.map((d) => ({ code: d.code, at: plain(d.range) })).sort(byPlace),
      expected([
        { code: 'starttls-not-offered', at: w.at(1, 'AuthMechanism').value },
        { code: 'open-relay', at: w.item(1, 'RemoteIPRanges', 0) },
        { code: 'basic-auth-cleartext', at: w.at(2, 'AuthMechanism').value },
      ]),
    );
    assert.deepEqual(out[1].diagnostics.map((d) => d.code).sort(), ['basic-auth-cleartext', 'domain-validation-without-tls-domain', 'ignore-starttls']);
  });
  it('a folder: .json exports are picked up', async () => {
    const dir = tempDir({ 'exports/Get-SendConnector.json': writeJson(sendConnectors(), 'ps51').text });
    const r = await runCli(['--format', 'json', '--now', NOW.toISOString(), dir]);
    const out = JSON.parse(r.stdout) as { kind: string; diagnostics: { code: string }[] }[];
    assert.deepEqual(
      out.map((f) => f.kind),
      ['json'],
    );
    assert.equal(out[0].diagnostics.length, 3);
  });
});

describe('size', () => {
  // The time it takes is a figure in npm run bench.
  it('200 receive connectors (5.1 style, 2.6 MB) are read and linted: every object, each open relay once', () => {
    const text = writeJson(manyReceiveConnectors(200), 'ps51').text;
    assert.equal(analyzed(text, 'big.json').objects.length, 200);
    assert.equal(lint(text, 'big.json').filter((d) => d.code === 'open-relay').length, 50);
  });
});

// Keep the writer honest: its positions are where the text has the value.
describe('test writer', () => {
  it('positions point at the value text', () => {
    for (const style of STYLES) {
      const w: Written = writeJson(sendConnectors(), style);
      const lines = w.text.split('\n');
      const at = w.at(2, 'Name').value;
      assert.equal(lines[at.start.line].slice(at.start.character, at.end.character), 'Legacy Relay');
    }
  });
});
