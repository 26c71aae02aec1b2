// The evidence workspace (test/fixtures/evidence/workspace-events) through the language server: each cross-file
// finding reaches both closed files with related information pointing at the other; the open event file gets
// its own and the cross-file findings, a hover on the event, one symbol per event and folding.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestServer } from '../helpers/lspClient';

const FOLDER = resolve('test/fixtures/evidence/workspace-events');
const folderUri = pathToFileURL(FOLDER).href;
const uri = (name: string) => pathToFileURL(resolve(FOLDER, name)).href;

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

const STORIES: [string, string, string][] = [
  ['event-certificate-connector', 'EX01-events.txt', 'EX01-receive-connectors.txt'],
  ['queue-tls-connector', 'EX01-queues.txt', 'send-connectors.txt'],
  ['edgesync-subscription', 'EX01-test-edgesync.txt', 'EDGE01.xml'],
];

describe('the evidence workspace through the language server', () => {
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

  it('each cross-file finding is on both closed files, each pointing at the other', async () => {
    const find = (items: WsReport[], rule: string, file: string) => items.find((i) => i.uri === uri(file))?.items?.find((d) => d.code === rule);
    const items = await pollWorkspace(server, (r) => STORIES.every(([rule, a, b]) => find(r, rule, a) && find(r, rule, b)));
    for (const [rule, a, b] of STORIES) {
      for (const [from, to] of [
        [a, b],
        [b, a],
      ]) {
        const d = find(items, rule, from);
        assert.ok(d, `${rule} on ${from}: ${JSON.stringify(items.map((i) => [i.uri, i.items?.map((x) => x.code)]))}`);
        assert.ok(
          d.relatedInformation?.some((r) => r.location.uri === uri(to)),
          `${rule} on ${from} points at ${to}: ${JSON.stringify(d.relatedInformation)}`,
        );
      }
    }
    // On the values: the name in the event, the TlsCertificateName of the connector.
    assert.deepEqual(find(items, 'event-certificate-connector', 'EX01-events.txt')!.range.start, { line: 10, character: 78 });
    assert.deepEqual(find(items, 'event-certificate-connector', 'EX01-receive-connectors.txt')!.range.start, { line: 10, character: 21 });
  });

  it('the open event file: its findings, a hover on the event, one symbol per event, folding', async () => {
    const events = uri('EX01-events.txt');
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: events, languageId: 'exchange-format-list', version: 1, text: readFileSync(resolve(FOLDER, 'EX01-events.txt'), 'utf8') },
    });
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: events } })) as { items: Diag[] };
    assert.deepEqual(report.items.map((d) => d.code).sort(), ['event-certificate-connector', 'event-starttls-certificate']);
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: events }, position: { line: 3, character: 16 } })) as {
      contents: { value: string };
    };
    assert.match(hover.contents.value, /\*\*Event 12014\*\* · MSExchangeFrontEndTransport · `CannotLoadSTARTTLSCertificateFromStore`/);
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: events } })) as {
      name: string;
      detail?: string;
    }[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['12014 MSExchangeFrontEndTransport'],
    );
    const folding = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: events } })) as {
      startLine: number;
      endLine: number;
    }[];
    assert.ok(
      folding.some((f) => f.startLine === 0 && f.endLine > 20),
      JSON.stringify(folding),
    );
  });
});
