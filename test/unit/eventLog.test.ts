// Event-log text as a format: detection, the three layouts read into one model (values with exact ranges,
// insertion strings from the XML or ReplacementStrings), hover, outline and folding; bad input never throws.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService, detectKind, LineIndex, type Range } from '../../server/src/service';
import type { EventLogFile } from '../../server/src/service/eventLog/model';
import { eventLog, text12014, viewer, winEvent } from '../helpers/events';

const DIR = 'test/fixtures/evidence/events';
const read = (f: string) => readFileSync(`${DIR}/${f}`, 'utf8');
const service = createLanguageService();
const analyze = (text: string, uri = 'events.txt') => service.analyze({ uri, text }) as EventLogFile;

/** The text a range covers. */
function at(text: string, r: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(r.start), lines.offsetAt(r.end));
}

describe('event-log text: detection', () => {
  it('reads Event Viewer copies, Get-WinEvent | fl and Get-EventLog | fl as event-log text, before Format-List', () => {
    for (const f of [
      '12014-edge-e2010-receive-connector-fqdn.reconstructed.txt',
      '1035-receive-exchangeauth-illegalmessage.reconstructed.txt',
      '2004-send-untrustedroot-o365.reconstructed.txt',
      'get-winevent-fl.txt',
      'get-eventlog-fl.txt',
      'several-events-viewer.txt',
    ])
      assert.equal(detectKind(read(f)), 'event-log-text', f);
  });
  it('leaves configuration dumps and EdgeSync/queue output to Format-List', () => {
    assert.equal(detectKind('\nName           : Internet\nAddressSpaces  : {SMTP:*;1}\nIgnoreSTARTTLS : False\n'), 'format-list');
    assert.equal(detectKind(readFileSync('test/fixtures/evidence/edgesync/02-test-edgesynchronization-fl-nocredentials.derived.txt', 'utf8')), 'format-list');
    // A connector whose Comment mentions an event is still a connector dump.
    assert.equal(
      detectKind('\nName           : Internet\nComment        : see Event ID: 12014\nIgnoreSTARTTLS : False\nAddressSpaces  : {SMTP:*;1}\n'),
      'format-list',
    );
  });
});

describe('event-log text: the three layouts', () => {
  it('Event Viewer: fields, ID, source, level, computer and the decoded values with their ranges', () => {
    const text = read('12014-edge-e2010-receive-connector-fqdn.reconstructed.txt');
    const file = analyze(text);
    assert.equal(file.events.length, 1);
    const e = file.events[0];
    assert.equal(e.layout, 'event-viewer');
    assert.deepEqual(
      [e.id, e.source, e.level, e.computer, e.known?.name],
      [12014, 'MSExchangeTransport', 'Error', 'edge01', 'CannotLoadSTARTTLSCertificateFromStore'],
    );
    assert.deepEqual(Object.fromEntries(Object.entries(e.decoded).map(([k, v]) => [k, [v.text, at(text, v.range), v.from]])), {
      name: ['mail1.contoso.test', 'mail1.contoso.test', 'description'],
      connector: ['Default internal receive connector EDGE01', 'Default internal receive connector EDGE01', 'description'],
      fqdn: ['mail.contoso.test', 'mail.contoso.test', 'description'],
    });
  });

  it('several events in one paste, each with its own range', () => {
    const file = analyze(read('several-events-viewer.txt'));
    assert.deepEqual(
      file.events.map((e) => [e.id, e.source, e.known?.family]),
      [
        [12013, 'MSExchangeTransport', 'transport'],
        [12018, 'MSExchangeTransport', 'transport'],
        [2018, 'MSExchangeTransport', 'transport'],
        [10104, 'MSExchange EdgeSync', 'edgesync'],
        [12016, 'MSExchangeTransport', 'transport'],
      ],
    );
    for (let i = 1; i < file.events.length; i++) assert.ok(file.events[i].range.start.line > file.events[i - 1].range.end.line);
  });

  it('the Event Xml block: insertion strings (entities decoded), the provider and the exact time', () => {
    const text = read('12014-cut-description-viewer-xml.txt');
    const e = analyze(text).events[0];
    assert.deepEqual(
      e.insertions.map((i) => i.text),
      ["<I>CN=R10, O=Let's Encrypt, C=US<S>CN=mail.contoso.com", 'Default Frontend EX01'],
    );
    assert.equal(e.timeCreated?.toISOString(), '2024-05-06T08:12:40.123Z');
    // The cut description has no connector: it comes from the second <Data>.
    assert.equal(e.decoded.connector.from, 'insertion');
    assert.equal(at(text, e.decoded.connector.range), 'Default Frontend EX01');
    assert.equal(e.decoded.name.from, 'description');
  });

  it('Get-WinEvent | fl: a message wrapped at 120 columns is read across its lines', () => {
    const text = read('get-winevent-fl.txt');
    const file = analyze(text);
    assert.deepEqual(
      file.events.map((e) => [e.layout, e.id, e.source]),
      [
        ['get-winevent', 12014, 'MSExchangeFrontEndTransport'],
        ['get-winevent', 12013, 'MSExchangeTransport'],
        ['get-winevent', 10104, 'MSExchange EdgeSync'],
        ['get-winevent', 2015, 'MSExchangeTransport'],
      ],
    );
    const e2015 = file.events[3];
    assert.deepEqual(
      [e2015.decoded.connector.text, e2015.decoded.domain.text, e2015.decoded.server.text],
      ['Partner TLS', 'fabrikam.example', 'mx1.fabrikam.example'],
    );
  });

  it('Get-WinEvent | fl at 80 columns cutting words: values rejoined, ranges over both lines', () => {
    const text = read('get-winevent-fl-80-columns.txt');
    const e = analyze(text).events[0];
    assert.equal(e.decoded.connector.text, 'Inbound from Office 365');
    assert.equal(e.decoded.fqdn.text, 'smtp.contoso.com');
    assert.equal(analyze(text).dateOrder, 'dmy');
  });

  it('Get-EventLog | fl: the ID from InstanceId, values from ReplacementStrings when the message DLL is missing', () => {
    const text = read('get-eventlog-fl.txt');
    const [e12014, e1032] = analyze(text).events;
    assert.deepEqual([e12014.layout, e12014.id, e12014.source], ['get-eventlog', 12014, 'MSExchangeTransport']);
    assert.deepEqual([e1032.id, e1032.source, e1032.known?.name], [1032, 'MSExchange EdgeSync', 'NoCredentialsFound']);
    assert.deepEqual(
      e1032.insertions.map((i) => at(text, i.range)),
      ['EX02.contoso.com', 'edge01.contoso.com'],
    );
  });

  it('the provider decides between events that share an ID (1035)', () => {
    const transport = analyze(viewer({ source: 'MSExchangeTransport', id: 1035, description: 'x' })).events[0];
    const edgeSync = analyze(viewer({ source: 'MSExchange EdgeSync', id: 1035, description: 'x' })).events[0];
    const other = analyze(viewer({ source: 'Application Error', id: 1035, description: 'x' })).events[0];
    assert.deepEqual([transport.known?.name, edgeSync.known?.name, other.known], ['SmtpReceiveAuthenticationFailed', 'CAPICertificateRequired', undefined]);
  });

  it('the same event in the three layouts decodes the same values', () => {
    const description = text12014('mail.contoso.com', 'Default Frontend EX01', 'mail.contoso.com');
    const e = { source: 'MSExchangeFrontEndTransport', id: 12014, description };
    const texts = [viewer(e), winEvent(e), winEvent(e, 80), eventLog({ ...e, instanceId: 3221237486 })];
    const decoded = texts.map((t) => Object.fromEntries(Object.entries(analyze(t).events[0].decoded).map(([k, v]) => [k, v.text])));
    for (const d of decoded) assert.deepEqual(d, { name: 'mail.contoso.com', connector: 'Default Frontend EX01', fqdn: 'mail.contoso.com' });
  });
});

describe('event-log text: editor features', () => {
  const text = read('12014-edge-e2010-receive-connector-fqdn.reconstructed.txt');
  const lines = text.split('\n');
  const pos = (needle: string, offset = 1) => {
    const line = lines.findIndex((l) => l.includes(needle));
    return { line, character: lines[line].indexOf(needle) + offset };
  };

  it('hover on the Event ID: what the event means, its configuration, the values read out of it', () => {
    const h = service.hover({ uri: 'e.txt', text }, pos('12014'));
    assert.match(h!.contents, /\*\*Event 12014\*\* · MSExchangeTransport · `CannotLoadSTARTTLSCertificateFromStore` \(Error\)/);
    assert.match(h!.contents, /does not offer STARTTLS/);
    assert.match(h!.contents, /connector: `Default internal receive connector EDGE01`/);
  });
  it('hover on a value: which insertion string it is and what it means', () => {
    const h = service.hover({ uri: 'e.txt', text }, pos('mail1.contoso.test'));
    assert.match(h!.contents, /^\*\*name looked for\*\* \(insertion string %1 of event 12014\): `mail1\.contoso\.test`/);
    assert.match(h!.contents, /TlsCertificateName/);
  });
  it('hover on the source and the date', () => {
    assert.match(service.hover({ uri: 'e.txt', text }, pos('MSExchangeTransport'))!.contents, /Exchange Transport service/);
    assert.match(service.hover({ uri: 'e.txt', text }, pos('9/28/2010'))!.contents, /2010-09-28 09:35:58 UTC/);
  });
  it('hover on an event the linter does not know says so', () => {
    const other = viewer({ source: 'Microsoft-Windows-Security-Auditing', id: 4625, description: 'An account failed to log on.' });
    const p = { line: other.split('\n').findIndex((l) => l.startsWith('Event ID')), character: 16 };
    assert.match(service.hover({ uri: 'o.txt', text: other }, p)!.contents, /not an Exchange transport or EdgeSync event/);
  });
  it('outline: one symbol per event, named by ID and source; folding per event', () => {
    const several = read('several-events-viewer.txt');
    const symbols = service.documentSymbols({ uri: 's.txt', text: several });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['12013 MSExchangeTransport', '12018 MSExchangeTransport', '2018 MSExchangeTransport', '10104 MSExchange EdgeSync', '12016 MSExchangeTransport'],
    );
    assert.match(symbols[3].detail ?? '', /FailedDirectTrustMatch · edge01\.contoso\.com/);
    assert.equal(service.foldingRanges({ uri: 's.txt', text: several }).length, 5);
  });
});

describe('event-log text: bad input', () => {
  it('never throws, and reads what it can', () => {
    const inputs = [
      'Event ID: 12014\nSource: MSExchangeTransport\n',
      'Event ID:\nSource:\nDescription:\n',
      'Log Name: Application\nEvent ID: 12014\nEvent Xml:\n<Event><EventData><Data>unclosed',
      'Event ID: 99999999999\nSource: MSExchangeTransport\n',
      `Event ID: 12014\nSource: MSExchangeTransport\nDescription:\n${'x '.repeat(100000)}`,
      'TimeCreated : x\nProviderName : y\nId : z\nMessage :\n',
    ];
    for (const text of inputs) {
      const file = analyze(text);
      assert.equal(file.kind, 'event-log-text', text.slice(0, 40));
      service.validate({ uri: 'bad.txt', text });
      service.documentSymbols({ uri: 'bad.txt', text });
      service.hover({ uri: 'bad.txt', text }, { line: 0, character: 3 });
    }
  });
});

describe('event-log text: suppression comments', () => {
  it('a `#` comment line before the description silences the finding, and is reported when it silences nothing', () => {
    const text = viewer({
      source: 'MSExchangeTransport',
      id: 12014,
      description: `# exchange-transport-disable-next-line event-starttls-certificate -- the Edge's internal connector is not used\n${text12014('mail1.contoso.test', 'Default internal receive connector EDGE01', 'mail1.contoso.test')}`,
    });
    const codes = service.validate({ uri: 'e.txt', text }).map((d) => d.code);
    assert.ok(!codes.includes('event-starttls-certificate'), codes.join());
    assert.ok(!codes.includes('suppression-unused'), codes.join());
    // The comment did not cut the description: the values are still read.
    assert.equal(analyze(text).events[0].decoded.connector.text, 'Default internal receive connector EDGE01');
    const other = text.replace('event-starttls-certificate', 'event-edgesync');
    assert.ok(service.validate({ uri: 'e.txt', text: other }).some((d) => d.code === 'suppression-unused'));
  });
});
