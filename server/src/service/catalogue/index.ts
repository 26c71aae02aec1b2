// The property catalogue: every property of the Exchange objects this project reads, as typed data, and the
// lookups the rest of the engine uses (kind detection, case-insensitive property lookup, enum decoding).
import { ENUMS, UNVERIFIED_MEMBERS } from './enums';
import { EXCHANGE_CERTIFICATE } from './exchangeCertificate';
import { INBOUND_CONNECTOR } from './inboundConnector';
import { OUTBOUND_CONNECTOR } from './outboundConnector';
import { RECEIVE_CONNECTOR } from './receiveConnector';
import { SEND_CONNECTOR } from './sendConnector';
import { EDGESYNC_RESULT } from './edgeSyncResult';
import { EDGESYNC_SYNC } from './edgeSyncStart';
import { QUEUE } from './queue';
import { QUEUED_MESSAGE } from './queuedMessage';
import { EVIDENCE_ENUMS, EVIDENCE_ENUMS_UNVERIFIED } from './evidenceEnums';
import type { EnumDef, EnumMember, ObjectKind, ObjectKindDef, PropertyDef } from './types';

export type * from './types';
export { ENUMS } from './enums';

export const OBJECT_KINDS: readonly ObjectKindDef[] = [
  SEND_CONNECTOR,
  RECEIVE_CONNECTOR,
  EXCHANGE_CERTIFICATE,
  OUTBOUND_CONNECTOR,
  INBOUND_CONNECTOR,
  EDGESYNC_RESULT,
  EDGESYNC_SYNC,
  QUEUE,
  QUEUED_MESSAGE,
];

const KINDS = new Map<ObjectKind, ObjectKindDef>(OBJECT_KINDS.map((k) => [k.kind, k]));

/** kind → lower-case property name → definition. */
const PROPERTIES = new Map<ObjectKind, ReadonlyMap<string, PropertyDef>>(
  OBJECT_KINDS.map((k) => [k.kind, new Map(k.properties.map((p) => [p.name.toLowerCase(), p]))]),
);

const SIGNATURES: readonly { kind: ObjectKind; names: ReadonlySet<string> }[] = OBJECT_KINDS.map((k) => ({
  kind: k.kind,
  names: new Set(k.signature.map((n) => n.toLowerCase())),
}));

/** Names every kind has (the remoting note properties): they say nothing about the kind. */
const COMMON_TO_ALL: ReadonlySet<string> = new Set(
  [...(PROPERTIES.get(OBJECT_KINDS[0].kind)?.keys() ?? [])].filter((n) => OBJECT_KINDS.every((k) => PROPERTIES.get(k.kind)?.has(n))),
);

const ENUMS_BY_NAME = new Map<string, EnumDef>([...Object.values(ENUMS), ...Object.values(EVIDENCE_ENUMS)].map((e) => [e.name.toLowerCase(), e]));

export function kindDef(kind: ObjectKind): ObjectKindDef {
  const def = KINDS.get(kind);
  if (!def) throw new Error(`unknown object kind ${kind}`);
  return def;
}

/** The definition of a property of a kind; the name is matched case-insensitively. */
export function propertyDef(kind: ObjectKind, name: string): PropertyDef | undefined {
  return PROPERTIES.get(kind)?.get(name.toLowerCase());
}

/** A kind's properties by lower-case name. */
export function propertyDefs(kind: ObjectKind): ReadonlyMap<string, PropertyDef> {
  return PROPERTIES.get(kind) ?? new Map();
}

/** An enumeration by name (case-insensitive), as referenced by `{ kind: 'enum' | 'flags', enum }` types. */
export function enumDef(name: string): EnumDef | undefined {
  return ENUMS_BY_NAME.get(name.toLowerCase());
}

/**
 * The kind of an object, from its property names (lower-case). Two or more signature properties of a kind
 * decide it; the kind with the most wins, and a tie goes to the kind that knows more of the names (still tied:
 * undefined). An object with a single signature hit is accepted only when no other kind has a hit and every
 * one of its names is a property of that kind (e.g. a certificate exported with Export-Clixml carries only
 * RawData and the remoting properties).
 */
export function detectObjectKind(propertyNamesLowerCase: Iterable<string>): ObjectKind | undefined {
  const names = new Set<string>();
  for (const n of propertyNamesLowerCase) names.add(n.toLowerCase());
  return detectObjectKindByKeys(names);
}

/**
 * The same for names already lower case, in anything with has() and keys() (a Set, or a Map by name).
 * `hint` is the kind the source names (the `Get-ReceiveConnector` on the command line above a pasted dump):
 * it decides when the names alone do not and do not contradict it.
 */
export function detectObjectKindByKeys(names: { has(name: string): boolean; keys(): Iterable<string> }, hint?: ObjectKind): ObjectKind | undefined {
  return bySignature(names) ?? (hint && fits(hint, names) ? hint : undefined) ?? byUniqueNames(names);
}

function bySignature(names: { has(name: string): boolean; keys(): Iterable<string> }): ObjectKind | undefined {
  const scored = SIGNATURES.map(({ kind, names: sig }) => {
    let hits = 0;
    for (const n of sig) if (names.has(n)) hits++;
    return { kind, hits };
  }).filter((s) => s.hits > 0);
  if (scored.length === 0) return undefined;

  const best = Math.max(...scored.map((s) => s.hits));
  const top = scored.filter((s) => s.hits === best);

  if (best >= 2) {
    if (top.length === 1) return top[0].kind;
    const known = top.map((s) => ({ kind: s.kind, known: countKnown(s.kind, names) }));
    const most = Math.max(...known.map((k) => k.known));
    const winners = known.filter((k) => k.known === most);
    return winners.length === 1 ? winners[0].kind : undefined;
  }

  if (scored.length !== 1) return undefined;
  const only = scored[0].kind;
  const props = PROPERTIES.get(only);
  for (const n of names.keys()) if (!COMMON_TO_ALL.has(n) && !props?.has(n)) return undefined;
  return only;
}

/** lower-case name → the kinds that have it. */
const KINDS_BY_NAME = new Map<string, Set<ObjectKind>>();
for (const k of OBJECT_KINDS)
  for (const p of k.properties) KINDS_BY_NAME.set(p.name.toLowerCase(), (KINDS_BY_NAME.get(p.name.toLowerCase()) ?? new Set()).add(k.kind));

/** Names outside the catalogue a partial dump may carry (a computed column, a typo) without losing its kind. */
function fewUnknown(unknown: number, total: number): boolean {
  return unknown <= 1 && unknown * 4 <= total;
}

/** The names do not contradict the kind: it has at least one of them, and all but a few. */
function fits(kind: ObjectKind, names: { keys(): Iterable<string> }): boolean {
  const props = PROPERTIES.get(kind);
  let total = 0;
  let unknown = 0;
  for (const n of names.keys()) {
    total++;
    if (!props?.has(n)) unknown++;
  }
  return total > unknown && fewUnknown(unknown, total);
}

/**
 * A partial dump (`fl Name,RequireTLS,TlsAuthLevel`): the one kind that has every known name, when some name is
 * had by that kind only (TlsAuthLevel: send connectors; RouteAllMessagesViaOnPremises: Exchange Online outbound).
 */
function byUniqueNames(names: { keys(): Iterable<string> }): ObjectKind | undefined {
  let candidates: Set<ObjectKind> | undefined;
  let total = 0;
  let unknown = 0;
  for (const n of names.keys()) {
    total++;
    const kinds = KINDS_BY_NAME.get(n);
    if (!kinds) {
      unknown++;
      continue;
    }
    candidates = candidates ? new Set([...candidates].filter((k) => kinds.has(k))) : new Set(kinds);
  }
  if (!candidates || candidates.size !== 1 || !fewUnknown(unknown, total)) return undefined;
  return [...candidates][0];
}

function countKnown(kind: ObjectKind, names: { keys(): Iterable<string> }): number {
  const props = PROPERTIES.get(kind);
  let count = 0;
  for (const n of names.keys()) if (props?.has(n)) count++;
  return count;
}

/**
 * The text Exchange prints for a numeric enum value (ConvertTo-Json, CLIXML <I32>). Flags are listed in
 * ascending value order, "Tls, ExchangeServer" for AuthMechanisms 17; 0 gives the zero member ("None").
 * Undefined for unknown enums, numbers with unknown bits, and members whose number is not verified.
 */
export function decodeEnumNumber(enumName: string, n: number): string | undefined {
  const def = enumDef(enumName);
  if (!def || !Number.isSafeInteger(n)) return undefined;
  const exact = def.members.find((m) => m.value === n);
  if (exact) return verified(def, exact) ? exact.name : undefined;
  if (!def.flags || n < 0) return undefined;

  // As .NET does for [Flags]: take the largest members whose bits are all present, until nothing is left.
  let rest = n;
  const picked: EnumMember[] = [];
  for (const m of [...def.members].filter((x) => x.value > 0).sort((a, b) => b.value - a.value)) {
    if ((rest & m.value) === m.value) {
      picked.push(m);
      rest &= ~m.value;
    }
    if (rest === 0) break;
  }
  if (rest !== 0 || picked.some((m) => !verified(def, m))) return undefined;
  return picked
    .sort((a, b) => a.value - b.value)
    .map((m) => m.name)
    .join(', ');
}

function verified(def: EnumDef, m: EnumMember): boolean {
  return !UNVERIFIED_MEMBERS.has(`${def.name}.${m.name}`) && !EVIDENCE_ENUMS_UNVERIFIED.has(def.name);
}

/**
 * The number of an enum text such as "Tls, ExchangeServer" (member names are matched case-insensitively;
 * several names only for [Flags] enums). Undefined for unknown enums or names, or an empty text.
 */
export function encodeEnumNames(enumName: string, text: string): number | undefined {
  const def = enumDef(enumName);
  if (!def) return undefined;
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0 || (!def.flags && parts.length > 1)) return undefined;
  let value = 0;
  for (const part of parts) {
    const lower = part.toLowerCase();
    const member = def.members.find((m) => m.name.toLowerCase() === lower);
    if (!member) return undefined;
    value = def.flags ? value | member.value : member.value;
  }
  return value;
}

const MULTILINE = new Set(OBJECT_KINDS.flatMap((k) => k.properties.filter((p) => p.type.kind === 'multiline-string').map((p) => p.name.toLowerCase())));

/** Whether some kind has a multi-line text property of this name (Comment, Banner...). */
export function isMultilineProperty(name: string): boolean {
  // Names are mostly not multi-line: a cheap first-letter test avoids lower-casing every one.
  return MULTILINE_INITIALS.has(name.charCodeAt(0) | 32) && MULTILINE.has(name.toLowerCase());
}

const MULTILINE_INITIALS = new Set([...MULTILINE].map((n) => n.charCodeAt(0) | 32));
