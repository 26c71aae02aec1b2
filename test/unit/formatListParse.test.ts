// The Format-List parser on dumps shaped like real PowerShell output: console widths and both ways PowerShell
// wraps (at spaces in en/fr/de/it/pt/es cultures, mid-word elsewhere), multi-line Comment values, truncated and empty
// lists, encodings through the CLI, CRLF/LF, several object kinds per file, pasted prompts, `#` comments, unknown and
// old-version objects.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createLanguageService, type Range } from '../../server/src/service';
import type { ObjectsFile } from '../../server/src/service/document';
import { runCli, tempDir } from '../helpers/cli';
import {
  certificate,
  cut,
  inboundConnector,
  list,
  outboundConnector,
  receiveConnector,
  receiveConnector2010,
  renderDump,
  sendConnector,
  sendConnector2007,
  utf16leBom,
  utf8Bom,
  withProps,
  type Dump,
  type DumpOptions,
  type Props,
} from '../helpers/dumps';

const service = createLanguageService();
const NOW = new Date('2024-06-01T00:00:00Z');

function parse(text: string): ObjectsFile {
  const file = service.analyze({ uri: 'dump.txt', text }, { now: NOW });
  assert.equal(file.kind, 'format-list');
  return file as ObjectsFile;
}

function plain(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/** What the parser made of each property: name, text, list items (null for a non-list). */
function contents(file: ObjectsFile): [string, string, string[] | null][][] {
  return file.objects.map((o) => o.properties.map((p) => [p.name, p.text, p.list ? p.list.map((i) => i.text) : null]));
}

/** What a correct parser gives: the values as rendered before wrapping. */
function expectedContents(objects: readonly Props[]): [string, string, string[] | null][][] {
  const d = renderDump(objects);
  return parse(d.text).objects.map((o, i) =>
    o.properties.map((p, j) => {
      assert.equal(p.name, d.objects[i].props[j].name);
      return [p.name, d.objects[i].props[j].value, p.list ? p.list.map((x) => x.text) : null];
    }),
  );
}

/** Long values on purpose: a multi-line comment, long lists, long DNs and certificate names. */
const WIDE: Props[] = [
  withProps(sendConnector('Legacy Relay'), {
    Comment: 'Relay for the scanners on floor 2.\nChanged by Bob (ticket 4711).',
    SmartHosts: list('[10.0.0.25]', 'relay1.contoso.com', 'relay2.contoso.com', 'relay3.contoso.com'),
  }),
  withProps(receiveConnector('Default Frontend EX01'), {
    RemoteIPRanges: list('10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '0.0.0.0-255.255.255.255'),
  }),
  certificate(),
];

describe('wrapped values', () => {
  for (const width of [80, 120, 4096]) {
    it(`list items and their ranges are the same at ${width} columns (en-US wrapping)`, () => {
      const d = renderDump(WIDE, { width });
      const file = parse(d.text);
      const want = expectedContents(WIDE);
      file.objects.forEach((o, i) =>
        o.properties.forEach((p, j) => {
          assert.deepEqual(p.list?.map((x) => x.text) ?? null, want[i][j][2], `${p.name} at ${width}`);
          const seen = new Map<string, number>();
          for (const item of p.list ?? []) {
            const n = seen.get(item.text) ?? 0;
            seen.set(item.text, n + 1);
            assert.deepEqual(plain(item.range), plain(d.within(i, p.name, item.text, n)), `${p.name} item ${item.text} at ${width}`);
          }
        }),
      );
    });
    it(`value ranges run from the first to the last character of each value at ${width} columns`, () => {
      const d = renderDump(WIDE, { width });
      const file = parse(d.text);
      file.objects.forEach((o, i) =>
        o.properties.forEach((p, j) => {
          const r = d.objects[i].props[j];
          assert.deepEqual(plain(p.nameRange), plain(r.nameRange), p.name);
          if (r.valueRange) assert.deepEqual(plain(p.valueRange), plain(r.valueRange), `${p.name} at ${width}`);
          else assert.equal(p.empty, true, p.name);
        }),
      );
    });
  }
  it('the wrapped lists really span several lines at 80 columns', () => {
    const d = renderDump(WIDE, { width: 80 });
    const r = d.within(1, 'RemoteIPRanges', '0.0.0.0-255.255.255.255');
    assert.ok(r.start.line > d.prop(1, 'RemoteIPRanges').line);
    assert.ok(d.lines.every((l) => l.length <= 80));
  });
  for (const width of [80, 120]) {
    it(`property text is the same at ${width} and 4096 columns (en-US wrapping at spaces)`, () => {
      assert.deepEqual(contents(parse(renderDump(WIDE, { width }).text)), expectedContents(WIDE));
    });
  }
  // A real line break right after a line that exactly fills the width cannot be told from a cut, so the sweep uses a
  // one-line Comment.
  const ONE_LINE = [
    withProps(WIDE[0], { Comment: 'Relay for the scanners on floor 2; changed by Bob (ticket 4711) after the fax gateway moved.' }),
    WIDE[1],
    WIDE[2],
  ];
  it('property text and list items are the same at every width from 60 to 200 when the console cuts mid-word (non-western cultures)', () => {
    const want = expectedContents(ONE_LINE);
    for (let width = 60; width <= 200; width++) {
      assert.deepEqual(contents(parse(renderDump(ONE_LINE, { width, wrap: 'cut' }).text)), want, `width ${width}`);
    }
  });
  it('a size cut before " bytes)" is still a valid size (no invalid-value)', () => {
    const d = renderDump([receiveConnector()], { width: 61, wrap: 'cut' });
    assert.deepEqual(
      service.validate({ uri: 'x.txt', text: d.text }, { now: NOW }).map((x) => x.code),
      [],
    );
  });
});

describe('multi-line values', () => {
  const comment = 'Relay for the scanners on floor 2.\nChanged 2024-05-14 by Bob (ticket 4711).\n\nDo not remove.';
  const objects = [withProps(sendConnector('Legacy Relay'), { Comment: comment }), receiveConnector()];
  it('a Comment on several indented lines, with an empty line inside, is one value with its line breaks', () => {
    const d = renderDump(objects);
    const file = parse(d.text);
    assert.equal(file.objects.length, 2);
    const p = file.objects[0].properties.find((x) => x.name === 'Comment')!;
    assert.equal(p.text, comment);
    assert.deepEqual(plain(p.valueRange), plain(d.value(0, 'Comment')));
    assert.equal(d.value(0, 'Comment').end.line - d.value(0, 'Comment').start.line, 3);
    assert.equal(file.objects[0].properties.find((x) => x.name === 'SourceRoutingGroup')?.text, 'Exchange Routing Group (DWBGZMFD01QNBJR)');
  });
  it('the object stays whole when the trailing blanks of the empty comment line were stripped (pasted into a ticket)', () => {
    const text = renderDump(objects)
      .text.split('\r\n')
      .map((l) => l.trimEnd())
      .join('\r\n');
    const file = parse(text);
    assert.equal(file.objects.length, 2);
    assert.equal(file.objects[0].properties.find((x) => x.name === 'Comment')?.text, comment);
  });
  it('a long one-line Comment wrapped at spaces at 80 columns reads back as one line', () => {
    const text = 'This connector relays mail from the old fax gateway and the scanners; remove it after the migration.';
    const d = renderDump([withProps(sendConnector('Legacy Relay'), { Comment: text })], { width: 80 });
    assert.ok(d.prop(0, 'Comment').chunks.length > 1);
    assert.equal(parse(d.text).objects[0].properties.find((x) => x.name === 'Comment')?.text, text);
  });
  it('a comment line longer than every other line of the file keeps its line break', () => {
    const long = `${'Relay for the old fax gateway and the scanners of every floor; '.repeat(6)}\nsecond line`;
    const file = parse(renderDump([withProps(sendConnector('Legacy Relay'), { Comment: long })]).text);
    assert.equal(file.objects[0].properties.find((x) => x.name === 'Comment')?.text, long);
  });
});

describe('lists', () => {
  for (const mark of ['...', '\u2026'] as const) {
    it(`a list cut with ${JSON.stringify(mark)} keeps the items before the cut and is marked truncated`, () => {
      const d = renderDump([withProps(receiveConnector('Partner In'), { RemoteIPRanges: cut(['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'], mark) })]);
      const p = parse(d.text).objects[0].properties.find((x) => x.name === 'RemoteIPRanges')!;
      assert.equal(p.truncated, true);
      assert.deepEqual(
        p.list?.map((i) => i.text),
        ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'],
      );
      assert.deepEqual(plain(p.list![3].range), plain(d.within(0, 'RemoteIPRanges', '10.0.0.4')));
      const diags = service.validate({ uri: 'x.txt', text: d.text }, { now: NOW });
      assert.deepEqual(
        diags.map((x) => x.code),
        ['anonymous-relay-review', 'truncated-list'],
      );
    });
  }
  it('a cut list wrapped over several lines is still cut, with its items on the right lines', () => {
    const items = ['10.10.10.1', '10.10.10.2', '10.10.10.3', '10.10.10.4', '10.10.10.5', '10.10.10.6', '10.10.10.7', '10.10.10.8'];
    const d = renderDump([withProps(receiveConnector('Partner In'), { PermissionGroups: 'Partners', RemoteIPRanges: cut(items) })], { width: 80 });
    const p = parse(d.text).objects[0].properties.find((x) => x.name === 'RemoteIPRanges')!;
    assert.equal(p.truncated, true);
    assert.deepEqual(
      p.list?.map((i) => i.text),
      items,
    );
    assert.deepEqual(plain(p.list![7].range), plain(d.within(0, 'RemoteIPRanges', '10.10.10.8')));
    assert.ok(p.list![7].range.start.line > p.nameRange.start.line);
  });
  it('{} is an empty list, not an empty value', () => {
    const p = parse(renderDump([sendConnector()]).text).objects[0].properties.find((x) => x.name === 'SmartHosts')!;
    assert.equal(p.empty, false);
    assert.deepEqual(p.list, []);
    assert.equal(p.truncated, false);
  });
  it('certificate names keep their commas inside one item', () => {
    const cap = "<I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com";
    const p = parse(
      renderDump([
        withProps(receiveConnector(), { TlsDomainCapabilities: list(cap.replace(/:/g, '::') + ':AcceptOorgProtocol', 'fabrikam.com:AcceptCloudServicesMail') }),
      ]).text,
    ).objects[0].properties.find((x) => x.name === 'TlsDomainCapabilities')!;
    assert.equal(p.list?.length, 2);
  });
});

describe('file shapes', () => {
  const MIXED: Props[] = [sendConnector('Internet'), receiveConnector(), certificate(), outboundConnector(), inboundConnector()];
  it('detects each object of a mixed file by its property set', () => {
    const file = parse(renderDump(MIXED).text);
    assert.deepEqual(
      file.objects.map((o) => o.kind),
      ['send-connector', 'receive-connector', 'exchange-certificate', 'outbound-connector', 'inbound-connector'],
    );
  });
  it('puts each object on the lines it was written on', () => {
    const d = renderDump(MIXED);
    const file = parse(d.text);
    assert.deepEqual(
      file.objects.map((o) => [o.range.start.line, o.range.end.line]),
      d.objects.map((o) => [o.startLine, o.endLine]),
    );
  });
  it('gives the same objects, texts and ranges for CRLF and LF', () => {
    const crlf = parse(renderDump(MIXED, { eol: '\r\n', width: 80 }).text);
    const lf = parse(renderDump(MIXED, { eol: '\n', width: 80 }).text);
    assert.deepEqual(contents(lf), contents(crlf));
    assert.deepEqual(
      lf.objects.flatMap((o) => o.properties.map((p) => plain(p.valueRange))),
      crlf.objects.flatMap((o) => o.properties.map((p) => plain(p.valueRange))),
    );
  });
  function promptCase(preamble: string[]): void {
    const d = renderDump([withProps(sendConnector('Legacy Relay'), { IgnoreSTARTTLS: 'True' })], { preamble, leadingBlankLines: 3 });
    const file = parse(d.text);
    assert.equal(file.objects.length, 1);
    assert.equal(file.objects[0].range.start.line, preamble.length + 3);
    assert.equal(file.objects[0].properties[0].name, 'RunspaceId');
    const diags = service.validate({ uri: 'x.txt', text: d.text }, { now: NOW });
    assert.deepEqual(
      diags.map((x) => [x.code, plain(x.range)]),
      [['ignore-starttls', plain(d.value(0, 'IgnoreSTARTTLS'))]],
    );
  }
  it('skips leading blank lines', () => promptCase([]));
  it('skips a pasted PowerShell prompt line', () => promptCase(['PS C:\\> Get-SendConnector | fl']));
  it('skips a pasted Exchange Management Shell prompt line ([PS] C:\\Windows\\system32>)', () =>
    promptCase(['[PS] C:\\Windows\\system32>Get-SendConnector | Format-List']));
  it('reads `#` lines as comments, inside and between objects, without splitting objects', () => {
    const d = renderDump([sendConnector('A'), sendConnector('B')]);
    const lines = d.text.split('\r\n');
    lines.splice(10, 0, '# Bob: IgnoreSTARTTLS was changed in March');
    lines.unshift('# Get-SendConnector | fl on EX01, 2024-05-14');
    const file = parse(lines.join('\r\n'));
    assert.equal(file.objects.length, 2);
    assert.deepEqual(
      file.comments.map((c) => [c.line, c.text]),
      [
        [0, '# Get-SendConnector | fl on EX01, 2024-05-14'],
        [11, '# Bob: IgnoreSTARTTLS was changed in March'],
      ],
    );
    assert.equal(file.objects[0].properties.length, sendConnector('A').length);
    assert.ok(file.objects[0].properties.every((p) => !p.name.startsWith('#')));
  });
  it('starts a new object when the blank line between two objects was lost', () => {
    const d = renderDump([sendConnector('A'), sendConnector('B')]);
    const lines = d.text.split('\r\n');
    const gap = d.objects[1].startLine - 1;
    assert.equal(lines[gap], '');
    lines.splice(gap, 1);
    const file = parse(lines.join('\r\n'));
    assert.deepEqual(
      file.objects.map((o) => o.properties.find((p) => p.name === 'Name')?.text),
      ['A', 'B'],
    );
  });
  it('reads `Name : ` with a trailing space as an empty value', () => {
    const file = parse(renderDump([sendConnector()], { emptyTrailingSpace: true }).text);
    const p = file.objects[0].properties.find((x) => x.name === 'TlsDomain')!;
    assert.equal(p.empty, true);
    assert.equal(p.text, '');
  });
  it('leaves objects of other cmdlets alone: no kind, only a note that they were not checked', () => {
    const transportService: Props = [
      ['RunspaceId', '3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
      ['Name', 'EX01'],
      ['MaxOutboundConnections', '1000'],
      ['MaxPerDomainOutboundConnections', '20'],
      ['MessageRetryInterval', '00:15:00'],
      ['InternalTransportCertificateThumbprint', '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B'],
      ['ReceiveProtocolLogPath', 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\TransportRoles\\Logs\\Hub\\ProtocolLog\\SmtpReceive'],
      ['Identity', 'EX01'],
      ['IsValid', 'True'],
    ];
    const acceptedDomain: Props = [
      ['DomainName', 'contoso.com'],
      ['DomainType', 'Authoritative'],
      ['Default', 'True'],
      ['AddressBookEnabled', 'True'],
      ['Name', 'contoso.com'],
      ['Identity', 'contoso.com'],
    ];
    const d = renderDump([transportService, acceptedDomain, withProps(sendConnector('Legacy Relay'), { IgnoreSTARTTLS: 'True' })]);
    const file = parse(d.text);
    assert.deepEqual(
      file.objects.map((o) => o.kind),
      [undefined, undefined, 'send-connector'],
    );
    const diags = service.validate({ uri: 'x.txt', text: d.text }, { now: NOW });
    assert.deepEqual(
      diags.map((x) => [x.code, x.messageId, x.range.start.line]),
      [
        ['not-checked', 'unknownObject', d.name(0, 'RunspaceId').start.line],
        ['not-checked', 'unknownObject', d.name(1, 'DomainName').start.line],
        ['ignore-starttls', 'ignoring', d.value(2, 'IgnoreSTARTTLS').start.line],
      ],
    );
  });
  it('recognises Exchange 2007/2010-shaped objects without their newer properties, with no diagnostics', () => {
    const d = renderDump([sendConnector2007(), receiveConnector2010()], { width: 120 });
    const file = parse(d.text);
    assert.deepEqual(
      file.objects.map((o) => o.kind),
      ['send-connector', 'receive-connector'],
    );
    assert.ok(!file.objects[0].byName.has('tlsauthlevel'));
    assert.ok(!file.objects[1].byName.has('transportrole'));
    assert.deepEqual(service.validate({ uri: 'x.txt', text: d.text }, { now: NOW }), []);
  });
  it('still checks an Exchange 2007 connector for what it has', () => {
    const d = renderDump([withProps(sendConnector2007('Legacy 2007'), { IgnoreSTARTTLS: 'True' })]);
    assert.deepEqual(
      service.validate({ uri: 'x.txt', text: d.text }, { now: NOW }).map((x) => [x.code, plain(x.range)]),
      [['ignore-starttls', plain(d.value(0, 'IgnoreSTARTTLS'))]],
    );
  });
  it('recognises a `fl Name,AuthMechanism,PermissionGroups,RemoteIPRanges` selection and checks it', () => {
    const d = renderDump([
      [
        ['Name', 'Anonymous Relay'],
        ['AuthMechanism', 'ExternalAuthoritative'],
        ['PermissionGroups', 'ExchangeServers'],
        ['RemoteIPRanges', list('0.0.0.0-255.255.255.255')],
      ],
    ]);
    assert.equal(parse(d.text).objects[0].kind, 'receive-connector');
    const codes = service.validate({ uri: 'x.txt', text: d.text }, { now: NOW }).map((x) => x.code);
    assert.ok(codes.includes('open-relay'), codes.join(', '));
  });
});

describe('encodings through the CLI', () => {
  const objects: Props[] = [
    withProps(sendConnector('Legacy Relay'), { IgnoreSTARTTLS: 'True' }),
    withProps(receiveConnector('Anonymous Relay'), {
      AuthMechanism: 'Tls, ExternalAuthoritative',
      PermissionGroups: 'ExchangeServers',
      RemoteIPRanges: list('10.1.2.0/24', '0.0.0.0-255.255.255.255'),
    }),
    certificate(),
  ];
  const options: DumpOptions = { width: 120 };

  async function lintFile(bytes: Uint8Array | string): Promise<{ kind: string; found: [string, Range][] }> {
    const dir = tempDir({ 'connectors.txt': bytes });
    const r = await runCli(['--format', 'json', '--now', NOW.toISOString(), join(dir, 'connectors.txt')]);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout) as { kind: string; diagnostics: { code: string; range: Range }[] }[];
    assert.equal(out.length, 1);
    return { kind: out[0].kind, found: out[0].diagnostics.map((x) => [x.code, plain(x.range)]) };
  }

  function expected(d: Dump): [string, Range][] {
    return [
      ['ignore-starttls', plain(d.value(0, 'IgnoreSTARTTLS'))],
      ['open-relay', plain(d.within(1, 'RemoteIPRanges', '0.0.0.0-255.255.255.255'))],
    ];
  }

  it('UTF-16 LE with BOM (Windows PowerShell `>` and Out-File) gives the same findings at the same places', async () => {
    const d = renderDump(objects, options);
    const r = await lintFile(utf16leBom(d.text));
    assert.equal(r.kind, 'format-list');
    assert.deepEqual(r.found, expected(d));
  });
  it('UTF-8 with BOM', async () => {
    const d = renderDump(objects, options);
    const r = await lintFile(utf8Bom(d.text));
    assert.equal(r.kind, 'format-list');
    assert.deepEqual(r.found, expected(d));
  });
  it('UTF-8 without BOM, CRLF and LF', async () => {
    for (const eol of ['\r\n', '\n'] as const) {
      const d = renderDump(objects, { ...options, eol });
      const r = await lintFile(d.text);
      assert.equal(r.kind, 'format-list');
      assert.deepEqual(r.found, expected(d));
    }
  });
  it('UTF-16 LE with BOM and no leading blank line (Out-File of a `fl` selection)', async () => {
    const d = renderDump(objects, { ...options, leadingBlankLines: 0 });
    const r = await lintFile(utf16leBom(d.text));
    assert.equal(r.kind, 'format-list');
    assert.deepEqual(r.found, expected(d));
  });
  it('exits 1 on errors (open-relay) and 0 on a clean dump', async () => {
    const bad = tempDir({ 'a.txt': utf16leBom(renderDump(objects).text) });
    assert.equal((await runCli(['--now', NOW.toISOString(), join(bad, 'a.txt')])).code, 1);
    const good = tempDir({ 'b.txt': utf16leBom(renderDump([sendConnector(), receiveConnector(), certificate()]).text) });
    const r = await runCli(['--format', 'json', '--now', NOW.toISOString(), join(good, 'b.txt')]);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout)[0].diagnostics, []);
  });
});
