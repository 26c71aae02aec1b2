// Protocol logs through the CLI: a log larger than maxFileSize is streamed, gives the findings it gives when read
// whole, takes part in the cross-file checks (certificates, connectors, subscriptions) and in baselines.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli';
import { bigSendLog, CERT, certificateDump, header, sendLines, spec } from '../helpers/protocolLogs';

// The json format gives code, severity, message and range (message ids and related information: the protocol test).
type Out = { file: string; kind: string; diagnostics: { code: string; message: string; range: { start: { line: number } } }[] }[];
const NOW = ['--now', '2024-06-01T00:00:00Z'];
const small = JSON.stringify({ maxFileSize: 4096 });
const FIXTURES = 'test/fixtures/evidence/protocol-log/';

async function lint(dir: string, ...args: string[]): Promise<Out> {
  const r = await runCli(['--format', 'json', ...NOW, ...args, dir]);
  assert.ok(r.code <= 1, r.stderr);
  return JSON.parse(r.stdout) as Out;
}
const findings = (out: Out, suffix: string) =>
  (out.find((f) => f.file.endsWith(suffix))?.diagnostics ?? []).map((d) => `${d.code}@${d.range.start.line}`).sort();

describe('protocol logs through the CLI', () => {
  const log = bigSendLog({ size: 300 * 1024, seed: 5 });

  it('a log larger than maxFileSize is streamed and gives the findings of the whole read', async () => {
    const whole = await lint(tempDir({ 'SEND20240506-1.LOG': log }));
    const streamed = await lint(tempDir({ 'SEND20240506-1.LOG': log, '.exchange-transport.json': small }));
    const f = findings(whole, 'SEND20240506-1.LOG');
    assert.ok(f.length > 5, f.join(', '));
    assert.deepEqual(findings(streamed, 'SEND20240506-1.LOG'), f);
    assert.equal(streamed.find((x) => x.file.endsWith('.LOG'))?.kind, 'smtp-protocol-log');
  });

  it('a UTF-16 log (PowerShell 5.1 Out-File) is streamed the same', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(log, 'utf16le')]);
    const streamed = await lint(tempDir({ 'SEND20240506-1.LOG': utf16, '.exchange-transport.json': small }));
    const whole = await lint(tempDir({ 'SEND20240506-1.LOG': log }));
    assert.deepEqual(findings(streamed, 'SEND20240506-1.LOG'), findings(whole, 'SEND20240506-1.LOG'));
  });

  it('a baseline written on a streamed log hides its findings the next time', async () => {
    const dir = tempDir({ 'SEND20240506-1.LOG': log, '.exchange-transport.json': small });
    const baseline = join(dir, 'baseline.json');
    assert.equal((await runCli(['--format', 'json', ...NOW, '--write-baseline', baseline, dir])).code, 0);
    const after = await lint(dir, '--baseline', baseline);
    assert.deepEqual(findings(after, 'SEND20240506-1.LOG'), []);
  });

  for (const streamed of [false, true]) {
    const config: Record<string, string> = streamed ? { '.exchange-transport.json': small } : {};
    const how = streamed ? 'streamed' : 'read whole';

    it(`cross-file (${how}): a clear-text session and the connector with IgnoreSTARTTLS, found on both`, async () => {
      const sendLog = readFileSync(FIXTURES + '92-send-ignorestarttls-clear-text.derived.log', 'utf8');
      const padded = streamed ? sendLog + '\n' + '# padding to exceed maxFileSize\n'.repeat(200) : sendLog;
      const connectors = `\nName           : EdgeSync - Default-First-Site-Name to Internet\nAddressSpaces  : {smtp:*;100}\nIgnoreSTARTTLS : True\nRequireTLS     : False\n`;
      const dir = tempDir({ ...config, 'SEND20240506-1.LOG': padded, 'send-connectors.txt': connectors });
      const out = await lint(dir);
      assert.deepEqual(findings(out, '.LOG'), ['smtp-log-clear-text@9', 'smtp-log-ignore-starttls@9']);
      assert.deepEqual(findings(out, 'send-connectors.txt'), ['ignore-starttls@3', 'smtp-log-ignore-starttls@3']);
      const onConnector = out.find((f) => f.file.endsWith('send-connectors.txt'))!.diagnostics.find((d) => d.code === 'smtp-log-ignore-starttls')!;
      assert.match(onConnector.message, /1 session\b/);
    });

    it(`cross-file (${how}): a certificate presented after it expired, in the log and in the export`, async () => {
      const lines = [...header('send'), ...sendLines(spec('Internet'), { layout: 'merged', use: 'STARTTLS' })];
      const text = lines.join('\r\n') + (streamed ? '\r\n' + '# padding\r\n'.repeat(500) : '');
      const certs = certificateDump([
        {
          subject: CERT.subject,
          issuer: CERT.issuer,
          thumbprint: CERT.thumbprint,
          notBefore: '1/31/2024 6:14:03 PM',
          notAfter: '4/30/2024 6:14:02 PM',
          services: 'SMTP',
        },
      ]);
      const out = await lint(tempDir({ ...config, 'SEND20240506-1.LOG': text, 'certs.txt': certs }));
      const thumbLine = lines.findIndex((l) => l.includes(CERT.thumbprint));
      assert.deepEqual(findings(out, '.LOG'), [`smtp-log-certificate@${thumbLine}`]);
      assert.ok(findings(out, 'certs.txt').includes('smtp-log-certificate@10'), findings(out, 'certs.txt').join());
    });
  }
});
