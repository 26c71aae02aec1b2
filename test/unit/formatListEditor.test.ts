// Editor features on Format-List dumps: hover (catalogue text, decoded enums/flags with their numbers, sizes, time
// spans, dates, IP ranges, EdgeSync connectors), completion of names and values, document symbols, folding.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, type Position, type Range } from '../../server/src/service';
import {
  certificate,
  inboundConnector,
  list,
  outboundConnector,
  receiveConnector,
  renderDump,
  sendConnector,
  smartHostConnector,
  withProps,
  type Dump,
  type Props,
} from '../helpers/dumps';

const service = createLanguageService();
const NOW = new Date('2024-06-01T00:00:00Z');

function plain(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

const EDGESYNC: Props = withProps(smartHostConnector('EdgeSync - Inbound to Default-First-Site-Name'), {
  SmartHosts: list('--'),
  SmartHostsString: '--',
  AddressSpaces: list('--'),
  SmartHostAuthMechanism: 'ExchangeServer',
  TlsAuthLevel: null,
  TlsDomain: null,
  RequireTLS: 'False',
  SourceTransportServers: list('EDGE01'),
});
const OBJECTS: Props[] = [
  smartHostConnector(),
  receiveConnector(),
  certificate(),
  EDGESYNC,
  [
    ['Name', 'x'],
    ['Foo', '1'],
    ['Bar', '2'],
    ['Baz', '3'],
  ],
];

function hoverAt(d: Dump, pos: Position) {
  return service.hover({ uri: 'dump.txt', text: d.text }, pos, { now: NOW });
}

/** A position inside a range (one character in). */
function inside(r: Range): Position {
  return { line: r.start.line, character: r.start.character + 1 };
}

describe('hover', () => {
  const d = renderDump(OBJECTS, { width: 120 });
  it('on a property name: catalogue text, type, default, TLS note, the Set- parameter and its documentation', () => {
    const h = hoverAt(d, inside(d.name(0, 'IgnoreSTARTTLS')))!;
    assert.deepEqual(plain(h.range), plain(d.name(0, 'IgnoreSTARTTLS')));
    assert.match(h.contents, /^\*\*IgnoreSTARTTLS\*\* · send connector "To Fabrikam \(TLS\)" — bool · default `False`/);
    assert.match(h.contents, /never encrypts/);
    assert.match(h.contents, /\*TLS and relay:\*/);
    assert.match(h.contents, /Set with `Set-SendConnector -IgnoreSTARTTLS`/);
    assert.match(h.contents, /\(https:\/\/learn\.microsoft\.com\/powershell\/module\/exchangepowershell\/set-sendconnector#-ignorestarttls\)/);
  });
  it('on an enum value: the member, its number, and the table of members', () => {
    const h = hoverAt(d, inside(d.value(0, 'TlsAuthLevel')))!;
    assert.deepEqual(plain(h.range), plain(d.value(0, 'TlsAuthLevel')));
    assert.match(h.contents, /Value: \*\*DomainValidation\*\* \(= 4\)/);
    assert.match(h.contents, /- EncryptionOnly = 1: /);
    assert.match(h.contents, /- CertificateValidation = 2: /);
    assert.match(h.contents, /\*\*✓ DomainValidation = 4\*\*/);
  });
  it('on a flags value: every member set, the sum, and the unset members', () => {
    const h = hoverAt(d, inside(d.value(1, 'AuthMechanism')))!;
    assert.match(h.contents, /Value: \*\*Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer\*\* \(= 31\)/);
    for (const m of ['Tls = 1', 'Integrated = 2', 'BasicAuth = 4', 'BasicAuthRequireTLS = 8', 'ExchangeServer = 16'])
      assert.ok(h.contents.includes(`**✓ ${m}**`), m);
    assert.match(h.contents, /- ExternalAuthoritative = 32: /);
    const pg = hoverAt(d, inside(d.value(1, 'PermissionGroups')))!;
    assert.match(pg.contents, /Value: \*\*AnonymousUsers, ExchangeServers, ExchangeLegacyServers\*\* \(= 13\)/);
  });
  it('on a size, a time span and a date: the decoded value', () => {
    assert.match(hoverAt(d, inside(d.value(0, 'MaxMessageSize')))!.contents, /Value: 36,700,160 bytes\./);
    assert.match(hoverAt(d, inside(d.value(1, 'ConnectionTimeout')))!.contents, /Value: 10 min \(00:10:00\)\./);
    const date = hoverAt(d, inside(d.value(2, 'NotAfter')))!;
    assert.deepEqual(plain(date.range), plain(d.value(2, 'NotAfter')));
    assert.match(date.contents, /Value: \*\*2024-08-12 18:14:02 UTC\*\* \(in 2 months 12 days\)/);
    assert.match(date.contents, /month\/day\/year/);
  });
  it('on a date, says the order was inferred from the other dates of the file, not configured', () => {
    const h = hoverAt(d, inside(d.value(2, 'NotAfter')))!;
    assert.doesNotMatch(h.contents, /as configured/);
    // The reason names a date of the file that can only be read month first (5/14/2024: there is no month 14).
    assert.match(h.contents, /as "\d{1,2}\/(1[3-9]|2\d|3[01])\/\d{4} [^"]+" in this file shows/);
  });
  it('on a list item: that item, with what the IP range covers', () => {
    const item = d.within(1, 'RemoteIPRanges', '0.0.0.0-255.255.255.255');
    const h = hoverAt(d, inside(item))!;
    assert.deepEqual(plain(h.range), plain(item));
    assert.match(h.contents, /`0\.0\.0\.0-255\.255\.255\.255`: \*\*every IPv4 address\*\*/);
  });
  it('on a continuation line of a wrapped value: the whole value', () => {
    const dn = d.prop(1, 'DistinguishedName');
    assert.ok(dn.chunks.length > 1, 'wrapped');
    const h = hoverAt(d, { line: dn.chunks[1].line, character: dn.chunks[1].character + 2 })!;
    assert.deepEqual(plain(h.range), plain(d.value(1, 'DistinguishedName')));
    assert.match(h.contents, /^\*\*DistinguishedName\*\*/);
  });
  it('on an EdgeSync connector: what EdgeSync manages and where to change it', () => {
    for (const pos of [inside(d.value(3, 'Name')), inside(d.name(3, 'SmartHosts')), inside(d.value(3, 'AddressSpaces'))]) {
      const h = hoverAt(d, pos)!;
      assert.match(h.contents, /\*\*EdgeSync connector\.\*\*/);
      assert.match(h.contents, /New-EdgeSubscription -FileData \.\.\. -Site Default-First-Site-Name/);
      assert.match(h.contents, /SmartHosts `--`/);
      assert.match(h.contents, /Change it on a Mailbox server, not on the Edge/);
    }
  });
  it('on an ordinary connector: no EdgeSync note', () => {
    assert.doesNotMatch(hoverAt(d, inside(d.value(0, 'Name')))!.contents, /EdgeSync connector/);
  });
  it('on an object of unknown kind: says it is not checked', () => {
    const h = hoverAt(d, inside(d.name(4, 'Foo')))!;
    assert.match(h.contents, /not recognised, so it is not checked/);
  });
  it('on an unknown property of a known object: says so', () => {
    const dd = renderDump([withProps(sendConnector(), { IgnoreSTARTTSL: 'False' })]);
    assert.match(hoverAt(dd, inside(dd.name(0, 'IgnoreSTARTTSL')))!.contents, /is not a property of a send connector \(Get-SendConnector\)/);
  });
  it('nowhere between objects', () => {
    assert.equal(hoverAt(d, { line: d.objects[1].startLine - 1, character: 0 }), undefined);
  });
});

describe('completion', () => {
  const base = renderDump([sendConnector('Internet'), receiveConnector()]);
  function complete(edit: (lines: string[]) => Position) {
    const lines = base.text.split('\r\n');
    const pos = edit(lines);
    return service.completions({ uri: 'dump.txt', text: lines.join('\r\n') }, pos);
  }
  function setLine(lines: string[], line: number, text: string): Position {
    lines[line] = text;
    return { line, character: text.length };
  }
  const IG = base.prop(0, 'IgnoreSTARTTLS').line;

  it('offers True and False for a Boolean, replacing what was typed', () => {
    const items = complete((ls) => setLine(ls, IG, 'IgnoreSTARTTLS               : '));
    assert.deepEqual(
      items.map((i) => [i.label, i.kind]),
      [
        ['True', 'value'],
        ['False', 'value'],
      ],
    );
    const partial = complete((ls) => setLine(ls, IG, 'IgnoreSTARTTLS               : f'));
    assert.deepEqual(
      partial.map((i) => i.label),
      ['False'],
    );
    assert.deepEqual(plain(partial[0].range), { start: { line: IG, character: 31 }, end: { line: IG, character: 32 } });
  });
  it('offers enum members matching the typed prefix', () => {
    const line = base.prop(0, 'TlsAuthLevel').line;
    const items = complete((ls) => setLine(ls, line, 'TlsAuthLevel                 : '));
    assert.deepEqual(
      items.map((i) => i.label),
      ['EncryptionOnly', 'CertificateValidation', 'DomainValidation'],
    );
    assert.ok(items.every((i) => i.kind === 'enum-member'));
    assert.match(items[2].documentation ?? '', /DomainValidation = 4/);
    assert.deepEqual(
      complete((ls) => setLine(ls, line, 'TlsAuthLevel                 : Dom')).map((i) => i.label),
      ['DomainValidation'],
    );
  });
  it('offers the remaining flags after a comma, replacing only the last member', () => {
    const line = base.prop(1, 'AuthMechanism').line;
    const items = complete((ls) => setLine(ls, line, 'AuthMechanism                             : Tls, Ba'));
    assert.deepEqual(
      items.map((i) => i.label),
      ['BasicAuth', 'BasicAuthRequireTLS'],
    );
    assert.deepEqual(plain(items[0].range), { start: { line, character: 49 }, end: { line, character: 51 } });
    const all = complete((ls) => setLine(ls, line, 'AuthMechanism                             : Tls, Integrated, '));
    assert.ok(!all.some((i) => i.label === 'Tls' || i.label === 'Integrated'), all.map((i) => i.label).join(', '));
    assert.ok(all.some((i) => i.label === 'ExchangeServer'));
  });
  it('does not offer None after a comma (None is only valid alone)', () => {
    const line = base.prop(1, 'AuthMechanism').line;
    assert.ok(!complete((ls) => setLine(ls, line, 'AuthMechanism                             : Tls, ')).some((i) => i.label === 'None'));
  });
  it('offers Unlimited for a size that allows it', () => {
    const line = base.prop(0, 'MaxMessageSize').line;
    assert.deepEqual(
      complete((ls) => setLine(ls, line, 'MaxMessageSize               : Un')).map((i) => i.label),
      ['Unlimited'],
    );
  });
  it("offers the property names the object does not have yet, padded to the object's value column", () => {
    const items = complete((ls) => setLine(ls, IG, 'Ign'));
    assert.deepEqual(
      items.map((i) => [i.label, i.kind, i.insertText]),
      [['IgnoreSTARTTLS', 'property', 'IgnoreSTARTTLS               : ']],
    );
    assert.deepEqual(plain(items[0].range), { start: { line: IG, character: 0 }, end: { line: IG, character: 3 } });
    assert.match(items[0].documentation ?? '', /STARTTLS/);
  });
  it('does not offer a name the object already has', () => {
    const line = base.prop(0, 'RequireTLS').line;
    const items = complete((ls) => {
      ls.splice(line + 1, 0, 'Ign');
      return { line: line + 1, character: 3 };
    });
    assert.deepEqual(
      items.map((i) => i.label),
      [],
    );
  });
  it('offers receive connector names in a receive connector', () => {
    const line = base.prop(1, 'RemoteIPRanges').line;
    const items = complete((ls) => setLine(ls, line, 'RemoteIP'));
    assert.deepEqual(
      items.map((i) => i.label),
      ['RemoteIPRanges'],
    );
    assert.equal(items[0].insertText, 'RemoteIPRanges                            : ');
  });
  it('offers nothing after the value of an unknown property', () => {
    const line = base.prop(0, 'Port').line;
    assert.deepEqual(
      complete((ls) => setLine(ls, line, 'Colour                       : ')),
      [],
    );
  });
});

describe('document symbols', () => {
  it('one per object, named by Name, or Subject and Thumbprint for certificates, selecting the name property', () => {
    const objects = [sendConnector('Internet'), receiveConnector(), certificate(), outboundConnector(), inboundConnector()];
    const d = renderDump(objects, { width: 80 });
    const symbols = service.documentSymbols({ uri: 'dump.txt', text: d.text });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, s.kind]),
      [
        ['Internet', 'send connector', 'object'],
        ['Default Frontend EX01', 'receive connector', 'object'],
        ['CN=mail.contoso.com (9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B)', 'Exchange certificate', 'object'],
        ['Outbound to Contoso', 'outbound connector', 'object'],
        ['Inbound from Contoso', 'inbound connector', 'object'],
      ],
    );
    symbols.forEach((s, i) => {
      assert.equal(s.range.start.line, d.objects[i].startLine);
      assert.equal(s.range.end.line, d.objects[i].endLine);
      assert.deepEqual(plain(s.selectionRange), plain(d.name(i, i === 2 ? 'Subject' : 'Name')));
    });
  });
  it('an object of unknown kind is still listed, as unrecognised', () => {
    const d = renderDump([
      [
        ['Foo', '1'],
        ['Bar', '2'],
        ['Baz', '3'],
      ],
      sendConnector('Internet'),
    ]);
    assert.deepEqual(
      service.documentSymbols({ uri: 'dump.txt', text: d.text }).map((s) => [s.name, s.detail]),
      [
        ['(unnamed)', 'unrecognised object'],
        ['Internet', 'send connector'],
      ],
    );
  });
});

describe('folding', () => {
  it('one range per object, from its first to its last line (continuation lines included)', () => {
    const d = renderDump([sendConnector('Internet'), receiveConnector(), certificate()], { width: 80 });
    assert.deepEqual(
      service.foldingRanges({ uri: 'dump.txt', text: d.text }),
      d.objects.map((o) => ({ startLine: o.startLine, endLine: o.endLine })),
    );
    assert.ok(d.objects[1].endLine - d.objects[1].startLine + 1 > receiveConnector().length, 'the receive connector has continuation lines at 80 columns');
  });
  it('the same with LF line ends', () => {
    const d = renderDump([sendConnector('Internet'), certificate()], { eol: '\n' });
    assert.deepEqual(
      service.foldingRanges({ uri: 'dump.txt', text: d.text }),
      d.objects.map((o) => ({ startLine: o.startLine, endLine: o.endLine })),
    );
  });
});
