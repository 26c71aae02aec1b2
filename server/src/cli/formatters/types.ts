import type { Diagnostic, FileKind } from '../../service';

export interface FileResult {
  file: string;
  kind: FileKind;
  diagnostics: Diagnostic[];
}

export interface FormatterOptions {
  color: boolean;
  /** Directory that file paths are made relative to (sarif, github); the process's working directory by default. */
  cwd?: string;
}

export type Formatter = (results: FileResult[], options: FormatterOptions) => string;
