// The summary's areas: each rule belongs to one (by its category, or by name where the category says less than
// the rule), and each area gets a one-line verdict from its findings and from what the files hold for it.
import { RULE_BY_ID } from '../rules';
import type { RuleCategory } from '../rules/types';
import type { Severity } from '../types';
import { ref } from './findings';
import type { AreaState, AreaVerdict, ReportFinding, TopRisk } from './types';

export type AreaId = 'edge-trust' | 'certificates' | 'send' | 'receive' | 'exo' | 'evidence' | 'files';

interface AreaDef {
  id: AreaId;
  title: string;
  categories: readonly RuleCategory[];
  /** Rules that belong here whatever their category. */
  rules?: readonly string[];
  /** What the area looks at, for "not assessed: the files hold no ...". */
  nothing: string;
}

/** In the order the summary lists them and top risks are ranked by (after severity). */
export const AREAS: readonly AreaDef[] = [
  {
    id: 'edge-trust',
    title: 'Edge trust and subscriptions',
    categories: ['subscription', 'trust'],
    rules: ['smtp-log-direct-trust-failed', 'smtp-log-subscription-stale'],
    nothing: 'EdgeSubscription file or EdgeSync connector',
  },
  { id: 'receive', title: 'Receive connectors and relay', categories: ['receive-connector'], nothing: 'receive connector' },
  { id: 'send', title: 'Send connectors', categories: ['send-connector'], nothing: 'send connector' },
  {
    id: 'certificates',
    title: 'Certificates',
    categories: ['certificate'],
    rules: ['tls-certificate-not-found', 'tls-certificate-not-smtp'],
    nothing: 'certificate',
  },
  {
    id: 'exo',
    title: 'Exchange Online and hybrid',
    categories: ['exchange-online'],
    rules: ['office365-connector-tls', 'hybrid-tls-certificate-name-empty'],
    nothing: 'Exchange Online connector, send connector to Microsoft 365 or receive connector for cloud mail',
  },
  {
    id: 'evidence',
    title: 'Evidence (logs, events, EdgeSync)',
    categories: ['evidence'],
    nothing: 'protocol log, event, EdgeSync result or queue',
  },
  { id: 'files', title: 'Files and values', categories: ['file', 'syntax', 'value'], nothing: 'file' },
];

const BY_RULE = new Map<string, AreaDef>(AREAS.flatMap((a) => (a.rules ?? []).map((r) => [r, a] as const)));

export function areaOf(code: string): AreaDef {
  const byRule = BY_RULE.get(code);
  if (byRule) return byRule;
  const category = RULE_BY_ID.get(code)?.meta.category;
  return AREAS.find((a) => category && a.categories.includes(category)) ?? AREAS[AREAS.length - 1];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const STATE_OF: Record<Severity, AreaState> = { error: 'broken', warning: 'at-risk', information: 'review', hint: 'review' };

/**
 * One verdict per area. `read` says what the files hold for each area ("2 subscription files, 1 EdgeSync
 * connector"); an area with nothing read and no finding is "not assessed", never "ok".
 */
export function verdicts(findings: readonly ReportFinding[], read: Readonly<Record<AreaId, string>>): AreaVerdict[] {
  return AREAS.map((a) => {
    const mine = findings.filter((f) => areaOf(f.code) === a);
    const errors = mine.filter((f) => f.severity === 'error').length;
    const warnings = mine.filter((f) => f.severity === 'warning').length;
    const others = mine.length - errors - warnings;
    const what = read[a.id];
    const worst = mine[0];
    const base = { id: a.id, title: a.title, read: what, errors, warnings, others };
    if (!worst) {
      return what
        ? { ...base, state: 'ok', line: `No finding in ${what}.` }
        : { ...base, state: 'not-assessed', line: `Not assessed: the files read hold no ${a.nothing}.` };
    }
    const counts = [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning'), others && plural(others, 'note')].filter(Boolean).join(', ');
    const state = STATE_OF[worst.severity];
    return {
      ...base,
      state,
      worst: ref(worst),
      line: `${counts} in ${what || 'the files read'}. ${state === 'review' ? 'To review' : 'Worst'}: ${worst.message}`,
    };
  });
}

/**
 * The top risks: the worst finding of each rule with errors or warnings, errors first, then by area (trust and
 * relay before the rest), then by how often the rule fired.
 */
export function topRisks(findings: readonly ReportFinding[], max = 5): TopRisk[] {
  const firstOf = new Map<string, { f: ReportFinding; n: number }>();
  for (const f of findings) {
    if (f.severity !== 'error' && f.severity !== 'warning') continue;
    const seen = firstOf.get(f.code);
    if (seen) seen.n++;
    else firstOf.set(f.code, { f, n: 1 });
  }
  const rank = (f: ReportFinding) => (f.severity === 'error' ? 0 : 1) * 100 + AREAS.indexOf(areaOf(f.code));
  return [...firstOf.values()]
    .sort((a, b) => rank(a.f) - rank(b.f) || b.n - a.n || a.f.code.localeCompare(b.f.code))
    .slice(0, max)
    .map(({ f, n }) => ({ text: f.message, area: areaOf(f.code).title, where: f.where, more: n - 1, ref: ref(f) }));
}
