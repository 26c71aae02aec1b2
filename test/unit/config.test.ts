// .exchange-transport.json: precedence, invalid files (clear diagnostics, defaults kept), include/exclude,
// and the shipped JSON schema matching the rule registry.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, RULES } from '../../server/src/service';
import { configSchema } from '../../scripts/schema';
import { runCli, tempDir } from '../helpers/cli';

const SEND = readFileSync('test/grammar/fixtures/send-connectors.txt', 'utf8');
const NOW = '2024-06-01T00:00:00Z';
type Out = { file: string; kind: string; diagnostics: { code: string; severity: string; message: string; range: { start: { line: number } } }[] }[];
const json = async (args: string[]) => JSON.parse((await runCli(['--format', 'json', '--now', NOW, ...args])).stdout) as Out;

describe('configuration precedence', () => {
  it('a config found upward turns one rule off and another to error', async () => {
    const dir = tempDir({
      '.exchange-transport.json': JSON.stringify({ rules: { 'basic-auth-cleartext': 'off', 'ignore-starttls': 'error' } }),
      'dumps/send.txt': SEND,
    });
    const out = await json([join(dir, 'dumps')]);
    const codes = out[0].diagnostics.map((d) => `${d.code}:${d.severity}`);
    assert.ok(codes.includes('ignore-starttls:error'));
    assert.ok(!codes.some((c) => c.startsWith('basic-auth-cleartext')));
  });
  it('--config points elsewhere and wins over the file found upward', async () => {
    const dir = tempDir({
      '.exchange-transport.json': JSON.stringify({ rules: { 'ignore-starttls': 'off' } }),
      'other.json': JSON.stringify({ rules: { 'ignore-starttls': 'information' } }),
      'send.txt': SEND,
    });
    const out = await json(['--config', join(dir, 'other.json'), join(dir, 'send.txt')]);
    assert.equal(out[0].diagnostics.find((d) => d.code === 'ignore-starttls')?.severity, 'information');
  });
  it('rule options: certificate-expiring days; command-line --date-order beats the config', async () => {
    const certs = readFileSync('test/grammar/fixtures/exchange-certificates.txt', 'utf8');
    const dir = tempDir({
      '.exchange-transport.json': JSON.stringify({ rules: { 'certificate-expiring': ['warning', { days: 200 }] }, dateOrder: 'dmy' }),
      'c.txt': certs,
    });
    const out = await json([join(dir, 'c.txt')]);
    const expiring = out[0].diagnostics.find((d) => d.code === 'certificate-expiring');
    assert.ok(expiring, 'within 200 days of 2024-06-01');
    assert.match(expiring.message, /expires on 2024-12-08/, 'NotAfter 8/12/2024 read day first, as the config says');
    // Read month first, the certificate lives 90 days (May 14 to August 12): it is due within a third of that, 30 days.
    const withCli = JSON.parse((await runCli(['--format', 'json', '--now', '2024-07-20T00:00:00Z', '--date-order', 'mdy', join(dir, 'c.txt')])).stdout) as Out;
    assert.match(withCli[0].diagnostics.find((d) => d.code === 'certificate-expiring')!.message, /expires on 2024-08-12/);
  });
  it('include/exclude globs select the files of a folder', async () => {
    const dir = tempDir({
      '.exchange-transport.json': JSON.stringify({ exclude: ['archive/**'] }),
      'archive/old.txt': SEND,
      'live/send.txt': SEND,
    });
    const out = await json([dir]);
    assert.deepEqual(out.map((f) => f.file.slice(dir.length + 1)).sort(), ['.exchange-transport.json', 'live/send.txt']);
  });
});

describe('invalid configurations: a clear diagnostic in the config file, defaults used, no crash', () => {
  const cases: [string, string, string][] = [
    ['not JSON', '{ "rules": { "ignore-starttls": "error", ', 'notJson'],
    ['not an object', '[1, 2]', 'notObject'],
    ['unknown rule with a suggestion', '{ "rules": { "ignore-startls": "error" } }', 'unknownRuleGuess'],
    ['bad severity', '{ "rules": { "ignore-starttls": "fatal" } }', 'badSeverity'],
    ['unknown setting', '{ "rulez": {} }', 'unknownSettingGuess'],
    ['bad option', '{ "rules": { "certificate-expiring": ["warning", { "days": -3 }] } }', 'badOption'],
    ['bad dateOrder', '{ "dateOrder": "ymd" }', 'badDateOrder'],
  ];
  for (const [label, text, messageId] of cases) {
    it(label, async () => {
      const dir = tempDir({ '.exchange-transport.json': text, 'send.txt': SEND });
      const r = await runCli(['--format', 'json', '--now', NOW, dir]);
      assert.equal(r.code, 1, r.stderr);
      const out = JSON.parse(r.stdout) as Out;
      const cfg = out.find((f) => f.file.endsWith('.exchange-transport.json'))!;
      assert.equal(cfg.kind, 'config');
      assert.ok(
        cfg.diagnostics.some((d) => d.code === 'config-invalid'),
        JSON.stringify(cfg.diagnostics),
      );
      // The CLI's JSON carries no message ids: the engine says which problem it is.
      const engine = createLanguageService().validate({ uri: join(dir, '.exchange-transport.json'), text });
      assert.deepEqual(
        engine.map((d) => d.messageId),
        [messageId],
      );
      const send = out.find((f) => f.file.endsWith('send.txt'))!;
      assert.equal(send.diagnostics.find((d) => d.code === 'ignore-starttls')?.severity, 'warning', 'defaults kept');
    });
  }
  it('the editor engine reports the same problems with exact ranges', () => {
    const text = '{\n  "rules": {\n    "ignore-startls": "error"\n  }\n}\n';
    const d = createLanguageService().validate({ uri: '/x/.exchange-transport.json', text });
    assert.equal(d[0].code, 'config-invalid');
    assert.deepEqual(d[0].range, { start: { line: 2, character: 4 }, end: { line: 2, character: 20 } });
  });
});

describe('the shipped JSON schema', () => {
  it('is current with the rule registry (npm run schema)', () => {
    assert.deepEqual(JSON.parse(readFileSync('schemas/exchange-transport.schema.json', 'utf8')), configSchema());
  });
  it('lists every rule', () => {
    const schema = JSON.parse(readFileSync('schemas/exchange-transport.schema.json', 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), RULES.map((r) => r.meta.id).sort());
  });
  it('is wired into the extension manifest', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.exchange-transport.json', url: './schemas/exchange-transport.schema.json' }]);
  });
});

describe('quick fix in the configuration file', () => {
  it('replaces a misspelt rule id with the suggestion', () => {
    const text = '{\n  "rules": {\n    "ignore-startls": "error"\n  }\n}\n';
    const service = createLanguageService();
    const diags = service.validate({ uri: '/x/.exchange-transport.json', text });
    const actions = service.codeActions({ uri: '/x/.exchange-transport.json', text }, diags);
    const change = actions.find((a) => a.title === 'Change to "ignore-starttls"');
    assert.ok(change?.edits);
    assert.deepEqual(change.edits, [{ range: diags[0].range, newText: '"ignore-starttls"' }]);
    assert.ok(!actions.some((a) => a.title.startsWith('Suppress')), 'configuration problems are fixed, not suppressed');
  });
});
