// The manifest.json the collector (collector/Collect-ExchangeTransport.ps1) writes at the root of each server's
// bundle: what was collected on which server, how its dates were printed, and which steps failed. Read leniently
// (a field of the wrong type is dropped and noted), never trusted for paths: the files it lists are looked up inside
// the bundle only.
import type { PrintedDates } from '../service';

export interface BundleFileEntry {
  /** `/`-separated, relative to the bundle root. */
  path: string;
  /** What it holds (`certificates`, `send-connectors`...). */
  item: string;
  cmdlet?: string;
  /** `clixml`, `format-list`, `json`, `smtp-protocol-log`. */
  shape: string;
}

export interface BundleStep {
  name: string;
  status: string;
  error?: string;
}

export interface BundleManifest {
  version?: string;
  server: string;
  fqdn?: string;
  role: 'mailbox' | 'edge';
  site?: string;
  build?: string;
  adminDisplayVersion?: string;
  internalTransportCertificateThumbprint?: string;
  culture?: string;
  shortDatePattern?: string;
  utcOffsetMinutes?: number;
  collectedUtc?: string;
  switches: string[];
  personalData: string[];
  files: BundleFileEntry[];
  steps: BundleStep[];
}

export type ManifestResult = { manifest: BundleManifest; notes: string[] } | { error: string };

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** Reads a manifest's text (BOM and all); `error` when it is no collector manifest. */
export function parseManifest(text: string): ManifestResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { error: `manifest.json is not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { error: 'manifest.json is not a JSON object' };
  const m = raw as Record<string, unknown>;
  if (m.collector !== 'exchange-transport') return { error: 'manifest.json was not written by the exchange-transport collector' };
  const server = str(m.server);
  if (!server) return { error: 'manifest.json names no server' };
  const notes: string[] = [];
  const role = str(m.role)?.toLowerCase();
  if (role !== 'mailbox' && role !== 'edge') notes.push(`the role "${String(m.role)}" is neither Mailbox nor Edge: read as Mailbox`);
  const files: BundleFileEntry[] = [];
  for (const f of Array.isArray(m.files) ? m.files : []) {
    const o = f as Record<string, unknown>;
    const path = str(o?.path);
    const item = str(o?.item);
    const shape = str(o?.shape);
    if (path && item && shape)
      files.push({ path: path.replace(/\\/g, '/').replace(/^\/+/, ''), item, shape, ...(str(o.cmdlet) ? { cmdlet: str(o.cmdlet) } : {}) });
    else notes.push('a file entry without path, item or shape was left out');
  }
  const steps: BundleStep[] = [];
  for (const s of Array.isArray(m.steps) ? m.steps : []) {
    const o = s as Record<string, unknown>;
    const name = str(o?.name);
    if (name) steps.push({ name, status: str(o.status) ?? 'unknown', ...(str(o.error) ? { error: str(o.error) } : {}) });
  }
  const offset =
    typeof m.utcOffsetMinutes === 'number' && Number.isInteger(m.utcOffsetMinutes) && Math.abs(m.utcOffsetMinutes) <= 14 * 60 ? m.utcOffsetMinutes : undefined;
  if (m.utcOffsetMinutes !== undefined && offset === undefined)
    notes.push(`the UTC offset ${String(m.utcOffsetMinutes)} is not a number of minutes: times are read as UTC`);
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const manifest: BundleManifest = {
    server,
    role: role === 'edge' ? 'edge' : 'mailbox',
    switches: strings(m.switches),
    personalData: strings(m.personalData),
    files,
    steps,
  };
  for (const key of [
    'version',
    'fqdn',
    'site',
    'build',
    'adminDisplayVersion',
    'internalTransportCertificateThumbprint',
    'culture',
    'shortDatePattern',
    'collectedUtc',
  ] as const) {
    const v = str(m[key]);
    if (v) manifest[key] = v;
  }
  if (offset !== undefined) manifest.utcOffsetMinutes = offset;
  return { manifest, notes };
}

/**
 * How the bundle's dates were printed: the day/month order from the culture's short date pattern (`d/MM/yyyy`: day
 * first; `M/d/yyyy`: month first; `yyyy-MM-dd`: year first, which reads one way only) and the server's UTC offset.
 */
export function printedDates(m: BundleManifest): PrintedDates {
  const pattern = m.shortDatePattern;
  const first = pattern ? /[dMy]/.exec(pattern)?.[0] : undefined;
  const dateOrder = first === 'd' ? 'dmy' : first === 'M' ? 'mdy' : undefined;
  const culture = [m.culture, pattern].filter(Boolean).join(', ');
  return {
    ...(dateOrder ? { dateOrder, reason: `as the collector's manifest of ${m.server} says${culture ? `: ${culture}` : ''}` } : {}),
    ...(m.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: m.utcOffsetMinutes } : {}),
  };
}

/** The shapes a bundle item is read from, best first: flattened certificates over Clixml; exact Clixml over text. */
const PREFERENCE: Record<string, readonly string[]> = {
  certificates: ['json', 'clixml', 'format-list'],
};
const DEFAULT_PREFERENCE = ['clixml', 'format-list', 'json'];

/** Items the linter does not read as such (facts for runbooks, or data another file of the item shows). */
const NOT_LINTED = new Set(['events-data', 'servers', 'subscriptions', 'receive-connector-permissions', 'tls-registry', 'adam-settings']);

/** The files to lint: per item, the best shape present (logs: every file); the others with why they are left out. */
export function chooseFiles(
  files: readonly BundleFileEntry[],
  present: (path: string) => boolean,
): { lint: BundleFileEntry[]; left: { path: string; why: string }[] } {
  const lint: BundleFileEntry[] = [];
  const left: { path: string; why: string }[] = [];
  const byItem = new Map<string, BundleFileEntry[]>();
  for (const f of files) {
    if (!present(f.path)) {
      left.push({ path: f.path, why: 'listed in the manifest but not in the bundle' });
      continue;
    }
    if (NOT_LINTED.has(f.item)) {
      left.push({ path: f.path, why: 'facts for runbooks, not linted' });
      continue;
    }
    if (f.shape === 'smtp-protocol-log') {
      lint.push(f);
      continue;
    }
    byItem.set(f.item, [...(byItem.get(f.item) ?? []), f]);
  }
  for (const [item, list] of byItem) {
    const order = PREFERENCE[item] ?? DEFAULT_PREFERENCE;
    const rank = (f: BundleFileEntry) => (order.includes(f.shape) ? order.indexOf(f.shape) : order.length);
    const sorted = [...list].sort((a, b) => rank(a) - rank(b));
    lint.push(sorted[0]);
    for (const f of sorted.slice(1)) left.push({ path: f.path, why: `${item} is read from ${sorted[0].path}` });
  }
  return { lint, left };
}
