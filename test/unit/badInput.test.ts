// Hostile and broken input: each gets a clear diagnostic, never a crash, a hang or a silent pass.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createLanguageService } from '../../server/src/service';
import { defaultSpec, lineOf, PASSWORD, subscriptionXml } from '../helpers/subscription';
import { runCli, tempDir } from '../helpers/cli';

const service = createLanguageService();
const NOW = new Date('2024-05-14T12:00:00Z');
const good = subscriptionXml(defaultSpec());

function lint(text: string) {
  return service.check({ uri: 'bad.xml', text }, { now: NOW, reportUnrecognized: true });
}

describe('broken XML', () => {
  it('a truncated file is an xml-syntax error near where it stops', () => {
    const cut = good.slice(0, good.indexOf('<Duration>') + 14);
    const r = lint(cut);
    assert.equal(r.kind, 'edge-subscription');
    assert.deepEqual(
      r.diagnostics.map((d) => d.code),
      ['xml-syntax'],
    );
    assert.equal(r.diagnostics[0].messageId, 'unclosed');
    assert.equal(r.diagnostics[0].range.start.line, lineOf(cut, '<Duration>'), 'on the last line written');
  });
  it('mismatched tags are reported on their line', () => {
    const text = good.replace('</EdgeServerName>', '</EdgeServerNam>');
    const r = lint(text);
    assert.deepEqual(
      r.diagnostics.map((d) => d.code),
      ['xml-syntax'],
    );
    assert.equal(r.diagnostics[0].range.start.line, 2);
  });
  it('an entity bomb is refused without expansion', () => {
    const bomb =
      '<?xml version="1.0"?>\n<!DOCTYPE EdgeSubscriptionData [\n' +
      '<!ENTITY a "aaaaaaaaaa">' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('') +
      ']>\n<EdgeSubscriptionData><EdgeServerName>&j;</EdgeServerName></EdgeSubscriptionData>';
    const r = lint(bomb);
    assert.equal(r.kind, 'edge-subscription');
    assert.deepEqual(
      r.diagnostics.map((d) => d.code),
      ['xml-syntax'],
    );
    assert.equal(r.diagnostics[0].messageId, 'doctype');
    assert.equal(r.diagnostics[0].range.start.line, 1);
  });
  it('an external entity declaration is refused too', () => {
    const text = good.replace('<EdgeSubscriptionData', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<EdgeSubscriptionData');
    assert.deepEqual(
      lint(text).diagnostics.map((d) => d.code),
      ['xml-syntax'],
    );
  });
  it('an unknown root is not a subscription', () => {
    const r = lint('<project><name>x</name></project>');
    assert.equal(r.kind, 'unknown');
    assert.deepEqual(
      r.diagnostics.map((d) => d.code),
      ['file-unrecognized'],
    );
    assert.deepEqual(service.validate({ uri: 'pom.xml', text: '<project/>' }), [], 'editor (not explicit): nothing');
  });
});

describe('files that are not text or too big (CLI)', () => {
  it('random bytes named .xml: file-unrecognized error, exit 1, no crash', async () => {
    const dir = tempDir({ 'Edge.xml': randomBytes(4096) });
    const r = await runCli(['--format', 'json', join(dir, 'Edge.xml')]);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out[0].kind, 'unknown');
    assert.deepEqual(
      out[0].diagnostics.map((d: { code: string }) => d.code),
      ['file-unrecognized'],
    );
  });
  it('a 20 MB subscription-looking file: file-too-large, quickly', async () => {
    const padding = `<ServerType>${'x'.repeat(1024)}</ServerType>\n`.repeat(20 * 1024);
    const dir = tempDir({ 'big.xml': good.replace('</EdgeSubscriptionData>', padding + '</EdgeSubscriptionData>') });
    const r = await runCli(['--format', 'json', join(dir, 'big.xml')]);
    const out = JSON.parse(r.stdout);
    assert.equal(out[0].kind, 'edge-subscription');
    assert.deepEqual(
      out[0].diagnostics.map((d: { code: string }) => d.code),
      ['file-too-large'],
    );
    assert.match(out[0].diagnostics[0].message, /20\.\d MB/);
  });
  it('a 20 MB text handed to the engine directly (editor path) is not parsed', () => {
    const big = good + ' '.repeat(20 * 1024 * 1024);
    const r = lint(big);
    assert.deepEqual(
      r.diagnostics.map((d) => d.code),
      ['file-too-large'],
    );
  });
  it('a UTF-16 LE file with BOM is read like UTF-8', async () => {
    const dir = tempDir({ 'Edge.xml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]) });
    const r = await runCli(['--format', 'json', '--now', NOW.toISOString(), join(dir, 'Edge.xml')]);
    assert.deepEqual(
      JSON.parse(r.stdout)[0].diagnostics.map((d: { code: string }) => d.code),
      ['subscription-credentials'],
    );
  });
});

describe('fuzzed mutations never throw', () => {
  it('500 random cuts and byte flips of a valid file', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < 500; i++) {
      const chars = good.split('');
      const flips = 1 + Math.floor(rand() * 5);
      for (let f = 0; f < flips; f++) chars[Math.floor(rand() * chars.length)] = String.fromCharCode(Math.floor(rand() * 128));
      const text = chars.join('').slice(0, Math.floor(rand() * good.length) + 10);
      const r = lint(text);
      for (const d of r.diagnostics) {
        assert.ok(d.range.start.line >= 0 && d.range.end.line >= d.range.start.line);
        assert.ok(!d.message.includes(PASSWORD));
      }
    }
  });
});

describe('the ESRA password never appears in output', () => {
  it('not in json or stylish CLI output, nor in hovers or symbols', async () => {
    const dir = tempDir({ 'Edge.xml': good });
    for (const format of ['json', 'stylish']) {
      const r = await runCli(['--format', format, join(dir, 'Edge.xml')]);
      assert.ok(!r.stdout.includes(PASSWORD) && !r.stderr.includes(PASSWORD), format);
    }
    const lines = good.split('\r\n');
    for (let line = 0; line < lines.length; line++) {
      for (let character = 0; character <= lines[line].length; character += 3) {
        const h = service.hover({ uri: 'e.xml', text: good }, { line, character }, { now: NOW });
        assert.ok(!h || !h.contents.includes(PASSWORD));
      }
    }
    assert.ok(!JSON.stringify(service.documentSymbols({ uri: 'e.xml', text: good })).includes(PASSWORD));
  });
});
