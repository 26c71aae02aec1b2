// --format html: the audit report, one self-contained HTML page (no script, nothing loaded from anywhere) built by
// the engine from the run's files and findings. The CLI adds what only it knows: each file's SHA-256, the files
// it skipped and why, the instant (--now), the baseline, the version.
import type { LanguageService, LintSettings, TextInput } from '../../service';
import { auditReportHtml, type AuditFile } from '../../service';
import { sha256File } from '../../io/hash';
import { displayPath, localPath } from './paths';
import type { Formatter } from './types';

/** What the html formatter needs beyond the results: the engine, the inputs, and the run's facts. */
export interface AuditContext {
  service: LanguageService;
  /** Each reported file's input and settings, by the file as results name it. */
  inputs: ReadonlyMap<string, { text: TextInput; settings: Partial<LintSettings> }>;
  hashes: ReadonlyMap<string, string>;
  now: Date;
  nowGiven: boolean;
  version: string;
  paths: readonly string[];
  baseline?: string;
  /** Files found in folders and left out because the configuration excludes them. */
  excluded: readonly string[];
}

/** Hashes every file of the run (streamed), for the report's scope. */
export async function hashFiles(files: Iterable<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of files) {
    const h = await sha256File(localPath(f));
    if (h) out.set(f, h);
  }
  return out;
}

export const formatHtml: Formatter = (results, { audit, skipped = [], cwd = process.cwd() }) => {
  if (!audit) throw new Error('--format html needs the audit context');
  const files: AuditFile[] = results.flatMap((r) => {
    const input = audit.inputs.get(r.file);
    if (!input) return [];
    const sha256 = audit.hashes.get(r.file);
    return [
      {
        input: input.text,
        settings: input.settings,
        name: displayPath(r.file, cwd),
        ...(sha256 ? { sha256 } : {}),
        findings: r.diagnostics,
        suppressed: r.suppressed ?? [],
        baselined: r.baselined ?? [],
      },
    ];
  });
  const report = audit.service.auditReport(files, {
    now: audit.now,
    nowGiven: audit.nowGiven,
    version: audit.version,
    producer: 'exchange-transport-lint',
    skipped: [
      ...skipped.map((f) => ({ name: displayPath(f, cwd), reason: 'holds nothing this linter reads' })),
      ...audit.excluded.map((f) => ({ name: displayPath(f, cwd), reason: 'excluded by the configuration (include/exclude)' })),
    ],
    roots: audit.paths.map((p) => displayPath(p, cwd)),
    ...(audit.baseline ? { baseline: displayPath(audit.baseline, cwd) } : {}),
  });
  return auditReportHtml(report);
};
