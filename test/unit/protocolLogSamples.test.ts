// The protocol-log samples of shared/corpus (copied to test/fixtures/evidence/protocol-log, see its README): each
// reads as its story says (sessions, directions, what was offered, used and presented) and gives the findings it
// should, and nothing else.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService, type AnalyzedFile } from '../../server/src/service';
import type { ProtocolLogFile } from '../../server/src/service/document';

const DIR = 'test/fixtures/evidence/protocol-log/';
const service = createLanguageService();
const now = new Date('2024-06-01T00:00:00Z');

function read(name: string, transform: (t: string) => string = (t) => t): { file: ProtocolLogFile; codes: string[]; text: string } {
  const text = transform(readFileSync(DIR + name, 'utf8'));
  const file: AnalyzedFile = service.analyze({ uri: name, text });
  assert.equal(file.kind, 'smtp-protocol-log');
  const codes = service.validate({ uri: name, text }, { now }).map((d) => `${d.code}[${d.messageId}]@${d.range.start.line}`);
  return { file: file as ProtocolLogFile, codes, text };
}

describe('protocol-log samples', () => {
  it('01 (Exchange 2016 CU23, Receive): STARTTLS, TLS 1.2, one merged certificate row; no finding', () => {
    const { file, codes } = read('01-recv-e2016cu23-frontend-starttls-merged-cert.reconstructed.log');
    assert.deepEqual(codes, []);
    assert.equal(file.log.headers[0].logType, 'receive');
    assert.equal(file.log.sessions.length, 1);
    const s = file.log.sessions[0];
    assert.equal(s.direction, 'receive');
    assert.equal(s.server, 'ex01');
    assert.deepEqual(
      s.offered.map((o) => o.verb),
      ['STARTTLS', 'X-ANONYMOUSTLS'],
    );
    assert.equal(s.tlsVerb?.verb, 'STARTTLS');
    assert.equal(s.tls?.protocol, 'TLS1_2');
    assert.equal(s.tls?.side, 'SERVER');
    assert.equal(s.certificates.length, 1);
    assert.deepEqual(s.certificates[0].fields, {
      subject: 'CN=EX01',
      issuer: 'CN=EX01',
      serial: '3F2A6C0D9B8E7F6A5B4C3D2E1F0A9B8C',
      thumbprint: '0A1B2C3D4E5F60718293A4B5C6D7E8F901234567',
      notBefore: '2020-01-17T15:15:33.000Z',
      notAfter: '2025-01-17T15:15:33.000Z',
      sans: 'EX01;ex01.contoso.test',
    });
    assert.equal(s.certificates[0].layout, 'merged');
    assert.equal(s.certificates[0].role, 'sent');
    assert.equal(s.mail, undefined, 'AUTH LOGIN was denied: no MAIL FROM');
  });

  it('the same with CRLF line ends and a BOM, as Exchange writes the file', () => {
    const plain = read('01-recv-e2016cu23-frontend-starttls-merged-cert.reconstructed.log');
    const crlf = read('01-recv-e2016cu23-frontend-starttls-merged-cert.reconstructed.log', (t) => '\uFEFF' + t.replace(/\n/g, '\r\n'));
    assert.deepEqual(crlf.file.log.sessions, plain.file.log.sessions);
    assert.equal(crlf.file.log.headers[0].logType, 'receive');
  });

  it('02 (KB 4051498): UnknownCredentials with split certificate rows and no block row', () => {
    const { file, codes } = read('02-send-kb4051498-o365-unknowncredentials-split-cert.reconstructed.log');
    assert.deepEqual(codes, ['smtp-log-tls-failed[unknownCredentials]@6']);
    const c = file.log.sessions[0].certificates[0];
    assert.equal(c.layout, 'split');
    assert.equal(c.role, 'sent');
    assert.equal(c.fields.subject, 'CN=*.contoso.test, OU=Enterprise SSL Wildcard, OU=Contoso IT, O=Contoso Corporation');
    assert.equal(c.fields.thumbprint, 'ABCDEF0123456789ABCDEF0123456789ABCDEF01');
  });

  it('05 (Exchange 2013 to another MTA): multi-row EHLO reply with STARTTLS, then InvalidToken', () => {
    const { file, codes } = read('05-send-e2013-smarthost-invalidtoken-multirow-ehlo.reconstructed.log');
    assert.deepEqual(codes, ['smtp-log-tls-failed[handshake]@13']);
    const s = file.log.sessions[0];
    assert.equal(s.direction, 'send');
    assert.equal(s.remoteHost, 'mx.partner.example');
    assert.deepEqual(
      s.offered.map((o) => [o.verb, o.at.line]),
      [['STARTTLS', 9]],
    );
    assert.equal(s.replyComplete, true);
    assert.equal(s.failure?.error, 'InvalidToken');
  });

  it('07 (header, session permissions, empty local endpoint): two sessions cut after EHLO, no finding', () => {
    const { file, codes } = read('07-send-e2019-o365-header-and-connect.reconstructed.log');
    assert.deepEqual(codes, []);
    assert.deepEqual(file.log.sessions.map((s) => [s.id, s.direction, s.local]).sort(), [
      ['08D6A8D416004F77', 'send', '192.0.2.100:44276'],
      ['08D6A8D416004F78', 'send', '192.0.2.100:44277'],
    ]);
    assert.equal(file.log.connectors[0].sessions, 2);
  });

  it('90 (derived, Mailbox to Edge): X-ANONYMOUSTLS, both certificates; no finding on its own', () => {
    const { file, codes } = read('90-send-hub-to-edge-x-anonymoustls.derived.log');
    assert.deepEqual(codes, []);
    const s = file.log.sessions[0];
    assert.equal(s.tlsVerb?.verb, 'X-ANONYMOUSTLS');
    assert.equal(s.remoteHost, 'edge01.contoso.test');
    assert.deepEqual(
      file.log.certificates.map((c) => [c.role, c.thumbprint, c.directTrust]),
      [
        ['sent', '1111111111111111111111111111111111111111', true],
        ['received', '2222222222222222222222222222222222222222', true],
      ],
    );
  });

  it('92 (derived, Edge to the Internet): STARTTLS offered and ignored', () => {
    const { codes } = read('92-send-ignorestarttls-clear-text.derived.log');
    assert.deepEqual(codes, ['smtp-log-clear-text[ignoredOffer]@9']);
  });
});
