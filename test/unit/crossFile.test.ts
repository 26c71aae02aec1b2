// Files checked against each other: the CLI on a folder, and the trust map.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, trustMapMarkdown } from '../../server/src/service';
import { runCli, tempDir } from '../helpers/cli';

type Out = { file: string; diagnostics: { code: string; severity: string; message: string; range: { start: { line: number } } }[] }[];
const read = (p: string) => readFileSync(p, 'utf8');
const STALE = 'test/fixtures/workspace-stale';
const codesOf = (out: Out, suffix: string) => out.find((f) => f.file.endsWith(suffix))!.diagnostics.map((d) => d.code);

describe('a renewed Edge certificate (subscription-certificate-stale) through the CLI', () => {
  it('reports it on the subscription file when the folder holds the Edge certificate export', async () => {
    const out = JSON.parse((await runCli(['--format', 'json', '--now', '2026-07-01T00:00:00Z', STALE])).stdout) as Out;
    const sub = out.find((f) => f.file.endsWith('Edge01.xml'))!;
    const stale = sub.diagnostics.find((d) => d.code === 'subscription-certificate-stale')!;
    assert.equal(stale.severity, 'error');
    assert.equal(stale.range.start.line, 4);
  });
  it('does not report it for the subscription alone (nothing to compare with)', async () => {
    const out = JSON.parse((await runCli(['--format', 'json', '--now', '2026-07-01T00:00:00Z', join(STALE, 'Edge01.xml')])).stdout) as Out;
    assert.ok(!codesOf(out, 'Edge01.xml').includes('subscription-certificate-stale'));
  });
  it('does not report it when the subscribed certificate is still the SMTP one', async () => {
    const dir = tempDir({
      'Edge01.xml': read(join(STALE, 'Edge01.xml')),
      'certs.txt': read(join(STALE, 'edge01-certificates.txt')).replace(/Services(\s+): IMAP, POP(\r?\n)/, 'Services$1: IMAP, POP, SMTP$2'),
    });
    const out = JSON.parse((await runCli(['--format', 'json', '--now', '2026-07-01T00:00:00Z', dir])).stdout) as Out;
    assert.ok(!codesOf(out, 'Edge01.xml').includes('subscription-certificate-stale'));
  });
});

describe('connectors and certificates across files', () => {
  const certs = read('test/grammar/fixtures/exchange-certificates.txt');
  const send = read('test/grammar/fixtures/send-connectors.txt');
  it('a connector naming a certificate that is in no export: tls-certificate-not-found', async () => {
    const dir = tempDir({ 'certs.txt': certs, 'send.txt': send.replace('<S>CN=mail.contoso.com', '<S>CN=smtp.contoso.com') });
    const out = JSON.parse((await runCli(['--format', 'json', '--now', '2024-06-01T00:00:00Z', dir])).stdout) as Out;
    assert.ok(codesOf(out, 'send.txt').includes('tls-certificate-not-found'), JSON.stringify(codesOf(out, 'send.txt')));
  });
  it('a connector naming a certificate without SMTP: tls-certificate-not-smtp', async () => {
    const dir = tempDir({ 'certs.txt': certs.replace('Services           : IIS, SMTP', 'Services           : IIS'), 'send.txt': send });
    const out = JSON.parse((await runCli(['--format', 'json', '--now', '2024-06-01T00:00:00Z', dir])).stdout) as Out;
    assert.ok(codesOf(out, 'send.txt').includes('tls-certificate-not-smtp'));
    assert.ok(!codesOf(out, 'send.txt').includes('tls-certificate-not-found'));
  });
  it('the certificate expires: certificate-expired on the certificate and on the connector that presents it', async () => {
    const dir = tempDir({ 'certs.txt': certs, 'send.txt': send });
    const out = JSON.parse((await runCli(['--format', 'json', '--now', '2024-09-01T00:00:00Z', dir])).stdout) as Out;
    assert.ok(codesOf(out, 'certs.txt').includes('certificate-expired'));
    const onConnector = out.find((f) => f.file.endsWith('send.txt'))!.diagnostics.find((d) => d.code === 'certificate-expired')!;
    // On the TlsCertificateName of the connector that names the certificate (Outbound to Office 365 - 6f1c).
    assert.equal(
      onConnector.range.start.line,
      send.split(/\r?\n/).findIndex((l) => l.startsWith('TlsCertificateName') && l.includes('<S>CN=mail.contoso.com')),
    );
    const lines = out.find((f) => f.file.endsWith('send.txt'))!.diagnostics.map((d) => d.range.start.line);
    assert.deepEqual(
      lines,
      [...lines].sort((a, b) => a - b),
      "cross-file findings sorted in with the file's own",
    );
  });
  it('a subscription whose Edge no EdgeSync connector lists: subscription-not-imported; listed: nothing', async () => {
    const edgeSync = read(join(STALE, 'send-connectors.txt'));
    const sub = read(join(STALE, 'Edge01.xml'));
    const other = tempDir({ 'Edge02.xml': sub.replace(/EDGE01/g, 'EDGE02').replace('edge01.contoso.com', 'edge02.contoso.com'), 'send.txt': edgeSync });
    const out = JSON.parse((await runCli(['--format', 'json', '--now', '2026-07-01T00:00:00Z', other])).stdout) as Out;
    assert.ok(codesOf(out, 'Edge02.xml').includes('subscription-not-imported'));
    const same = tempDir({ 'Edge01.xml': sub, 'send.txt': edgeSync });
    const out2 = JSON.parse((await runCli(['--format', 'json', '--now', '2026-07-01T00:00:00Z', same])).stdout) as Out;
    assert.ok(!codesOf(out2, 'Edge01.xml').includes('subscription-not-imported'));
  });
});

describe('the trust map', () => {
  it('shows the stale subscription as a broken Edge→Hub link and the EdgeSync connector as working', () => {
    const files = ['Edge01.xml', 'edge01-certificates.txt', 'send-connectors.txt'].map((f) => ({ uri: join(STALE, f), text: read(join(STALE, f)) }));
    const map = createLanguageService().trustMap(files, { now: new Date('2026-07-01T00:00:00Z') });
    const sub = map.links.find((l) => l.via.startsWith('subscription'))!;
    assert.equal(sub.from, 'EDGE01');
    assert.equal(sub.status, 'broken');
    assert.match(sub.note ?? '', /subscription-certificate-stale/);
    const internet = map.links.find((l) => l.to === 'Internet')!;
    assert.equal(internet.status, 'ok');
    const md = trustMapMarkdown(map);
    assert.match(md, /```mermaid\nflowchart LR/);
    assert.match(md, /linkStyle 0 stroke:#d00/);
    assert.match(md, /\| ❌ \| EDGE01 \| Hubs \(AD\) \|/);
  });
  it('says so when there is nothing to map', () => {
    const map = createLanguageService().trustMap([{ uri: 'pom.xml', text: read('test/nvim/fixtures/pom.xml') }]);
    assert.match(trustMapMarkdown(map), /No EdgeSubscription files, EdgeSync connectors or connector certificates/);
  });
});
