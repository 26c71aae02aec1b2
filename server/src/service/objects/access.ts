// Typed reads of object properties for rules: the text (or number) the source gave, parsed by the value
// grammars with the catalogue's types. A property that is absent, empty or unreadable reads as undefined
// (invalid-value reports the unreadable ones), so rules only ever see values Exchange could hold.
import { enumDef } from '../catalogue';
import { parseBool } from '../values/bool';
import { parseEnum, parseFlags } from '../values/enumValue';
import { parseTimeSpan } from '../values/timeSpan';
import { parseInteger } from '../values/integer';
import { property, type ExchangeObject, type ListItem, type PropertyValue } from './model';

export interface Got<T> {
  value: T;
  prop: PropertyValue;
}

function present(obj: ExchangeObject, name: string): PropertyValue | undefined {
  const p = property(obj, name);
  return p && !p.empty ? p : undefined;
}

function enumName(obj: ExchangeObject, name: string): string | undefined {
  const t = property(obj, name)?.def?.type;
  return t && (t.kind === 'enum' || t.kind === 'flags') ? t.enum : undefined;
}

/**
 * The text when it names members (CLIXML <ToString>, Format-List); the number only when the source gave
 * nothing else (ConvertTo-Json): some catalogue numbers are unverified, the names never are.
 */
export function enumSource(p: PropertyValue): string {
  return p.number !== undefined && (p.text === '' || /^-?\d+$/.test(p.text.trim())) ? String(p.number) : p.text;
}

export function bool(obj: ExchangeObject, name: string): Got<boolean> | undefined {
  const p = present(obj, name);
  const v = p && parseBool(p.text);
  return p && v && v.problem === undefined && v.value !== undefined ? { value: v.value, prop: p } : undefined;
}

/** True only when the property reads True. */
export function isTrue(obj: ExchangeObject, name: string): boolean {
  return bool(obj, name)?.value === true;
}

export function text(obj: ExchangeObject, name: string): Got<string> | undefined {
  const p = present(obj, name);
  return p ? { value: p.text, prop: p } : undefined;
}

/** Whether the property is in the object at all (even empty): for "missing" vs "empty" decisions. */
export function has(obj: ExchangeObject, name: string): boolean {
  return property(obj, name) !== undefined;
}

/** Member name of an enum property, canonical spelling. */
export function enumMember(obj: ExchangeObject, name: string): Got<string> | undefined {
  const p = present(obj, name);
  const def = enumDef(enumName(obj, name) ?? '');
  if (!p || !def) return undefined;
  const v = parseEnum(enumSource(p), def);
  return v.value && v.problem === undefined ? { value: v.value.member.name, prop: p } : undefined;
}

// Several rules read the same AuthMechanism or PermissionGroups: each property is parsed once.
const flagsCache = new WeakMap<PropertyValue, Set<string> | null>();

/** Members of a [Flags] property as a set of lower-case names (shared: do not modify it). */
export function flags(obj: ExchangeObject, name: string): Got<ReadonlySet<string>> | undefined {
  const p = present(obj, name);
  if (!p) return undefined;
  let members = flagsCache.get(p);
  if (members === undefined) {
    const def = enumDef(enumName(obj, name) ?? '');
    const v = def ? parseFlags(enumSource(p), def) : undefined;
    members = v?.value && v.problem === undefined ? new Set(v.value.members.map((m) => m.name.toLowerCase())) : null;
    flagsCache.set(p, members);
  }
  return members ? { value: members, prop: p } : undefined;
}

/** A collection: `[]` for an empty one; `truncated` when $FormatEnumerationLimit cut it. */
export function list(obj: ExchangeObject, name: string): (Got<ListItem[]> & { truncated: boolean }) | undefined {
  const p = property(obj, name);
  if (!p) return undefined;
  if (p.list) return { value: p.list, prop: p, truncated: p.truncated === true };
  if (p.empty) return { value: [], prop: p, truncated: false };
  return { value: [{ text: p.text, range: p.valueRange }], prop: p, truncated: false };
}

/** Milliseconds of an EnhancedTimeSpan; Unlimited reads as undefined. */
export function timespan(obj: ExchangeObject, name: string): Got<number> | undefined {
  const p = present(obj, name);
  const v = p && parseTimeSpan(p.text, { unlimited: true });
  return p && v && v.problem === undefined && typeof v.value === 'number' ? { value: v.value, prop: p } : undefined;
}

export function integer(obj: ExchangeObject, name: string): Got<number> | undefined {
  const p = present(obj, name);
  const v = p && parseInteger(p.number !== undefined ? String(p.number) : p.text, { unlimited: true });
  return p && v && v.problem === undefined && typeof v.value === 'number' ? { value: v.value, prop: p } : undefined;
}

/** Where to report about a property: its value, or its name when the value is empty. */
export function at(p: PropertyValue) {
  return p.empty ? p.nameRange : p.valueRange;
}
