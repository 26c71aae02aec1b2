// Collections as Format-List prints them: `{a, b, c}`, `{}`, and cut short by $FormatEnumerationLimit as
// `{a, b, c...}` (Windows PowerShell) or `{a, b, c…}` (PowerShell 6.2+). A bare value without braces is a
// one-item list (a single-valued rendering, a CLIXML <ToString>). Items keep their offsets in the text.
import { fail, flawed, ok, type ValueResult } from './result';

export interface ListItemSpan {
  /** The item without surrounding whitespace. */
  text: string;
  /** Offset of the item's first character in the parsed text. */
  start: number;
  /** Offset just past the item's last character. */
  end: number;
}

export interface ParsedList {
  items: ListItemSpan[];
  /** The list ended with "..." or "…": more items exist than were printed. */
  truncated: boolean;
  /** Written in braces (a collection) rather than as a bare value. */
  braced: boolean;
}

export interface ParsedListItem<T> extends ListItemSpan {
  value?: T;
  problem?: string;
}

export interface ParsedListOf<T> {
  items: ParsedListItem<T>[];
  truncated: boolean;
  braced: boolean;
}

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
// An X.500 attribute at the start of a piece ("O=Contoso", "OID.2.5.4.97=..."): the comma before it is inside a DN.
const RDN_START = /^[A-Za-z][A-Za-z0-9.-]{0,30}=/;

/**
 * Splits a collection into items at ", " outside brackets. Commas inside a certificate name (`<I>CN=R11, O=…`)
 * stay in their item. Never throws; linear in the length of the text.
 */
export function parseList(text: string): ValueResult<ParsedList> {
  let s = 0;
  let e = text.length;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s === e) return ok({ items: [], truncated: false, braced: false });

  if (text[s] !== '{') {
    return ok({ items: [{ text: text.slice(s, e), start: s, end: e }], truncated: false, braced: false });
  }

  let problem: string | undefined;
  let innerStart = s + 1;
  let innerEnd = e;
  if (text[e - 1] === '}' && e - 1 > s) innerEnd = e - 1;
  else problem = 'The list has no closing "}"; it may have been cut off, so items may be missing.';

  while (innerStart < innerEnd && isSpace(text.charCodeAt(innerStart))) innerStart++;
  while (innerEnd > innerStart && isSpace(text.charCodeAt(innerEnd - 1))) innerEnd--;

  let truncated = false;
  if (text.startsWith('...', innerEnd - 3) && innerEnd - 3 >= innerStart) {
    truncated = true;
    innerEnd -= 3;
  } else if (innerEnd > innerStart && text[innerEnd - 1] === '\u2026') {
    truncated = true;
    innerEnd -= 1;
  }
  if (truncated) {
    while (innerEnd > innerStart && isSpace(text.charCodeAt(innerEnd - 1))) innerEnd--;
    if (innerEnd > innerStart && text[innerEnd - 1] === ',') innerEnd--;
  }

  const items = innerStart < innerEnd ? (split(text, innerStart, innerEnd, true) ?? split(text, innerStart, innerEnd, false) ?? []) : [];
  if (problem === undefined && items.some((i) => i.text === '')) {
    problem = 'The list has an empty item (two commas in a row).';
  }
  const value: ParsedList = { items, truncated, braced: true };
  return problem === undefined ? ok(value) : flawed(value, problem);
}

/**
 * A collection written without braces by a custom `Select-Object` / `Format-List` (`$_.RemoteIPRanges -join ','`):
 * items at every comma outside brackets, spaces around it optional. A comma inside a certificate name
 * (`<I>CN=R11, O=…`) stays in its item, and with `keepWith`, a piece the item grammar cannot start with joins
 * the item before it (`contoso.com:AcceptOorgProtocol,AcceptCloudServicesMail` is one TlsDomainCapabilities item).
 */
export function parseJoinedList(text: string, keepWith?: (piece: string) => boolean): ParsedList {
  const items: ListItemSpan[] = [];
  let depth = 0;
  let pieceStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text[i] : ',';
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    if (c !== ',' || (depth > 0 && i < text.length)) continue;
    const piece = span(text, pieceStart, i);
    pieceStart = i + 1;
    const prev = items[items.length - 1];
    const inCertName = prev !== undefined && /<[IS]>/.test(prev.text) && RDN_START.test(piece.text);
    if (prev && piece.text !== '' && (inCertName || keepWith?.(piece.text))) {
      prev.end = piece.end;
      prev.text = text.slice(prev.start, prev.end);
    } else items.push(piece);
  }
  // Only blanks: no items.
  if (items.length === 1 && items[0].text === '') items.pop();
  return { items, truncated: false, braced: false };
}

/** parseList, then each item through `parseItem`; item problems stay on their items. */
export function parseListOf<T>(text: string, parseItem: (item: string) => ValueResult<T>): ValueResult<ParsedListOf<T>> {
  const list = parseList(text);
  if (!list.value) return fail(list.problem ?? 'The list could not be read.');
  const items = list.value.items.map((span): ParsedListItem<T> => {
    const r = span.text === '' ? fail<T>('The item is empty.') : parseItem(span.text);
    const item: ParsedListItem<T> = { ...span };
    if (r.value !== undefined) item.value = r.value;
    if (r.problem !== undefined) item.problem = r.problem;
    return item;
  });
  const value: ParsedListOf<T> = { items, truncated: list.value.truncated, braced: list.value.braced };
  return list.problem === undefined ? ok(value) : flawed(value, list.problem);
}

/**
 * Splits [from, to) at top-level ", ". With `brackets`, commas inside (), [] and {} do not split;
 * returns undefined when the brackets do not balance, so the caller can retry without them.
 */
function split(text: string, from: number, to: number, brackets: boolean): ListItemSpan[] | undefined {
  const items: ListItemSpan[] = [];
  let depth = 0;
  let itemStart = from;
  let certName = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (brackets && OPEN.has(c)) {
      depth++;
      continue;
    }
    if (brackets && CLOSE.has(c)) {
      if (depth === 0) return undefined;
      depth--;
      continue;
    }
    if (c === '<' && (text.startsWith('<I>', i) || text.startsWith('<S>', i))) certName = true;
    if (c !== ',' || depth > 0 || i + 1 >= to || !isSpace(text.charCodeAt(i + 1))) continue;
    let next = i + 1;
    while (next < to && isSpace(text.charCodeAt(next))) next++;
    if (certName && RDN_START.test(text.slice(next, Math.min(to, next + 40)))) continue;
    items.push(span(text, itemStart, i));
    itemStart = next;
    certName = false;
    i = next - 1;
  }
  if (brackets && depth !== 0) return undefined;
  items.push(span(text, itemStart, to));
  return items;
}

function span(text: string, start: number, end: number): ListItemSpan {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { text: text.slice(s, e), start: s, end: e };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
