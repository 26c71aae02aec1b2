// Runs the rules that apply to a file and turns their reports into diagnostics (severity override, docs link).
import type { AnalyzedFile } from './document';
import { RULES } from './rules';
import { docsUrl, type Report } from './rules/types';
import type { LintSettings } from './settings';
import type { Diagnostic } from './types';

export class LintCancelled extends Error {
  constructor() { super('lint cancelled'); }
}

export function lint(file: AnalyzedFile, settings: LintSettings, isCancelled?: () => boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    if (!rule.meta.kinds.includes(file.kind)) continue;
    const setting = settings.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    if (isCancelled?.()) throw new LintCancelled();
    const href = docsUrl(rule.meta.id);
    rule.check({
      file,
      settings,
      report: (r: Report) => {
        out.push({
          code: rule.meta.id,
          severity: setting,
          message: r.message,
          range: r.range,
          source: 'exchange-transport',
          href,
          ...(r.relatedInformation ? { relatedInformation: r.relatedInformation.map((ri) => ({ ...ri, uri: ri.uri ?? file.uri })) } : {}),
          ...(r.tags ? { tags: r.tags } : {}),
        });
      },
    });
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}
