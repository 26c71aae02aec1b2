// The language server obeys .exchange-transport.json like the CLI: one rule off, another raised to error,
// and a change to the configuration file takes effect through the file watcher.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestServer } from '../helpers/lspClient';

const DUMP = readFileSync('test/grammar/fixtures/send-connectors.txt', 'utf8');

describe('configuration in the editor', () => {
  let server: TestServer;
  const dir = mkdtempSync(join(tmpdir(), 'ext-cfg-'));
  const configPath = join(dir, '.exchange-transport.json');
  const dumpUri = pathToFileURL(join(dir, 'send.txt')).href;
  writeFileSync(join(dir, 'send.txt'), DUMP);
  writeFileSync(configPath, JSON.stringify({ rules: { 'basic-auth-cleartext': 'off', 'ignore-starttls': 'error' } }));

  before(async () => {
    server = startServer();
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'cfg' }],
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } },
    });
    await server.connection.sendNotification('initialized', {});
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: dumpUri, languageId: 'exchange-format-list', version: 1, text: DUMP },
    });
  });
  after(async () => {
    await server.close();
  });

  const pull = async () =>
    ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: dumpUri } })) as { items: { code: string; severity: number }[] })
      .items;

  it('turns basic-auth-cleartext off and ignore-starttls to error, as the CLI does', async () => {
    const items = await pull();
    assert.equal(items.find((d) => d.code === 'ignore-starttls')?.severity, 1);
    assert.ok(!items.some((d) => d.code === 'basic-auth-cleartext'));
  });

  it('follows a change to the configuration file', async () => {
    writeFileSync(configPath, JSON.stringify({ rules: { 'ignore-starttls': 'off' } }));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configPath).href, type: 2 }] });
    const deadline = Date.now() + 5000;
    let items = await pull();
    while (items.some((d) => d.code === 'ignore-starttls') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      items = await pull();
    }
    assert.ok(!items.some((d) => d.code === 'ignore-starttls'));
    assert.equal(items.find((d) => d.code === 'basic-auth-cleartext')?.severity, 2, 'back to its default (warning)');
  });
});
