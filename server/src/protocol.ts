// What the server and the VS Code client both name: custom requests and notifications with their payloads, the
// copy command, and the documents the client hands to the server. The client imports this file and nothing else
// of the server (it must not bundle the engine); it reads format data only from the pure table in formats/info.
import { CANDIDATE_EXTENSIONS, EDITOR_LANGUAGES } from './service/formats/info';

/** Server → client after each validation: what the file is and how long its validation took. */
export const STATUS_NOTIFICATION = 'exchangeTransport/status';
export interface FileStatus {
  uri: string;
  kind: string;
  label: string;
  ms: number;
  errors: number;
  problems: number;
}

/** Client → server: read the workspace folders again and re-check every file ("Exchange: Lint Workspace"). */
export const LINT_WORKSPACE_REQUEST = 'exchangeTransport/lintWorkspace';
export interface LintWorkspaceResult {
  files: number;
  problems: number;
}

/** Client → server: the trust map of the workspace, as a script-free HTML page and as Markdown. */
export const TRUST_MAP_REQUEST = 'exchangeTransport/trustMap';
export interface TrustMapResult {
  html: string;
  markdown: string;
  links: number;
  broken: number;
}

/** Client command the copy quick fixes run with the PowerShell to copy. */
export const COPY_COMMAND = 'exchangeTransport.copyToClipboard';

/** Editor languages the server is given documents of (on disk and unsaved). */
export const DOCUMENT_LANGUAGES: readonly string[] = EDITOR_LANGUAGES;

/** The file watcher's glob: every file name ending some format comes in, for cross-file checks on closed files. */
export const WATCH_GLOB = `**/*.{${CANDIDATE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
