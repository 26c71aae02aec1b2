// What `npm pack` makes is what npx, a pre-commit hook and a CI action install (issue 16): the packed and installed
// package (test/helpers/pack.ts) has what a user needs and nothing else, and runs.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { startServer } from '../helpers/lspClient';
import { packAndInstall, pkg, ROOT } from '../helpers/pack';

let work: string;
let paths: string[];
let installed: string;
let binDir: string;

before(() => {
  ({ work, paths, installed, binDir } = packAndInstall());
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships the bins, the CLI and stdio server bundles, the collector, the rule pages, the schema, LICENSE, README and CHANGELOG', () => {
    for (const bin of Object.values(pkg.bin)) assert.ok(paths.includes(bin), bin);
    for (const f of [
      'dist/cli.js',
      'dist/server.js',
      'dist/engine.js',
      'dist/web-tree-sitter.js',
      'collector/Collect-ExchangeTransport.ps1',
      'dist/web-tree-sitter.wasm',
      'dist/tree-sitter-powershell.wasm',
      'docs/rules/README.md',
      'docs/rules/ignore-starttls.md',
      'schemas/exchange-transport.schema.json',
    ]) {
      assert.ok(paths.includes(f), f);
    }
    for (const f of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']) assert.ok(paths.includes(f), f);
    const rulePages = readFileSync(join(ROOT, 'docs/rules/README.md'), 'utf8').match(/\]\(([a-z0-9-]+\.md)\)/g) ?? [];
    assert.ok(rulePages.length > 50);
    for (const link of rulePages) assert.ok(paths.includes(`docs/rules/${link.slice(2, -1)}`), link);
  });

  it('ships no tests, benchmarks, scripts, TypeScript sources, source maps, fixtures or VS Code-only files', () => {
    const unwanted = paths.filter(
      (p) => /^(test|bench|scripts|client|server|examples|syntaxes|snippets|node_modules|\.[^/]+)\//.test(p) || /\.(ts|map|vsix|tgz)$/.test(p) || /^\./.test(p),
    );
    assert.deepEqual(unwanted, []);
    assert.ok(!paths.includes('dist/client.js'), 'the VS Code client is useless outside VS Code: it is in the VSIX only');
    // Beyond the rule pages (one per rule), a handful of files: bins, bundles, schema, LICENSE, README, CHANGELOG.
    const others = paths.filter((p) => !/^docs\/rules\/[a-z0-9-]+\.md$/.test(p));
    assert.ok(others.length < 20, `${others.length} files besides the rule pages: ${others.join(', ')}`);
  });

  it('the bundles are the production build: minified, no source map reference, nothing required but Node built-ins and each other', () => {
    const builtins = new Set(builtinModules);
    const bundles = ['dist/cli.js', 'dist/server.js', 'dist/engine.js', 'dist/web-tree-sitter.js'];
    for (const f of bundles) {
      const text = readFileSync(join(installed, f), 'utf8');
      assert.doesNotMatch(text, /sourceMappingURL/, f);
      assert.ok(text.split('\n').length < 1000, `${f} is not minified`); // a development build has tens of thousands of lines
      const required = [...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
      // The server and the CLI require the engine, which requires web-tree-sitter: bundles shipped beside them.
      assert.deepEqual(
        required.filter((r) => !builtins.has(r.replace(/^node:/, '')) && !bundles.includes(`dist/${r.replace(/^\.\//, '')}`)),
        [],
        f,
      );
    }
  });

  it('is publishable and installs nothing else: no private flag, no dependencies, engines and metadata set', () => {
    const shipped = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.equal(shipped.private, undefined);
    assert.equal(shipped.dependencies, undefined);
    assert.equal(shipped.version, pkg.version);
    assert.ok(shipped.engines.node && shipped.engines.vscode);
    for (const key of ['license', 'author', 'homepage', 'repository', 'bugs', 'publisher', 'icon']) assert.ok(shipped[key], key);
    assert.ok(!existsSync(join(installed, 'node_modules')), 'the installed package brought dependencies along');
  });
});

describe('the installed package', () => {
  const lint = (args: string[]) => spawnSync(join(binDir, 'exchange-transport-lint'), args, { cwd: work, encoding: 'utf8' });

  it('exchange-transport-lint --version prints the package version', () => {
    const r = lint(['--version']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), pkg.version);
  });

  it('exchange-transport-lint lints examples/: exit code 1 and the findings as JSON', () => {
    const r = lint(['--format', 'json', join(ROOT, 'examples')]);
    assert.equal(r.status, 1, r.stderr);
    const files = JSON.parse(r.stdout) as { kind: string; diagnostics: { code: string }[] }[];
    assert.equal(files.length, 7);
    const codes = files.flatMap((f) => f.diagnostics.map((d) => d.code));
    assert.ok(codes.includes('open-relay'), codes.join(' '));
    assert.ok(codes.includes('subscription-certificate-stale'), codes.join(' '));
  });

  it('exchange-transport-lint collector prints the shipped collector script', () => {
    const r = lint(['collector']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, readFileSync(join(ROOT, 'collector', 'Collect-ExchangeTransport.ps1'), 'utf8'));
  });

  it('exchange-transport-lint reads the collector bundles of two servers as one organisation', () => {
    const r = lint(['--format', 'json', '--now', '2025-06-10T00:00:00Z', join(ROOT, 'test', 'fixtures', 'bundles')]);
    assert.equal(r.status, 1, r.stderr);
    const files = JSON.parse(r.stdout) as { file: string; diagnostics: { code: string }[] }[];
    assert.ok(files.some((f) => /EDGE01/.test(f.file) && f.diagnostics.some((d) => d.code === 'certificate-expired')));
    assert.ok(files.some((f) => /send-connectors\.xml$/.test(f.file) && f.diagnostics.some((d) => d.code === 'certificate-expiring')));
  });

  it('exchange-transport-lint reads scripts with the PowerShell grammar it ships', () => {
    const script = join(work, 'setup.ps1');
    writeFileSync(script, '$p = @{ IgnoreSTARTTLS = $true }\nSet-SendConnector Internet @p\n');
    const r = lint(['--format', 'json', script]);
    assert.equal(r.status, 0, r.stderr); // a warning: exit code 0 without --fail-on
    assert.doesNotMatch(r.stderr, /grammar/);
    const files = JSON.parse(r.stdout) as { diagnostics: { code: string }[] }[];
    assert.deepEqual(
      files.flatMap((f) => f.diagnostics.map((d) => d.code)),
      ['ignore-starttls'],
    );
  });

  it('exchange-transport-language-server speaks LSP over stdio and reports findings', async () => {
    const server = startServer({}, [join(binDir, 'exchange-transport-language-server')]);
    try {
      const init = (await server.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { textDocument: { diagnostic: {} } },
      })) as {
        capabilities: { diagnosticProvider?: unknown; hoverProvider?: unknown };
        serverInfo?: { version?: string };
      };
      assert.ok(init.capabilities.diagnosticProvider && init.capabilities.hoverProvider);
      await server.connection.sendNotification('initialized', {});
      const uri = 'file:///pack/send-connectors.txt';
      const text = readFileSync(join(ROOT, 'examples/hub/send-connectors.txt'), 'utf8');
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: { code: string }[] };
      assert.ok(
        report.items.some((d) => d.code === 'domain-validation-without-tls-domain'),
        report.items.map((d) => d.code).join(' '),
      );
    } finally {
      await server.close();
    }
  });
});

describe('the VSIX', () => {
  it('ships the PowerShell grammar next to the server bundle, which reads it from its own folder', () => {
    // `vsce ls` applies .vscodeignore to the files on disk: those of the stage npm pack built (before()).
    const stage = join(work, 'stage');
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: stage, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split(/\r?\n/).filter(Boolean);
    for (const f of [
      'dist/server.js',
      'dist/engine.js',
      'dist/web-tree-sitter.js',
      'dist/client.js',
      'dist/web-tree-sitter.wasm',
      'dist/tree-sitter-powershell.wasm',
    ])
      assert.ok(files.includes(f), f);
    assert.deepEqual(
      files.filter((f) => f.endsWith('.wasm')),
      ['dist/web-tree-sitter.wasm', 'dist/tree-sitter-powershell.wasm'],
    );
  });
});
