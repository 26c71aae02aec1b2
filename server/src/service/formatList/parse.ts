// Format-List text (`Get-SendConnector | fl > file.txt`) → objects of name/value properties with ranges.
// Real-world output, not an idealised one: leading blank lines and pasted prompts, names padded per object,
// values wrapped onto continuation lines indented to the value column at any console width (English-like
// cultures wrap at spaces, others cut mid-word), multi-line strings (Comment, Banner) with blank lines,
// `#` comment lines added by users. Property order is not relied on.
// Pasted, not saved: a `> ` quote or a common indentation in front of every line (./margin.ts), a command line
// above the dump (./command.ts), a blank line after every property line (a forum's double spacing: objects are
// then told apart by their property sequence, a name that repeats, not by blank lines).
import type { LineIndex } from '../text/lineIndex';
import type { ExchangeObject, ListItem, PropertyValue } from '../objects/model';
import { parseJoinedList, parseList } from '../values/list';
import { OffsetListItem, OffsetProperty } from '../objects/lazyRanges';
import { pasteMargin } from './margin';
import { parseCommandLine, type PastedCommand } from './command';

export interface FlComment {
  text: string;
  range: import('../types').Range;
  line: number;
}

export interface ParsedFormatList {
  objects: ExchangeObject[];
  comments: FlComment[];
  /** Command lines pasted in the text, in order. */
  commands: PastedCommand[];
  /** For each object, the command line above it (index into `commands`), when there is one. */
  commandOf: (number | undefined)[];
}

export interface FormatListOptions {
  /** Properties whose values are multi-line text: a line break in them is kept, not taken for a wrap. */
  isMultiline?: (name: string) => boolean;
}

// A property line starts at column 0 with a name, then padding, then ':' and an optional space (or the end,
// before any \r). Kind detection uses it too.
export const PROPERTY_LINE = /^([A-Za-z_][A-Za-z0-9_.-]*)( *):(?: |\r?$)/;

/**
 * PROPERTY_LINE tested in place on [start, end) of the whole text, by hand: a regular expression's match arrays
 * and capture strings were a sixth of what a large dump allocates. Sets `matched` and returns true on a match.
 */
const matched = { nameEnd: 0, valueStart: 0, valueColumn: 0 };
function propertyAt(text: string, start: number, end: number): boolean {
  let i = start;
  let c = text.charCodeAt(i);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  for (i++; i < end; i++) {
    c = text.charCodeAt(i);
    // [A-Za-z0-9_.-]
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45)) break;
  }
  const nameEnd = i;
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (i >= end || text.charCodeAt(i) !== 58 /* : */) return false;
  const colon = i;
  i++;
  // After the colon: a space (the value follows it) or the end of the line (an empty value).
  c = i < end ? text.charCodeAt(i) : -1;
  if (c === 32) i++;
  else if (c !== -1 && c !== 0x2028 && c !== 0x2029) return false;
  matched.nameEnd = nameEnd;
  matched.valueStart = i;
  matched.valueColumn = colon - start + 2;
  return true;
}

function leadingBlanks(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff) break;
    i++;
  }
  return i - start;
}

interface Segment {
  start: number;
  end: number;
  lineLength: number;
}

interface OpenProperty {
  name: string;
  nameStart: number;
  valueStart: number;
  /** Column where values start in this object (names are padded to it). */
  valueColumn: number;
  /** Multi-line text (Comment, Banner): line breaks in it are the user's. */
  multiline: boolean;
  /** The name in lower case (lookups). */
  key: string;
  /**
   * The first line of the value (a Segment, flattened: one object less per property); most values have no other
   * line, so `more` is usually absent.
   */
  firstEnd: number;
  firstLineLength: number;
  more?: Segment[];
}

interface Block {
  props: OpenProperty[];
  firstLine: number;
  lastLine: number;
  /** Blank lines between this block and the one before. */
  blanksBefore: number;
  command?: number;
}

/** The name objects of remote sessions start with: in a double-spaced paste, a new object begins there. */
const FIRST_PROPERTIES = new Set(['runspaceid']);

export function parseFormatList(text: string, lines: LineIndex, options: FormatListOptions = {}): ParsedFormatList {
  const comments: FlComment[] = [];
  const commands: PastedCommand[] = [];
  const isMultiline = options.isMultiline ?? (() => false);
  const margin = pasteMargin(text, lines);
  const open: Block[] = [];

  let props: OpenProperty[] = [];
  // The object each name was last seen in: a name seen in the current one starts a new object. (One map for the
  // whole text: a set cleared and refilled for every object costs more.)
  const seenIn = new Map<string, number>();
  let objectNumber = 0;
  let current: OpenProperty | undefined;
  let firstLine = -1;
  let lastLine = -1;
  let blanks = 0;
  let blanksBefore = 0;
  let command: number | undefined;
  // A dump repeats the same few dozen names in every object: each name, and its lower-case key, is kept once.
  const keys = new Map<string, { name: string; key: string }>();

  const closeObject = () => {
    if (props.length > 0) open.push({ props, firstLine, lastLine, blanksBefore, command });
    props = [];
    objectNumber++;
    current = undefined;
    firstLine = -1;
  };

  for (let l = 0; l < lines.lineCount; l++) {
    const start = lines.lineStart(l) + margin.at(l);
    const end = lines.lineEnd(l);
    // Tested in place: slicing every line of a 15k-line dump costs more than the parse itself.
    const indent = leadingBlanks(text, start, end);
    if (start + indent >= end) {
      // A blank line inside a multi-line value (spaces kept or stripped) keeps the object open when the value
      // goes on after it; otherwise it ends the object.
      if (current && nextIsContinuation(text, lines, l + 1, margin.at)) {
        (current.more ??= []).push({ start: end, end, lineLength: 0 });
        continue;
      }
      closeObject();
      blanks++;
      continue;
    }
    if (text.charCodeAt(start + indent) === 35 /* # */ && (indent === 0 || !current)) {
      comments.push({ text: text.slice(start + indent, end), range: lines.range(start + indent, end), line: l });
      continue;
    }
    if (indent === 0 && propertyAt(text, start, end)) {
      const raw = text.slice(start, matched.nameEnd);
      let known = keys.get(raw);
      if (!known) keys.set(raw, (known = { name: raw, key: raw.toLowerCase() }));
      const { name, key: lower } = known;
      // The same name twice without a blank line between: the separator was lost, a new object starts.
      if (seenIn.get(lower) === objectNumber) closeObject();
      if (props.length === 0) {
        blanksBefore = blanks;
        blanks = 0;
      }
      seenIn.set(lower, objectNumber);
      const valueStart = matched.valueStart;
      const valueColumn = matched.valueColumn;
      current = {
        name,
        key: lower,
        nameStart: start,
        valueStart,
        valueColumn,
        multiline: isMultiline(name),
        firstEnd: end,
        firstLineLength: trimmedLength(text, start, end),
      };
      props.push(current);
      if (firstLine < 0) firstLine = l;
      lastLine = l;
      continue;
    }
    if (current && indent > 0) {
      // Continuation of the current value: only the indentation up to the value column is layout; a blank
      // beyond it belongs to the value (a wrap can fall between ", " and the next item).
      (current.more ??= []).push({ start: start + Math.min(indent, current.valueColumn), end, lineLength: trimmedLength(text, start, end) });
      lastLine = l;
      continue;
    }
    // A command line (`PS C:\> Get-SendConnector | fl`) starts the output of another command.
    const cmd = parseCommandLine(text, start + indent, end);
    if (cmd) {
      closeObject();
      commands.push(cmd);
      command = commands.length - 1;
      blanks = 0;
      continue;
    }
    // Anything else outside an object (a table header, prose) is not part of the dump; text at column 0 under a
    // value that is not a property line is a value's line the paste lost the indentation of (kept as before).
    if (current) {
      (current.more ??= []).push({ start: start + Math.min(indent, current.valueColumn), end, lineLength: trimmedLength(text, start, end) });
      lastLine = l;
    }
  }
  closeObject();
  const blocks = doubleSpaced(open) ? joinDoubleSpaced(open) : open;
  const width = consoleWidth(blocks);
  const objects = blocks.map((o) => buildObject(text, lines, o.props, width, o.firstLine, o.lastLine));
  return { objects, comments, commands, commandOf: blocks.map((b) => b.command) };
}

/** Length of a line without trailing blanks (pastes add them; the console width is guessed from the text). */
function trimmedLength(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  return e - start;
}

/**
 * A paste with a blank line after every property line: most blocks hold a single property. (A real `fl Name`
 * dump also has one-property blocks; they stay apart below, since each repeats the name.)
 */
function doubleSpaced(blocks: Block[]): boolean {
  if (blocks.length < 3) return false;
  const single = blocks.filter((b) => b.props.length === 1).length;
  return single * 4 >= blocks.length * 3;
}

/**
 * Joins the one-property blocks of a double-spaced paste into objects: a block starts a new object when its name
 * is already in the current one, when it is the first property of remote output (RunspaceId), after a command
 * line, or after a wider gap than the paste's usual one.
 */
function joinDoubleSpaced(blocks: Block[]): Block[] {
  const gaps = blocks
    .slice(1)
    .map((b) => b.blanksBefore)
    .filter((g) => g > 0);
  const usual = gaps.length ? Math.min(...gaps) : 1;
  const out: Block[] = [];
  let cur: Block | undefined;
  let names = new Set<string>();
  for (const b of blocks) {
    const startsNew =
      !cur || b.command !== cur.command || b.blanksBefore > usual || b.props.some((p) => names.has(p.key)) || FIRST_PROPERTIES.has(b.props[0].key);
    if (startsNew) {
      cur = { ...b, props: [...b.props] };
      out.push(cur);
      names = new Set(b.props.map((p) => p.key));
      continue;
    }
    cur!.props.push(...b.props);
    cur!.lastLine = b.lastLine;
    for (const p of b.props) names.add(p.key);
  }
  return out;
}

/**
 * Hard-wrapped lines fill the console width: the longest line of a value that is not multi-line text is our
 * best guess (a long line of a Comment is the user's, not the console's).
 */
function consoleWidth(objects: { props: OpenProperty[] }[]): number {
  let width = 0;
  for (const o of objects) {
    for (const p of o.props) {
      if (p.multiline) continue;
      width = Math.max(width, p.firstLineLength);
      if (p.more) for (const s of p.more) width = Math.max(width, s.lineLength);
    }
  }
  return width;
}

function nextIsContinuation(text: string, lines: LineIndex, l: number, margin: (l: number) => number): boolean {
  for (; l < lines.lineCount; l++) {
    const line = text.slice(lines.lineStart(l) + margin(l), lines.lineEnd(l));
    if (line.trim() === '') continue;
    return /^\s/.test(line) && !PROPERTY_LINE.test(line);
  }
  return false;
}

function buildObject(text: string, lines: LineIndex, props: OpenProperty[], width: number, firstLine: number, lastLine: number): ExchangeObject {
  const properties: PropertyValue[] = props.map((p) => buildProperty(text, lines, p, width));
  const byName = new Map<string, PropertyValue>();
  for (let i = 0; i < props.length; i++) if (!byName.has(props[i].key)) byName.set(props[i].key, properties[i]);
  return {
    format: 'format-list',
    range: { start: { line: firstLine, character: 0 }, end: { line: lastLine, character: lines.lineEnd(lastLine) - lines.lineStart(lastLine) } },
    properties,
    byName,
  };
}

/** A piece of the joined value text and where it sits in the file. */
interface Piece {
  joinedStart: number;
  fileStart: number;
  length: number;
}

/**
 * What goes between two lines of one value. A line that filled the console was cut there: nothing. A
 * shorter one either broke at a space (English-like cultures word-wrap): a space, unless one is still
 * there; or, in a multi-line string, ended a line of the text: a line break, recognised by the next word
 * having fitted on the shorter line.
 */
function joiner(prevLast: string, prevLineLength: number, next: string, width: number, multiline: boolean, collection: boolean): string {
  if (prevLineLength === 0 || next === '') return multiline ? '\n' : '';
  // Longer than any console-wrapped line of the file: the user's own line break.
  if (multiline && prevLineLength > width) return '\n';
  // A collection's items are ", "-separated: a break right after a comma lost its space, wherever it fell.
  if (!multiline && collection && prevLast === ',' && !/^\s/.test(next)) return ' ';
  if (width > 40 && prevLineLength >= width - 1) return '';
  if (multiline) {
    const firstWord = /^\S*/.exec(next.trimStart())![0];
    if (width <= 40 || prevLineLength + 1 + firstWord.length <= width) return '\n';
  }
  return /\s/.test(prevLast) || /^\s/.test(next) ? '' : ' ';
}

/** What String.prototype.trim removes (WhiteSpace and LineTerminator of ECMA-262). */
function isTrimmed(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function buildProperty(text: string, lines: LineIndex, p: OpenProperty, width: number): PropertyValue {
  // The common case, a one-line value: trimmed where it lies, one slice, no offset map.
  if (!p.more) {
    let s = p.valueStart;
    let e = p.firstEnd;
    while (s < e && isTrimmed(text.charCodeAt(s))) s++;
    while (e > s && isTrimmed(text.charCodeAt(e - 1))) e--;
    if (s === e) return new OffsetProperty(p.name, '', true, lines, p.nameStart, p.valueStart, p.valueStart);
    const valueText = text.slice(s, e);
    const prop = new OffsetProperty(p.name, valueText, false, lines, p.nameStart, s, e);
    const c = valueText.charCodeAt(0);
    if (c === 123 /* { */ || (!p.multiline && valueText.includes(','))) addLists(prop, valueText, lines, p.multiline, (index) => s + index);
    return prop;
  }
  const multiline = p.multiline;
  let segs: Segment[] = [{ start: p.valueStart, end: p.firstEnd, lineLength: p.firstLineLength }, ...p.more];
  // Drop trailing empty segments (blank lines kept only to bridge a multi-line value).
  // One slice at the end: popping one copy at a time is quadratic in a paste of thousands of blank lines.
  let kept = segs.length;
  while (kept > 1 && text.slice(segs[kept - 1].start, segs[kept - 1].end).trim() === '') kept--;
  if (kept < segs.length) segs = segs.slice(0, kept);
  let joined: string;
  let toOffset: (index: number) => number;
  if (segs.length === 1) {
    // The common case: a one-line value; indices in the value are offsets from its start.
    const start = segs[0].start;
    joined = text.slice(start, segs[0].end);
    toOffset = (index) => start + index;
  } else {
    // Parts joined once at the end, and the last character kept aside: a regular expression or endsWith on a
    // growing concatenated string flattens it each time (quadratic in a value of thousands of lines).
    const parts: string[] = [];
    let length = 0;
    let last = '';
    const pieces: Piece[] = [];
    // Known from the first piece: asking the growing value each time flattens it (quadratic in its length).
    const firstText = segs.map((seg) => text.slice(seg.start, seg.end)).find((t) => t.trim() !== '') ?? '';
    const collection = firstText.trimStart().startsWith('{');
    for (let i = 0; i < segs.length; i++) {
      const piece = text.slice(segs[i].start, segs[i].end);
      if (i > 0) {
        const between = joiner(last, segs[i - 1].lineLength, piece, width, multiline, collection);
        if (between) {
          parts.push(between);
          length += between.length;
          last = between[between.length - 1];
        }
      }
      pieces.push({ joinedStart: length, fileStart: segs[i].start, length: segs[i].end - segs[i].start });
      if (piece) {
        parts.push(piece);
        length += piece.length;
        last = piece[piece.length - 1];
      }
    }
    joined = parts.join('');
    toOffset = (index) => {
      // The last piece starting at or before the index (binary search: values can have thousands of pieces).
      let lo = 0;
      let hi = pieces.length - 1;
      if (index < pieces[0].joinedStart) return pieces[0].fileStart;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (pieces[mid].joinedStart <= index) lo = mid;
        else hi = mid - 1;
      }
      return pieces[lo].fileStart + Math.min(index - pieces[lo].joinedStart, pieces[lo].length);
    };
  }
  const valueText = joined.trim();
  const empty = valueText === '';
  const lead = empty ? 0 : joined.length - joined.trimStart().length;
  const prop = empty
    ? new OffsetProperty(p.name, '', true, lines, p.nameStart, p.valueStart, p.valueStart)
    : new OffsetProperty(p.name, valueText, false, lines, p.nameStart, toOffset(lead), toOffset(lead + valueText.length - 1) + 1);
  if (!empty) addLists(prop, valueText, lines, multiline, (index) => toOffset(lead + index));
  return prop;
}

/** A `{...}` value's items, or (a value with commas) the items it has if the object's kind makes it a collection. */
function addLists(prop: OffsetProperty, valueText: string, lines: LineIndex, multiline: boolean, at: (index: number) => number): void {
  if (valueText.charCodeAt(0) === 123 /* { */) {
    const list = parseList(valueText).value;
    if (list) {
      prop.list = list.items.map((it) => new OffsetListItem(it.text, lines, at(it.start), at(it.end - 1) + 1));
      prop.truncated = list.truncated;
    }
  } else if (!multiline && valueText.includes(',')) {
    // Maybe a collection joined by a custom Select (`-join ','`): kept aside until the object's kind says.
    JOINED.set(prop, (keepWith) =>
      parseJoinedList(valueText, keepWith)
        .items.filter((it) => it.text !== '')
        .map((it) => new OffsetListItem(it.text, lines, at(it.start), at(it.end - 1) + 1)),
    );
  }
}

const JOINED = new WeakMap<PropertyValue, (keepWith?: (piece: string) => boolean) => ListItem[]>();

/**
 * The items of a value written without braces but with commas (`10.0.0.1,10.0.0.2` from `-join ','`), for a
 * property the catalogue says is a collection; undefined for other values.
 */
export function joinedItems(p: PropertyValue, keepWith?: (piece: string) => boolean): ListItem[] | undefined {
  return JOINED.get(p)?.(keepWith);
}
