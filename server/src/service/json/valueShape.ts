// One JSON property value → what the shared model holds: the display text Format-List would print, the enum number,
// the list items, the offsets. The catalogue type of the property (when the object's kind is known) decides how
// numbers read (enum members, byte sizes) and what an unreadable value means.
//
// Unreadable values: a .NET type name or "@{...}" (PowerShell stopped at -Depth), or an object of a shape this reader
// does not know. In a property with a checked type (size, time span, address, enum...) such a value is kept as
// present but unknown: text "" and empty false, so invalid-value has nothing to reject and rules that look for a
// missing value (TlsDomain, AuthenticationCredential...) do not fire on it. In a checked list the unreadable items
// are left out and the list is marked truncated ("not complete"). In free-text properties the string is kept as is.
import type { Node } from 'jsonc-parser';
import { decodeEnumNumber, enumDef } from '../catalogue';
import type { ListItemKind, ValueType } from '../catalogue/types';
import { formatByteSize } from '../values/byteSize';
import { parseEnum, parseFlags } from '../values/enumValue';
import { parseList } from '../values/list';
import { isVerbatimString, source, valueSpan, type Span } from './nodes';
import { plainText, richText, unwrap } from './richValues';
import { isTypeNameString } from './typeName';

export interface ItemShape extends Span {
  text: string;
}

export interface ValueShape extends Span {
  text: string;
  empty: boolean;
  number: number | undefined;
  items: ItemShape[] | undefined;
  truncated: boolean;
}

/** Every shape has the same fields in the same order: tens of thousands are made per export. */
export function shape(span: Span, text: string, empty: boolean, number?: number, items?: ItemShape[], truncated = false): ValueShape {
  return { start: span.start, end: span.end, text, empty, number, items, truncated };
}

/** Types whose values are free text: anything PowerShell wrote is a possible value. */
const FREE_TEXT: ReadonlySet<ValueType['kind']> = new Set(['string', 'multiline-string', 'credential', 'identity']);
const FREE_ITEMS: ReadonlySet<ListItemKind> = new Set(['string', 'identity', 'enum-member']);
const UNKNOWN_LIST = '{\u2026}';
const MAX_FALLBACK = 200;

export function valueShape(node: Node, type: ValueType | undefined, text: string): ValueShape {
  const v = unwrap(node);
  const span = valueSpan(v);
  const checked = type !== undefined && !FREE_TEXT.has(type.kind);
  const unknown = () => unknownShape(type, span);

  switch (v.type) {
    case 'null':
      return shape(span, '', true);
    case 'boolean':
      return shape(span, v.value ? 'True' : 'False', false);
    case 'number':
      return numberShape(v, type, text, span);
    case 'array':
      return arrayShape(v, type?.kind === 'list' ? type.item : undefined, text, span);
    case 'string': {
      const s = v.value as string;
      if (s.trim() === '') return shape(span, '', true);
      if (checked && isTypeNameString(s)) return unknown();
      if (type?.kind === 'list' && s.trimStart().startsWith('{')) return listInString(v, s, text, span);
      if (type?.kind === 'byte-size' && /^\d{1,19}$/.test(s)) return shape(span, formatByteSize(Number(s)), false);
      return shape(span, s, false);
    }
    case 'object': {
      // {} or all members null (an OrganizationId outside a tenant): nothing to show, as Format-List shows nothing.
      if ((v.children ?? []).every((m) => m.children?.[1]?.type === 'null')) return shape(span, '', true);
      if (type?.kind === 'list') {
        // One item where a collection was expected (a hand-written export): a list of one.
        const item = itemShape(v, type.item, text);
        return item ? shape(span, `{${item.text}}`, false, undefined, [item]) : unknown();
      }
      const shown = richText(v, text);
      if (shown === undefined || (checked && isTypeNameString(shown))) return checked ? unknown() : shape(span, fallback(v, text), false);
      if (type?.kind === 'byte-size' && /^\d{1,19}$/.test(shown)) return shape(span, formatByteSize(Number(shown)), false);
      if ((type?.kind === 'enum' || type?.kind === 'flags') && /^-?\d{1,10}$/.test(shown)) return enumShape(Number(shown), type.enum, shown, span);
      return shape(span, shown, shown.trim() === '');
    }
    default:
      return checked ? unknown() : shape(span, fallback(v, text), false);
  }
}

/** Present but unreadable (see the top of this file). */
function unknownShape(type: ValueType | undefined, span: Span): ValueShape {
  return type?.kind === 'list' ? shape(span, UNKNOWN_LIST, false, undefined, [], true) : shape(span, '', false);
}

function numberShape(v: Node, type: ValueType | undefined, text: string, span: Span): ValueShape {
  const raw = source(text, v);
  const n = v.value as number;
  if ((type?.kind === 'enum' || type?.kind === 'flags') && Number.isSafeInteger(n)) return enumShape(n, type.enum, raw, span);
  if (type?.kind === 'byte-size' && Number.isSafeInteger(n) && n >= 0) return shape(span, formatByteSize(n), false);
  return shape(span, raw, false);
}

/**
 * A PowerShell 5.1 enum number: the number for rules and hover, the member names as display text. A number the
 * catalogue holds only as an unverified placeholder (Exchange Online ConnectorType, MtaStsMode...) is present but
 * unknown: naming a member from a guessed number would let rules act on a guess. A number no member explains stays
 * as written, for invalid-value to report.
 */
function enumShape(n: number, enumName: string, raw: string, span: Span): ValueShape {
  const decoded = decodeEnumNumber(enumName, n);
  if (decoded !== undefined) return shape(span, decoded, false, n);
  const def = enumDef(enumName);
  const placeholder = def !== undefined && (def.flags ? parseFlags(raw, def) : parseEnum(raw, def)).problem === undefined;
  return placeholder ? shape(span, '', false) : shape(span, raw, false, n);
}

function arrayShape(v: Node, itemKind: ListItemKind | undefined, text: string, span: Span): ValueShape {
  const items: ItemShape[] = [];
  let truncated = false;
  for (const child of v.children ?? []) {
    const u = unwrap(child);
    if (u.type === 'null') continue;
    const item = itemShape(u, itemKind, text);
    if (item) items.push(item);
    else truncated = true;
  }
  const shown = `{${items.map((i) => i.text).join(', ')}${truncated ? '\u2026' : ''}}`;
  return shape(span, shown, false, undefined, items, truncated);
}

/** One element of a collection; undefined when it cannot be read in a checked list. */
function itemShape(node: Node, kind: ListItemKind | undefined, text: string): ItemShape | undefined {
  const checked = kind !== undefined && !FREE_ITEMS.has(kind);
  const span = valueSpan(node);
  const shown = node.type === 'object' ? richText(node, text) : node.type === 'array' ? undefined : plainText(node, text);
  if (shown === undefined || shown === '' || (checked && isTypeNameString(shown))) {
    return checked ? undefined : { start: span.start, end: span.end, text: shown || fallback(node, text) };
  }
  return { start: span.start, end: span.end, text: shown };
}

/** A collection PowerShell printed as text ("{a, b}"): items with their offsets when the string has no escapes. */
function listInString(v: Node, s: string, text: string, span: Span): ValueShape {
  const parsed = parseList(s).value;
  if (!parsed) return shape(span, s, false);
  const verbatim = isVerbatimString(text, v);
  const items = parsed.items.map((i) =>
    verbatim ? { start: span.start + i.start, end: span.start + i.end, text: i.text } : { start: span.start, end: span.end, text: i.text },
  );
  return shape(span, s.trim(), false, undefined, items, parsed.truncated);
}

/** The source of a value of an unknown shape in a free-text property, on one line (hover shows it; nothing checks it). */
function fallback(node: Node, text: string): string {
  const raw = text.slice(node.offset, node.offset + Math.min(node.length, MAX_FALLBACK * 4)).replace(/\s+/g, ' ');
  return raw.length > MAX_FALLBACK || node.length > MAX_FALLBACK * 4 ? `${raw.slice(0, MAX_FALLBACK)}\u2026` : raw;
}
