import type { Diagnostic, FileKind, SuppressedDiagnostic } from '../../service';
import type { AuditContext } from './html';

export interface FileResult {
  file: string;
  kind: FileKind;
  diagnostics: Diagnostic[];
  /** Some check could run on the file's content (false: unknown file, or a dump with no object of a known kind). */
  checked: boolean;
  /** Findings suppression comments silenced (the audit report lists them as accepted risks). */
  suppressed?: SuppressedDiagnostic[];
  /** Findings the baseline hid (--baseline). */
  baselined?: Diagnostic[];
}

export interface FormatterOptions {
  color: boolean;
  /** Directory that file paths are made relative to (sarif, github); the process's working directory by default. */
  cwd?: string;
  /** More detail: every fix, related information, the files skipped in folders. */
  verbose?: boolean;
  /** Files found in folders and left out because they hold nothing this linter reads. */
  skipped?: readonly string[];
  /** The run's files and facts, for the audit report (--format html). */
  audit?: AuditContext;
}

export type Formatter = (results: FileResult[], options: FormatterOptions) => string;
