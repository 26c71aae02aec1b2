// What the server and the VS Code client both name: custom requests and notifications with their payloads, the
// client commands the server's code actions and trust map run, and the documents the client hands to the server.
// The client imports this file and nothing else of the server (it must not bundle the engine); it reads format
// data only from the pure table in formats/info.
import { CANDIDATE_EXTENSIONS, EDITOR_LANGUAGES } from './service/formats/info';

/** The engine's own test for event-log text (a leaf module: no imports), so the client switches pasted events too. */
export { looksLikeEventText } from './service/eventLog/sniff';

/** Server → client after each validation: what the file is and how long its validation took. */
export const STATUS_NOTIFICATION = 'exchangeTransport/status';
export interface FileStatus {
  uri: string;
  /** The file's format, or `unknown` when the document is not an Exchange file (other XML, package.json). */
  kind: string;
  label: string;
  ms: number;
  errors: number;
  problems: number;
}

/** Server → client whenever the workspace's findings may have changed (a file edited, saved, deleted, settings). */
export const FINDINGS_CHANGED_NOTIFICATION = 'exchangeTransport/findingsChanged';

/** Client → server: read the workspace folders again and re-check every file ("Exchange: Lint Workspace"). */
export const LINT_WORKSPACE_REQUEST = 'exchangeTransport/lintWorkspace';
export interface LintWorkspaceResult {
  /** Exchange files: those of the folders, and open documents outside them. */
  files: number;
  /** Findings in them, as the Problems panel lists them (the same files, settings and suppressions). */
  problems: number;
  errors: number;
  warnings: number;
}

/** Client → server: the trust map of the workspace, as a script-free HTML page and as Markdown. */
export const TRUST_MAP_REQUEST = 'exchangeTransport/trustMap';
export interface TrustMapResult {
  html: string;
  markdown: string;
  links: number;
  broken: number;
}

/** What the client tells the server in `initializationOptions`. */
export interface InitializationOptions {
  /** Client commands the client runs (the server offers code actions that need them only then). */
  commands?: string[];
}

/** Client command the copy quick fixes run with the PowerShell to copy. */
export const COPY_COMMAND = 'exchangeTransport.copyToClipboard';

/** Client command that opens a rule's documentation page shipped with the extension (offline), by rule id. */
export const SHOW_RULE_DOCS_COMMAND = 'exchangeTransport.showRuleDocs';

/** Client commands the server may use, for `initializationOptions.commands`. */
export const CLIENT_COMMANDS: readonly string[] = [COPY_COMMAND, SHOW_RULE_DOCS_COMMAND];

/** A `command:` link that opens a rule's page (trust map, hovers), for clients that run SHOW_RULE_DOCS_COMMAND. */
export function ruleDocsCommandLink(id: string): string {
  return `command:${SHOW_RULE_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([id]))}`;
}

/** Editor languages the server is given documents of (on disk and unsaved). */
export const DOCUMENT_LANGUAGES: readonly string[] = EDITOR_LANGUAGES;

/** The language of documents the client examines for Format-List content (a dump saved as any .txt, or pasted). */
export const SNIFFED_LANGUAGE = 'plaintext';

/** The file watcher's glob: every file name ending some format comes in, for cross-file checks on closed files. */
export const WATCH_GLOB = `**/*.{${CANDIDATE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

/**
 * A second watcher, for creations and deletions of anything: a deleted or renamed folder is reported as the
 * folder alone (its files match no file glob), and its files must leave the index with it.
 */
export const FOLDER_WATCH_GLOB = '**/*';
