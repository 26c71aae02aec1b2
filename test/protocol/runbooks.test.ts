// The editor side of collector bundles and runbooks: in a workspace holding EX01's bundle folder and EDGE01's, the
// expired Edge certificate offers "Create runbook: renew the Edge certificate of EDGE01", whose command opens the
// runbook's Markdown, filled in from both bundles (the Mailbox server and site come from EX01's). Only clients that
// run the command get it.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestServer } from '../helpers/lspClient';

const BUNDLES = resolve('test/fixtures/bundles');
const OPEN_RUNBOOK = 'exchangeTransport.openRunbook';

interface Diag {
  code: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface Action {
  title: string;
  command?: { command: string; arguments: unknown[] };
}

async function session(commands: string[]): Promise<{ server: TestServer; titles: string[]; markdown?: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ext-runbooks-'));
  cpSync(BUNDLES, dir, { recursive: true });
  const server = startServer();
  await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
    initializationOptions: { commands },
    capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } },
  });
  await server.connection.sendNotification('initialized', {});
  const path = join(dir, 'EDGE01', 'config', 'certificates.json');
  const uri = pathToFileURL(path).href;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text: readFileSync(path, 'utf8') } });
  const diags = ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diag[] }).items;
  const expired = diags.find((d) => d.code === 'certificate-expired');
  assert.ok(expired, JSON.stringify(diags.map((d) => d.code)));
  const actions = (await server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: expired.range,
    context: { diagnostics: [expired] },
  })) as Action[];
  const runbook = actions.find((a) => a.command?.command === OPEN_RUNBOOK);
  return { server, titles: actions.map((a) => a.title), ...(runbook ? { markdown: String(runbook.command!.arguments[0]) } : {}) };
}

describe('runbooks in the editor', () => {
  const servers: TestServer[] = [];
  after(async () => {
    for (const s of servers) await s.close();
  });

  it('offers "Create runbook" on the expired Edge certificate, filled in from both bundles', async () => {
    const s = await session(['exchangeTransport.copyToClipboard', OPEN_RUNBOOK]);
    servers.push(s.server);
    assert.ok(s.titles.includes('Create runbook: renew the Edge certificate of EDGE01'), s.titles.join('\n'));
    assert.match(s.markdown ?? '', /^# Renew the Edge certificate of EDGE01/);
    for (const name of ['EX01', 'Site-A', '157119776CBCACDCA87C66F4DD2F42860B50DDAE']) assert.ok(s.markdown!.includes(name), name);
  });

  it('offers none to a client that cannot open it', async () => {
    const s = await session(['exchangeTransport.copyToClipboard']);
    servers.push(s.server);
    assert.ok(!s.titles.some((t) => t.startsWith('Create runbook')), s.titles.join('\n'));
    const map = (await s.server.connection.sendRequest('exchangeTransport/trustMap')) as { html: string };
    assert.doesNotMatch(map.html, /exchangeTransport\.openRunbook/);
  });

  it("links the trust map findings that start a runbook to it, each opening that runbook's Markdown", async () => {
    const s = await session(['exchangeTransport.copyToClipboard', OPEN_RUNBOOK]);
    servers.push(s.server);
    const map = (await s.server.connection.sendRequest('exchangeTransport/trustMap')) as { html: string };
    const links = [...map.html.matchAll(/<a class="runbook" href="command:exchangeTransport\.openRunbook\?([^"]+)">([^<]+)<\/a>/g)];
    assert.ok(links.length > 0, 'no runbook link in the trust map');
    for (const [, arg, title] of links) {
      const [markdown] = JSON.parse(decodeURIComponent(arg.replace(/&amp;/g, '&'))) as string[];
      // "Create runbook: renew the OAuth certificate" opens "# Renew the OAuth certificate ...".
      const heading = title.replace(/^Create runbook: (.)/, (_, c: string) => `# ${c.toUpperCase()}`);
      assert.ok(markdown.startsWith(heading), `${title}: ${markdown.slice(0, 80)}`);
    }
  });
});
