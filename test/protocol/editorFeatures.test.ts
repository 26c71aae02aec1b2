// The editor features over the protocol, as VS Code asks for them (client commands, snippet edits) and as a
// plain client does: quick fixes (fix all of a rule, one script of every fix, suppress for the line or the file
// with the cursor on the reason, the rule's page), completion, hovers, outline and the trust map.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestServer } from '../helpers/lspClient';

const E2E = resolve('test/e2e/workspace');
const DUMP = readFileSync('test/grammar/fixtures/send-connectors.txt', 'utf8');
const EXPIRED = readFileSync('test/fixtures/synthetic-edgesubscription-expired-cert.xml', 'utf8');
const SCRIPT = readFileSync(resolve(E2E, 'harden-relays.ps1'), 'utf8');
const VSCODE_COMMANDS = ['exchangeTransport.copyToClipboard', 'exchangeTransport.showRuleDocs'];

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Diag {
  code: string;
  message: string;
  severity: number;
  range: Range;
  data?: { fixes?: { title: string; command?: string }[] };
}
interface Action {
  title: string;
  isPreferred?: boolean;
  command?: { command: string; arguments: unknown[] };
  edit?: {
    changes?: Record<string, { range: Range; newText: string }[]>;
    documentChanges?: { textDocument: { uri: string }; edits: { range: Range; snippet: { kind: string; value: string } }[] }[];
  };
}
interface Completion {
  label: string;
  kind: number;
  insertTextFormat?: number;
  textEdit: { newText: string; range: Range };
  command?: { command: string };
}

async function initialize(server: TestServer, vscodeLike: boolean, folder?: string) {
  await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder ? pathToFileURL(folder).href : null,
    workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'ws' }] : null,
    ...(vscodeLike ? { initializationOptions: { commands: VSCODE_COMMANDS } } : {}),
    capabilities: {
      workspace: { configuration: true, ...(vscodeLike ? { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } : {}) },
      textDocument: { diagnostic: {}, publishDiagnostics: { relatedInformation: true } },
    },
  });
  await server.connection.sendNotification('initialized', {});
}

let version = 1;
async function open(server: TestServer, uri: string, text: string, languageId: string): Promise<Diag[]> {
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: version++, text } });
  return ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diag[] }).items;
}

async function change(server: TestServer, uri: string, text: string): Promise<Diag[]> {
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: version++ }, contentChanges: [{ text }] });
  return ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diag[] }).items;
}

function actions(server: TestServer, uri: string, d: Diag): Promise<Action[]> {
  return server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as Promise<
    Action[]
  >;
}

/** Applies LSP text edits (same document, no overlaps) to a text. */
function apply(text: string, edits: { range: Range; newText: string }[]): string {
  const lines = text.split(/(?<=\n)/);
  const offset = (p: Range['start']) => lines.slice(0, p.line).join('').length + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

describe('quick fixes for a client like VS Code (client commands, snippet edits)', () => {
  let server: TestServer;
  before(async () => {
    server = startServer();
    await initialize(server, true);
  });
  after(async () => {
    await server.close();
  });

  it('fixes all of one rule in a script at once', async () => {
    const uri = 'file:///tmp/ws/harden-relays.ps1';
    const diags = await open(server, uri, SCRIPT, 'powershell');
    const ignore = diags.filter((d) => d.code === 'ignore-starttls');
    assert.equal(ignore.length, 2);
    const all = (await actions(server, uri, ignore[0])).find((a) => a.title === 'Fix all 2 ignore-starttls problems in this file');
    assert.ok(all?.edit?.changes, JSON.stringify((await actions(server, uri, ignore[0])).map((a) => a.title)));
    const fixed = apply(SCRIPT, all.edit.changes[uri]);
    assert.equal(fixed.match(/-IgnoreSTARTTLS \$false/g)?.length, 2);
    assert.deepEqual(
      (await change(server, uri, fixed)).map((d) => d.code),
      [],
    );
  });

  it("copies every fix of a dump as one script, each command under its fix's title", async () => {
    const uri = 'file:///tmp/ws/send-connectors.txt';
    const diags = await open(server, uri, DUMP, 'exchange-format-list');
    const withCommands = diags.filter((d) => d.data?.fixes?.[0]?.command);
    assert.ok(withCommands.length >= 2, JSON.stringify(diags.map((d) => d.code)));
    const list = await actions(
      server,
      uri,
      diags.find((d) => d.code === 'ignore-starttls')!,
    );
    const all = list.find((a) => a.title === `Copy all ${withCommands.length} fixes in this file as one script`);
    assert.equal(all?.command?.command, 'exchangeTransport.copyToClipboard', JSON.stringify(list.map((a) => a.title)));
    const script = String(all.command.arguments[0]);
    for (const d of withCommands) {
      const fix = d.data!.fixes![0];
      assert.ok(script.includes(`${fix.title}\n${fix.command}\n`), `${d.code}: ${fix.command} under its title`);
    }
    const preferred = list.find((a) => a.isPreferred);
    assert.equal(preferred?.command?.arguments[0], 'Set-SendConnector -Identity "Legacy Relay" -IgnoreSTARTTLS $false');
  });

  it('suppresses for the line with a snippet edit: the cursor lands on the reason', async () => {
    const uri = 'file:///tmp/ws/send-connectors.txt';
    const diags = ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diag[] }).items;
    const ignore = diags.find((d) => d.code === 'ignore-starttls')!;
    const action = (await actions(server, uri, ignore)).find((a) => a.title === 'Suppress ignore-starttls for this line')!;
    const change = action.edit?.documentChanges?.[0];
    assert.equal(change?.textDocument.uri, uri);
    assert.equal(change.edits[0].snippet.kind, 'snippet');
    assert.equal(change.edits[0].snippet.value, '# exchange-transport-disable-next-line ignore-starttls -- ${1:reason}\r\n');
    assert.equal(action.edit?.changes, undefined);
  });

  it('suppresses for the file below the XML declaration, and the finding is gone', async () => {
    const uri = 'file:///tmp/ws/Edge02.xml';
    const diags = await open(server, uri, EXPIRED, 'xml');
    const expired = diags.find((d) => d.code === 'certificate-expired')!;
    const action = (await actions(server, uri, expired)).find((a) => a.title === 'Suppress certificate-expired for this file')!;
    const edit = action.edit!.documentChanges![0].edits[0];
    assert.equal(edit.range.start.line, 1, 'after <?xml ...?>');
    assert.equal(edit.snippet.value, '<!-- exchange-transport-disable-file certificate-expired -- ${1:reason} -->\r\n');
    const after = await change(server, uri, apply(EXPIRED, [{ range: edit.range, newText: edit.snippet.value.replace('${1:reason}', 'lab Edge') }]));
    assert.ok(!after.some((d) => d.code === 'certificate-expired' || d.code.startsWith('suppression-')), JSON.stringify(after.map((d) => d.code)));
    // A second rule for the file joins the same comment.
    const weak = after.find((d) => d.code === 'certificate-weak-key')!;
    const join = (await actions(server, uri, weak)).find((a) => a.title === 'Suppress certificate-weak-key for this file')!;
    assert.deepEqual(
      join.edit?.changes?.[uri]?.map((e) => e.newText),
      [', certificate-weak-key'],
    );
  });

  it("opens the rule's page, which the extension ships", async () => {
    const uri = 'file:///tmp/ws/send-connectors.txt';
    const diags = ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diag[] }).items;
    for (const d of diags) {
      const docs = (await actions(server, uri, d)).find((a) => a.command?.command === 'exchangeTransport.showRuleDocs');
      assert.equal(docs?.title, `Show documentation for ${d.code}`);
      assert.deepEqual(docs.command?.arguments, [d.code]);
      assert.ok(existsSync(`docs/rules/${d.code}.md`), d.code);
    }
    assert.match(readFileSync('.vscodeignore', 'utf8'), /^!docs\/rules\/\*\.md$/m);
  });
});

describe('quick fixes for a plain client (no client commands, no snippet edits)', () => {
  let server: TestServer;
  before(async () => {
    server = startServer();
    await initialize(server, false);
  });
  after(async () => {
    await server.close();
  });

  it('offers only what it can apply: edits, with a visible placeholder for the reason', async () => {
    const uri = 'file:///tmp/ws/send-connectors.txt';
    const diags = await open(server, uri, DUMP, 'exchange-format-list');
    const list = await actions(
      server,
      uri,
      diags.find((d) => d.code === 'ignore-starttls')!,
    );
    assert.ok(list.length > 0);
    assert.ok(
      list.every((a) => a.command === undefined && a.edit?.changes),
      JSON.stringify(list.map((a) => a.title)),
    );
    const suppress = list.find((a) => a.title === 'Suppress ignore-starttls for this line')!;
    assert.equal(suppress.edit!.changes![uri][0].newText, '# exchange-transport-disable-next-line ignore-starttls -- <reason>\r\n');
  });
});

describe('completion, hover and outline', () => {
  let server: TestServer;
  const uri = 'file:///tmp/ws/c.txt';
  const lines = DUMP.split('\r\n');
  const ignoreLine = lines.findIndex((l) => /^IgnoreSTARTTLS\s+: True/.test(l));
  before(async () => {
    server = startServer();
    await initialize(server, true);
  });
  after(async () => {
    await server.close();
  });

  const complete = (u: string, line: number, character: number) =>
    server.connection.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line, character } }) as Promise<Completion[]>;

  it('where a value belongs: the values, never a suppression snippet', async () => {
    const text = [...lines.slice(0, ignoreLine), 'IgnoreSTARTTLS               : ', ...lines.slice(ignoreLine + 1)].join('\r\n');
    await open(server, uri, text, 'exchange-format-list');
    const items = await complete(uri, ignoreLine, 'IgnoreSTARTTLS               : '.length);
    assert.deepEqual(
      items.map((i) => i.label),
      ['True', 'False'],
    );
  });

  it('a property name brings its values at once: the item asks the editor to suggest again', async () => {
    const text = [...lines.slice(0, ignoreLine), '', ...lines.slice(ignoreLine + 1)].join('\r\n');
    await change(server, uri, text);
    const items = await complete(uri, ignoreLine, 0);
    const name = items.find((i) => i.label === 'IgnoreSTARTTLS');
    assert.equal(name?.textEdit.newText, 'IgnoreSTARTTLS               : ');
    assert.equal(name?.command?.command, 'editor.action.triggerSuggest');
    const inserted = [...lines.slice(0, ignoreLine), name.textEdit.newText, ...lines.slice(ignoreLine + 1)].join('\r\n');
    await change(server, uri, inserted);
    assert.deepEqual(
      (await complete(uri, ignoreLine, name.textEdit.newText.length)).map((i) => i.label),
      ['True', 'False'],
    );
  });

  it('on a blank line: suppression comments as snippets in the file’s comment syntax, after the properties', async () => {
    const text = [...lines.slice(0, ignoreLine), '', ...lines.slice(ignoreLine)].join('\r\n');
    await change(server, uri, text);
    const items = await complete(uri, ignoreLine, 0);
    const snippets = items.filter((i) => i.insertTextFormat === 2);
    assert.deepEqual(
      snippets.map((s) => s.label),
      ['exchange-transport-disable-next-line', 'exchange-transport-disable-line', 'exchange-transport-disable', 'exchange-transport-disable-file'],
    );
    assert.equal(snippets[0].textEdit.newText, '# exchange-transport-disable-next-line ${1:rule-id} -- ${2:reason}$0');
    assert.ok(items.indexOf(snippets[0]) > 0, 'property names first');
    // In XML, between elements: XML comments; inside a value: nothing.
    const xmlUri = 'file:///tmp/ws/sub.xml';
    const xml = EXPIRED.replace('  <ESRAUsername>', '\r\n  <ESRAUsername>');
    await open(server, xmlUri, xml, 'xml');
    const blank = xml.split('\r\n').findIndex((l) => l === '');
    const xmlItems = await complete(xmlUri, blank, 0);
    assert.equal(xmlItems[0]?.textEdit.newText, '<!-- exchange-transport-disable-next-line ${1:rule-id} -- ${2:reason} -->$0');
    const durLine = xml.split('\r\n').findIndex((l) => l.includes('<Duration>'));
    assert.deepEqual(await complete(xmlUri, durLine, xml.split('\r\n')[durLine].indexOf('<Duration>') + 12), []);
  });

  it('hover: the decoded value first, then the property; no paragraph twice, no finding repeated', async () => {
    const huri = 'file:///tmp/ws/h.txt';
    const bad = DUMP.replace(/Port(\s+): 25/, 'Port$1: 70000');
    const diags = await open(server, huri, bad, 'exchange-format-list');
    const invalid = diags.find((d) => d.code === 'invalid-value');
    assert.ok(invalid, JSON.stringify(diags.map((d) => d.code)));
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: huri }, position: invalid.range.start })) as {
      contents: { value: string };
    };
    const paragraphs = hover.contents.value.split('\n\n');
    assert.equal(new Set(paragraphs).size, paragraphs.length);
    assert.ok(!hover.contents.value.includes(invalid.message), hover.contents.value);
    assert.match(paragraphs[0], /^\*\*Port\*\* · send connector/);
    const timeoutLine = bad.split('\r\n').findIndex((l) => l.startsWith('ConnectionInactivityTimeOut'));
    const t = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: huri }, position: { line: timeoutLine, character: 32 } })) as {
      contents: { value: string };
    };
    const tp = t.contents.value.split('\n\n');
    assert.match(tp[1], /^Value: 10 min \(00:10:00\)/, 'the decoded value right after the heading');
    // The certificate table of a subscription comes before what the element is.
    const xh = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: 'file:///tmp/ws/sub.xml' },
      position: { line: 4, character: 40 },
    })) as {
      contents: { value: string };
    };
    assert.ok(xh.contents.value.indexOf('| Subject |') < xh.contents.value.indexOf("The Edge's"), xh.contents.value);
  });

  it('outline: each object is named by its Name, and its selection (sticky scroll, breadcrumbs) is the Name line', async () => {
    const suri = 'file:///tmp/ws/s.txt';
    await open(server, suri, DUMP, 'exchange-format-list');
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: suri } })) as {
      name: string;
      range: Range;
      selectionRange: Range;
    }[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Internet', 'To Fabrikam (TLS)', 'Legacy Relay', 'Outbound to Office 365 - 6f1c'],
    );
    for (const s of symbols) {
      assert.match(lines[s.selectionRange.start.line], /^Name\s+:/);
      assert.match(lines[s.range.start.line], /^RunspaceId/);
    }
  });
});

describe('the trust map agrees with the findings', () => {
  let server: TestServer;
  before(async () => {
    server = startServer();
    await initialize(server, true, E2E);
  });
  after(async () => {
    await server.close();
  });

  it('an expired Edge certificate is a broken link, with its findings linked to their pages and its dates', async () => {
    const map = (await server.connection.sendRequest('exchangeTransport/trustMap')) as { html: string; markdown: string };
    const rows = map.html.match(/<tr class="[a-z]+" data-status[\s\S]*?<\/tr>/g) ?? [];
    const sub = rows.find((r) => r.includes('Hubs (AD)'));
    assert.ok(sub, map.html);
    assert.match(sub, /^<tr class="broken"/);
    assert.match(sub, /<td class="node">EDGE02<\/td>/);
    assert.match(sub, /href="command:exchangeTransport\.showRuleDocs\?%5B%22certificate-expired%22%5D">certificate-expired<\/a>/);
    assert.match(sub, /Edge certificate CN=EDGE02 expired <time>2019-01-10<\/time>/);
    // The EdgeSync connector runs on two Edges: one row.
    const internet = rows.filter((r) => r.includes('EdgeSync - Default-First-Site-Name to Internet'));
    assert.equal(internet.length, 1);
    assert.match(internet[0], /<td class="node">EDGE01, EDGE02<\/td>/);
  });

  it('every error and warning of the files a link goes through is on the link, as the workspace pull reports it', async () => {
    const map = (await server.connection.sendRequest('exchangeTransport/trustMap')) as { markdown: string };
    const ws = (await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as { items: { uri: string; items: Diag[] }[] };
    const sub = ws.items.find((i) => i.uri.endsWith('edge-expired-cert.xml'))!;
    const row = map.markdown.split('\n').find((l) => l.includes('| EDGE02 | Hubs (AD) |'))!;
    for (const d of sub.items.filter((x) => x.severity <= 2)) {
      assert.ok(row.includes(`[${d.code}](`) && row.includes(d.message.replace(/\|/g, '\\|')), `${d.code} on the link`);
    }
    assert.ok(!row.includes('subscription-credentials'), 'information findings do not colour a link');
  });
});
