import type { Diagnostic, FileKind } from '../../service';

export interface FileResult {
  file: string;
  kind: FileKind;
  diagnostics: Diagnostic[];
  /** Some check could run on the file's content (false: unknown file, or a dump with no object of a known kind). */
  checked: boolean;
}

export interface FormatterOptions {
  color: boolean;
  /** Directory that file paths are made relative to (sarif, github); the process's working directory by default. */
  cwd?: string;
  /** More detail: every fix, related information, the files skipped in folders. */
  verbose?: boolean;
  /** Files found in folders and left out because they hold nothing this linter reads. */
  skipped?: readonly string[];
}

export type Formatter = (results: FileResult[], options: FormatterOptions) => string;
