// Collector bundles (test/fixtures/bundles: EX01, a Mailbox server printing en-AU dates, and EDGE01, an Edge printing
// en-US ones) read by the CLI and by the language server's workspace index as one organisation: the files the
// manifest lists, flattened certificates over Clixml, the manifest's date order over any setting, a zipped bundle
// the same as its folder, and hostile zips refused with a clear message.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { runCli, tempDir } from '../helpers/cli';
import { folderMembers, makeZip } from '../helpers/zip';
import { readBundle } from '../../server/src/io/bundle';
import { createLanguageService, DEFAULT_SETTINGS, type Diagnostic } from '../../server/src/service';
import { WorkspaceFiles } from '../../server/src/lsp/workspace';

const BUNDLES = join(__dirname, '..', 'fixtures', 'bundles');
const NOW = '2025-06-10T00:00:00Z';

/** The organisation's findings by file, relative to the folder linted (rule ids, sorted). */
const EXPECTED: Record<string, string[]> = {
  'EDGE01/config/certificates.json': ['certificate-expired', 'certificate-status'],
  'EX01/config/certificates.json': ['certificate-expired', 'certificate-expiring', 'certificate-status'],
  // Cross-file: the connectors name mail.contoso.com, whose expiry is in certificates.json.
  'EX01/config/send-connectors.xml': ['certificate-expiring'],
  'EX01/config/receive-connectors.xml': ['certificate-expiring'],
  'EX01/events/transport-events.txt': ['event-edgesync', 'event-internal-certificate'],
  'EX01/edge/test-edgesync.txt': ['edgesync-failed'],
};

interface JsonFile {
  file: string;
  diagnostics: { code: string }[];
}

function byFile(stdout: string, root: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of JSON.parse(stdout) as JsonFile[]) {
    if (f.diagnostics.length === 0) continue;
    out[f.file.slice(root.length + 1).replace(/\\/g, '/')] = f.diagnostics.map((d) => d.code).sort();
  }
  return out;
}

function zipped(folder: string): Buffer {
  return makeZip(folderMembers(folder));
}

describe('collector bundles in the CLI', () => {
  it('reads both servers as one organisation, each file once, certificates from the flattened JSON', async () => {
    const r = await runCli(['--now', NOW, '--format', 'json', BUNDLES]);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(byFile(r.stdout, BUNDLES), EXPECTED);
    const files = (JSON.parse(r.stdout) as JsonFile[]).map((f) => f.file.slice(BUNDLES.length + 1).replace(/\\/g, '/'));
    assert.ok(!files.some((f) => f.endsWith('certificates.xml') || (f.endsWith('.txt') && f.includes('connectors'))), files.join());
    assert.ok(!files.some((f) => f.endsWith('servers.json') || f.endsWith('manifest.json')), files.join());
  });

  it('says per bundle which server it is and how its dates are read, and reports failed steps', async () => {
    const r = await runCli(['--now', NOW, BUNDLES]);
    assert.match(r.stderr, /EX01 \(Mailbox, en-AU; dates day first, UTC\+10:00\)/);
    assert.match(r.stderr, /EDGE01 \(Edge Transport, en-US; dates month first, UTC-04:00\)/);
    assert.match(r.stderr, /step failed on EX01: Get-HybridConfiguration/);
  });

  it('reads a zipped bundle as its folder: the same findings, pointing into the zip', async () => {
    const dir = tempDir();
    cpSync(join(BUNDLES, 'EX01'), join(dir, 'EX01'), { recursive: true });
    writeFileSync(join(dir, 'EDGE01.zip'), zipped(join(BUNDLES, 'EDGE01')));
    const r = await runCli(['--now', NOW, '--format', 'json', dir]);
    const found = byFile(r.stdout, dir);
    const expected = Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k.replace(/^EDGE01\//, 'EDGE01.zip/'), v]));
    assert.deepEqual(found, expected);
  });

  it('the manifest decides the date order: a --date-order setting does not change a bundle', async () => {
    const mdy = await runCli(['--now', NOW, '--format', 'json', '--date-order', 'mdy', join(BUNDLES, 'EX01')]);
    const dmy = await runCli(['--now', NOW, '--format', 'json', '--date-order', 'dmy', join(BUNDLES, 'EX01')]);
    assert.equal(mdy.stdout, dmy.stdout);
    // The same event text outside a bundle, read month first: 9/06/2025 is 6 September, after the check.
    const loose = tempDir();
    copyFileSync(join(BUNDLES, 'EX01', 'events', 'transport-events.txt'), join(loose, 'events.txt'));
    const service = createLanguageService();
    const settings = { now: new Date(NOW), dateOrder: 'mdy' as const };
    const b = await readBundle(join(BUNDLES, 'EX01'), 1e7);
    assert.ok(!('error' in b));
    const ev = b.inputs.find((i) => i.member === 'events/transport-events.txt')!;
    const inBundle = service.analyze({ uri: 'file:///a', text: ev.text, printed: ev.printed }, settings);
    const outside = service.analyze({ uri: 'file:///b', text: ev.text }, settings);
    assert.equal((inBundle as { dateOrder?: string }).dateOrder, 'dmy');
    assert.equal((outside as { dateOrder?: string }).dateOrder, 'mdy');
    assert.match(ev.printed.reason ?? '', /manifest of EX01 says: en-AU, d\/MM\/yyyy/);
  });

  it('refuses a zip bomb, a lying or climbing zip, and a zip that is no bundle, with the reason', async () => {
    const big = Buffer.alloc(4 * 1024 * 1024, 0x41);
    const manifest = {
      name: 'manifest.json',
      data: Buffer.from(
        JSON.stringify({
          collector: 'exchange-transport',
          server: 'X',
          role: 'Edge',
          files: [{ path: 'config/a.txt', item: 'send-connectors', shape: 'format-list' }],
        }),
      ),
    };
    const cases: [string, Buffer, RegExp][] = [
      ['bomb.zip', makeZip([manifest, { name: 'config/a.txt', data: big }]), /zip bomb/],
      ['liar.zip', makeZip([manifest, { name: 'config/a.txt', data: Buffer.from('abc'), claimedSize: 2 }]), /not the size|damaged/],
      ['climb.zip', makeZip([manifest, { name: '../evil.txt', data: Buffer.from('x') }]), /outside the archive/],
      ['plain.zip', makeZip([{ name: 'a.txt', data: Buffer.from('x') }]), /no manifest\.json/],
      ['junk.zip', Buffer.from('not a zip at all, just text'), /not a zip archive/],
    ];
    for (const [name, bytes, why] of cases) {
      const dir = tempDir({ [name]: bytes });
      const r = await runCli(['--now', NOW, join(dir, name)]);
      assert.equal(r.code, 2, name);
      assert.match(r.stderr, why, name);
      // In a folder, such a zip is skipped, not fatal.
      assert.notEqual((await runCli(['--now', NOW, dir])).code, 2, name);
    }
  });
});

describe('collector bundles in the language server', () => {
  it('the workspace index reads them as one organisation: findings, dates and the trust map', async () => {
    const service = createLanguageService();
    const settings = { now: new Date(NOW) };
    const dir = tempDir();
    cpSync(join(BUNDLES, 'EX01'), join(dir, 'EX01'), { recursive: true });
    writeFileSync(join(dir, 'EDGE01.zip'), zipped(join(BUNDLES, 'EDGE01')));
    const ws = new WorkspaceFiles(service, () => ({ ...DEFAULT_SETTINGS, dateOrder: 'mdy' }));
    await ws.scan([URI.file(dir).toString()]);
    const inputs = ws.inputs(new Map());
    const rel = (uri: string) =>
      URI.parse(uri)
        .fsPath.slice(dir.length + 1)
        .replace(/\\/g, '/');
    assert.deepEqual(
      inputs.map((i) => rel(i.uri)).sort(),
      Object.keys(EXPECTED)
        .map((k) => k.replace(/^EDGE01\//, 'EDGE01.zip/'))
        .concat(['EDGE01.zip/config/receive-connectors.xml', 'EDGE01.zip/config/send-connectors.xml'])
        .sort(),
    );
    const findings = new Map<string, Diagnostic[]>();
    const project = service.checkProject(inputs, settings);
    for (const i of inputs) findings.set(i.uri, service.check(i, settings, project.get(i.uri) ?? []).diagnostics);
    const codes = Object.fromEntries(
      [...findings].filter(([, d]) => d.length > 0).map(([u, d]) => [rel(u).replace(/^EDGE01\.zip\//, 'EDGE01/'), d.map((x) => x.code).sort()]),
    );
    assert.deepEqual(codes, EXPECTED);
    // An opened bundle file keeps its manifest's reading.
    const ev = inputs.find((i) => i.uri.endsWith('transport-events.txt'))!;
    assert.equal(ws.withPrinted({ uri: ev.uri, text: ev.text, version: 3 }).printed?.dateOrder, 'dmy');

    const map = service.trustMap(inputs, settings, findings);
    assert.deepEqual(map.edges, ['EDGE01']);
    assert.ok(map.hubs.includes('EX01'), map.hubs.join());
    const inbound = map.links.find((l) => l.from === 'EDGE01' && /Inbound to Site-A/.test(l.via));
    assert.ok(inbound, 'the EdgeSync link from EDGE01 to the Site-A hubs');
    const o365 = map.links.find((l) => l.from === 'EX01' && /Outbound to Office 365/.test(l.via));
    assert.equal(o365?.status, 'warning');
    assert.ok(o365?.findings.some((f) => f.code === 'certificate-expiring'));
    assert.deepEqual(
      ws
        .readBundles()
        .map((b) => b.manifest.server)
        .sort(),
      ['EDGE01', 'EX01'],
    );
  });
});
