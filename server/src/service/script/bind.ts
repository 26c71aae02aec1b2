// The statements' extracts (./extract.ts) → the script's model: offsets made absolute, variables resolved where
// the script shows their value, splatted hashtables turned into parameters, parameters given their values (a
// switch takes none), pipelines linked.
//
// A variable is known where it is used when every assignment to it is a plain `$x = <literal>` statement of its
// own (not in a block, branch or loop, not a parameter or a foreach variable): then its value is the last such
// literal before the use. Anything else leaves it unknown, as a computed value is.
import { cmdletDef, findParameter } from '../catalogue/cmdlets';
import type { RawDefinition, RawElement, RawValue, UnitExtract } from './extract';
import type { HashEntry, ScriptCommand, ScriptModel, ScriptParameter, ScriptValue, Span } from './model';

/** Switches of cmdlets the catalogue does not hold, which the rules read. */
const SWITCHES: Record<string, readonly string[]> = {
  'convertto-securestring': ['asplaintext', 'force'],
};
const COMMON_SWITCHES = new Set(['whatif', 'confirm', 'verbose', 'debug', 'force']);

const CONNECTOR_CMDLET = /^(?:new|set|get|remove)-(?:send|receive|inbound|outbound)connector$/i;

interface Definition {
  at: number;
  plain: boolean;
  /** The assigned value as extracted, and where its statement starts. */
  raw?: RawValue;
  base: number;
  /** `raw` placed, once a use asks for it (most statements of an edited script are not bound again). */
  value?: ScriptValue;
}

/** A statement's commands, bound: what the next version reuses when neither the statement nor its variables change. */
export interface BoundUnit {
  commands: readonly ScriptCommand[];
  exchange: boolean;
}

export interface PlacedUnit {
  start: number;
  extract: UnitExtract;
}

/** Offsets of the previous version after `after` are `delta` further in this one; those before are where they were. */
export interface Move {
  after: number;
  delta: number;
}

/** How the previous version's bindings are reused. */
export interface Rebind {
  /** The previous version's statements and their bindings. */
  units: readonly PlacedUnit[];
  bound: readonly BoundUnit[];
  /** For each statement, its index in the previous version when its text did not change, else -1. */
  from: Int32Array;
  /** Where its statements that did not change are now. */
  move: Move;
  /** Variables assigned in statements that changed (read again, or gone). */
  changed: ReadonlySet<string>;
}

export function bindScript(units: readonly PlacedUnit[], rebind?: Rebind): { model: ScriptModel; bound: BoundUnit[] } {
  const definitions = new Map<string, Definition[]>();
  const unreadable: Span[] = [];
  for (const u of units) {
    for (const d of u.extract.definitions) addDefinition(definitions, d, u.start);
    for (const s of u.extract.unreadable) unreadable.push(shift(s, u.start));
  }
  const resolver = new Resolver(definitions);
  // A kept statement is bound as before unless a variable it reads (through assignments) changed.
  const dirty = rebind ? dependents(units, rebind.changed) : undefined;
  const bound: BoundUnit[] = [];
  const commands: ScriptCommand[] = [];
  let exchange = false;
  units.forEach((u, i) => {
    const from = rebind ? rebind.from[i] : -1;
    const b =
      rebind && dirty && from >= 0 && !usesAny(u.extract, dirty)
        ? moveUnit(rebind.bound[from], rebind.units[from].start, u.start, rebind.move)
        : bindUnit(u, resolver);
    bound.push(b);
    for (const c of b.commands) commands.push(c);
    exchange ||= b.exchange;
  });
  return { model: { commands, unreadable, exchange }, bound };
}

function bindUnit(u: PlacedUnit, resolver: Resolver): BoundUnit {
  const commands: ScriptCommand[] = [];
  const byStart = new Map<number, ScriptCommand>();
  const piped: { cmd: ScriptCommand; from: number }[] = [];
  for (const raw of u.extract.commands) {
    const cmd: ScriptCommand = {
      name: raw.name,
      nameSpan: shift(raw.nameSpan, u.start),
      start: raw.start + u.start,
      end: raw.end + u.start,
      parameters: [],
      positional: [],
      unknownSplat: false,
      statement: shift(raw.statement, u.start),
    };
    bindElements(cmd, raw.elements, u.start, resolver);
    if (raw.pipedValue) cmd.input = { value: resolver.value(raw.pipedValue, u.start) };
    if (raw.pipedFrom !== undefined) piped.push({ cmd, from: raw.pipedFrom + u.start });
    commands.push(cmd);
    byStart.set(cmd.start, cmd);
  }
  // A pipeline is one statement: what is piped into a command is in the same unit.
  for (const p of piped) {
    const from = byStart.get(p.from);
    if (from) p.cmd.input = { command: from };
  }
  commands.sort((a, b) => a.start - b.start);
  return { commands, exchange: commands.some((c) => CONNECTOR_CMDLET.test(c.name) || cmdletDef(c.name)?.module === 'exchange') };
}

function addDefinition(map: Map<string, Definition[]>, d: RawDefinition, base: number): void {
  if (!d.variable) return;
  const def: Definition = { at: d.at + base, plain: d.plain, base };
  if (d.value) def.raw = d.value;
  const list = map.get(d.variable);
  if (list) list.push(def);
  else map.set(d.variable, [def]);
}

function assigned(d: Definition): ScriptValue | undefined {
  if (d.raw && !d.value) d.value = absolute(d.raw, d.base);
  return d.value;
}

class Resolver {
  constructor(private readonly definitions: Map<string, Definition[]>) {}

  /** A raw value at its place in the script, its variables resolved. */
  value(raw: RawValue, base: number): ScriptValue {
    return this.resolve(absolute(raw, base));
  }

  resolve(v: ScriptValue): ScriptValue {
    if (v.variable !== undefined) return this.variable(v);
    if (v.items) {
      const items = v.items.map((i) => this.resolve(i));
      const unknown = items.some((i) => i.unknown);
      return { ...v, items, unknown, text: unknown ? '' : `{${items.map((i) => i.text).join(', ')}}` };
    }
    if (v.entries) return { ...v, entries: v.entries.map((e) => ({ ...e, value: this.resolve(e.value) })) };
    return v;
  }

  /** What a `$variable` holds where it is used: the literal last assigned before, when the script shows it. */
  private variable(use: ScriptValue): ScriptValue {
    const defs = this.definitions.get(use.variable!);
    const unknown: ScriptValue = { ...use, unknown: true, text: '', form: 'expression' };
    if (!defs) return unknown;
    let last: Definition | undefined;
    for (const d of defs) if (d.at < use.start) last = d;
    const value = last && assigned(last);
    if (!value) return unknown;
    const assignedAt = { start: value.start, end: value.end };
    if (defs.some((d) => !d.plain) || value.unknown) return { ...unknown, assignedAt };
    const held = this.resolve(value);
    if (held.unknown) return { ...unknown, assignedAt };
    // The use is where the value stands in the command; its items and entries stay where they were written.
    return { ...held, start: use.start, end: use.end, variable: use.variable, assignedAt };
  }

  /** The hashtable a splatted variable holds, when the script shows it. */
  splat(name: string, at: number): HashEntry[] | undefined {
    const v = this.variable({ start: at, end: at, text: '', unknown: true, form: 'expression', variable: name });
    return v.unknown || v.form !== 'hashtable' ? undefined : v.entries;
  }
}

function bindElements(cmd: ScriptCommand, elements: readonly RawElement[], base: number, resolver: Resolver): void {
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (el.kind === 'splat') {
      const entries = resolver.splat(el.variable, el.start + base);
      if (!entries) cmd.unknownSplat = true;
      else
        for (const e of entries)
          cmd.parameters.push({
            name: e.key,
            nameSpan: e.keySpan,
            span: { start: e.keySpan.start, end: e.value.end },
            value: e.value,
            colon: false,
            splatted: true,
          });
      continue;
    }
    if (el.kind === 'value') {
      cmd.positional.push(resolver.value(el.value, base));
      continue;
    }
    const next = elements[i + 1];
    const takesValue = next?.kind === 'value' && (el.colon || !isSwitch(cmd.name, el.name));
    const param: ScriptParameter = {
      name: el.name,
      nameSpan: shift(el.nameSpan, base),
      span: { start: el.start + base, end: el.end + base },
      colon: el.colon,
      splatted: false,
    };
    if (takesValue && next.kind === 'value') {
      param.value = resolver.value(next.value, base);
      param.span = { start: param.span.start, end: param.value.end };
      i++;
    }
    cmd.parameters.push(param);
  }
}

/** A switch parameter takes no value unless written `-Name:value`. */
function isSwitch(cmdlet: string, name: string): boolean {
  const c = cmdlet.toLowerCase();
  const n = name.toLowerCase();
  if (SWITCHES[c]?.includes(n)) return true;
  const def = cmdletDef(cmdlet);
  if (!def) return COMMON_SWITCHES.has(n);
  const match = findParameter(def, name);
  return 'found' in match && match.found.switch;
}

function shift(s: Span, base: number): Span {
  return { start: s.start + base, end: s.end + base };
}

/** A raw value with absolute offsets, as a model value (a variable still to resolve keeps `variable`). */
function absolute(raw: RawValue, base: number): ScriptValue {
  const v: ScriptValue = {
    start: raw.start + base,
    end: raw.end + base,
    text: raw.text,
    unknown: raw.unknown,
    form: raw.form === 'variable' ? 'expression' : raw.form,
  };
  if (raw.form === 'variable' && raw.variable !== undefined) v.variable = raw.variable;
  if (raw.items) v.items = raw.items.map((i) => absolute(i, base));
  if (raw.entries) v.entries = raw.entries.map((e) => ({ key: e.key, keySpan: shift(e.keySpan, base), value: absolute(e.value, base) }));
  return v;
}

/** What a statement reads: the variables its commands use (values, splats, piped values), and its assignments'. */
interface Reads {
  uses: string[];
  /** For each assignment of a value that reads variables: the variable assigned, and those it reads. */
  assigns: { variable: string; reads: string[] }[];
}

const READS = new WeakMap<UnitExtract, Reads>();

function readsOf(extract: UnitExtract): Reads {
  let r = READS.get(extract);
  if (!r) {
    const uses: string[] = [];
    for (const c of extract.commands) {
      for (const el of c.elements) {
        if (el.kind === 'splat') uses.push(el.variable);
        else if (el.kind === 'value') valueVariables(el.value, uses);
      }
      if (c.pipedValue) valueVariables(c.pipedValue, uses);
    }
    const assigns: Reads['assigns'] = [];
    for (const d of extract.definitions) {
      const reads = d.value ? valueVariables(d.value, []) : [];
      if (reads.length > 0) assigns.push({ variable: d.variable, reads });
    }
    r = { uses, assigns };
    READS.set(extract, r);
  }
  return r;
}

function valueVariables(v: RawValue, out: string[]): string[] {
  if (v.variable !== undefined) out.push(v.variable);
  if (v.items) for (const i of v.items) valueVariables(i, out);
  if (v.entries) for (const e of v.entries) valueVariables(e.value, out);
  return out;
}

/** The changed variables and those assigned a value that reads one of them, however indirectly. */
function dependents(units: readonly PlacedUnit[], changed: ReadonlySet<string>): Set<string> {
  const dirty = new Set(changed);
  if (dirty.size === 0) return dirty;
  const assigns: Reads['assigns'] = [];
  for (const u of units) for (const a of readsOf(u.extract).assigns) assigns.push(a);
  for (let grew = assigns.length > 0; grew;) {
    grew = false;
    for (const a of assigns)
      if (!dirty.has(a.variable) && a.reads.some((r) => dirty.has(r))) {
        dirty.add(a.variable);
        grew = true;
      }
  }
  return dirty;
}

function usesAny(extract: UnitExtract, dirty: ReadonlySet<string>): boolean {
  if (dirty.size === 0) return false;
  return readsOf(extract).uses.some((v) => dirty.has(v));
}

/**
 * A kept statement's binding where the statement now stands. Every offset in it is in an unchanged statement (its
 * own, or one whose assignment it reads): those after the change (`> after`) move by `delta`, those before it stay.
 * When the statement did not move, nothing in it did, and the binding is reused as it is.
 */
function moveUnit(kept: BoundUnit, was: number, start: number, move: Move): BoundUnit {
  if (start === was) return kept;
  const copies = new Map<ScriptCommand, ScriptCommand>();
  const commands = kept.commands.map((c) => {
    const m: ScriptCommand = {
      ...c,
      nameSpan: moveSpan(c.nameSpan, move),
      start: moved(c.start, move),
      end: moved(c.end, move),
      parameters: c.parameters.map((p) => moveParameter(p, move)),
      positional: c.positional.map((v) => moveValue(v, move)),
      statement: moveSpan(c.statement, move),
    };
    copies.set(c, m);
    return m;
  });
  for (const m of commands) {
    const input = m.input;
    if (input) m.input = input.command ? { ...input, command: copies.get(input.command) ?? input.command } : { ...input, value: moveValue(input.value!, move) };
  }
  return { commands, exchange: kept.exchange };
}

function moved(offset: number, move: Move): number {
  return offset > move.after ? offset + move.delta : offset;
}

function moveParameter(p: ScriptParameter, move: Move): ScriptParameter {
  const m: ScriptParameter = { ...p, nameSpan: moveSpan(p.nameSpan, move), span: moveSpan(p.span, move) };
  if (p.value) m.value = moveValue(p.value, move);
  return m;
}

function moveValue(v: ScriptValue, move: Move): ScriptValue {
  const m: ScriptValue = { ...v, start: moved(v.start, move), end: moved(v.end, move) };
  if (v.items) m.items = v.items.map((i) => moveValue(i, move));
  if (v.entries) m.entries = v.entries.map((e) => ({ ...e, keySpan: moveSpan(e.keySpan, move), value: moveValue(e.value, move) }));
  if (v.assignedAt) m.assignedAt = moveSpan(v.assignedAt, move);
  if (v.commands) m.commands = v.commands.map((c) => moveSpan(c, move));
  return m;
}

function moveSpan(s: Span, move: Move): Span {
  return { start: moved(s.start, move), end: moved(s.end, move) };
}
