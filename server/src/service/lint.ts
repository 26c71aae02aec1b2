// Runs the rules that apply to a file and turns their reports into diagnostics (severity override, docs link).
import type { AnalyzedFile } from './document';
import { RULES, RULE_BY_ID } from './rules';
import { applySuppressions, findDirectives } from './suppression';
import { closestName } from './text/suggest';
import { docsUrl, type ProjectReport, type Report, type Rule } from './rules/types';
import { buildTrustIndex } from './project/trustIndex';
import type { LintSettings } from './settings';
import type { Diagnostic, Severity, SeveritySetting } from './types';

export class LintCancelled extends Error {
  constructor() {
    super('lint cancelled');
  }
}

function severityOf(rule: Rule, settings: LintSettings): SeveritySetting {
  return settings.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
}

function toDiagnostic(rule: Rule, severity: Severity, r: Report, uri: string): Diagnostic {
  return {
    code: rule.meta.id,
    severity,
    message: r.message,
    range: r.range,
    source: 'exchange-transport',
    href: docsUrl(rule.meta.id),
    ...(r.relatedInformation ? { relatedInformation: r.relatedInformation.map((ri) => ({ ...ri, uri: ri.uri ?? uri })) } : {}),
    ...(r.tags ? { tags: r.tags } : {}),
    ...(r.fix ? { fix: r.fix } : {}),
  };
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

export function lint(file: AnalyzedFile, settings: LintSettings, isCancelled?: () => boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    if (!rule.check || !rule.meta.kinds.includes(file.kind)) continue;
    const severity = severityOf(rule, settings);
    if (severity === 'off') continue;
    if (isCancelled?.()) throw new LintCancelled();
    rule.check({ file, settings, report: (r: Report) => out.push(toDiagnostic(rule, severity, r, file.uri)) });
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
 * The last step for one file: its own and its cross-file diagnostics together, minus the suppressed ones,
 * plus findings about the suppression comments themselves.
 */
export function finishDiagnostics(file: AnalyzedFile, diagnostics: Diagnostic[], settings: LintSettings): Diagnostic[] {
  const directives = findDirectives(file.text.length > settings.maxFileSize ? '' : file.text, file.lines);
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
          message: `There is no rule "${id}", so this suppression silences nothing for it.${guess ? ` Did you mean ${guess}?` : ''}`,
          fix: guess ? { title: `Change to ${guess}`, edits: [{ range, newText: guess }] } : undefined,
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
    const what = u.ruleId ? `"${u.ruleId}" in this suppression` : `This ${u.directive.kind} suppression`;
    extra.push(
      toDiagnostic(
        unusedRule,
        unusedSeverity,
        {
          range: u.range,
          message: `${what} silences nothing (no ${u.ruleId ?? 'matching'} finding ${u.directive.kind === 'disable-next-line' ? 'on the next line' : u.directive.kind === 'disable-line' ? 'on this line' : 'in its scope'}); remove it.`,
          tags: ['unnecessary'],
        },
        file.uri,
      ),
    );
  }
  return [...kept, ...extra].sort(byPosition);
}
