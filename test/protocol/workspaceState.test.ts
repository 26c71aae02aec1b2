// The editor's picture of a workspace stays right as files come and go: a deleted, renamed or moved file (or a
// whole folder) takes its findings along at once; JSON that holds no Exchange objects is not ours; requests made
// right after start see every file; Lint Workspace counts what Problems lists.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestServer } from '../helpers/lspClient';

interface Diag {
  code: string;
  message: string;
  severity: number;
}
interface WsReport {
  uri: string;
  kind: 'full' | 'unchanged';
  resultId?: string;
  items?: Diag[];
}

const STALE = resolve('test/fixtures/workspace-stale');
const uriOf = (p: string) => pathToFileURL(p).href;
const FileChangeType = { Created: 1, Changed: 2, Deleted: 3 } as const;

/** A client's memory of workspace reports: the last full report per URI, and the result ids it sends back. */
class WorkspaceView {
  readonly diagnostics = new Map<string, Diag[]>();
  private readonly ids = new Map<string, string>();
  constructor(private readonly server: TestServer) {}
  async pull(): Promise<WsReport[]> {
    const r = (await this.server.connection.sendRequest('workspace/diagnostic', {
      previousResultIds: [...this.ids].map(([uri, value]) => ({ uri, value })),
    })) as { items: WsReport[] };
    for (const item of r.items) {
      if (item.kind === 'full') this.diagnostics.set(item.uri, item.items ?? []);
      if (item.resultId) this.ids.set(item.uri, item.resultId);
    }
    return r.items;
  }
  /** Pulls until `done` holds (the server recomputes cross-file findings after a short debounce). */
  async until(done: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 8000;
    for (;;) {
      await this.pull();
      if (done()) return;
      if (Date.now() > deadline) assert.fail(`workspace diagnostics never showed ${what}: ${JSON.stringify(this.codes())}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  codes(): Record<string, string[]> {
    return Object.fromEntries([...this.diagnostics].map(([u, d]) => [u.split('/').slice(-2).join('/'), d.map((x) => x.code)]));
  }
  has(uri: string, code?: string): boolean {
    const d = this.diagnostics.get(uri) ?? [];
    return code ? d.some((x) => x.code === code) : d.length > 0;
  }
}

async function initialize(server: TestServer, folder: string) {
  await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(folder),
    workspaceFolders: [{ uri: uriOf(folder), name: 'ws' }],
    initializationOptions: { commands: ['exchangeTransport.copyToClipboard', 'exchangeTransport.showRuleDocs'] },
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true },
      textDocument: { diagnostic: {}, publishDiagnostics: { relatedInformation: true } },
    },
  });
  await server.connection.sendNotification('initialized', {});
}

function watched(server: TestServer, changes: { uri: string; type: number }[]) {
  return server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
}

describe('a workspace whose files are deleted, renamed and moved', () => {
  let server: TestServer;
  let dir: string;
  let view: WorkspaceView;
  const at = (...p: string[]) => join(dir, ...p);
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'et-ws-'));
    cpSync(STALE, dir, { recursive: true });
    rmSync(at('README.md'));
    // Not ours: a package.json, a broken tsconfig, a subscription inside node_modules and a hidden folder.
    writeFileSync(at('package.json'), JSON.stringify({ name: 'x', version: '1.0.0', scripts: { test: 'node t.js' } }, null, 2));
    writeFileSync(at('tsconfig.json'), '{\n  "compilerOptions": { "strict": true, },\n}\n');
    for (const hidden of ['node_modules', '.history']) {
      mkdirSync(at(hidden), { recursive: true });
      cpSync(at('Edge01.xml'), at(hidden, 'Edge01.xml'));
    }
    // Dumps with findings of their own (ignore-starttls on "Legacy Relay").
    const dump = readFileSync('test/grammar/fixtures/send-connectors.txt', 'utf8');
    for (const f of ['relay.txt', 'old-relay.txt']) writeFileSync(at(f), dump);
    mkdirSync(at('exports'));
    writeFileSync(at('exports', 'legacy.txt'), dump);
    server = startServer();
    await initialize(server, dir);
    view = new WorkspaceView(server);
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('right after start, the trust map and the workspace pull already see every file', async () => {
    const map = (await server.connection.sendRequest('exchangeTransport/trustMap')) as { html: string; links: number };
    assert.match(map.html, /Edges: EDGE01/);
    assert.ok(map.links >= 2, map.html);
    await view.pull();
    assert.ok(view.has(uriOf(at('Edge01.xml')), 'subscription-certificate-stale'), JSON.stringify(view.codes()));
  });

  it('reports only Exchange files: no package.json, tsconfig.json, node_modules or hidden folders', () => {
    const uris = [...view.diagnostics.keys()].map((u) => u.slice(uriOf(dir).length + 1)).sort();
    assert.deepEqual(uris, ['Edge01.xml', 'edge01-certificates.txt', 'exports/legacy.txt', 'old-relay.txt', 'relay.txt', 'send-connectors.txt']);
  });

  it('Lint Workspace counts the findings the workspace pull lists', async () => {
    const r = (await server.connection.sendRequest('exchangeTransport/lintWorkspace')) as { files: number; problems: number; errors: number; warnings: number };
    await view.pull();
    const all = [...view.diagnostics.values()].flat();
    assert.equal(r.files, 6);
    assert.equal(r.problems, all.length);
    assert.equal(r.errors, all.filter((d) => d.severity === 1).length);
    assert.equal(r.warnings, all.filter((d) => d.severity === 2).length);
  });

  it('a deleted file is cleared at once, and the cross-file finding that rested on it goes too', async () => {
    const old = at('old-relay.txt');
    assert.ok(view.has(uriOf(old), 'ignore-starttls'));
    const certs = at('edge01-certificates.txt');
    rmSync(certs);
    rmSync(old);
    await watched(server, [
      { uri: uriOf(certs), type: FileChangeType.Deleted },
      { uri: uriOf(old), type: FileChangeType.Deleted },
    ]);
    await view.until(() => !view.has(uriOf(at('Edge01.xml')), 'subscription-certificate-stale'), 'the stale-certificate finding gone');
    assert.deepEqual(view.diagnostics.get(uriOf(old)), [], 'the deleted file got an empty report');
  });

  it('a renamed file: the old name is cleared, the new one reported', async () => {
    const from = at('relay.txt');
    const to = at('Get-SendConnector.txt');
    const before = view.diagnostics.get(uriOf(from))?.length ?? 0;
    assert.ok(before > 0);
    renameSync(from, to);
    await watched(server, [
      { uri: uriOf(from), type: FileChangeType.Deleted },
      { uri: uriOf(to), type: FileChangeType.Created },
    ]);
    await view.until(() => view.diagnostics.has(uriOf(to)) && view.diagnostics.get(uriOf(from))?.length === 0, 'the rename');
    assert.equal(view.diagnostics.get(uriOf(to))?.length ?? 0, before);
  });

  it('a moved folder reports only itself: its files leave with it and come back under the new name', async () => {
    const old = at('exports', 'legacy.txt');
    assert.ok(view.has(uriOf(old), 'ignore-starttls'));
    renameSync(at('exports'), at('archive'));
    await watched(server, [
      { uri: uriOf(at('exports')), type: FileChangeType.Deleted },
      { uri: uriOf(at('archive')), type: FileChangeType.Created },
    ]);
    const moved = uriOf(at('archive', 'legacy.txt'));
    await view.until(() => view.diagnostics.get(uriOf(old))?.length === 0 && view.has(moved, 'ignore-starttls'), 'the moved folder');
  });

  it('the server forgets files even when the client no longer sends their result ids', async () => {
    const fresh = new WorkspaceView(server);
    await fresh.pull();
    const gone = at('archive', 'legacy.txt');
    rmSync(at('archive'), { recursive: true });
    await watched(server, [{ uri: uriOf(at('archive')), type: FileChangeType.Deleted }]);
    // A client that forgot its result ids for the file (VS Code does when the file was open and closed).
    const deadline = Date.now() + 8000;
    let cleared = false;
    while (!cleared && Date.now() < deadline) {
      const r = (await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as { items: WsReport[] };
      cleared = r.items.some((i) => i.uri === uriOf(gone) && i.kind === 'full' && i.items?.length === 0);
      if (!cleared) await new Promise((res) => setTimeout(res, 50));
    }
    assert.ok(cleared, 'no empty report for the deleted file');
  });

  it('an open file deleted on disk and then closed: the closing pull finds nothing', async () => {
    const sub = at('Edge01.xml');
    const text = readFileSync(sub, 'utf8');
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(sub), languageId: 'xml', version: 1, text } });
    const open = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uriOf(sub) } })) as { items: Diag[] };
    assert.ok(open.items.length > 0);
    rmSync(sub);
    await watched(server, [{ uri: uriOf(sub), type: FileChangeType.Deleted }]);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(sub) } });
    const closed = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uriOf(sub) } })) as { items: Diag[] };
    assert.deepEqual(closed.items, []);
    await view.until(() => view.diagnostics.get(uriOf(sub))?.length === 0, 'the deleted subscription cleared');
  });
});

describe('JSON that holds no Exchange objects is not ours', () => {
  let server: TestServer;
  let dir: string;
  const statuses: { uri: string; kind: string }[] = [];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'et-json-'));
    server = startServer();
    server.connection.onNotification('exchangeTransport/status', (s: { uri: string; kind: string }) => void statuses.push(s));
    await initialize(server, dir);
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function openJson(name: string, text: string) {
    const uri = uriOf(join(dir, name));
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
    const diags = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diag[] };
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[] | null;
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 4 } });
    return { uri, diags: diags.items, symbols, hover, status: statuses.filter((s) => s.uri === uri).pop() };
  }

  it('package.json: no findings, no outline, no hover, and the status says it is not a transport file', async () => {
    const r = await openJson('package.json', readFileSync('package.json', 'utf8'));
    assert.deepEqual(r.diags, []);
    assert.equal(r.symbols, null);
    assert.equal(r.hover, null);
    assert.equal(r.status?.kind, 'unknown');
  });

  it('a broken settings file (trailing commas): no json-syntax from us', async () => {
    const r = await openJson('settings.json', '{\n  "editor.tabSize": 2,\n}\n');
    assert.deepEqual(r.diags, []);
    assert.equal(r.status?.kind, 'unknown');
  });

  it('a ConvertTo-Json export of send connectors is: findings, outline, status', async () => {
    const text = JSON.stringify(
      [{ Name: 'Legacy Relay', Identity: 'Legacy Relay', AddressSpaces: ['SMTP:*;1'], DNSRoutingEnabled: true, IgnoreSTARTTLS: true, RequireTLS: false }],
      null,
      2,
    );
    const r = await openJson('send.json', text);
    assert.ok(
      r.diags.some((d) => d.code === 'ignore-starttls'),
      JSON.stringify(r.diags.map((d) => d.code)),
    );
    assert.equal((r.symbols as { name: string }[])[0].name, 'Legacy Relay');
    assert.equal(r.status?.kind, 'json');
  });
});

describe('a push client (no pull diagnostics) is told when a file with findings is gone', () => {
  let server: TestServer;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'et-push-'));
    cpSync(STALE, dir, { recursive: true });
    server = startServer();
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pushes the closed subscription file its cross-file finding, then an empty list once it is deleted', async () => {
    const sub = uriOf(join(dir, 'Edge01.xml'));
    const first = server.nextPush(sub, 8000);
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(dir),
      workspaceFolders: [{ uri: uriOf(dir), name: 'ws' }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
    });
    await server.connection.sendNotification('initialized', {});
    assert.ok((await first).diagnostics.some((d) => d.code === 'subscription-certificate-stale'));
    const cleared = server.nextPush(sub, 8000);
    rmSync(join(dir, 'Edge01.xml'));
    await watched(server, [{ uri: sub, type: FileChangeType.Deleted }]);
    assert.deepEqual((await cleared).diagnostics, []);
  });
});
