// The findings of a report: each gets an anchor (`f12`) in the order the findings section lists them (severity,
// then rule, then file and position), the object it sits in, and its fixes. Tables, the summary and the trust
// links refer to findings by those anchors.
import { isObjectsFile, type AnalyzedFile } from '../document';
import { kindDef } from '../catalogue';
import { displayName, type ExchangeObject } from '../objects/model';
import { RULE_BY_ID } from '../rules';
import { sourceLink } from '../rules/types';
import { SEVERITY_ORDER, type Diagnostic, type Position, type Range, type Severity } from '../types';
import type { FindingRef, ReportFinding, RuleGroup, SeverityGroup } from './types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** One analysed file of the report with the name it goes by. */
export interface Entry {
  file: AnalyzedFile;
  name: string;
  findings: readonly Diagnostic[];
}

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function within(p: Position, r: Range): boolean {
  return before(r.start, p) && before(p, r.end);
}

/** `file:line:column`, 1-based as editors show it. */
export function where(name: string, range: Range): string {
  return `${name}:${range.start.line + 1}:${range.start.character + 1}`;
}

/** The identity of a finding across copies (the trust map copies the findings it shows). */
export function findingKey(uri: string, d: { code: string; range: Range; message: string }): string {
  return `${uri}|${d.code}|${d.range.start.line}:${d.range.start.character}|${d.message}`;
}

/** How the report names an object: `Receive connector "Anonymous Relay"`. */
export function objectName(obj: ExchangeObject): string {
  const label = obj.kind ? kindDef(obj.kind).label : 'object';
  return `${label[0].toUpperCase()}${label.slice(1)} "${displayName(obj)}"`;
}

/** The object of a file a position falls in. */
export function objectAt(file: AnalyzedFile, p: Position): ExchangeObject | undefined {
  return isObjectsFile(file) ? file.objects.find((o) => within(p, o.range)) : undefined;
}

export interface FindingIndex {
  groups: SeverityGroup[];
  all: ReportFinding[];
  /** A finding's reference by its key (`findingKey`). */
  byKey: Map<string, ReportFinding>;
  /** The references of the findings in a range of a file. */
  inRange(uri: string, range: Range): FindingRef[];
}

export function ref(f: FindingRef): FindingRef {
  return { id: f.id, code: f.code, severity: f.severity };
}

export function indexFindings(entries: readonly Entry[]): FindingIndex {
  const items = entries.flatMap((e, fileOrder) => e.findings.map((d) => ({ e, d, fileOrder })));
  items.sort(
    (a, b) =>
      SEVERITY_ORDER[b.d.severity] - SEVERITY_ORDER[a.d.severity] ||
      a.d.code.localeCompare(b.d.code) ||
      a.fileOrder - b.fileOrder ||
      a.d.range.start.line - b.d.range.start.line ||
      a.d.range.start.character - b.d.range.start.character,
  );
  const byUri = new Map(entries.map((e) => [e.file.uri, e]));
  const nameOf = (uri: string) => byUri.get(uri)?.name ?? uri;
  const byKey = new Map<string, ReportFinding>();
  const perFile = new Map<string, { d: Diagnostic; f: ReportFinding }[]>();
  const all = items.map(({ e, d }, i): ReportFinding => {
    const obj = objectAt(e.file, d.range.start);
    const f: ReportFinding = {
      id: `f${i + 1}`,
      code: d.code,
      severity: d.severity,
      message: d.message,
      where: where(e.name, d.range),
      ...(obj ? { object: objectName(obj) } : {}),
      fixes: (d.fixes ?? []).map((x) => ({ title: x.title, ...(x.command ? { command: x.command } : {}), edits: x.edits?.length ?? 0 })),
      related: (d.relatedInformation ?? []).map((r) => ({ where: where(nameOf(r.uri ?? e.file.uri), r.range), message: r.message })),
    };
    byKey.set(findingKey(e.file.uri, d), f);
    const list = perFile.get(e.file.uri) ?? [];
    list.push({ d, f });
    perFile.set(e.file.uri, list);
    return f;
  });

  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const rules = new Map<string, RuleGroup>();
    for (const f of all.filter((x) => x.severity === severity)) {
      let g = rules.get(f.code);
      if (!g) {
        const meta = RULE_BY_ID.get(f.code)?.meta;
        g = {
          code: f.code,
          description: meta?.description ?? '',
          docs: items.find((x) => x.d.code === f.code)?.d.href ?? '',
          sources: (meta?.sources ?? []).map(sourceLink),
          findings: [],
        };
        rules.set(f.code, g);
      }
      g.findings.push(f);
    }
    if (rules.size > 0) groups.push({ severity, rules: [...rules.values()] });
  }

  return {
    groups,
    all,
    byKey,
    inRange: (uri, range) =>
      (perFile.get(uri) ?? [])
        .filter(({ d }) => within(d.range.start, range))
        .map(({ f }) => ref(f))
        .sort((a, b) => SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity]),
  };
}
