// The audit report as data: what the front end passes in (scope facts it alone knows: file hashes, skipped
// files, the instant, the version) and the model the renderer turns into one self-contained HTML page. Dates are
// ISO strings so the model can be serialised as it is.
import type { TextInput } from '../languageService';
import type { ConnectorSessions, LinkStatus } from '../project/trustMap';
import type { LintSettings } from '../settings';
import type { Diagnostic, Severity, SuppressedDiagnostic } from '../types';

/** What only the front end knows about the run. The engine reads no file and no clock. */
export interface AuditScope {
  /** The instant the checks were evaluated at. */
  now: Date;
  /** `now` was given (CLI --now) rather than taken from the clock at the run. */
  nowGiven: boolean;
  /** The tool's version. */
  version: string;
  /** What made the report: `exchange-transport-lint` (CLI) or the editor extension. */
  producer: string;
  /** Files looked at and left out, with why. */
  skipped: readonly { name: string; reason: string }[];
  /** The baseline whose findings are listed as accepted risks (CLI --baseline). */
  baseline?: string;
  /** The folders or files the run was given. */
  roots?: readonly string[];
}

/** One file of the report with the findings its front end reports for it. */
export interface AuditFile {
  input: TextInput;
  /** The settings the file was checked with (each file may have its own configuration). */
  settings?: Partial<LintSettings>;
  /** How the report names the file: a path relative to the working directory or the workspace folder. */
  name: string;
  /** SHA-256 of the file's bytes (hex), computed by the front end. */
  sha256?: string;
  /** What the front end knows about the file that the report should say (unsaved changes in the editor). */
  note?: string;
  /** The findings as the front end reports them: after suppression comments and any baseline. */
  findings: readonly Diagnostic[];
  /** Findings suppression comments silenced, with their reasons. */
  suppressed?: readonly SuppressedDiagnostic[];
  /** Findings a baseline hid. */
  baselined?: readonly Diagnostic[];
}

/** The colour of a table cell, HealthChecker style: a finding's severity on it, or `good` when checked and clean. */
export type Tone = Severity | 'good' | 'neutral';

/** A link from a table or a summary line to a finding of the findings section. */
export interface FindingRef {
  /** The finding's anchor (`f12`). */
  id: string;
  code: string;
  severity: Severity;
}

export interface Cell {
  text: string;
  tone?: Tone;
  /** A longer explanation (tooltip; the table's note says how to read tones). */
  title?: string;
  /** Shown in a monospace font (thumbprints, PowerShell names). */
  mono?: boolean;
  refs?: FindingRef[];
}

export interface Table {
  id: string;
  caption: string;
  note?: string;
  /** Column headers: Exchange's property names, with the catalogue's summary as `title`. */
  columns: { label: string; title?: string }[];
  rows: { cells: Cell[]; where: string }[];
}

export interface ReportFile {
  name: string;
  kindLabel: string;
  /** Characters read (the text, or its sampled head for an oversized file). */
  characters: number;
  /** Bytes on disk when the front end says (an oversized file is read only in part). */
  size?: number;
  sha256?: string;
  /** When the export was made, as exactly as the file tells (ISO), or undefined: unknown. */
  exportDate?: string;
  /** How `exportDate` was found, or why it is unknown. */
  exportBasis: string;
  /** `exportDate` is a lower bound (the export was made after it), not the moment itself. */
  exportAfter?: boolean;
  note?: string;
  findings: number;
  checked: boolean;
}

export type AreaState = 'broken' | 'at-risk' | 'review' | 'ok' | 'not-assessed';

export interface AreaVerdict {
  id: string;
  title: string;
  state: AreaState;
  /** What was read for the area ("2 subscription files, 1 EdgeSync connector"), empty when nothing. */
  read: string;
  errors: number;
  warnings: number;
  others: number;
  /** The one-line verdict. */
  line: string;
  worst?: FindingRef;
}

export interface TopRisk {
  /** The finding's message: one sentence that leads with the finding, in plain words. */
  text: string;
  area: string;
  where: string;
  /** Other findings of the same rule. */
  more: number;
  ref: FindingRef;
}

export interface ReportFix {
  title: string;
  command?: string;
  /** Edits to the file itself (scripts, configuration): how many. */
  edits: number;
}

export interface ReportFinding extends FindingRef {
  message: string;
  /** file:line:column (1-based). */
  where: string;
  /** The object the finding sits in ("Receive connector \"Relay\""). */
  object?: string;
  fixes: ReportFix[];
  related: { where: string; message: string }[];
}

export interface RuleGroup {
  code: string;
  /** The rule's one-line description: the "why" the report gives; the docs page has the rest. */
  description: string;
  docs: string;
  sources: { title: string; url: string }[];
  /** A runbook for the rule, once runbooks exist. */
  runbook?: { title: string; href: string };
  findings: ReportFinding[];
}

export interface SeverityGroup {
  severity: Severity;
  rules: RuleGroup[];
}

export interface AcceptedFinding {
  code: string;
  severity: Severity;
  message: string;
  where: string;
  /** The suppression comment's reason, or what the baseline is. */
  reason: string;
  /** How it was accepted: the directive (`disable-next-line`) or `baseline`. */
  how: string;
  docs: string;
}

export type FlowColumn = 0 | 1 | 2 | 3 | 4;

export interface FlowNode {
  id: string;
  /** 0 Internet and Exchange Online, 1 connectors to them, 2 Edges, 3 subscriptions, inbound connectors and evidence, 4 Hub sites and servers. */
  column: FlowColumn;
  kind: 'internet' | 'exo' | 'connector' | 'subscription' | 'evidence' | 'edge' | 'site' | 'hub' | 'ad' | 'onprem';
  title: string;
  /** Up to two short lines under the title (certificate, direction). */
  lines: string[];
  /** The state of what the node stands for, when it has one (a connector, a subscription, a Hub's certificate). */
  status?: LinkStatus;
  /** Everything the node stands for, in full (shown as the SVG title). */
  tooltip: string;
  /** A node the report made up to close a link (the Hub site of a subscription whose site no file names). */
  inferred?: boolean;
}

export interface FlowLink {
  from: string;
  to: string;
  status: LinkStatus;
  tooltip: string;
}

export interface Flow {
  nodes: FlowNode[];
  links: FlowLink[];
}

/** One row of the trust links table: a trust map link with its findings as references. */
export interface TrustRow {
  status: LinkStatus;
  from: string;
  to: string;
  via: string;
  dates: { what: string; date: string; past: boolean }[];
  note?: string;
  refs: (FindingRef & { message: string })[];
  where: string;
}

export interface ServerSection {
  name: string;
  role: string;
  tables: Table[];
}

export interface RuleRow {
  code: string;
  category: string;
  defaultSeverity: Severity;
  description: string;
  docs: string;
  findings: number;
  accepted: number;
}

export interface AuditReport {
  title: string;
  now: string;
  nowGiven: boolean;
  version: string;
  producer: string;
  scope: { files: ReportFile[]; skipped: { name: string; reason: string }[]; baseline?: string; roots: string[] };
  counts: {
    files: number;
    skipped: number;
    /** What was read, by kind ("Send connectors": 4). */
    objects: { label: string; count: number }[];
    findings: Record<Severity, number>;
    suppressed: number;
    baselined: number;
    links: Record<LinkStatus, number>;
  };
  areas: AreaVerdict[];
  risks: TopRisk[];
  flow: Flow;
  trust: TrustRow[];
  sessions: ConnectorSessions[];
  servers: ServerSection[];
  /** Organisation-wide objects: send connectors, Exchange Online connectors. */
  organisation: Table[];
  findings: SeverityGroup[];
  accepted: { suppressed: AcceptedFinding[]; baselined: AcceptedFinding[] };
  rules: RuleRow[];
}
