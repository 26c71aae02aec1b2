// The engine's front door, shared by the language server, the CLI and tests. No LSP or VS Code imports.
import { analyze, analyzeAsync, type AnalyzeOptions } from './analyze';
import type { AnalyzedFile } from './document';
import type { FileKind } from './kinds';
import { finishDiagnostics, lint, LintCancelled, lintProject, withCrossFile } from './lint';
import { buildTrustMap, type TrustMap } from './project/trustMap';
import { buildTrustIndex } from './project/trustIndex';
import { resolveSettings, type LintSettings } from './settings';
import { completions, type CompletionItem } from './completion';
import { codeActions, type CodeAction } from './codeActions';
import { FORMAT_BY_ID, type FormatFeatures } from './formats/registry';
import { RULE_CATALOGUE } from './rules';
import { powerShellGrammarLoaded } from './script/grammar';
import { rangeContains, type Diagnostic, type DocumentSymbol, type FoldingRange, type Hover, type Position, type SuppressedDiagnostic } from './types';
import { withoutRepeats } from './hover/paragraphs';
import { buildAuditReport, type AuditFile, type AuditReport, type AuditScope } from './report';

export interface TextInput {
  uri: string;
  text: string;
  /** Editor document version; with the URI it keys the parse cache. */
  version?: number;
  /**
   * No other version will follow (the CLI, which gives a version only to share one analysis between its per-file
   * and cross-file checks): the parse kept for an edit is let go at once.
   */
  final?: boolean;
  binary?: boolean;
  /** Size of the original file when `text` is only its head (the CLI samples oversized files). */
  size?: number;
  /** The file analysed already (a protocol log the CLI streamed: `text` is then its sparse text). */
  analyzed?: AnalyzedFile;
  /**
   * How the file's dates were printed, when where it comes from says (a collector bundle's manifest: the server's
   * culture and UTC offset). It wins over the dateOrder setting: nothing is guessed.
   */
  printed?: PrintedDates;
}

export interface PrintedDates {
  dateOrder?: 'mdy' | 'dmy';
  /** Why, for the readings shown in hovers ("as the collector's manifest says: en-AU, d/MM/yyyy"). */
  reason?: string;
  utcOffsetMinutes?: number;
}

export interface CheckResult {
  kind: FileKind;
  diagnostics: Diagnostic[];
  /** The findings suppression comments silenced, with their reasons (not in `diagnostics`). */
  suppressed: SuppressedDiagnostic[];
}

export interface LanguageService {
  analyze(input: TextInput, settings?: Partial<LintSettings>): AnalyzedFile;
  /**
   * Analyses a versioned document ahead of validation, in slices that yield between them for formats that can
   * (large protocol logs), so the server keeps serving requests; rejects with LintCancelled when `isCancelled`
   * says so. The analysis is cached: validate, hover and symbols of that version reuse it.
   */
  prepare(input: TextInput, settings?: Partial<LintSettings>, isCancelled?: () => boolean): Promise<void>;
  /**
   * The file's diagnostics, with `crossFile` (its share of checkProject) merged in, suppression comments
   * applied and unused suppressions reported.
   */
  validate(input: TextInput, settings?: Partial<LintSettings>, isCancelled?: () => boolean, crossFile?: Diagnostic[]): Diagnostic[];
  /** Kind and diagnostics in one pass (the CLI). */
  check(input: TextInput, settings?: Partial<LintSettings>, crossFile?: Diagnostic[]): CheckResult;
  /** Findings that come from several files together (trust between Edge and Hub), by URI. */
  checkProject(inputs: readonly TextInput[], settings?: Partial<LintSettings>): Map<string, Diagnostic[]>;
  /**
   * Which Edge trusts which Hub through which certificate and connector, with the broken links. `findings` are
   * the files' diagnostics as the caller shows them (an editor's Problems); without them they are computed here.
   */
  trustMap(inputs: readonly TextInput[], settings?: Partial<LintSettings>, findings?: ReadonlyMap<string, readonly Diagnostic[]>): TrustMap;
  /** `findings`: the file's diagnostics, which the hover does not repeat (editors show them next to it). */
  hover(input: TextInput, position: Position, settings?: Partial<LintSettings>, findings?: readonly Diagnostic[]): Hover | undefined;
  documentSymbols(input: TextInput): DocumentSymbol[];
  completions(input: TextInput, position: Position): CompletionItem[];
  foldingRanges(input: TextInput): FoldingRange[];
  /** Actions for `diagnostics` (those under the cursor); `all`, the file's findings, for the fix-all actions. */
  codeActions(input: TextInput, diagnostics: readonly Diagnostic[], all?: readonly Diagnostic[]): CodeAction[];
  /**
   * The audit report's model: the files with the findings their front end reports (and those it accepted:
   * suppressed, baselined), and the scope facts only the front end knows (hashes, skipped files, the instant).
   */
  auditReport(files: readonly AuditFile[], scope: AuditScope): AuditReport;
  forget(uri: string): void;
}

export function createLanguageService(): LanguageService {
  // One parse per (uri, version): validation, hover and symbols of the same version share it.
  const cache = new Map<string, { version: number; key: string; file: AnalyzedFile }>();

  function analyzeOptions(input: TextInput, settings: LintSettings): AnalyzeOptions {
    return {
      maxFileSize: settings.maxFileSize,
      binary: input.binary,
      size: input.size,
      dateOrder: input.printed?.dateOrder ?? settings.dateOrder,
      ...(input.printed?.dateOrder && input.printed.reason ? { dateOrderReason: input.printed.reason } : {}),
      ...(input.printed?.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: input.printed.utcOffsetMinutes } : {}),
      now: settings.now,
      rules: RULE_CATALOGUE,
    };
  }

  /**
   * What a cached analysis depends on besides the text. A script read before the PowerShell grammar was loaded is
   * read again once it is.
   */
  function cacheKey(input: TextInput, settings: LintSettings): string {
    const p = input.printed;
    return `${settings.maxFileSize}|${settings.dateOrder}|${p ? `${p.dateOrder ?? ''}|${p.utcOffsetMinutes ?? ''}|${p.reason ?? ''}` : ''}|${powerShellGrammarLoaded()}`;
  }

  /** The cached analysis of this version, when it was made with these settings and still holds at their time. */
  function cached(input: TextInput, settings: LintSettings, key: string): AnalyzedFile | undefined {
    const hit = cache.get(input.uri);
    if (!hit || hit.version !== input.version || hit.key !== key) return undefined;
    // An analysis that rests on the time of the check is reused only while the time still gives the same reading.
    const now = settings.now.getTime();
    return !hit.file.holds || (now >= hit.file.holds.from && now < hit.file.holds.until) ? hit.file : undefined;
  }

  /** Options for a new analysis: the previous version's analysis lends its parse (an edited script is parsed incrementally). */
  function newAnalysisOptions(input: TextInput, settings: LintSettings): AnalyzeOptions {
    const previous = cache.get(input.uri)?.file;
    // Versioned: an editor's document, whose next version reuses this parse.
    const options = { ...analyzeOptions(input, settings), editable: !input.final };
    return previous ? { ...options, previous } : options;
  }

  function analyzed(input: TextInput, settings: LintSettings): AnalyzedFile {
    if (input.analyzed) return input.analyzed;
    if (input.version === undefined) return analyze(input.uri, input.text, analyzeOptions(input, settings));
    const key = cacheKey(input, settings);
    const hit = cached(input, settings, key);
    if (hit) return hit;
    const file = analyze(input.uri, input.text, newAnalysisOptions(input, settings));
    cache.set(input.uri, { version: input.version, key, file });
    return file;
  }

  /**
   * For features that take no settings (symbols, folding, completion, code actions): the analysis validation
   * already made of this version, whatever settings it used, rather than a second parse with the defaults.
   */
  function current(input: TextInput): AnalyzedFile {
    const hit = cache.get(input.uri);
    return hit && input.version !== undefined && hit.version === input.version ? hit.file : analyzed(input, resolveSettings());
  }

  /** The editor features of a file's format (none for unknown files). */
  function features(file: AnalyzedFile): FormatFeatures {
    return (file.kind !== 'unknown' && !file.tooLarge && FORMAT_BY_ID.get(file.kind)) || {};
  }

  /** The files of a project that take part in cross-file checks. */
  function projectFiles(inputs: readonly TextInput[], s: LintSettings): AnalyzedFile[] {
    return inputs.map((i) => analyzed(i, s)).filter((f) => f.kind !== 'unknown' && !f.tooLarge);
  }

  return {
    analyze: (input, settings) => analyzed(input, resolveSettings(settings)),
    async prepare(input, settings, isCancelled = () => false) {
      if (input.version === undefined || input.analyzed) return;
      const s = resolveSettings(settings);
      // The same key and options as analyzed(): what is prepared here is what validate, hover and symbols then use.
      const key = cacheKey(input, s);
      if (cached(input, s, key)) return;
      let file: AnalyzedFile;
      try {
        file = await analyzeAsync(input.uri, input.text, newAnalysisOptions(input, s), isCancelled);
      } catch (err) {
        if (isCancelled()) throw new LintCancelled();
        throw err;
      }
      cache.set(input.uri, { version: input.version, key, file });
    },
    validate(input, settings, isCancelled, crossFile) {
      const s = resolveSettings(settings);
      const file = analyzed(input, s);
      const own = lint(file, s, isCancelled);
      return finishDiagnostics(file, withCrossFile(own, crossFile), s);
    },
    check(input, settings, crossFile) {
      const s = resolveSettings(settings);
      const file = analyzed(input, s);
      const own = lint(file, s);
      const suppressed: SuppressedDiagnostic[] = [];
      return { kind: file.kind, diagnostics: finishDiagnostics(file, withCrossFile(own, crossFile), s, suppressed), suppressed };
    },
    checkProject(inputs, settings) {
      const s = resolveSettings(settings);
      return lintProject(projectFiles(inputs, s), s);
    },
    trustMap(inputs, settings, findings) {
      const s = resolveSettings(settings);
      const files = projectFiles(inputs, s);
      let byUri = findings;
      if (!byUri) {
        const project = lintProject(files, s);
        byUri = new Map(files.map((f) => [f.uri, finishDiagnostics(f, [...lint(f, s), ...(project.get(f.uri) ?? [])], s)]));
      }
      return buildTrustMap(buildTrustIndex(files), byUri, s.now);
    },
    hover(input, position, settings, findings) {
      const s = resolveSettings(settings);
      const file = analyzed(input, s);
      const hover = features(file).hover?.(file, position, s.now);
      const shown = hover && withoutRepeats(hover, findings ?? []);
      return shown?.contents ? shown : undefined;
    },
    documentSymbols(input) {
      const file = current(input);
      return selectionsInside(features(file).symbols?.(file) ?? []);
    },
    completions(input, position) {
      const file = current(input);
      return completions(file, position, features(file).completions);
    },
    foldingRanges(input) {
      const file = current(input);
      return features(file).folding?.(file) ?? [];
    },
    codeActions: (input, diagnostics, all) => codeActions(current(input), diagnostics, all),
    auditReport: (files, scope) =>
      buildAuditReport(
        files.map((f) => ({ file: analyzed(f.input, resolveSettings({ ...f.settings, now: scope.now })), audit: f })),
        scope,
      ),
    forget: (uri) => {
      cache.delete(uri);
    },
  };
}

/** A selection range outside its symbol's range (a damaged file) becomes the range's start: clients reject the outline otherwise. */
function selectionsInside(symbols: DocumentSymbol[]): DocumentSymbol[] {
  for (const s of symbols) {
    if (!rangeContains(s.range, s.selectionRange.start) || !rangeContains(s.range, s.selectionRange.end))
      s.selectionRange = { start: s.range.start, end: s.range.start };
    if (s.children) selectionsInside(s.children);
  }
  return symbols;
}
