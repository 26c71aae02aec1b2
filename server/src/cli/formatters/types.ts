import type { Diagnostic, FileKind } from '../../service';

export interface FileResult { file: string; kind: FileKind; diagnostics: Diagnostic[] }

export interface FormatterOptions { color: boolean }

export type Formatter = (results: FileResult[], options: FormatterOptions) => string;
