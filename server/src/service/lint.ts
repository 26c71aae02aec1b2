// Runs the rules that apply to a file and turns their reports into diagnostics (severity override, docs link).
import type { AnalyzedFile } from './document';
import { RULES } from './rules';
import { docsUrl, type ProjectReport, type Report, type Rule } from './rules/types';
import { buildTrustIndex } from './project/trustIndex';
import type { LintSettings } from './settings';
import type { Diagnostic, Severity, SeveritySetting } from './types';

export class LintCancelled extends Error {
  constructor() { super('lint cancelled'); }
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
