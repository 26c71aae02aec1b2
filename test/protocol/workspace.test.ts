// Cross-file checks through the protocol: a workspace where the Edge certificate was renewed after the
// subscription file was made. The finding must reach the closed file (workspace pull) and the open one.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestServer } from '../helpers/lspClient';

const FOLDER = resolve('test/fixtures/workspace-stale');
const folderUri = pathToFileURL(FOLDER).href;
const subUri = pathToFileURL(resolve(FOLDER, 'Edge01.xml')).href;
const certsUri = pathToFileURL(resolve(FOLDER, 'edge01-certificates.txt')).href;

interface Diag {
  code: string;
  range: { start: { line: number } };
  relatedInformation?: { location: { uri: string } }[];
}
interface WsReport {
  uri: string;
  kind: string;
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

describe('workspace with a stale subscription', () => {
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

  it('reports subscription-certificate-stale on the closed subscription file, linked to the certificate export', async () => {
    const items = await pollWorkspace(server, (r) => r.some((i) => i.uri === subUri && i.items?.some((d) => d.code === 'subscription-certificate-stale')));
    const sub = items.find((i) => i.uri === subUri);
    assert.ok(sub, `no report for ${subUri}: ${JSON.stringify(items.map((i) => i.uri))}`);
    const stale = sub.items?.find((d) => d.code === 'subscription-certificate-stale');
    assert.ok(stale, JSON.stringify(sub.items?.map((d) => d.code)));
    assert.equal(stale.range.start.line, 4);
    assert.equal(stale.relatedInformation?.[0].location.uri, certsUri);
  });

  it('keeps the finding when the subscription file is opened (document pull)', async () => {
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: subUri, languageId: 'xml', version: 1, text: readFileSync(resolve(FOLDER, 'Edge01.xml'), 'utf8') },
    });
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: subUri } })) as { items: Diag[] };
    assert.ok(
      report.items.some((d) => d.code === 'subscription-certificate-stale'),
      JSON.stringify(report.items.map((d) => d.code)),
    );
  });

  it('Exchange: Lint Workspace re-reads the folder and counts the findings; the status notification names the file kind', async () => {
    const statuses: { uri: string; kind: string; ms: number }[] = [];
    server.connection.onNotification('exchangeTransport/status', (p: { uri: string; kind: string; ms: number }) => {
      statuses.push(p);
    });
    const r = (await server.connection.sendRequest('exchangeTransport/lintWorkspace')) as { files: number; problems: number };
    assert.equal(r.files, 3);
    assert.ok(r.problems >= 3, JSON.stringify(r));
    await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: subUri } });
    const status = statuses.find((x) => x.uri === subUri);
    assert.equal(status?.kind, 'edge-subscription');
    assert.ok(typeof status?.ms === 'number' && status.ms >= 0);
  });

  it('drops the finding once the open certificate export shows the subscribed certificate enabled for SMTP', async () => {
    const fixed = readFileSync(resolve(FOLDER, 'edge01-certificates.txt'), 'utf8').replace(/Services(\s+): IMAP, POP(\r?\n)/, 'Services$1: IMAP, POP, SMTP$2');
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: certsUri, languageId: 'exchange-format-list', version: 1, text: fixed },
    });
    const deadline = Date.now() + 5000;
    let codes: string[] = [];
    while (Date.now() < deadline) {
      const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: subUri } })) as { items: Diag[] };
      codes = report.items.map((d) => d.code);
      if (!codes.includes('subscription-certificate-stale')) break;
      await new Promise((res) => setTimeout(res, 50));
    }
    assert.ok(!codes.includes('subscription-certificate-stale'), JSON.stringify(codes));
  });
});
