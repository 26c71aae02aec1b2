// Builds the audit report's model from the analysed files, the findings their front end reports (and those it
// accepted: suppressed by comments, hidden by a baseline) and the scope facts the front end passes in.
import { isObjectsFile, contentChecked, type AnalyzedFile } from '../document';
import { kindLabel } from '../formats/info';
import { buildTrustIndex } from '../project/trustIndex';
import { buildTrustMap, type LinkStatus } from '../project/trustMap';
import { RULES } from '../rules';
import { docsUrl } from '../rules/types';
import type { Diagnostic, Severity } from '../types';
import { topRisks, verdicts, type AreaId } from './areas';
import { exportDateOf } from './exportDate';
import { findingKey, indexFindings, ref, where, type Entry } from './findings';
import { acceptsCloudMail, buildFlow, pointsAtExchangeOnline } from './flow';
import { objectTables } from './servers';
import type { AcceptedFinding, AuditFile, AuditReport, AuditScope, ReportFile, TrustRow } from './types';

export const REPORT_TITLE = 'Exchange transport audit report';

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function listed(parts: [number, string, string?][]): string {
  return parts
    .filter(([n]) => n > 0)
    .map(([n, w, m]) => plural(n, w, m))
    .join(', ');
}

export function buildAuditReport(files: readonly { file: AnalyzedFile; audit: AuditFile }[], scope: AuditScope): AuditReport {
  const now = scope.now;
  const entries: Entry[] = files.map(({ file, audit }) => ({ file, name: audit.name, findings: audit.findings }));
  const index = indexFindings(entries);
  const project = files.map((f) => f.file).filter((f) => f.kind !== 'unknown' && !f.tooLarge);
  const trust = buildTrustIndex(project);
  const map = buildTrustMap(trust, new Map(files.map(({ file, audit }) => [file.uri, audit.findings as Diagnostic[]])), now);
  const nameOf = new Map(files.map(({ file, audit }) => [file.uri, audit.name]));

  // What the files hold, for the counts and for "not assessed".
  const objects = files.flatMap(({ file }) => (isObjectsFile(file) ? file.objects : []));
  const count = (kind: string) => objects.filter((o) => o.kind === kind).length;
  const send = trust.connectors.filter((c) => c.kind === 'send-connector');
  const edgeSync = send.filter((c) => /^EdgeSync - /i.test(c.name)).length;
  const cloudConnectors =
    count('outbound-connector') +
    count('inbound-connector') +
    trust.connectors.filter((c) => (c.kind === 'send-connector' ? pointsAtExchangeOnline(c.obj) : acceptsCloudMail(c.obj))).length;
  const logs = trust.logs.length;
  const sessions = trust.logs.reduce((n, l) => n + l.file.log.sessionCount, 0);
  const read: Record<AreaId, string> = {
    'edge-trust': listed([
      [trust.subscriptions.length, 'subscription file'],
      [edgeSync, 'EdgeSync connector'],
    ]),
    receive: listed([[count('receive-connector'), 'receive connector']]),
    send: listed([[send.length, 'send connector']]),
    certificates: listed([
      [trust.certificates.length, 'certificate'],
      [trust.subscriptions.filter((s) => s.thumbprint).length, 'Edge certificate in a subscription file', 'Edge certificates in subscription files'],
    ]),
    exo: listed([[cloudConnectors, 'connector to or from Microsoft 365', 'connectors to or from Microsoft 365']]),
    evidence: [
      logs ? `${plural(sessions, 'session')} in ${plural(logs, 'protocol log')}` : '',
      listed([
        [trust.events.length, 'event'],
        [trust.edgeSyncResults.length, 'EdgeSync result'],
        [trust.queueErrors.length, 'queue or message error'],
      ]),
    ]
      .filter(Boolean)
      .join(', '),
    files: listed([[files.length, 'file']]),
  };

  const reportFiles: ReportFile[] = files.map(({ file, audit }) => {
    const date = exportDateOf(file);
    return {
      name: audit.name,
      kindLabel: kindLabel(file.kind),
      characters: file.text.length,
      ...(audit.input.size !== undefined ? { size: audit.input.size } : {}),
      ...(audit.sha256 ? { sha256: audit.sha256 } : {}),
      ...(date.date ? { exportDate: date.date.toISOString() } : {}),
      ...(date.after ? { exportAfter: true } : {}),
      exportBasis: date.basis,
      ...(audit.note ? { note: audit.note } : {}),
      findings: audit.findings.length,
      checked: contentChecked(file),
    };
  });

  const suppressed: AcceptedFinding[] = files.flatMap(({ audit }) =>
    (audit.suppressed ?? []).map((s) => ({
      code: s.diagnostic.code,
      severity: s.diagnostic.severity,
      message: s.diagnostic.message,
      where: where(audit.name, s.diagnostic.range),
      reason: s.reason ?? 'no reason given in the comment',
      how: `exchange-transport-${s.directive} (line ${s.line + 1})`,
      docs: s.diagnostic.href,
    })),
  );
  const baselined: AcceptedFinding[] = files.flatMap(({ audit }) =>
    (audit.baselined ?? []).map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      where: where(audit.name, d.range),
      reason: scope.baseline ? `recorded in the baseline ${scope.baseline}` : 'recorded in the baseline',
      how: 'baseline',
      docs: d.href,
    })),
  );

  const trustRows: TrustRow[] = map.links.map((l) => ({
    status: l.status,
    from: l.from,
    to: l.to,
    via: l.via,
    dates: l.dates.map((d) => ({ what: d.what, date: Number.isNaN(d.date.getTime()) ? '' : d.date.toISOString(), past: d.past })),
    ...(l.note ? { note: l.note } : {}),
    refs: l.findings.flatMap((f) => {
      const found = index.byKey.get(findingKey(f.uri, f));
      return found ? [{ ...ref(found), message: found.message }] : [];
    }),
    where: nameOf.get(l.uri) ?? l.uri,
  }));

  const severities = (s: Severity) => index.all.filter((f) => f.severity === s).length;
  const linkCount = (s: LinkStatus) => map.links.filter((l) => l.status === s).length;
  const tables = objectTables(entries, trust, index, new Set(map.edges), new Set(map.hubs), now);
  const accepted = new Map<string, number>();
  for (const a of [...suppressed, ...baselined]) accepted.set(a.code, (accepted.get(a.code) ?? 0) + 1);
  const fired = new Map<string, number>();
  for (const f of index.all) fired.set(f.code, (fired.get(f.code) ?? 0) + 1);

  return {
    title: REPORT_TITLE,
    now: now.toISOString(),
    nowGiven: scope.nowGiven,
    version: scope.version,
    producer: scope.producer,
    scope: { files: reportFiles, skipped: [...scope.skipped], ...(scope.baseline ? { baseline: scope.baseline } : {}), roots: [...(scope.roots ?? [])] },
    counts: {
      files: files.length,
      skipped: scope.skipped.length,
      objects: [
        { label: 'EdgeSubscription files', count: trust.subscriptions.length },
        { label: 'Certificates', count: trust.certificates.length },
        { label: 'Send connectors', count: send.length },
        { label: 'Receive connectors', count: count('receive-connector') },
        { label: 'Exchange Online connectors', count: count('outbound-connector') + count('inbound-connector') },
        { label: 'Protocol log sessions', count: sessions },
        { label: 'Events', count: trust.events.length },
        { label: 'EdgeSync results', count: trust.edgeSyncResults.length },
        { label: 'Queue and message errors', count: trust.queueErrors.length },
      ].filter((o) => o.count > 0),
      findings: { error: severities('error'), warning: severities('warning'), information: severities('information'), hint: severities('hint') },
      suppressed: suppressed.length,
      baselined: baselined.length,
      links: { broken: linkCount('broken'), warning: linkCount('warning'), unknown: linkCount('unknown'), ok: linkCount('ok') },
    },
    areas: verdicts(index.all, read),
    risks: topRisks(index.all),
    flow: buildFlow(map, trust, entries, index),
    trust: trustRows,
    sessions: map.sessions ?? [],
    servers: tables.servers,
    organisation: tables.organisation,
    findings: index.groups,
    accepted: { suppressed, baselined },
    rules: RULES.map((r) => ({
      code: r.meta.id,
      category: r.meta.category,
      defaultSeverity: r.meta.defaultSeverity,
      description: r.meta.description,
      docs: docsUrl(r.meta.id),
      findings: fired.get(r.meta.id) ?? 0,
      accepted: accepted.get(r.meta.id) ?? 0,
    })),
  };
}
