// The cmdlet catalogue: the Exchange cmdlets this project's fixes, runbooks and collector call, and the few Windows
// PowerShell cmdlets they are wrapped in, with their parameters, types, parameter sets and the Exchange releases
// that have them. The data (cmdlets.json) is read from Microsoft's cmdlet references by scripts/cmdlets.ts, which
// records the commits; this module only types it and looks things up.
import data from './cmdlets.json';
import type { ExchangeRelease } from './types';

/** The releases Microsoft's cmdlet reference covers (it has nothing on Exchange 2007). */
export type CmdletRelease = Exclude<ExchangeRelease, '2007'>;
export const CMDLET_RELEASES: readonly CmdletRelease[] = ['2010', '2013', '2016', '2019', 'SE', 'Online'];

export interface CmdletParameter {
  /** As the reference spells it. */
  name: string;
  /** The reference's type name: `Boolean`, `SwitchParameter`, `MultiValuedProperty`, `String[]`, `Fqdn`... */
  type: string;
  /** A switch: present or not, or `-Name:$false`. */
  switch: boolean;
  /** Releases that have it; undefined: every release the cmdlet has. */
  releases?: readonly CmdletRelease[];
  /** Parameter sets it is in; undefined: all of them. */
  sets?: readonly string[];
  /** Required in every set it is in (true) or in these sets. */
  required?: true | readonly string[];
  /** Positional: the argument index it takes when its name is left out. */
  position?: number;
  /** Takes pipeline input (by value or by property name). */
  pipeline: boolean;
  aliases: readonly string[];
  /** The valid values the reference lists (enum-like parameters). */
  values?: readonly string[];
  /** Several values may be given (a flags enum, `-AuthMechanism Tls,BasicAuth`). */
  multiple: boolean;
  /** false: the reference says it is not supported on Edge Transport servers; 'only': only there. */
  edge?: false | 'only';
  /** One of PowerShell's common parameters (-ErrorAction, -Verbose...). */
  common: boolean;
}

export interface CmdletDef {
  name: string;
  /**
   * `exchange`: Exchange Management Shell or Exchange Online; `powershell`: Windows PowerShell 5.1; `windows`: a
   * Windows Server module (ActiveDirectory, NetSecurity, NetTCPIP, TLS).
   */
  module: 'exchange' | 'powershell' | 'windows';
  /** Exchange releases that have it; undefined for PowerShell cmdlets (wherever the shell runs). */
  releases?: readonly CmdletRelease[];
  /** Its parameter sets; empty when it has a single one. */
  sets: readonly string[];
  defaultSet?: string;
  /**
   * true: the reference says it runs on Edge Transport servers; 'only': only there; false: not there (EdgeSync,
   * hybrid and OAuth cmdlets, from the domain facts). Undefined: nothing says.
   */
  edge?: boolean | 'only';
  /** Built-in aliases (`fl` for Format-List). */
  aliases: readonly string[];
  /** Its own parameters, then the common parameters. */
  parameters: readonly CmdletParameter[];
}

interface RawParameter {
  type: string;
  releases?: string[];
  sets?: string[];
  required?: true | string[];
  position?: number;
  pipeline?: true;
  aliases?: string[];
  values?: string[];
  multiple?: true;
  edge?: false | 'only';
}

interface RawCmdlet {
  releases?: string[];
  sets?: string[];
  defaultSet?: string;
  edge?: boolean | 'only';
  aliases?: string[];
  parameters: Record<string, RawParameter>;
}

interface RawSection {
  source: CmdletSource;
  cmdlets: Record<string, RawCmdlet>;
}

export interface CmdletSource {
  repository: string;
  commit: string;
  folder: string;
}

type Raw = { exchange: RawSection; powershell: RawSection; windows: RawSection; common: Record<string, RawParameter> };

/** Where the catalogue was read: repository, commit and folder of each reference. */
export function cmdletSources(): { exchange: CmdletSource; powershell: CmdletSource; windows: CmdletSource } {
  const raw = data as unknown as Raw;
  return { exchange: raw.exchange.source, powershell: raw.powershell.source, windows: raw.windows.source };
}

function parameter(name: string, p: RawParameter, common: boolean): CmdletParameter {
  const out: CmdletParameter = {
    name,
    type: p.type,
    switch: p.type === 'SwitchParameter',
    pipeline: p.pipeline === true,
    aliases: p.aliases ?? [],
    multiple: p.multiple === true,
    common,
  };
  if (p.releases) out.releases = p.releases as CmdletRelease[];
  if (p.sets) out.sets = p.sets;
  if (p.required) out.required = p.required;
  if (p.position !== undefined) out.position = p.position;
  if (p.values) out.values = p.values;
  if (p.edge !== undefined) out.edge = p.edge;
  return out;
}

let byName: Map<string, CmdletDef> | undefined;
let byAlias: Map<string, CmdletDef> | undefined;

// Built on first use: the front ends that never check a command do not pay for it (and the bundler can leave it out).
function cmdlets(): Map<string, CmdletDef> {
  if (byName) return byName;
  const raw = data as unknown as Raw;
  const common = Object.entries(raw.common).map(([n, p]) => parameter(n, p, true));
  byName = new Map();
  byAlias = new Map();
  for (const module of ['exchange', 'powershell', 'windows'] as const) {
    for (const [name, c] of Object.entries(raw[module].cmdlets)) {
      const own = Object.entries(c.parameters).map(([n, p]) => parameter(n, p, false));
      const def: CmdletDef = {
        name,
        module,
        sets: c.sets ?? [],
        aliases: c.aliases ?? [],
        parameters: [...own, ...common.filter((x) => !own.some((o) => o.name === x.name))],
      };
      if (c.releases) def.releases = c.releases as CmdletRelease[];
      if (c.defaultSet) def.defaultSet = c.defaultSet;
      if (c.edge !== undefined) def.edge = c.edge;
      byName.set(name.toLowerCase(), def);
      for (const a of def.aliases) byAlias.set(a.toLowerCase(), def);
    }
  }
  return byName;
}

/** A cmdlet by name or built-in alias, case-insensitively. */
export function cmdletDef(name: string): CmdletDef | undefined {
  const key = name.toLowerCase();
  return cmdlets().get(key) ?? byAlias?.get(key);
}

/** Every cmdlet the catalogue knows. */
export function cmdletDefs(): readonly CmdletDef[] {
  return [...cmdlets().values()];
}

/** The releases a parameter exists in: its own list, else its cmdlet's. */
export function parameterReleases(cmdlet: CmdletDef, p: CmdletParameter): readonly CmdletRelease[] | undefined {
  return p.releases ?? cmdlet.releases;
}

export type ParameterMatch =
  { found: CmdletParameter; by: 'name' | 'alias' | 'prefix' } | { ambiguous: readonly CmdletParameter[] } | { unknown: true; suggestion?: CmdletParameter };

/**
 * Resolves a parameter name as PowerShell does: the full name or an alias (case-insensitive), else a prefix of
 * exactly one name or alias. `by: 'prefix'` tells the caller the name was abbreviated.
 */
export function findParameter(cmdlet: CmdletDef, written: string): ParameterMatch {
  const w = written.toLowerCase();
  const exact = cmdlet.parameters.find((p) => p.name.toLowerCase() === w);
  if (exact) return { found: exact, by: 'name' };
  const alias = cmdlet.parameters.find((p) => p.aliases.some((a) => a.toLowerCase() === w));
  if (alias) return { found: alias, by: 'alias' };
  const prefixed = cmdlet.parameters.filter((p) => p.name.toLowerCase().startsWith(w) || p.aliases.some((a) => a.toLowerCase().startsWith(w)));
  if (prefixed.length === 1) return { found: prefixed[0], by: 'prefix' };
  if (prefixed.length > 1) return { ambiguous: prefixed };
  const suggestion = closest(cmdlet.parameters, w);
  return suggestion ? { unknown: true, suggestion } : { unknown: true };
}

/** The parameter whose name is within a third of its length in edits of the written one (a typo). */
function closest(params: readonly CmdletParameter[], w: string): CmdletParameter | undefined {
  let best: CmdletParameter | undefined;
  let bestDistance = Math.max(1, Math.floor(w.length / 3)) + 1;
  for (const p of params) {
    const d = distance(p.name.toLowerCase(), w, bestDistance);
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `cap`) once it cannot be below it. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin >= cap) return cap;
    prev = cur;
  }
  return prev[b.length];
}
