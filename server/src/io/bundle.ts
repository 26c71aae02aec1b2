// Collector bundles on disk: a folder with the collector's manifest.json, or the zip the collector made of it. Each
// is read as one server's files: per item the best shape (flattened certificates over Clixml, Clixml over text),
// every file with the manifest's culture and UTC offset (nothing guessed), plus the facts runbooks need (the
// server's role, site and default SMTP certificate, the organisation's servers). Zips are read in memory with
// ./zip.ts, never extracted.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeBytes, type PrintedDates, type ServerFacts } from '../service';
import { chooseFiles, parseManifest, printedDates, type BundleManifest } from './bundleManifest';
import { DEFAULT_ZIP_LIMITS, ZipBudget, ZipError, zipEntries, type ZipLimits } from './zip';
import { isWalkedDir, isCandidate } from './files';

export const MANIFEST = 'manifest.json';
const SAMPLE_BYTES = 64 * 1024;
/** Facts files are small; a larger one is not read. */
const MAX_FACTS_BYTES = 4 * 1024 * 1024;

export interface BundleInput {
  /** `/`-separated path inside the bundle. */
  member: string;
  /** Where findings point: the folder's file, or `<zip>/<member>` for a zip. */
  uri: string;
  text: string;
  binary: boolean;
  size: number;
  printed: PrintedDates;
}

export interface Bundle {
  /** The folder or the zip. */
  root: string;
  zip: boolean;
  manifest: BundleManifest;
  printed: PrintedDates;
  /** The files to lint. */
  inputs: BundleInput[];
  /** Files left out, and why. */
  left: { path: string; why: string }[];
  /** Manifest fields that were dropped, files that could not be read. */
  notes: string[];
  /** What the bundle says about its server and the organisation (servers.json), for runbooks. */
  facts: ServerFacts;
}

export type BundleResult = Bundle | { root: string; error: string };

/** Reads the bytes of a bundle's members, whatever holds them. */
interface Source {
  has(member: string): boolean;
  /** Bytes, or the head and the full size when larger than `limit`. */
  read(member: string, limit: number): Promise<{ bytes: Buffer; size: number }>;
}

/** Whether a folder is a collector bundle (its manifest.json says so). */
export async function isBundleFolder(dir: string): Promise<boolean> {
  try {
    const text = await fs.readFile(path.join(dir, MANIFEST), 'utf8');
    return !('error' in parseManifest(text));
  } catch {
    return false;
  }
}

export function isZipName(name: string): boolean {
  return /\.zip$/i.test(name);
}

/**
 * Splits paths into plain files and bundles: a named .zip or bundle folder is a bundle; inside folders, bundle
 * folders and .zip files are bundles (not walked as files), other candidate files are files.
 */
export async function findBundles(paths: readonly string[]): Promise<{ files: string[]; bundles: string[] } | { missing: string }> {
  const files: string[] = [];
  const bundles: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    if (await isBundleFolder(dir)) {
      bundles.push(dir);
      return;
    }
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (isWalkedDir(e.name)) await walk(full);
      } else if (e.isFile() && isZipName(e.name)) bundles.push(full);
      else if (e.isFile() && isCandidate(e.name)) files.push(full);
    }
  };
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      return { missing: p };
    }
    if (stat.isDirectory()) await walk(p);
    else if (isZipName(p)) bundles.push(p);
    else files.push(p);
  }
  return { files, bundles };
}

/** A bundle folder or zip, read; `error` says why it cannot be. */
export async function readBundle(root: string, maxFileSize: number, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<BundleResult> {
  try {
    const zip = isZipName(root);
    const source = zip ? await zipSource(root, limits) : await folderSource(root);
    if ('error' in source) return { root, error: source.error };
    if (!source.has(MANIFEST)) return { root, error: `it holds no ${MANIFEST}: it is not a collector bundle` };
    const manifestText = decodeBytes((await source.read(MANIFEST, MAX_FACTS_BYTES)).bytes).text;
    const parsed = parseManifest(manifestText);
    if ('error' in parsed) return { root, error: parsed.error };
    const { manifest } = parsed;
    const notes = [...parsed.notes];
    const printed = printedDates(manifest);
    const { lint, left } = chooseFiles(manifest.files, (p) => source.has(p));
    const inputs: BundleInput[] = [];
    for (const f of lint) {
      try {
        const { bytes, size } = await source.read(f.path, maxFileSize);
        const decoded = decodeBytes(bytes);
        inputs.push({ member: f.path, uri: memberUri(root, f.path), text: decoded.text, binary: decoded.binary, size, printed });
      } catch (err) {
        // A hostile or damaged archive (zip bomb, wrong size or CRC) is refused as a whole, not half read.
        if (err instanceof ZipError) return { root, error: err.message };
        notes.push(`${f.path} cannot be read: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    const facts: ServerFacts = {
      server: manifest.server,
      role: manifest.role,
      source: memberUri(root, MANIFEST),
      ...(manifest.fqdn ? { fqdn: manifest.fqdn } : {}),
      ...(manifest.site ? { site: manifest.site } : {}),
      ...(manifest.build ? { build: manifest.build } : {}),
      ...(manifest.internalTransportCertificateThumbprint ? { internalTransportCertificateThumbprint: manifest.internalTransportCertificateThumbprint } : {}),
      servers: [],
    };
    // The organisation's servers and Edge subscriptions, as the collector flattens them (JSON, dates in UTC).
    for (const [item, read] of [
      ['servers', (text: string) => (facts.servers = organisationServers(text))],
      ['subscriptions', (text: string) => (facts.subscriptions = edgeSubscriptions(text))],
    ] as const) {
      const file = manifest.files.find((f) => f.item === item && source.has(f.path));
      if (!file) continue;
      try {
        read(decodeBytes((await source.read(file.path, MAX_FACTS_BYTES)).bytes).text);
      } catch (err) {
        notes.push(`${file.path} cannot be read: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return { root, zip, manifest, printed, inputs, left, notes, facts };
  } catch (err) {
    return { root, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The path findings of a member point at. */
export function memberUri(root: string, member: string): string {
  return path.join(root, ...member.split('/'));
}

async function folderSource(root: string): Promise<Source | { error: string }> {
  const real = await fs.realpath(root);
  const inside = async (member: string): Promise<string | undefined> => {
    const full = path.join(real, ...member.split('/'));
    const rel = path.relative(real, full);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return full;
  };
  const present = new Set<string>();
  const list = async (dir: string, prefix: string): Promise<void> => {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      if (e.isDirectory()) await list(path.join(dir, e.name), `${prefix}${e.name}/`);
      else if (e.isFile()) present.add(`${prefix}${e.name}`.toLowerCase());
    }
  };
  await list(real, '');
  return {
    has: (member) => present.has(member.toLowerCase()),
    async read(member, limit) {
      const full = await inside(member);
      if (!full) throw new Error('the path points outside the bundle');
      const handle = await fs.open(full, 'r');
      try {
        const { size } = await handle.stat();
        const length = size > limit ? SAMPLE_BYTES : size;
        const bytes = Buffer.alloc(length);
        await handle.read(bytes, 0, length, 0);
        return { bytes, size };
      } finally {
        await handle.close();
      }
    },
  };
}

async function zipSource(file: string, limits: ZipLimits): Promise<Source | { error: string }> {
  const { size } = await fs.stat(file);
  if (size > limits.maxTotalBytes) return { error: `it is ${size} bytes, more than the ${limits.maxTotalBytes} read from one archive` };
  const buf = await fs.readFile(file);
  let entries;
  try {
    entries = zipEntries(buf, limits);
  } catch (err) {
    return { error: err instanceof ZipError ? err.message : String(err) };
  }
  // The collector zips the folder's content; a zip made by hand may hold the folder itself.
  const files = entries.filter((e) => !e.name.endsWith('/'));
  const manifest = files.find((e) => e.name.toLowerCase() === MANIFEST) ?? files.find((e) => /^[^/]+\/manifest\.json$/i.test(e.name));
  const prefix = manifest ? manifest.name.slice(0, manifest.name.length - MANIFEST.length) : '';
  const byMember = new Map(files.filter((e) => e.name.startsWith(prefix)).map((e) => [e.name.slice(prefix.length).toLowerCase(), e]));
  const budget = new ZipBudget(limits);
  return {
    has: (member) => byMember.has(member.toLowerCase()),
    async read(member, limit) {
      const e = byMember.get(member.toLowerCase());
      if (!e) throw new Error('not in the archive');
      const bytes = budget.read(buf, e);
      return { bytes: bytes.length > limit ? bytes.subarray(0, SAMPLE_BYTES) : bytes, size: bytes.length };
    },
  };
}

/** A flattened JSON file's objects (one object or an array). */
function jsonObjects(text: string): Record<string, unknown>[] {
  const raw: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  return (Array.isArray(raw) ? raw : [raw]).filter((o): o is Record<string, unknown> => Boolean(o) && typeof o === 'object');
}

function utcDate(v: unknown): Date | undefined {
  const d = typeof v === 'string' ? new Date(v) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
}

/** edge/subscriptions.json: Get-EdgeSubscription as the collector flattens it. */
function edgeSubscriptions(text: string): NonNullable<ServerFacts['subscriptions']> {
  return jsonObjects(text).flatMap((o) => {
    if (typeof o.Name !== 'string' || !o.Name) return [];
    const created = utcDate(o.WhenCreated);
    return [{ edge: o.Name, ...(typeof o.Site === 'string' && o.Site ? { site: o.Site } : {}), ...(created ? { created } : {}) }];
  });
}

/** servers.json: Get-ExchangeServer as the collector flattens it. */
function organisationServers(text: string): ServerFacts['servers'] {
  const out: ServerFacts['servers'] = [];
  for (const o of jsonObjects(text)) {
    if (typeof o.Name !== 'string') continue;
    const created = utcDate(o.WhenCreated);
    out.push({
      name: o.Name,
      ...(typeof o.Fqdn === 'string' && o.Fqdn ? { fqdn: o.Fqdn } : {}),
      ...(typeof o.Site === 'string' && o.Site ? { site: o.Site } : {}),
      edge: o.IsEdgeServer === true || /\bEdge\b/i.test(String(o.ServerRole ?? '')),
      ...(created ? { created } : {}),
    });
  }
  return out;
}

/** Lines for people about a bundle read: the server, how its dates are read, failed steps, personal data. */
export function bundleNotes(b: Bundle, verbose: boolean): string[] {
  const m = b.manifest;
  const dates = [
    b.printed.dateOrder ? (b.printed.dateOrder === 'dmy' ? 'day first' : 'month first') : undefined,
    m.utcOffsetMinutes !== undefined ? `UTC${offset(m.utcOffsetMinutes)}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const failed = m.steps.filter((s) => s.status !== 'ok');
  const out = [
    `bundle ${b.root}: ${m.server} (${m.role === 'edge' ? 'Edge Transport' : 'Mailbox'}${m.culture ? `, ${m.culture}` : ''}${dates ? `; dates ${dates}` : ''}), ${b.inputs.length} file${b.inputs.length === 1 ? '' : 's'} read`,
  ];
  for (const s of failed) out.push(`  step failed on ${m.server}: ${s.name}${s.error ? `: ${s.error}` : ''}`);
  if (m.personalData.length > 0) out.push(`  holds personal data: ${m.personalData.join('; ')}`);
  for (const n of b.notes) out.push(`  ${n}`);
  if (verbose) for (const l of b.left) out.push(`  not linted: ${l.path} (${l.why})`);
  return out;
}

function offset(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
