// A protocol log in a workspace, through the language server: cross-file findings between the log and the
// connector export reach both files with related information pointing at the other; the open log gets its
// findings, hover on its rows and one symbol per session.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestServer } from '../helpers/lspClient';

const FOLDER = resolve('test/fixtures/evidence/workspace-clear-text');
const folderUri = pathToFileURL(FOLDER).href;
const logUri = pathToFileURL(resolve(FOLDER, 'SEND20240506-1.LOG')).href;
const connectorsUri = pathToFileURL(resolve(FOLDER, 'send-connectors.txt')).href;

interface Diag {
  code: string;
  range: { start: { line: number; character: number } };
  relatedInformation?: { location: { uri: string; range: { start: { line: number } } } }[];
}
interface WsReport {
  uri: string;
  items?: Diag[];
}

async function pollWorkspace(server: TestServer, until: (items: WsReport[]) => boolean): Promise<WsReport[]> {
  const deadline = Date.now() + 8000;
  for (;;) {
    const r = (await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as { items: WsReport[] };
    if (until(r.items) || Date.now() > deadline) return r.items;
    await new Promise((res) => setTimeout(res, 50));
  }
}

describe('a protocol log and the connector export in a workspace', () => {
  let server: TestServer;
  before(async () => {
    server = startServer();
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'ws' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { diagnostic: {}, publishDiagnostics: { relatedInformation: true } },
      },
    });
    await server.connection.sendNotification('initialized', {});
  });
  after(async () => {
    await server.close();
  });

  it('the closed log and the closed export each get the cross-file finding, linked to the other', async () => {
    const has = (items: WsReport[], uri: string) => items.find((i) => i.uri === uri)?.items?.find((d) => d.code === 'smtp-log-ignore-starttls');
    const items = await pollWorkspace(server, (r) => !!has(r, logUri) && !!has(r, connectorsUri));
    const onLog = has(items, logUri);
    const onConnector = has(items, connectorsUri);
    assert.ok(onLog && onConnector, JSON.stringify(items.map((i) => [i.uri, i.items?.map((d) => d.code)])));
    assert.equal(onLog.range.start.line, 9);
    assert.equal(onLog.relatedInformation?.[0].location.uri, connectorsUri);
    assert.equal(onLog.relatedInformation?.[0].location.range.start.line, 3);
    assert.equal(onConnector.range.start.line, 3);
    assert.equal(onConnector.relatedInformation?.[0].location.uri, logUri);
    assert.equal(onConnector.relatedInformation?.[0].location.range.start.line, 9);
  });

  it('the open log: its own and the cross-file findings, a hover on the row, one symbol per session', async () => {
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: logUri, languageId: 'log', version: 1, text: readFileSync(resolve(FOLDER, 'SEND20240506-1.LOG'), 'utf8') },
    });
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: logUri } })) as { items: Diag[] };
    assert.deepEqual(report.items.map((d) => d.code).sort(), ['smtp-log-clear-text', 'smtp-log-ignore-starttls']);
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: logUri }, position: { line: 9, character: 130 } })) as {
      contents: { value: string };
    };
    assert.match(hover.contents.value, /no TLS\*\* at this point/);
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: logUri } })) as { name: string }[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['08DC6D0000000003 → mx.fabrikam.example'],
    );
  });
});
