// The protocol-log format in the engine: detection, the CSV rows, a log read as a stream gives the findings of the
// whole text while keeping only findings and figures, a large open document is read in slices that honour
// cancellation, and the editor features (hover, outline, folding, trust map figures).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService, createProtocolLogStream, detectKind, LintCancelled, trustMapMarkdown, type Diagnostic } from '../../server/src/service';
import type { ProtocolLogFile } from '../../server/src/service/document';
import { bigSendLog, certificateDump, CERT, header, receiveLines, sendLines, spec } from '../helpers/protocolLogs';

const now = new Date('2024-06-01T00:00:00Z');
const FIXTURES = 'test/fixtures/evidence/protocol-log/';
const sample = (name: string) => readFileSync(FIXTURES + name, 'utf8');
const shape = (d: Diagnostic[]) =>
  d.map((x) => `${x.code}[${x.messageId}] ${x.range.start.line}:${x.range.start.character}-${x.range.end.character} ${x.message}`);

describe('protocol-log detection', () => {
  it('by the header, by pasted rows, by the file name; not other Exchange logs or dumps', () => {
    assert.equal(detectKind(sample('07-send-e2019-o365-header-and-connect.reconstructed.log'), 'x.txt'), 'smtp-protocol-log');
    assert.equal(detectKind(sample('02-send-kb4051498-o365-unknowncredentials-split-cert.reconstructed.log'), 'paste.txt'), 'smtp-protocol-log');
    assert.equal(detectKind('', 'C:\\Logs\\Hub\\ProtocolLog\\SmtpSend\\SEND2024050612-1.LOG'), 'smtp-protocol-log');
    assert.equal(detectKind('', 'RECV20240506-12.log'), 'smtp-protocol-log');
    const tracking =
      '#Software: Microsoft Exchange Server\n#Version: 15.02.1544.004\n#Log-type: Message Tracking Log\n#Date: 2024-05-06T00:00:00.000Z\n#Fields: date-time,client-ip\n';
    assert.equal(detectKind(tracking, 'MSGTRK2024050600-1.LOG'), 'unknown');
    assert.equal(detectKind('Name           : Internet\nIgnoreSTARTTLS : True\nRequireTLS     : False\n', 'send.log'), 'format-list');
    assert.equal(detectKind('a,b,c\n1,2,3\n4,5,6\n', 'data.log'), 'unknown');
  });
});

describe('rows', () => {
  it('quoted fields with doubled quotes and commas; the 2016 CU2 merged certificate row', () => {
    const row =
      '2016-06-01T10:00:00.000Z,Outbound to Office 365,08D38A0000000001,12,,,*," CN=mail.contoso.test, O=""Contoso, Inc."", C=US CN=thawte SSL CA - G2, O=""thawte, Inc."", C=US 4A5B6C7D8E9F 0A1B2C3D4E5F60718293A4B5C6D7E8F901234567 mail.contoso.test;autodiscover.contoso.test",Sending certificate Certificate subject Certificate issuer name Certificate serial number Certificate thumbprint Certificate alternate names';
    const file = createLanguageService().analyze({ uri: 'x.txt', text: [row, row.replace(',12,', ',13,')].join('\n') }) as ProtocolLogFile;
    assert.equal(file.kind, 'smtp-protocol-log');
    const c = file.log.sessions[0].certificates[0];
    assert.equal(c.layout, 'merged');
    assert.deepEqual(c.fields, {
      subject: 'CN=mail.contoso.test, O="Contoso, Inc.", C=US',
      issuer: 'CN=thawte SSL CA - G2, O="thawte, Inc.", C=US',
      serial: '4A5B6C7D8E9F',
      thumbprint: '0A1B2C3D4E5F60718293A4B5C6D7E8F901234567',
      sans: 'mail.contoso.test;autodiscover.contoso.test',
    });
    assert.equal(row.slice(c.thumbprintAt!.start, c.thumbprintAt!.end), '0A1B2C3D4E5F60718293A4B5C6D7E8F901234567');
  });
});

describe('a log read as a stream', () => {
  const text = bigSendLog({ size: 600 * 1024, seed: 7 });
  const whole = createLanguageService().validate({ uri: 'SEND20240506-1.LOG', text }, { now });

  function streamed(chunk: number, t = text): Diagnostic[] {
    const s = createProtocolLogStream('SEND20240506-1.LOG');
    for (let i = 0; i < t.length; i += chunk) s.push(t.slice(i, i + chunk));
    const file = s.end();
    return createLanguageService().validate({ uri: 'SEND20240506-1.LOG', text: file.text, analyzed: file }, { now });
  }

  it('gives the findings of the whole text, wherever the chunks cut (lines, CRLF pairs, fields)', () => {
    assert.ok(whole.length >= 5, `the generated log has findings: ${whole.length}`);
    assert.deepEqual(new Set(whole.map((d) => d.code)), new Set(['smtp-log-clear-text', 'smtp-log-tls-failed', 'smtp-log-legacy-tls']));
    for (const chunk of [1013, 4096, 65536, 1 << 20]) assert.deepEqual(shape(streamed(chunk)), shape(whole), `chunks of ${chunk}`);
    const small = bigSendLog({ size: 20 * 1024, seed: 3 });
    const smallWhole = createLanguageService().validate({ uri: 'SEND20240506-1.LOG', text: small }, { now });
    assert.deepEqual(shape(streamed(1, small)), shape(smallWhole), 'one character at a time');
  });

  it('keeps findings and figures, not sessions or rows: a sparse text of the rows findings point at', () => {
    const s = createProtocolLogStream('x');
    s.push(text);
    const file = s.end();
    assert.equal(file.log.streamed, true);
    assert.equal(file.log.sessions.length, 0);
    assert.ok(file.log.sessionCount > 100, `${file.log.sessionCount} sessions read`);
    assert.ok(file.log.groups.length <= 4 * 40 + 10, `${file.log.groups.length} findings: one per kind, connector and peer`);
    const kept = file.text.split('\n');
    assert.ok(kept.length < file.log.rowCount / 4, `${kept.length} of ${file.log.rowCount} rows kept`);
    assert.ok(file.text.length < text.length / 4, `${file.text.length} of ${text.length} characters kept`);
    assert.equal(file.lines.lineCount, text.split('\r\n').length, 'line numbers are those of the file');
    for (const d of streamed(1 << 20))
      assert.equal(file.lines.lineText(d.range.start.line), text.split('\r\n')[d.range.start.line], 'the row of each finding is kept');
  });

  it('a suppression comment in a streamed log still applies', () => {
    const withComment = text.replace('#Fields:', '# exchange-transport-disable-file smtp-log-legacy-tls -- partner upgrade planned\r\n#Fields:');
    const codes = new Set(streamed(65536, withComment).map((d) => d.code));
    assert.ok(!codes.has('smtp-log-legacy-tls'));
    assert.ok(codes.has('smtp-log-tls-failed'));
    // disable-next-line: the comment and the row after it are at their line numbers in the streamed file.
    const rows = text.split('\r\n');
    const failure = rows.findIndex((l) => l.includes('TLS negotiation failed with error UnknownCredentials'));
    rows.splice(failure, 0, '# exchange-transport-disable-next-line smtp-log-tls-failed -- known partner');
    const before = streamed(65536).filter((d) => d.code === 'smtp-log-tls-failed').length;
    const after = streamed(65536, rows.join('\r\n')).filter((d) => d.code === 'smtp-log-tls-failed');
    assert.equal(after.length, before - 1);
    assert.ok(!after.some((d) => d.range.start.line === failure + 1));
  });
});

describe('a large open log', () => {
  const text = bigSendLog({ size: 3 * 1024 * 1024, seed: 11 });

  it('is read in slices: cancelled, it is not cached; read to the end, validation reuses it', async () => {
    const service = createLanguageService();
    const input = { uri: 'file:///SEND20240506-1.LOG', text, version: 1 };
    let checks = 0;
    await assert.rejects(
      service.prepare(input, { now }, () => ++checks > 2),
      (err) => err instanceof LintCancelled,
    );
    assert.ok(checks >= 3, 'cancellation was checked between slices');
    await service.prepare(input, { now });
    const prepared = service.analyze(input, { now });
    assert.equal(service.analyze(input, { now }), prepared, 'the analysis of that version is cached');
    assert.ok((prepared as ProtocolLogFile).log.sessions.length > 500);
    assert.deepEqual(shape(service.validate(input, { now })), shape(createLanguageService().validate({ uri: input.uri, text }, { now })));
  });

  it('is analysed above maxFileSize when given whole (an open document), not when sampled', () => {
    const service = createLanguageService();
    const open = service.validate({ uri: 'SEND20240506-1.LOG', text }, { now, maxFileSize: 1024 * 1024 });
    assert.ok(open.some((d) => d.code === 'smtp-log-tls-failed'));
    const sampled = service.validate({ uri: 'SEND20240506-2.LOG', text: text.slice(0, 65536), size: text.length }, { now, maxFileSize: 1024 * 1024 });
    assert.deepEqual(
      sampled.map((d) => `${d.code}[${d.messageId}]`),
      ['smtp-log-syntax[tooLarge]'],
    );
  });
});

describe('editor features', () => {
  const service = createLanguageService();
  const lines = [
    ...header('send'),
    ...sendLines(spec('Internet', '198.51.100.7:25'), { layout: 'split', use: 'STARTTLS', result: { protocol: 'TLS1_0' } }),
    ...sendLines(spec('Internet', '198.51.100.8:25'), { layout: 'merged', use: 'STARTTLS', result: { error: 'UnknownCredentials' } }),
  ];
  const input = { uri: 'SEND20240506-1.LOG', text: lines.join('\r\n'), version: 1 };
  const at = (needle: string) => {
    const line = lines.findIndex((l) => l.includes(needle));
    return { line, character: lines[line].indexOf(needle) + 1 };
  };

  it('hover on a row: the event, what the text means, the fields, the session', () => {
    const tls = service.hover(input, at('SP_PROT_TLS1_0_CLIENT'), { now })!;
    assert.match(tls.contents, /Information/);
    assert.match(tls.contents, /TLS 1\.0/);
    assert.match(tls.contents, /deprecated/);
    assert.match(tls.contents, /AES 256/);
    assert.match(tls.contents, /\| \*\*context\*\* \|/);
    assert.match(tls.contents, /\*\*Session\*\* \(Send connector "Internet"\)/);
    const failed = service.hover(input, at('UnknownCredentials'), { now })!;
    assert.match(failed.contents, /UnknownCredentials\*\* \(0x8009030D\)/);
    assert.match(failed.contents, /not enabled for SMTP/);
    const merged = service.hover(input, at('Sending certificate Subject'), { now })!;
    assert.match(merged.contents, /\| Thumbprint \| ABCDEF0123456789ABCDEF0123456789ABCDEF01 \|/);
    assert.match(merged.contents, new RegExp(`\\| Subject \\| ${CERT.subject} \\|`));
    const mail = service.hover(input, at('MAIL FROM'), { now })!;
    assert.match(mail.contents, /TLS is up/);
    const head = service.hover(input, { line: 2, character: 3 }, { now })!;
    assert.match(head.contents, /Send log: this server was the client/);
  });

  it('outline: one symbol per session; folding: one range per session', () => {
    const symbols = service.documentSymbols(input);
    assert.deepEqual(
      symbols.map((s) => s.detail),
      ['Internet · TLS 1.0', 'Internet · TLS failed: UnknownCredentials'],
    );
    assert.match(symbols[0].name, /^08DC6D[0-9A-F]{10} → mx\.partner\.example$/);
    const folds = service.foldingRanges(input);
    assert.deepEqual(
      folds.map((f) => [f.startLine, f.endLine]),
      [
        [0, 4],
        [symbols[0].range.start.line, symbols[0].range.end.line],
        [symbols[1].range.start.line, symbols[1].range.end.line],
      ],
    );
  });

  it('the trust map counts sessions, TLS versions, clear text and failures per connector', () => {
    const recv = [...header('receive'), ...receiveLines(spec('EX01\\Default EX01', '192.0.2.80:50000'), { layout: 'merged' })].join('\n');
    const certs = certificateDump([
      {
        subject: CERT.subject,
        issuer: CERT.issuer,
        thumbprint: CERT.thumbprint,
        notBefore: '1/1/2024 1:00:00 AM',
        notAfter: '1/1/2029 1:00:00 AM',
        services: 'SMTP',
      },
    ]);
    const map = service.trustMap(
      [
        { uri: 'SEND.LOG', text: input.text },
        { uri: 'RECV.LOG', text: recv },
        { uri: 'certs.txt', text: certs },
      ],
      { now },
    );
    assert.deepEqual(
      map.sessions?.map((s) => [s.connector, s.direction, s.sessions, s.tls, s.protocols, s.mail, s.clearText, s.failures]),
      [
        ['EX01\\Default EX01', 'receive', 1, 0, {}, 1, 1, {}],
        ['Internet', 'send', 2, 1, { TLS1_0: 1 }, 1, 0, { UnknownCredentials: 1 }],
      ],
    );
    const md = trustMapMarkdown(map);
    assert.match(md, /## Sessions in the protocol logs/);
    assert.match(md, /\| ❌ \| Send "Internet" \| 2 \| 1 \| TLS 1\.0 1 \| 0 of 1 \| UnknownCredentials 1 \|/);
  });
});
