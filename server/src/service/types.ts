// LSP-compatible shapes, declared here so the engine imports nothing from the LSP or VS Code packages.
// Positions are 0-based; `character` counts UTF-16 code units, as in LSP.

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_ORDER: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

export interface RelatedInformation {
  /** A file path or URI of the other file; the same file when `uri` is undefined. */
  uri?: string;
  range: Range;
  message: string;
}

export type DiagnosticTag = 'unnecessary' | 'deprecated';

/** A repair: PowerShell to run against the live object and/or edits to this file, with the title to offer it by. */
export interface DiagnosticFix {
  title: string;
  command?: string;
  edits?: { range: Range; newText: string }[];
}

export interface Diagnostic {
  code: string;
  /** Which of the rule's messages this is (stable across wording changes; tests and baselines use it). */
  messageId?: string;
  severity: Severity;
  message: string;
  range: Range;
  source: 'exchange-transport';
  href: string;
  relatedInformation?: RelatedInformation[];
  tags?: DiagnosticTag[];
  /** Ways to repair it, the preferred first. */
  fixes?: DiagnosticFix[];
}

/** A finding a suppression comment silenced, with the comment's directive and reason (audit reports). */
export interface SuppressedDiagnostic {
  diagnostic: Diagnostic;
  directive: 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';
  /** 0-based line of the comment. */
  line: number;
  /** The text after ` -- ` in the comment, when it gives one. */
  reason?: string;
}

export interface Hover {
  /** Markdown. */
  contents: string;
  range: Range;
}

export type SymbolKindName = 'file' | 'object' | 'property' | 'key' | 'field';

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKindName;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
}

export function rangeContains(range: Range, pos: Position): boolean {
  if (pos.line < range.start.line || pos.line > range.end.line) return false;
  if (pos.line === range.start.line && pos.character < range.start.character) return false;
  if (pos.line === range.end.line && pos.character > range.end.character) return false;
  return true;
}
