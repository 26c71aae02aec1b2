// Spawns the built server over stdio and speaks LSP to it: pull and push diagnostics, hover, symbols, edits.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, type TestServer } from '../helpers/lspClient';

const EXPIRED = readFileSync('test/fixtures/synthetic-edgesubscription-expired-cert.xml', 'utf8');
const URI = 'file:///tmp/ws/Edge.xml';

interface LspDiag {
  code: string;
  severity: number;
  range: { start: { line: number; character: number } };
  codeDescription?: { href: string };
  source?: string;
}

async function initialize(server: TestServer, pull: boolean) {
  const result = (await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: 'file:///tmp/ws',
    // As the VS Code client says: it runs the copy command.
    initializationOptions: { commands: ['exchangeTransport.copyToClipboard', 'exchangeTransport.showRuleDocs'] },
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { relatedInformation: true },
        ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
    },
  })) as { capabilities: Record<string, unknown> };
  await server.connection.sendNotification('initialized', {});
  return result;
}

function open(server: TestServer, uri: string, text: string, version = 1) {
  return server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version, text } });
}

async function pull(server: TestServer, uri: string): Promise<LspDiag[]> {
  const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: LspDiag[] };
  assert.equal(report.kind, 'full');
  return report.items;
}

describe('pull diagnostics client', () => {
  let server: TestServer;
  before(() => {
    server = startServer();
  });
  after(async () => {
    await server.close();
    assert.equal(server.process.exitCode, 0, server.stderr());
  });

  it('initialize advertises pull diagnostics, incremental sync, hover and symbols', async () => {
    const r = await initialize(server, true);
    assert.deepEqual(r.capabilities.diagnosticProvider, { interFileDependencies: true, workspaceDiagnostics: true });
    assert.deepEqual(r.capabilities.textDocumentSync, { openClose: true, change: 2, save: false });
    assert.equal(r.capabilities.hoverProvider, true);
    assert.equal(r.capabilities.documentSymbolProvider, true);
  });

  it('didOpen + textDocument/diagnostic returns the expired certificate as an error with a docs link', async () => {
    await open(server, URI, EXPIRED);
    const items = await pull(server, URI);
    const expired = items.find((d) => d.code === 'certificate-expired');
    assert.ok(expired, JSON.stringify(items.map((d) => d.code)));
    assert.equal(expired.severity, 1);
    assert.equal(expired.range.start.line, 4);
    assert.equal(expired.source, 'exchange-transport');
    assert.match(expired.codeDescription!.href, /docs\/rules\/certificate-expired\.md$/);
    assert.deepEqual(items.map((d) => d.code).sort(), [
      'certificate-expired',
      'certificate-weak-key',
      'certificate-weak-signature',
      'subscription-credentials',
      'subscription-expired',
    ]);
  });

  it('hover on the certificate shows its subject and thumbprint; the password hover hides it', async () => {
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 4, character: 40 } })) as {
      contents: { kind: string; value: string };
    };
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /CN=EDGE02/);
    assert.match(hover.contents.value, /7B71D4784433C7D9DDFC5DBF8BFD81DFC14FFBE1/);
    const pw = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 6, character: 20 } })) as {
      contents: { value: string };
    };
    assert.match(pw.contents.value, /hidden/);
    assert.doesNotMatch(pw.contents.value, /uvvhN8ob4W8/);
  });

  it('document symbols list the elements under the root', async () => {
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as {
      name: string;
      children: { name: string; detail?: string }[];
    }[];
    assert.equal(symbols[0].name, 'EdgeSubscriptionData');
    assert.equal(symbols[0].children.length, 12);
    assert.equal(symbols[0].children.find((c) => c.name === 'ESRAPassword')?.detail, '(hidden)');
  });

  it('an incremental didChange is applied: fixing the port and breaking the Duration', async () => {
    const lines = EXPIRED.split('\r\n');
    const durLine = lines.findIndex((l) => l.includes('<Duration>'));
    const start = lines[durLine].indexOf('1200000000');
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: durLine, character: start }, end: { line: durLine, character: start + 10 } }, text: '12' }],
    });
    const items = await pull(server, URI);
    const invalid = items.find((d) => d.code === 'subscription-invalid-value');
    assert.ok(invalid);
    assert.equal(invalid.range.start.line, durLine);
  });

  it('other XML gets no diagnostics and no hover', async () => {
    const uri = 'file:///tmp/ws/pom.xml';
    await open(server, uri, '<project>\n  <modelVersion>4.0.0</modelVersion>\n</project>\n');
    assert.deepEqual(await pull(server, uri), []);
    assert.equal(await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 5 } }), null);
  });

  it('survives garbage: random text, a DOCTYPE bomb, a huge line', async () => {
    const uri = 'file:///tmp/ws/bad.xml';
    await open(server, uri, '<EdgeSubscriptionData>\u0000\u0001<<<&&&');
    assert.deepEqual(
      (await pull(server, uri)).map((d) => d.code),
      ['xml-syntax'],
    );
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: '<!DOCTYPE a [<!ENTITY x "y">]><EdgeSubscriptionData>&x;</EdgeSubscriptionData>' }],
    });
    assert.deepEqual(
      (await pull(server, uri)).map((d) => d.code),
      ['xml-syntax'],
    );
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: `<EdgeSubscriptionData><EdgeServerName>${'A'.repeat(2_000_000)}</EdgeServerName></EdgeSubscriptionData>` }],
    });
    const codes = (await pull(server, uri)).map((d) => d.code);
    assert.ok(codes.includes('subscription-missing-element'));
  });
});

describe('push diagnostics client (no pull capability) with settings', () => {
  let server: TestServer;
  before(() => {
    server = startServer({ rules: { 'subscription-credentials': 'off', 'certificate-weak-key': 'warning' } });
  });
  after(async () => {
    await server.close();
  });

  it('publishes diagnostics after didOpen, honouring the rule settings', async () => {
    const r = await initialize(server, false);
    assert.equal(r.capabilities.diagnosticProvider, undefined);
    const pushed = server.nextPush(URI);
    await open(server, URI, EXPIRED);
    const p = await pushed;
    const codes = p.diagnostics.map((d) => d.code).sort();
    assert.deepEqual(codes, ['certificate-expired', 'certificate-weak-key', 'certificate-weak-signature', 'subscription-expired']);
    assert.equal(p.diagnostics.find((d) => d.code === 'certificate-weak-key')?.severity, 2);
  });

  it('clears diagnostics when the document closes', async () => {
    // A push of the open document may still be on its way (the start's workspace scan pushes open documents
    // again): the close's own push is the empty one.
    const cleared = (async () => {
      for (let i = 0; i < 3; i++) if ((await server.nextPush(URI)).diagnostics.length === 0) return;
      assert.fail('no empty push after the close');
    })();
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    await cleared;
  });
});

describe('quick fixes and completion over the protocol', () => {
  let server: TestServer;
  const dumpUri = 'file:///tmp/ws/send-connectors.txt';
  const DUMP = readFileSync('test/grammar/fixtures/send-connectors.txt', 'utf8');
  before(() => {
    server = startServer();
  });
  after(async () => {
    await server.close();
  });

  it('offers copy-the-fix, insert-as-comment and suppress-this-line for ignore-starttls, and applies the suppression', async () => {
    await initialize(server, true);
    await open(server, dumpUri, DUMP);
    const items = (await pull(server, dumpUri)) as (LspDiag & { data?: { fixes?: { command?: string }[] }; message: string })[];
    const ignore = items.find((d) => d.code === 'ignore-starttls')!;
    assert.equal(ignore.data?.fixes?.[0].command, 'Set-SendConnector -Identity "Legacy Relay" -IgnoreSTARTTLS $false');
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: dumpUri },
      range: ignore.range,
      context: { diagnostics: [ignore] },
    })) as {
      title: string;
      command?: { command: string; arguments: string[] };
      edit?: { changes: Record<string, { range: { start: { line: number } }; newText: string }[]> };
    }[];
    const copy = actions.find((a) => a.command?.command === 'exchangeTransport.copyToClipboard');
    assert.deepEqual(copy?.command?.arguments, ['Set-SendConnector -Identity "Legacy Relay" -IgnoreSTARTTLS $false']);
    assert.ok(actions.some((a) => a.title.startsWith('Insert as a comment: Set-SendConnector')));
    const suppress = actions.find((a) => a.title === 'Suppress ignore-starttls for this line');
    const edit = suppress!.edit!.changes[dumpUri][0];
    assert.equal(edit.range.start.line, ignore.range.start.line);
    assert.equal(edit.newText, '# exchange-transport-disable-next-line ignore-starttls -- <reason>\r\n');
    // Apply it as the client would, and check the finding is gone.
    const lines = DUMP.split('\r\n');
    lines.splice(edit.range.start.line, 0, edit.newText.replace(/\r\n$/, ''));
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: dumpUri, version: 2 },
      contentChanges: [{ text: lines.join('\r\n') }],
    });
    const after = await pull(server, dumpUri);
    assert.ok(!after.some((d) => d.code === 'ignore-starttls'));
    assert.ok(!after.some((d) => d.code === 'suppression-unused'));
  });

  it('completes rule ids inside a suppression comment', async () => {
    const uri = 'file:///tmp/ws/c.txt';
    await open(server, uri, DUMP.replace('\r\n\r\nRunspaceId', '\r\n# exchange-transport-disable-next-line ignore-st\r\nRunspaceId'));
    const result = (await server.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 1, character: '# exchange-transport-disable-next-line ignore-st'.length },
    })) as { label: string }[];
    assert.deepEqual(
      result.map((i) => i.label),
      ['ignore-starttls'],
    );
  });
});
