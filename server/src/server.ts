// Language server: wires the engine to LSP. Runs over IPC (VS Code) or --stdio (other editors).
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, ResponseError, LSPErrorCodes,
  DocumentDiagnosticReportKind, DidChangeConfigurationNotification, type InitializeResult, type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, LintCancelled, type TextInput } from './service';
import { toLspCompletion, toLspDiagnostic, toLspSymbol } from './lsp/convert';
import { SettingsCache } from './lsp/settings';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createLanguageService();

let pullDiagnostics = false;
let configurationPull = false;
let relatedInformation = false;
const settings = new SettingsCache(connection, () => configurationPull);

// The engine never sees connection objects; all errors stop here so one bad file cannot take the server down.
function guard<T>(what: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof LintCancelled) throw err;
    connection.console.error(`${what} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return fallback;
  }
}

function input(doc: TextDocument): TextInput {
  return { uri: doc.uri, text: doc.getText(), version: doc.version };
}

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  pullDiagnostics = Boolean(caps.textDocument?.diagnostic);
  configurationPull = Boolean(caps.workspace?.configuration);
  relatedInformation = Boolean(caps.textDocument?.publishDiagnostics?.relatedInformation) || pullDiagnostics;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      documentSymbolProvider: true,
      completionProvider: { triggerCharacters: [':', ',', ' '] },
      foldingRangeProvider: true,
      ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'exchange-transport', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (configurationPull) {
    // Asks the client to notify us of setting changes (pull clients send no settings otherwise).
    connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
  }
});

async function diagnosticsFor(doc: TextDocument, isCancelled?: () => boolean) {
  const s = await settings.get(doc.uri);
  if (!s.enable) return [];
  const diags = guard('validation', [], () => service.validate(input(doc), { ...s.lint, now: new Date() }, isCancelled));
  return diags.map((d) => toLspDiagnostic(d, doc.uri, relatedInformation));
}

// Pull model (VS Code and most current clients).
connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  try {
    const items = await diagnosticsFor(doc, () => token.isCancellationRequested);
    return { kind: DocumentDiagnosticReportKind.Full, items };
  } catch (err) {
    if (err instanceof LintCancelled) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'validation cancelled', { retriggerRequest: true });
    throw err;
  }
});

// Push model for clients without pull support: debounced per document.
const pending = new Map<string, ReturnType<typeof setTimeout>>();
const PUSH_DELAY_MS = 200;

function schedulePush(doc: TextDocument, delay = PUSH_DELAY_MS): void {
  if (pullDiagnostics) return;
  clearTimeout(pending.get(doc.uri));
  pending.set(doc.uri, setTimeout(async () => {
    pending.delete(doc.uri);
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return;
    const diagnostics = await diagnosticsFor(current);
    await connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
  }, delay));
}

documents.onDidOpen((e) => schedulePush(e.document, 0));
documents.onDidChangeContent((e) => schedulePush(e.document));
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  service.forget(e.document.uri);
  settings.forget(e.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => undefined);
  else for (const doc of documents.all()) schedulePush(doc, 0);
});

connection.onHover(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const s = await settings.get(doc.uri);
  if (!s.enable) return null;
  const hover = guard('hover', undefined, () => service.hover(input(doc), params.position, { ...s.lint, now: new Date() }));
  return hover ? { contents: { kind: 'markdown', value: hover.contents }, range: hover.range } : null;
});

connection.onCompletion((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  return guard('completion', [], () => service.completions(input(doc), params.position).map(toLspCompletion));
});

connection.onFoldingRanges((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  return guard('folding', [], () => service.foldingRanges(input(doc)));
});

connection.onDocumentSymbol((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  return guard('document symbols', [], () => service.documentSymbols(input(doc)).map(toLspSymbol));
});

process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err.stack ?? err.message}`));
process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${String(err)}`));

documents.listen(connection);
connection.listen();
