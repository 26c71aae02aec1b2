// Language server: wires the engine to LSP. Runs over IPC (VS Code) or --stdio (other editors).
// Per-file diagnostics come from the open document; cross-file ones from every file of the workspace
// folders (closed files included, kept current by the client's file watchers).
// First: its V8 settings must hold before the rest of the bundle initialises.
import { workDone } from './lsp/memory';
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
  type CodeAction as LspCodeAction,
  type InitializeResult,
  type DocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { performance } from 'node:perf_hooks';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version } from '../../package.json';
import {
  auditReportHtml,
  claimsDocument,
  createLanguageService,
  FILE_KIND_LABELS,
  isConfigFileName,
  LintCancelled,
  runbookMarkdown,
  runbooksFor,
  trustMapHtml,
  trustMapMarkdown,
  type AuditFile,
  type Diagnostic,
  type RunbookTrigger,
  type TextInput,
  type TrustFinding,
} from './service';
import { sha256File } from './io/hash';
import { fromLspDiagnostic, toLspCodeAction, toLspCompletion, toLspDiagnostic, toLspSymbol, type ActionSupport } from './lsp/convert';
import { SettingsCache, type EditorSettings } from './lsp/settings';
import { WorkspaceFiles } from './lsp/workspace';
import { RUNBOOK_CODES, runbookActions, runbookOf, runbookTitle } from './lsp/runbooks';
import { loadPowerShellGrammar } from './io/powershellGrammar';
import {
  AUDIT_REPORT_REQUEST,
  FINDINGS_CHANGED_NOTIFICATION,
  LINT_WORKSPACE_REQUEST,
  OPEN_RUNBOOK_COMMAND,
  ruleDocsCommandLink,
  SHOW_RULE_DOCS_COMMAND,
  STATUS_NOTIFICATION,
  TRUST_MAP_REQUEST,
  type AuditReportParams,
  type AuditReportResult,
  type FileStatus,
  type InitializationOptions,
  type LintWorkspaceResult,
  type TrustMapResult,
} from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createLanguageService();
// Scripts are read with the PowerShell grammar; without it they are reported unreadable (and the reason logged).
// Loaded the first time a script may need it: the other formats' first findings do not wait for it, and a
// workspace without scripts does not pay its memory.
let grammarLoad: Promise<void> | undefined;
function grammar(): Promise<void> {
  return (grammarLoad ??= loadPowerShellGrammar().catch((err) => connection.console.error(`PowerShell grammar not loaded: ${String(err)}`)));
}
/** Whether a document may be a script: anything but the other formats' file names (untitled documents included). */
function mayBeScript(uri: string): boolean {
  return !/\.(xml|clixml|txt|json|jsonc|log|csv|md)$/i.test(uri);
}

let pullDiagnostics = false;
let configurationPull = false;
let relatedInformation = false;
const actionSupport: { snippetEdits: boolean; commands: Set<string> } = { snippetEdits: false, commands: new Set() };
let folders: string[] = [];
const settings = new SettingsCache(connection, () => configurationPull);
let workspaceSettings: EditorSettings | undefined;
const workspace = new WorkspaceFiles(service, () => workspaceSettings?.lint);

/** Cross-file findings by URI, recomputed (debounced) whenever any project file changes. */
let project = new Map<string, Diagnostic[]>();
let projectGeneration = 0;

/** The first scan of the folders: requests that need every file (trust map, Lint Workspace) wait for it. */
let markReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => (markReady = resolve));

// The engine never sees connection objects; all errors stop here so one bad file cannot take the server down.
function guard<T>(what: string, fallback: T, fn: () => T): T {
  workDone();
  try {
    return fn();
  } catch (err) {
    if (err instanceof LintCancelled) throw err;
    connection.console.error(`${what} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return fallback;
  }
}

function input(doc: TextDocument): TextInput {
  // A collector bundle's file is read with its manifest's culture and UTC offset, open or not.
  return workspace.withPrinted({ uri: doc.uri, text: doc.getText(), version: doc.version });
}

/**
 * Whether a document is one of ours: a format the engine reads, and JSON only when it holds Exchange objects
 * (package.json, tsconfig.json reach the server as JSON and must get no status, outline or findings).
 */
function claimed(doc: TextInput, s: EditorSettings): boolean {
  return guard('analysis', false, () => claimsDocument(service.analyze(doc, s.lint)));
}

/** Open documents that are Exchange files, for cross-file checks. */
async function openInputs(): Promise<Map<string, TextInput>> {
  const out = new Map<string, TextInput>();
  for (const d of documents.all()) {
    const i = input(d);
    if (claimed(i, await settings.get(d.uri))) out.set(d.uri, i);
  }
  return out;
}

/** Every open document by URI, claimed or not (a file on disk that is open is not read from disk). */
function openUris(): Map<string, TextInput> {
  return new Map(documents.all().map((d) => [d.uri, input(d)]));
}

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  pullDiagnostics = Boolean(caps.textDocument?.diagnostic);
  configurationPull = Boolean(caps.workspace?.configuration);
  relatedInformation = Boolean(caps.textDocument?.publishDiagnostics?.relatedInformation) || pullDiagnostics;
  actionSupport.snippetEdits = Boolean((caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport);
  const init = params.initializationOptions as InitializationOptions | undefined;
  actionSupport.commands = new Set(Array.isArray(init?.commands) ? init.commands.filter((c) => typeof c === 'string') : []);
  folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  settings.folders = folders;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      hoverProvider: true,
      documentSymbolProvider: true,
      completionProvider: { triggerCharacters: [':', ',', ' ', '#', '-'] },
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
  try {
    workspaceSettings = await settings.get(folders[0] ?? 'file:///');
    const started = Date.now();
    const count = await workspace.scan(folders).catch((err) => {
      connection.console.error(`workspace scan failed: ${String(err)}`);
      return 0;
    });
    connection.console.log(`indexed ${count} Exchange transport file(s) in ${folders.length} folder(s) in ${Date.now() - started} ms`);
    await recomputeProject();
  } finally {
    markReady();
  }
});

/** The last findings per file, for hovers, code actions and the trust map of the same version (no second lint). */
const findingsCache = new Map<string, { key: string; items: Diagnostic[] }>();

async function fileDiagnostics(doc: TextInput, s: EditorSettings, isCancelled?: () => boolean): Promise<Diagnostic[]> {
  if (!s.enable || !s.included) return [];
  if (mayBeScript(doc.uri)) await grammar();
  if (!claimed(doc, s)) return [];
  // Dates move on: a cached result is reused for a minute at most.
  const key = `${doc.version}:${projectGeneration}:${settings.generation}:${Math.floor(Date.now() / 60_000)}`;
  const hit = doc.version !== undefined ? findingsCache.get(doc.uri) : undefined;
  if (hit?.key === key) return hit.items;
  const items = guard('validation', [] as Diagnostic[], () => service.validate(doc, { ...s.lint, now: new Date() }, isCancelled, project.get(doc.uri)));
  if (doc.version !== undefined) findingsCache.set(doc.uri, { key, items });
  return items;
}

/**
 * URIs whose last report (document or workspace pull) had findings. When one of them is gone from the index
 * (deleted, renamed, moved, no longer Exchange content), the next workspace pull clears it with an empty
 * report: the client keeps a URI's last diagnostics until told otherwise, and forgets it asked about closed ones.
 */
const reported = new Set<string>();
const GONE = 'gone';

function noteReport(uri: string, count: number): void {
  if (count > 0) reported.add(uri);
  else reported.delete(uri);
}

// Pull model (VS Code and most current clients).
connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) {
    // A document the client just closed: what its file on disk holds now (nothing, if it was deleted).
    const file = workspace.get(params.textDocument.uri);
    const items = file ? await fileDiagnostics(file, await settings.get(file.uri)) : [];
    noteReport(params.textDocument.uri, items.length);
    return { kind: DocumentDiagnosticReportKind.Full, items: items.map((d) => toLspDiagnostic(d, params.textDocument.uri, relatedInformation)) };
  }
  const resultId = `${doc.version}:${projectGeneration}:${settings.generation}`;
  if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  try {
    const s = await settings.get(doc.uri);
    const started = performance.now();
    // A large protocol log is read in slices first, so other requests are served and a cancellation is seen.
    if (s.enable && s.included) await service.prepare(input(doc), s.lint, () => token.isCancellationRequested);
    const items = await fileDiagnostics(input(doc), s, () => token.isCancellationRequested);
    reportStatus(doc, s, items, performance.now() - started);
    noteReport(doc.uri, items.length);
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: items.map((d) => toLspDiagnostic(d, doc.uri, relatedInformation)) };
  } catch (err) {
    if (err instanceof LintCancelled) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'validation cancelled', { retriggerRequest: true });
    throw err;
  }
});

/** For the client's language status item: what the file is and how long its validation took. */
function reportStatus(doc: TextDocument, s: EditorSettings, items: Diagnostic[], ms: number): void {
  // The same settings as the validation just done, so its cached analysis is reused, not redone.
  const kind = guard('status', 'unknown' as const, () => {
    const file = service.analyze(input(doc), s.lint);
    return claimsDocument(file) ? file.kind : 'unknown';
  });
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

// Workspace pull: the closed files of the workspace folders, and empty reports for files that are gone.
connection.languages.diagnostics.onWorkspace(async (params) => {
  await ready;
  const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
  const open = openUris();
  const items: WorkspaceDocumentDiagnosticReport[] = [];
  const current = new Set<string>();
  for (const file of workspace.closed(open)) {
    current.add(file.uri);
    const resultId = `${file.version}:${projectGeneration}:${settings.generation}`;
    if (previous.get(file.uri) === resultId) {
      items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri: file.uri, version: null, resultId });
      continue;
    }
    const diags = await fileDiagnostics(file, await settings.get(file.uri));
    noteReport(file.uri, diags.length);
    items.push({
      kind: DocumentDiagnosticReportKind.Full,
      uri: file.uri,
      version: null,
      resultId,
      items: diags.map((d) => toLspDiagnostic(d, file.uri, relatedInformation)),
    });
  }
  for (const uri of new Set([...previous.keys(), ...reported])) {
    if (current.has(uri) || open.has(uri)) continue;
    reported.delete(uri);
    if (previous.get(uri) === GONE) items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId: GONE });
    else items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: GONE, items: [] });
  }
  return { items };
});

let projectTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleProject(delay = 400): void {
  clearTimeout(projectTimer);
  projectTimer = setTimeout(() => void recomputeProject(), delay);
}

async function recomputeProject(): Promise<void> {
  const s = workspaceSettings;
  if (s && !s.enable) return;
  // Scripts found by the scan or open are read with the grammar (a script read before it loaded is read again).
  if (workspace.inputs(new Map()).some((i) => mayBeScript(i.uri)) || documents.all().some((d) => mayBeScript(d.uri))) await grammar();
  // Files the configuration excludes take no part in cross-file checks either.
  const inputs: TextInput[] = [];
  for (const i of workspace.inputs(await openInputs())) if ((await settings.get(i.uri)).included) inputs.push(i);
  project = guard('cross-file checks', new Map<string, Diagnostic[]>(), () => service.checkProject(inputs, { ...(s?.lint ?? {}), now: new Date() }));
  projectGeneration++;
  if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => undefined);
  else void pushAll();
  void connection.sendNotification(FINDINGS_CHANGED_NOTIFICATION, { generation: projectGeneration });
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
      // Closed or changed meanwhile: its own push (empty, or of the new version) says what holds.
      if (documents.get(current.uri)?.version !== current.version) return;
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
  const open = openUris();
  const closed = workspace.closed(open);
  for (const file of closed) {
    const diags = project.has(file.uri) ? await fileDiagnostics(file, await settings.get(file.uri)) : [];
    if (diags.length === 0 && !pushedClosed.has(file.uri)) continue;
    if (diags.length > 0) pushedClosed.add(file.uri);
    else pushedClosed.delete(file.uri);
    await connection.sendDiagnostics({ uri: file.uri, diagnostics: diags.map((d) => toLspDiagnostic(d, file.uri, relatedInformation)) });
  }
  // Files that had findings and are gone (deleted, renamed): cleared.
  const still = new Set(closed.map((f) => f.uri));
  for (const uri of [...pushedClosed]) {
    if (still.has(uri) || open.has(uri)) continue;
    pushedClosed.delete(uri);
    await connection.sendDiagnostics({ uri, diagnostics: [] });
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
  findingsCache.delete(e.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  // Back to the file on disk (unsaved edits are gone; a deleted or renamed file is gone from the index).
  await workspace.read(e.document.uri);
  scheduleProject();
});

connection.onDidChangeWatchedFiles(async (e) => {
  await ready;
  if (e.changes.some((c) => isConfigFileName(c.uri))) {
    // A configuration file changed: severities, options and include/exclude may differ for every file.
    settings.changed();
    workspaceSettings = await settings.get(folders[0] ?? 'file:///');
    if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => undefined);
  }
  for (const change of e.changes) {
    if (change.type === FileChangeType.Deleted) {
      workspace.forgetUnder(change.uri);
      for (const uri of [...findingsCache.keys()]) if (uri === change.uri || uri.startsWith(change.uri + '/')) findingsCache.delete(uri);
    } else if (documents.get(change.uri)) continue;
    else if (change.type === FileChangeType.Created) await workspace.changed(change.uri);
    else await workspace.read(change.uri);
  }
  scheduleProject(e.changes.some((c) => c.type === FileChangeType.Deleted) ? 50 : 400);
});

connection.onDidChangeConfiguration(async (change) => {
  settings.changed(change.settings);
  workspaceSettings = await settings.get(folders[0] ?? 'file:///');
  await recomputeProject();
  if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => undefined);
});

/** An open document with its settings, when it is one of ours and linting is on. */
async function ours(uri: string): Promise<{ doc: TextInput; s: EditorSettings } | undefined> {
  const d = documents.get(uri);
  if (!d) return undefined;
  const s = await settings.get(uri);
  const doc = input(d);
  return s.enable && claimed(doc, s) ? { doc, s } : undefined;
}

connection.onHover(async (params) => {
  const o = await ours(params.textDocument.uri);
  if (!o) return null;
  // The findings here are shown by the editor next to the hover: the hover does not repeat them.
  const findings = await fileDiagnostics(o.doc, o.s);
  const hover = guard('hover', undefined, () => service.hover(o.doc, params.position, { ...o.s.lint, now: new Date() }, findings));
  return hover ? { contents: { kind: 'markdown', value: hover.contents }, range: hover.range } : null;
});

connection.onCompletion(async (params) => {
  const o = await ours(params.textDocument.uri);
  if (!o) return null;
  return guard('completion', [], () => service.completions(o.doc, params.position).map(toLspCompletion));
});

connection.onCodeAction(async (params) => {
  const ourDiags = params.context.diagnostics.filter((d) => d.source === 'exchange-transport');
  if (ourDiags.length === 0) return [];
  const o = await ours(params.textDocument.uri);
  if (!o) return [];
  // Every finding of the file, for "fix all" and "copy all as one script".
  const all = await fileDiagnostics(o.doc, o.s);
  const support: ActionSupport = actionSupport;
  const actions = guard('code actions', [] as LspCodeAction[], () =>
    service
      .codeActions(o.doc, ourDiags.map(fromLspDiagnostic), all)
      .map((a) => toLspCodeAction(a, o.doc.uri, ourDiags, support))
      .filter((a): a is LspCodeAction => a !== undefined),
  );
  // Runbooks rest on the whole workspace: read only for findings that can start one, for clients that open them.
  if (support.commands.has(OPEN_RUNBOOK_COMMAND) && ourDiags.some((d) => RUNBOOK_CODES.has(String(d.code)))) {
    await ready;
    const files = await workspaceFindings();
    if (!files.has(o.doc.uri)) files.set(o.doc.uri, { input: o.doc, diagnostics: all });
    actions.push(...runbookActions(o.doc.uri, ourDiags, workspaceRunbooks(files, o.s.lint)));
  }
  return actions;
});

/** The runbooks the workspace's findings start (runbook/build.ts), with the collector bundles' facts. */
function workspaceRunbooks(files: Awaited<ReturnType<typeof workspaceFindings>>, lint: EditorSettings['lint']): RunbookTrigger[] {
  return guard('runbooks', [] as RunbookTrigger[], () =>
    runbooksFor({
      files: [...files.values()].map((f) => {
        const server = workspace.serverOf(f.input.uri);
        return { file: service.analyze(f.input, lint), diagnostics: f.diagnostics, ...(server ? { server } : {}) };
      }),
      servers: workspace.readBundles().map((b) => b.facts),
    }),
  );
}

connection.onFoldingRanges(async (params) => {
  const o = await ours(params.textDocument.uri);
  if (!o) return null;
  return guard('folding', [], () => service.foldingRanges(o.doc));
});

connection.onDocumentSymbol(async (params) => {
  const o = await ours(params.textDocument.uri);
  if (!o) return null;
  return guard('document symbols', [], () => service.documentSymbols(o.doc).map(toLspSymbol));
});

/** Every Exchange file of the workspace (closed ones from disk, open ones as edited) with its findings. */
async function workspaceFindings(): Promise<Map<string, { input: TextInput; diagnostics: Diagnostic[] }>> {
  const out = new Map<string, { input: TextInput; diagnostics: Diagnostic[] }>();
  for (const i of workspace.inputs(await openInputs())) out.set(i.uri, { input: i, diagnostics: await fileDiagnostics(i, await settings.get(i.uri)) });
  return out;
}

// "Exchange: Lint Workspace": read the folders again and re-check everything, closed files included. The count
// is the Problems panel's: the same files, settings, suppressions and cross-file findings.
connection.onRequest(LINT_WORKSPACE_REQUEST, async (): Promise<LintWorkspaceResult> => {
  await ready;
  settings.changed();
  workspaceSettings = await settings.get(folders[0] ?? 'file:///');
  await workspace.scan(folders).catch(() => 0);
  await recomputeProject();
  const all = [...(await workspaceFindings()).values()].flatMap((f) => f.diagnostics);
  return {
    files: workspace.inputs(await openInputs()).length,
    problems: all.length,
    errors: all.filter((d) => d.severity === 'error').length,
    warnings: all.filter((d) => d.severity === 'warning').length,
  };
});

// "Exchange: Show Trust Map": the whole workspace as one HTML page (rendered by the engine; no scripts). Its
// links carry the findings Problems lists; rule ids open the rule's page where the client runs that command.
connection.onRequest(TRUST_MAP_REQUEST, async (): Promise<TrustMapResult | null> => {
  await ready;
  const s = workspaceSettings ?? (await settings.get(folders[0] ?? 'file:///'));
  const files = await workspaceFindings();
  const findings = new Map([...files].map(([uri, f]) => [uri, f.diagnostics]));
  const map = guard('trust map', undefined, () =>
    service.trustMap(
      [...files.values()].map((f) => f.input),
      { ...s.lint, now: new Date() },
      findings,
    ),
  );
  if (!map) return null;
  const ruleHref = actionSupport.commands.has(SHOW_RULE_DOCS_COMMAND) ? (id: string) => ruleDocsCommandLink(id) : undefined;
  // A finding that starts a runbook links to it, for clients that open runbooks.
  const triggers = actionSupport.commands.has(OPEN_RUNBOOK_COMMAND) ? workspaceRunbooks(files, s.lint) : [];
  const runbookLink = (f: TrustFinding) => {
    const r = runbookOf(triggers, f.uri, f.code, f.range.start);
    return r ? { title: runbookTitle(r), href: `command:${OPEN_RUNBOOK_COMMAND}?${encodeURIComponent(JSON.stringify([runbookMarkdown(r)]))}` } : undefined;
  };
  return {
    html: trustMapHtml(map, { ruleHref, runbookLink }),
    markdown: trustMapMarkdown(map),
    links: map.links.length,
    broken: map.links.filter((l) => l.status === 'broken').length,
  };
});

/** How the audit report names a file: relative to its workspace folder, else its path or URI. */
function reportName(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  const path = fileURLToPath(uri);
  for (const f of folders) {
    if (!f.startsWith('file:')) continue;
    const rel = relative(fileURLToPath(f), path);
    if (rel && !rel.startsWith('..') && !rel.includes(':')) return rel.split(sep).join('/');
  }
  return path.split(sep).join('/');
}

// "Exchange: Export Audit Report": the workspace's audit report (rendered by the engine) with the findings Problems
// lists, those suppression comments silenced as accepted risks, and each file's SHA-256 as it is on disk.
connection.onRequest(AUDIT_REPORT_REQUEST, async (params: AuditReportParams | undefined): Promise<AuditReportResult | null> => {
  await ready;
  const now = new Date();
  const dirty = new Set(Array.isArray(params?.dirty) ? params.dirty : []);
  const files: AuditFile[] = [];
  const skipped: { name: string; reason: string }[] = [];
  for (const i of workspace.inputs(await openInputs())) {
    const s = await settings.get(i.uri);
    if (!s.enable || !s.included) {
      skipped.push({ name: reportName(i.uri), reason: s.enable ? 'excluded by the configuration (include/exclude)' : 'linting disabled for it' });
      continue;
    }
    const checked = guard('audit report', undefined, () => service.check(i, { ...s.lint, now }, project.get(i.uri)));
    if (!checked) continue;
    const sha256 = i.uri.startsWith('file:') ? await sha256File(fileURLToPath(i.uri)) : undefined;
    files.push({
      input: i,
      settings: s.lint,
      name: reportName(i.uri),
      ...(sha256 ? { sha256 } : {}),
      ...(dirty.has(i.uri) ? { note: 'unsaved changes in the editor: the findings are of the edited text, the SHA-256 of the file on disk' } : {}),
      findings: checked.diagnostics,
      suppressed: checked.suppressed,
    });
  }
  const report = guard('audit report', undefined, () =>
    service.auditReport(files, { now, nowGiven: false, version, producer: 'VS Code extension', skipped, roots: folders.map(reportName) }),
  );
  if (!report) return null;
  return { html: auditReportHtml(report), files: files.length, findings: files.reduce((n, f) => n + f.findings.length, 0) };
});

process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err.stack ?? err.message}`));
process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${String(err)}`));

documents.listen(connection);
connection.listen();
