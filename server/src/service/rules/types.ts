// One rule per file, each with its metadata (ESLint style). Rules only report; severity, links and
// overrides are applied by the runner.
import type { AnalyzedFile } from '../document';
import type { FileKind } from '../kinds';
import type { LintSettings } from '../settings';
import type { TrustIndex } from '../project/trustIndex';
import type { DiagnosticTag, Range, RelatedInformation, Severity } from '../types';

export type RuleCategory = 'syntax' | 'subscription' | 'certificate' | 'file' | 'value' | 'send-connector' | 'receive-connector' | 'exchange-online' | 'trust';

export interface RuleMeta {
  /** Stable kebab-case id: the diagnostic code and the docs page name. */
  id: string;
  defaultSeverity: Severity;
  category: RuleCategory;
  /** One line: what the rule finds. */
  description: string;
  /** File kinds the rule runs on. */
  kinds: readonly FileKind[];
}

/**
 * How to repair what was found: the PowerShell that repairs the live object (quick fix: copy it, or insert it
 * as a comment), and/or edits that repair the file itself (a script, a misspelt name).
 */
export interface FixCommand {
  command?: string;
  edits?: { range: Range; newText: string }[];
  /** The quick fix's title for the edits (default: "Fix in this script: ..."). */
  title?: string;
}

export interface Report {
  range: Range;
  message: string;
  fix?: FixCommand;
  relatedInformation?: RelatedInformation[];
  tags?: DiagnosticTag[];
}

export interface RuleContext<F extends AnalyzedFile = AnalyzedFile> {
  file: F;
  settings: LintSettings;
  report(report: Report): void;
}

/** A finding about one file of a project that comes from looking at several files together. */
export interface ProjectReport extends Report {
  /** The file the diagnostic belongs to. */
  uri: string;
}

export interface ProjectContext {
  files: readonly AnalyzedFile[];
  trust: TrustIndex;
  settings: LintSettings;
  report(report: ProjectReport): void;
}

export interface Rule<F extends AnalyzedFile = AnalyzedFile> {
  meta: RuleMeta;
  /** Checks one file on its own. */
  check?(ctx: RuleContext<F>): void;
  /** Checks the files of a workspace (or of one CLI run) against each other. */
  checkProject?(ctx: ProjectContext): void;
}

export const DOCS_BASE_URL = 'https://github.com/exchange-transport/exchange-transport/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
