// The CLI: options, exit codes, the exact JSON shape, folders, encodings; one run through the real bin.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blobFor, defaultSpec, subscriptionXml } from '../helpers/subscription';
import { runCli, tempDir } from '../helpers/cli';

const MADE = new Date('2024-05-14T10:30:00Z');
const healthy = subscriptionXml(defaultSpec(MADE));
// A CA-issued Edge certificate signed with SHA-1: a warning (a self-signed one would only be information).
const weakSig = subscriptionXml({ ...defaultSpec(MADE), EdgeCertificateBlob: blobFor({ hash: 'sha1', issuerCn: 'Contoso Issuing CA' }) });
const NOW = '2024-05-14T12:00:00Z';

describe('exit codes', () => {
  it('0 when only information is found', async () => {
    const dir = tempDir({ 'a.xml': healthy });
    assert.equal((await runCli(['--now', NOW, dir])).code, 0);
  });
  it('1 when an error is found (expired as of --now)', async () => {
    const dir = tempDir({ 'a.xml': healthy });
    const r = await runCli(['--now', '2024-06-01T00:00:00Z', dir]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /subscription-expired/);
  });
  it('--max-warnings: 1 when warnings exceed it, 0 when within', async () => {
    const dir = tempDir({ 'w.xml': weakSig });
    assert.equal((await runCli(['--now', NOW, '--max-warnings', '0', dir])).code, 1);
    assert.equal((await runCli(['--now', NOW, '--max-warnings=1', dir])).code, 0);
    assert.equal((await runCli(['--now', NOW, dir])).code, 0);
  });
  it('2 on usage errors, with the reason on stderr and nothing on stdout', async () => {
    for (const args of [[], ['--format', 'xml', 'x'], ['--now', 'tomorrow', 'x'], ['--max-warnings', 'many', 'x'], ['--bogus', 'x'], ['/no/such/file.xml']]) {
      const r = await runCli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /exchange-transport-lint: /);
    }
  });
});

describe('--format json', () => {
  it('is exactly an array of {file, kind, checked, diagnostics[{code, severity, message, range, fixes}]}', async () => {
    const dir = tempDir({ 'a.xml': weakSig, 'b.xml': healthy });
    const r = await runCli(['--format', 'json', '--now', NOW, join(dir, 'a.xml'), join(dir, 'b.xml')]);
    const out = JSON.parse(r.stdout);
    assert.ok(Array.isArray(out));
    assert.deepEqual(
      out.map((f: { file: string }) => f.file),
      [join(dir, 'a.xml'), join(dir, 'b.xml')],
    );
    for (const f of out) {
      assert.deepEqual(Object.keys(f), ['file', 'kind', 'checked', 'diagnostics']);
      assert.equal(f.kind, 'edge-subscription');
      assert.equal(f.checked, true);
      for (const d of f.diagnostics) {
        assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'range', 'fixes']);
        assert.deepEqual(Object.keys(d.range.start), ['line', 'character']);
      }
    }
    const sig = out[0].diagnostics.find((d: { code: string }) => d.code === 'certificate-weak-signature');
    assert.equal(sig.severity, 'warning');
    assert.equal(sig.range.start.line, 4);
  });
  it('evaluates time as of --now', async () => {
    const dir = tempDir({ 'a.xml': healthy });
    const before = JSON.parse((await runCli(['--format', 'json', '--now', '2024-05-14T10:00:00Z', dir])).stdout);
    assert.ok(before[0].diagnostics.some((d: { code: string }) => d.code === 'subscription-future'));
  });
});

describe('folders', () => {
  it('finds subscription files recursively and skips other files', async () => {
    const dir = tempDir({ 'site1/edge.xml': healthy, 'site2/deep/edge2.xml': weakSig, 'pom.xml': '<project/>', 'notes.txt': 'hello' });
    const out = JSON.parse((await runCli(['--format', 'json', '--now', NOW, dir])).stdout);
    assert.deepEqual(out.map((f: { file: string }) => f.file.slice(dir.length + 1)).sort(), ['site1/edge.xml', 'site2/deep/edge2.xml']);
  });
  it('stylish prints positions, rule ids and a summary', async () => {
    const dir = tempDir({ 'w.xml': weakSig });
    const r = await runCli(['--now', NOW, dir]);
    assert.match(r.stdout, /^\s+5:24\s+warning\s+.*certificate-weak-signature$/m);
    assert.match(r.stdout, /✖ 2 problems \(0 errors, 1 warning, 1 info\)/);
    assert.doesNotMatch(r.stdout, /\x1b\[/);
  });
});

describe('the installed bin', () => {
  it('runs through bin/exchange-transport-lint.js with the built bundle (npm run build first)', () => {
    assert.ok(existsSync('dist/cli.js'), 'dist/cli.js is missing: run npm run build');
    const dir = tempDir({ 'a.xml': weakSig });
    const r = spawnSync(process.execPath, ['bin/exchange-transport-lint.js', '--format', 'json', '--now', NOW, dir], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout)[0].diagnostics.length, 2);
    assert.match(execFileSync(process.execPath, ['bin/exchange-transport-lint.js', '--version'], { encoding: 'utf8' }), /^\d+\.\d+\.\d+\n$/);
  });
});

describe('baselines', () => {
  it('--write-baseline records the findings; --baseline then reports only new ones; the password never lands in it', async () => {
    const dir = tempDir({ 'w.xml': weakSig });
    const baseline = join(dir, 'baseline.json');
    const w = await runCli(['--now', NOW, '--write-baseline', baseline, dir]);
    assert.equal(w.code, 0);
    assert.match(w.stderr, /recorded 2 findings/);
    const recorded = readFileSync(baseline, 'utf8');
    assert.ok(!recorded.includes('pSvvxM'), 'the password line is hashed, not copied');
    const again = JSON.parse((await runCli(['--format', 'json', '--now', NOW, '--baseline', baseline, dir])).stdout);
    assert.deepEqual(again[0].diagnostics, []);
    // A new finding (the subscription expired since) is reported; the known ones stay hidden.
    const later = JSON.parse((await runCli(['--format', 'json', '--now', '2024-06-01T00:00:00Z', '--baseline', baseline, dir])).stdout);
    assert.deepEqual(
      later[0].diagnostics.map((d: { code: string }) => d.code),
      ['subscription-expired'],
    );
  });
  it('a baseline that cannot be read is a usage failure (exit 2)', async () => {
    const dir = tempDir({ 'w.xml': weakSig, 'bad.json': '{"nope": true}' });
    const r = await runCli(['--baseline', join(dir, 'bad.json'), join(dir, 'w.xml')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not a baseline/);
  });
});
