// One rule per file, each with its metadata (ESLint style): the messages it reports by id, its options with
// their schema, the titles of its fixes, the Microsoft pages its claim rests on. Rules only report; severity,
// message text, links and overrides are applied by the runner (../lint.ts).
import type { AnalyzedFile } from '../document';
import type { FileKind } from '../formats/info';
import type { RuleOptionSpec } from '../formats/registry';
import type { LintSettings } from '../settings';
import type { TrustIndex } from '../project/trustIndex';
import type { DiagnosticTag, Range, RelatedInformation, Severity } from '../types';

export type { RuleOptionSpec } from '../formats/registry';

export type RuleCategory =
  'syntax' | 'subscription' | 'certificate' | 'file' | 'value' | 'send-connector' | 'receive-connector' | 'exchange-online' | 'trust' | 'evidence';

export interface RuleMeta<M extends string = string, X extends string = string> {
  /** Stable kebab-case id: the diagnostic code and the docs page name. */
  id: string;
  defaultSeverity: Severity;
  category: RuleCategory;
  /** One line: what the rule finds (the docs page's summary and the configuration schema's description). */
  description: string;
  /** File kinds the rule runs on. */
  kinds: readonly FileKind[];
  /**
   * Message templates by id: one sentence that leads with the finding, `{{name}}` filled from the report's data.
   * Typically under 100 characters once filled, never over 200.
   */
  messages: Record<M, string>;
  /** Titles of the rule's fixes by id (code action titles, the docs), `{{name}}` filled like messages. */
  fixes?: Record<X, string>;
  /** The rule reports on files too large to analyse (only such rules run on them). */
  readsTooLarge?: boolean;
  /** Options with their schema and default, set in .exchange-transport.json as ["warning", { ... }]. */
  options?: Readonly<Record<string, RuleOptionSpec>>;
  /**
   * Microsoft documentation the rule's claim and fix rest on: a cmdlet name (`Set-SendConnector`, its reference
   * page) or a page with its title.
   */
  sources?: readonly RuleSource[];
}

/**
 * How to repair what was found: the PowerShell that repairs the live object (quick fix: copy it, or insert it
 * as a comment), and/or edits that repair the file itself (a script, a misspelt name).
 */
export interface Fix<X extends string = string> {
  /** Key into the rule's `fixes` titles. */
  fixId?: X;
  /** Values for the title's placeholders, over the report's data. */
  data?: MessageData;
  /** A title given in full (when no fixId fits). */
  title?: string;
  command?: string;
  edits?: { range: Range; newText: string }[];
}

export type MessageData = Readonly<Record<string, string | number>>;

export interface Report<M extends string = string, X extends string = string> {
  range: Range;
  messageId: M;
  data?: MessageData;
  /** One fix, or several in the order they should be offered (the first is preferred). */
  fix?: Fix<X> | readonly Fix<X>[];
  relatedInformation?: RelatedInformation[];
  tags?: DiagnosticTag[];
  /**
   * The finding rests on a reading that may be wrong (an ambiguous date, a redacted value): it is reported one
   * severity lower than the rule's (error → warning → information → hint), and its message should say why.
   */
  uncertain?: boolean;
  /**
   * Other files show that what the finding warns about cannot happen any more (an expired subscription file whose
   * Edge the connector exports show subscribed): reported as information at most, and its message says why.
   */
  moot?: boolean;
}

export type RuleOptions = Readonly<Record<string, number | boolean | string>>;

export interface RuleContext<F extends AnalyzedFile = AnalyzedFile, M extends string = string, X extends string = string> {
  file: F;
  settings: LintSettings;
  /** This rule's options: the configured values over the defaults of its schema. */
  options: RuleOptions;
  report(report: Report<M, X>): void;
}

/** A finding about one file of a project that comes from looking at several files together. */
export interface ProjectReport<M extends string = string, X extends string = string> extends Report<M, X> {
  /** The file the diagnostic belongs to. */
  uri: string;
}

export interface ProjectContext<M extends string = string, X extends string = string> {
  files: readonly AnalyzedFile[];
  trust: TrustIndex;
  settings: LintSettings;
  options: RuleOptions;
  report(report: ProjectReport<M, X>): void;
}

export interface Rule<F extends AnalyzedFile = AnalyzedFile, M extends string = string, X extends string = string> {
  meta: RuleMeta<M, X>;
  /** Checks one file on its own. */
  check?(ctx: RuleContext<F, M, X>): void;
  /** Checks the files of a workspace (or of one CLI run) against each other. */
  checkProject?(ctx: ProjectContext<M, X>): void;
}

/** Declares a rule with its message and fix ids checked by the compiler (`messageId` must be a key of `messages`). */
export function defineRule<M extends string, X extends string = never, F extends AnalyzedFile = AnalyzedFile>(rule: Rule<F, M, X>): Rule {
  return rule as unknown as Rule;
}

export type RuleSource = string | { title: string; url: string };

/** A source as a link: a cmdlet name points at its page in Microsoft's Exchange PowerShell reference. */
export function sourceLink(source: RuleSource): { title: string; url: string } {
  if (typeof source !== 'string') return source;
  return { title: source, url: `https://learn.microsoft.com/powershell/module/exchange/${source.toLowerCase()}` };
}

export const DOCS_BASE_URL = 'https://github.com/exchange-transport/exchange-transport/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

/** A template with its `{{name}}` placeholders filled; a missing value stays visible as `{{name}}`. */
export function fillTemplate(template: string, data: MessageData | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (data && data[name] !== undefined ? String(data[name]) : whole));
}

/** The options a rule runs with: its schema's defaults under the configured values. */
export function ruleOptions(meta: RuleMeta, configured: RuleOptions | undefined): RuleOptions {
  if (!meta.options) return {};
  const out: Record<string, number | boolean | string> = {};
  for (const [name, spec] of Object.entries(meta.options)) out[name] = configured?.[name] ?? spec.default;
  return out;
}
