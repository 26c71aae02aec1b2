// Runs the rules that apply to a file and turns their reports into diagnostics: message and fix titles filled
// from the rule's templates, severity overrides, options, docs link.
import type { AnalyzedFile } from './document';
import { RULES, RULE_BY_ID } from './rules';
import { applySuppressions, findDirectives } from './suppression';
import { closestName } from './text/suggest';
import { docsUrl, fillTemplate, ruleOptions, type Fix, type ProjectReport, type Report, type Rule } from './rules/types';
import { buildTrustIndex } from './project/trustIndex';
import type { LintSettings } from './settings';
import { SEVERITY_ORDER, type Diagnostic, type DiagnosticFix, type Severity, type SeveritySetting } from './types';

export class LintCancelled extends Error {
  constructor() {
    super('lint cancelled');
  }
}

function severityOf(rule: Rule, settings: LintSettings): SeveritySetting {
  return settings.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
}

/** Default titles when a fix names none: what it does, in the words of what it runs. */
function defaultTitle(f: Fix): string {
  if (f.edits?.length) return `Fix in this script: ${f.edits.map((e) => e.newText.replace(/^:/, '')).join(', ')}`;
  return f.command ? `Copy the fix: ${f.command}` : 'Fix';
}

function toFix(rule: Rule, r: Report, f: Fix): DiagnosticFix {
  const template = f.fixId !== undefined ? rule.meta.fixes?.[f.fixId] : undefined;
  const title = template !== undefined ? fillTemplate(template, { ...r.data, ...f.data }) : (f.title ?? defaultTitle(f));
  return { title, ...(f.command ? { command: f.command } : {}), ...(f.edits?.length ? { edits: f.edits } : {}) };
}

const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'information', information: 'hint', hint: 'hint' };

export function toDiagnostic(rule: Rule, configured: Severity, r: Report, uri: string): Diagnostic {
  let severity = r.uncertain ? LOWER[configured] : configured;
  if (r.moot && SEVERITY_ORDER[severity] > SEVERITY_ORDER.information) severity = 'information';
  const message = fillTemplate(rule.meta.messages[r.messageId] ?? r.messageId, r.data);
  const fixes = r.fix === undefined ? [] : (Array.isArray(r.fix) ? r.fix : [r.fix]).filter((f: Fix) => f.command || f.edits?.length);
  return {
    code: rule.meta.id,
    messageId: r.messageId,
    severity,
    message,
    range: r.range,
    source: 'exchange-transport',
    href: docsUrl(rule.meta.id),
    ...(r.relatedInformation ? { relatedInformation: r.relatedInformation.map((ri) => ({ ...ri, uri: ri.uri ?? uri })) } : {}),
    ...(r.tags ? { tags: r.tags } : {}),
    ...(fixes.length ? { fixes: fixes.map((f: Fix) => toFix(rule, r, f)) } : {}),
  };
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

export function lint(file: AnalyzedFile, settings: LintSettings, isCancelled?: () => boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    if (!rule.check || !rule.meta.kinds.includes(file.kind)) continue;
    // A file over the size limit was not read (its model is empty): only the rules that say so apply.
    if (file.tooLarge && !rule.meta.readsTooLarge) continue;
    const severity = severityOf(rule, settings);
    if (severity === 'off') continue;
    if (isCancelled?.()) throw new LintCancelled();
    rule.check({
      file,
      settings,
      options: ruleOptions(rule.meta, settings.ruleOptions[rule.meta.id]),
      report: (r: Report) => out.push(toDiagnostic(rule, severity, r, file.uri)),
    });
  }
  return out.sort(byPosition);
}

/** Cross-file findings, by the URI of the file each belongs to. */
export function lintProject(files: readonly AnalyzedFile[], settings: LintSettings): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  const trust = buildTrustIndex(files);
  for (const rule of RULES) {
    if (!rule.checkProject) continue;
    const severity = severityOf(rule, settings);
    if (severity === 'off') continue;
    rule.checkProject({
      files,
      trust,
      settings,
      options: ruleOptions(rule.meta, settings.ruleOptions[rule.meta.id]),
      report: (r: ProjectReport) => {
        const list = out.get(r.uri) ?? [];
        list.push(toDiagnostic(rule, severity, r, r.uri));
        out.set(r.uri, list);
      },
    });
  }
  for (const list of out.values()) list.sort(byPosition);
  return out;
}

/**
 * A file's own findings with its share of the cross-file ones. A cross-file finding of a rule at the same range as
 * one of the file's own replaces it: the other files tell more about the same thing (an expired subscription file
 * whose Edge the connector exports show subscribed).
 */
export function withCrossFile(own: Diagnostic[], crossFile: readonly Diagnostic[] | undefined): Diagnostic[] {
  if (!crossFile?.length) return own;
  const key = (d: Diagnostic) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
  const refined = new Set(crossFile.map(key));
  return [...own.filter((d) => !refined.has(key(d))), ...crossFile];
}

/**
 * The last step for one file: its own and its cross-file diagnostics together, minus the suppressed ones,
 * plus findings about the suppression comments themselves.
 */
export function finishDiagnostics(file: AnalyzedFile, diagnostics: Diagnostic[], settings: LintSettings): Diagnostic[] {
  const directives = findDirectives(file.tooLarge && file.text.length > settings.maxFileSize ? '' : file.text, file.lines);
  if (directives.length === 0) return [...diagnostics].sort(byPosition);
  const { kept, unused } = applySuppressions(diagnostics, directives);
  const extra: Diagnostic[] = [];
  const unusedRule = RULE_BY_ID.get('suppression-unused')!;
  const unknownRule = RULE_BY_ID.get('suppression-unknown-rule')!;
  const unusedSeverity = severityOf(unusedRule, settings);
  const unknownSeverity = severityOf(unknownRule, settings);
  const unknownId = (id: string, range: Diagnostic['range']) => {
    if (unknownSeverity === 'off') return;
    const guess = closestName(id, RULE_BY_ID.keys());
    extra.push(
      toDiagnostic(
        unknownRule,
        unknownSeverity,
        {
          range,
          messageId: guess ? 'unknownWithGuess' : 'unknown',
          data: { id, guess: guess ?? '' },
          fix: guess ? { fixId: 'rename', edits: [{ range, newText: guess }] } : undefined,
        },
        file.uri,
      ),
    );
  };
  for (const u of unused) {
    if (u.ruleId && !RULE_BY_ID.has(u.ruleId)) {
      unknownId(u.ruleId, u.range);
      continue;
    }
    if (!u.ruleId) {
      // The whole directive silenced nothing: misspelt ids are the likely reason, and are said so.
      const unknown = u.directive.rules.filter((r) => !RULE_BY_ID.has(r.id));
      for (const r of unknown) unknownId(r.id, r.range);
      if (unknown.length > 0 && unknown.length === u.directive.rules.length) continue;
    }
    if (unusedSeverity === 'off') continue;
    const scope = u.directive.kind === 'disable-next-line' ? 'nextLine' : u.directive.kind === 'disable-line' ? 'line' : 'scope';
    extra.push(
      toDiagnostic(
        unusedRule,
        unusedSeverity,
        {
          range: u.range,
          messageId: u.ruleId ? `${scope}Rule` : scope,
          data: { id: u.ruleId ?? '', directive: u.directive.kind },
          tags: ['unnecessary'],
        },
        file.uri,
      ),
    );
  }
  return [...kept, ...extra].sort(byPosition);
}
