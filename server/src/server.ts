// Language server: wires the engine to LSP. Runs over IPC (VS Code) or --stdio (other editors).
// Per-file diagnostics come from the open document; cross-file ones from every file of the workspace
// folders (closed files included, kept current by the client's file watcher).
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  ResponseError,
  LSPErrorCodes,
  DocumentDiagnosticReportKind,
  DidChangeConfigurationNotification,
  FileChangeType,
  CodeActionKind,
  type InitializeResult,
  type DocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { performance } from 'node:perf_hooks';
import { version } from '../../package.json';
import {
  createLanguageService,
  FILE_KIND_LABELS,
  isConfigFileName,
  LintCancelled,
  trustMapHtml,
  trustMapMarkdown,
  type Diagnostic,
  type TextInput,
} from './service';
import { fromLspDiagnostic, toLspCodeAction, toLspCompletion, toLspDiagnostic, toLspSymbol } from './lsp/convert';
import { SettingsCache, type EditorSettings } from './lsp/settings';
import { WorkspaceFiles } from './lsp/workspace';
import { loadPowerShellGrammar } from './io/powershellGrammar';
import { LINT_WORKSPACE_REQUEST, STATUS_NOTIFICATION, TRUST_MAP_REQUEST, type FileStatus, type LintWorkspaceResult, type TrustMapResult } from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createLanguageService();
// Scripts are read with the PowerShell grammar; without it they are reported unreadable (and the reason logged).
const grammar = loadPowerShellGrammar().catch((err) => connection.console.error(`PowerShell grammar not loaded: ${String(err)}`));

let pullDiagnostics = false;
let configurationPull = false;
let relatedInformation = false;
let folders: string[] = [];
const settings = new SettingsCache(connection, () => configurationPull);
let workspaceSettings: EditorSettings | undefined;
const workspace = new WorkspaceFiles(service, () => workspaceSettings?.lint);

/** Cross-file findings by URI, recomputed (debounced) whenever any project file changes. */
let project = new Map<string, Diagnostic[]>();
let projectGeneration = 0;

// The engine never sees connection objects; all errors stop here so one bad file cannot take the server down.
function guard<T>(what: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof LintCancelled) throw err;
    connection.console.error(`${what} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return fallback;
  }
}

function input(doc: TextDocument): TextInput {
  return { uri: doc.uri, text: doc.getText(), version: doc.version };
}

function openInputs(): Map<string, TextInput> {
  return new Map(documents.all().map((d) => [d.uri, input(d)]));
}

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  pullDiagnostics = Boolean(caps.textDocument?.diagnostic);
  configurationPull = Boolean(caps.workspace?.configuration);
  relatedInformation = Boolean(caps.textDocument?.publishDiagnostics?.relatedInformation) || pullDiagnostics;
  folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  settings.folders = folders;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      hoverProvider: true,
      documentSymbolProvider: true,
      completionProvider: { triggerCharacters: [':', ',', ' '] },
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: true } } : {}),
    },
    serverInfo: { name: 'exchange-transport', version },
  };
});

connection.onInitialized(async () => {
  if (configurationPull) {
    // Asks the client to notify us of setting changes (pull clients send no settings otherwise).
    connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
  }
  workspaceSettings = await settings.get(folders[0] ?? 'file:///');
  const started = Date.now();
  const count = await workspace.scan(folders).catch((err) => {
    connection.console.error(`workspace scan failed: ${String(err)}`);
    return 0;
  });
  connection.console.log(`indexed ${count} Exchange transport file(s) in ${folders.length} folder(s) in ${Date.now() - started} ms`);
  await recomputeProject();
});

async function fileDiagnostics(doc: TextInput, s: EditorSettings, isCancelled?: () => boolean): Promise<Diagnostic[]> {
  if (!s.enable || !s.included) return [];
  await grammar;
  return guard('validation', [] as Diagnostic[], () => service.validate(doc, { ...s.lint, now: new Date() }, isCancelled, project.get(doc.uri)));
}

// Pull model (VS Code and most current clients).
connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const resultId = `${doc.version}:${projectGeneration}:${settings.generation}`;
  if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  try {
    const s = await settings.get(doc.uri);
    const started = performance.now();
    const items = await fileDiagnostics(input(doc), s, () => token.isCancellationRequested);
    reportStatus(doc, s, items, performance.now() - started);
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: items.map((d) => toLspDiagnostic(d, doc.uri, relatedInformation)) };
  } catch (err) {
    if (err instanceof LintCancelled) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'validation cancelled', { retriggerRequest: true });
    throw err;
  }
});

/** For the client's language status item: what the file is and how long its validation took. */
function reportStatus(doc: TextDocument, s: EditorSettings, items: Diagnostic[], ms: number): void {
  // The same settings as the validation just done, so its cached analysis is reused, not redone.
  const kind = guard('status', 'unknown' as const, () => service.analyze(input(doc), s.lint).kind);
  const status: FileStatus = {
    uri: doc.uri,
    kind,
    label: FILE_KIND_LABELS[kind],
    ms: Math.round(ms * 100) / 100,
    errors: items.filter((d) => d.severity === 'error').length,
    problems: items.length,
  };
  void connection.sendNotification(STATUS_NOTIFICATION, status);
}

// Workspace pull: the closed files of the workspace folders.
connection.languages.diagnostics.onWorkspace(async (params) => {
  const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
  const open = openInputs();
  const items: WorkspaceDocumentDiagnosticReport[] = [];
  for (const file of workspace.closed(open)) {
    const resultId = `${file.version}:${projectGeneration}:${settings.generation}`;
    if (previous.get(file.uri) === resultId) {
      items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri: file.uri, version: null, resultId });
      continue;
    }
    const diags = await fileDiagnostics(file, await settings.get(file.uri));
    items.push({
      kind: DocumentDiagnosticReportKind.Full,
      uri: file.uri,
      version: null,
      resultId,
      items: diags.map((d) => toLspDiagnostic(d, file.uri, relatedInformation)),
    });
  }
  return { items };
});

let projectTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleProject(delay = 400): void {
  clearTimeout(projectTimer);
  projectTimer = setTimeout(() => void recomputeProject(), delay);
}

async function recomputeProject(): Promise<void> {
  await grammar;
  const s = workspaceSettings;
  if (s && !s.enable) return;
  // Files the configuration excludes take no part in cross-file checks either.
  const inputs: TextInput[] = [];
  for (const i of workspace.inputs(openInputs())) if ((await settings.get(i.uri)).included) inputs.push(i);
  project = guard('cross-file checks', new Map<string, Diagnostic[]>(), () => service.checkProject(inputs, { ...(s?.lint ?? {}), now: new Date() }));
  projectGeneration++;
  if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => undefined);
  else void pushAll();
}

// Push model for clients without pull support: debounced per document.
const pending = new Map<string, ReturnType<typeof setTimeout>>();
const PUSH_DELAY_MS = 200;
const pushedClosed = new Set<string>();

function schedulePush(doc: TextDocument, delay = PUSH_DELAY_MS): void {
  if (pullDiagnostics) return;
  clearTimeout(pending.get(doc.uri));
  pending.set(
    doc.uri,
    setTimeout(async () => {
      pending.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (!current || current.version !== doc.version) return;
      const started = performance.now();
      const s = await settings.get(current.uri);
      const diagnostics = await fileDiagnostics(input(current), s);
      reportStatus(current, s, diagnostics, performance.now() - started);
      await connection.sendDiagnostics({
        uri: current.uri,
        version: current.version,
        diagnostics: diagnostics.map((d) => toLspDiagnostic(d, current.uri, relatedInformation)),
      });
    }, delay),
  );
}

/** Push clients get closed files' cross-file findings too (there is no workspace pull for them). */
async function pushAll(): Promise<void> {
  for (const doc of documents.all()) schedulePush(doc, 0);
  for (const file of workspace.closed(openInputs())) {
    const diags = project.has(file.uri) ? await fileDiagnostics(file, await settings.get(file.uri)) : [];
    if (diags.length === 0 && !pushedClosed.has(file.uri)) continue;
    if (diags.length > 0) pushedClosed.add(file.uri);
    else pushedClosed.delete(file.uri);
    await connection.sendDiagnostics({ uri: file.uri, diagnostics: diags.map((d) => toLspDiagnostic(d, file.uri, relatedInformation)) });
  }
}

documents.onDidOpen((e) => {
  schedulePush(e.document, 0);
  scheduleProject();
});
documents.onDidChangeContent((e) => {
  schedulePush(e.document);
  scheduleProject();
});
documents.onDidClose(async (e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  service.forget(e.document.uri);
  settings.forget(e.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  // Back to the file on disk (unsaved edits are gone).
  await workspace.read(e.document.uri);
  scheduleProject();
});

connection.onDidChangeWatchedFiles(async (e) => {
  if (e.changes.some((c) => isConfigFileName(c.uri))) {
    // A configuration file changed: severities, options and include/exclude may differ for every file.
    settings.changed();
    workspaceSettings = await settings.get(folders[0] ?? 'file:///');
    if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => undefined);
  }
  for (const change of e.changes) {
    if (change.type === FileChangeType.Deleted) workspace.forget(change.uri);
    else if (!documents.get(change.uri)) await workspace.read(change.uri);
  }
  scheduleProject();
});

connection.onDidChangeConfiguration(async (change) => {
  settings.changed(change.settings);
  workspaceSettings = await settings.get(folders[0] ?? 'file:///');
  await recomputeProject();
  if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => undefined);
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

connection.onCodeAction((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const ours = params.context.diagnostics.filter((d) => d.source === 'exchange-transport');
  if (ours.length === 0) return [];
  return guard('code actions', [], () => service.codeActions(input(doc), ours.map(fromLspDiagnostic)).map((a) => toLspCodeAction(a, doc.uri, ours)));
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

// "Exchange: Lint Workspace": read the folders again and re-check everything, closed files included.
connection.onRequest(LINT_WORKSPACE_REQUEST, async (): Promise<LintWorkspaceResult> => {
  settings.changed();
  workspaceSettings = await settings.get(folders[0] ?? 'file:///');
  const files = await workspace.scan(folders).catch(() => 0);
  await recomputeProject();
  const open = openInputs();
  let problems = 0;
  for (const i of workspace.inputs(open)) problems += (await fileDiagnostics(i, await settings.get(i.uri))).length;
  return { files, problems };
});

// "Exchange: Show trust map": the whole workspace as one HTML page (rendered by the engine; no scripts).
connection.onRequest(TRUST_MAP_REQUEST, async (): Promise<TrustMapResult | null> => {
  const s = workspaceSettings ?? (await settings.get(folders[0] ?? 'file:///'));
  const map = guard('trust map', undefined, () => service.trustMap(workspace.inputs(openInputs()), { ...s.lint, now: new Date() }));
  return map
    ? { html: trustMapHtml(map), markdown: trustMapMarkdown(map), links: map.links.length, broken: map.links.filter((l) => l.status === 'broken').length }
    : null;
});

process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err.stack ?? err.message}`));
process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${String(err)}`));

documents.listen(connection);
connection.listen();
