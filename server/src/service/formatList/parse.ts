// Format-List text (`Get-SendConnector | fl > file.txt`) → objects of name/value properties with ranges.
// Real-world output, not an idealised one: leading blank lines and pasted prompts, names padded per object,
// values wrapped onto indented continuation lines at any console width, multi-line strings, `#` comment
// lines added by users. Property order is not relied on.
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import type { ExchangeObject, PropertyValue } from '../objects/model';
import { parseList } from '../values/list';
import { OffsetListItem, OffsetProperty } from '../objects/lazyRanges';

export interface FlComment { text: string; range: Range; line: number }

export interface ParsedFormatList {
  objects: ExchangeObject[];
  comments: FlComment[];
}

// A property line starts at column 0 with a name, then padding, then ':' and an optional space.
const PROPERTY_LINE = /^([A-Za-z_][A-Za-z0-9_.-]*)( *):(?: |$)/;

interface Segment { start: number; end: number; lineLength: number }

interface OpenProperty {
  name: string;
  nameStart: number;
  valueStart: number;
  segments: Segment[];
}

export function parseFormatList(text: string, lines: LineIndex): ParsedFormatList {
  const objects: ExchangeObject[] = [];
  const comments: FlComment[] = [];
  // Hard-wrapped lines fill the console width: the longest line of the file is our best guess of it.
  let width = 0;
  for (let l = 0; l < lines.lineCount; l++) width = Math.max(width, lines.lineEnd(l) - lines.lineStart(l));

  let props: OpenProperty[] = [];
  const names = new Set<string>();
  let current: OpenProperty | undefined;
  let firstLine = -1;
  let lastLine = -1;

  const closeObject = () => {
    if (props.length > 0) objects.push(buildObject(text, lines, props, width, firstLine, lastLine));
    props = [];
    names.clear();
    current = undefined;
    firstLine = -1;
  };

  for (let l = 0; l < lines.lineCount; l++) {
    const start = lines.lineStart(l);
    const end = lines.lineEnd(l);
    const line = text.slice(start, end);
    if (line.trim() === '') {
      // A whitespace-only line inside a multi-line value keeps the object open when the value goes on after it.
      if (current && line.length > 0 && nextIsContinuation(text, lines, l + 1)) {
        current.segments.push({ start: end, end, lineLength: line.length });
        continue;
      }
      closeObject();
      continue;
    }
    if (line.charCodeAt(0) === 35 /* # */) {
      comments.push({ text: line, range: lines.range(start, end), line: l });
      continue;
    }
    const m = PROPERTY_LINE.exec(line);
    if (m) {
      const name = m[1];
      const lower = name.toLowerCase();
      // The same name twice without a blank line between: the separator was lost, a new object starts.
      if (names.has(lower)) closeObject();
      names.add(lower);
      const valueStart = start + m[0].length;
      current = { name, nameStart: start, valueStart, segments: [{ start: valueStart, end, lineLength: line.length }] };
      props.push(current);
      if (firstLine < 0) firstLine = l;
      lastLine = l;
      continue;
    }
    if (current) {
      // Continuation of the current value (wrapped or multi-line): from its first non-blank character.
      const lead = line.length - line.trimStart().length;
      current.segments.push({ start: start + lead, end, lineLength: line.length });
      lastLine = l;
    }
    // Anything else outside an object (a pasted prompt, a table header) is not part of the dump.
  }
  closeObject();
  return { objects, comments };
}

function nextIsContinuation(text: string, lines: LineIndex, l: number): boolean {
  if (l >= lines.lineCount) return false;
  const line = text.slice(lines.lineStart(l), lines.lineEnd(l));
  return line.length > 0 && /^\s/.test(line) && line.trim() !== '';
}

function buildObject(text: string, lines: LineIndex, props: OpenProperty[], width: number, firstLine: number, lastLine: number): ExchangeObject {
  const properties: PropertyValue[] = props.map((p) => buildProperty(text, lines, p, width));
  const byName = new Map<string, PropertyValue>();
  for (const p of properties) {
    const key = p.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, p);
  }
  return {
    format: 'format-list',
    range: { start: { line: firstLine, character: 0 }, end: { line: lastLine, character: lines.lineEnd(lastLine) - lines.lineStart(lastLine) } },
    properties,
    byName,
  };
}

/** A piece of the joined value text and where it sits in the file. */
interface Piece { joinedStart: number; fileStart: number; length: number }

function buildProperty(text: string, lines: LineIndex, p: OpenProperty, width: number): PropertyValue {
  let segs = p.segments;
  // Drop trailing empty segments (whitespace-only lines kept only to bridge a multi-line value).
  while (segs.length > 1 && text.slice(segs[segs.length - 1].start, segs[segs.length - 1].end).trim() === '') segs = segs.slice(0, -1);
  let joined: string;
  let toOffset: (index: number) => number;
  if (segs.length === 1) {
    // The common case: a one-line value; indices in the value are offsets from its start.
    const start = segs[0].start;
    joined = text.slice(start, segs[0].end);
    toOffset = (index) => start + index;
  } else {
    joined = '';
    const pieces: Piece[] = [];
    for (let i = 0; i < segs.length; i++) {
      if (i > 0) {
        // A line that filled the width was cut by the console: glue. A shorter one ended a line of the value.
        const hardWrap = segs[i - 1].lineLength >= width - 1 && width > 40;
        if (!hardWrap) joined += '\n';
      }
      pieces.push({ joinedStart: joined.length, fileStart: segs[i].start, length: segs[i].end - segs[i].start });
      joined += text.slice(segs[i].start, segs[i].end);
    }
    toOffset = (index) => {
      for (let i = pieces.length - 1; i >= 0; i--) {
        if (index >= pieces[i].joinedStart) return pieces[i].fileStart + Math.min(index - pieces[i].joinedStart, pieces[i].length);
      }
      return pieces[0].fileStart;
    };
  }
  const valueText = joined.trim();
  const empty = valueText === '';
  const lead = empty ? 0 : joined.length - joined.trimStart().length;
  const prop = empty
    ? new OffsetProperty(p.name, '', true, lines, p.nameStart, p.valueStart, p.valueStart)
    : new OffsetProperty(p.name, valueText, false, lines, p.nameStart, toOffset(lead), toOffset(lead + valueText.length - 1) + 1);
  if (valueText.charCodeAt(0) === 123 /* { */) {
    const list = parseList(valueText).value;
    if (list) {
      prop.list = list.items.map((it) => new OffsetListItem(it.text.includes('\n') ? it.text.replace(/\s*\n\s*/g, '') : it.text, lines, toOffset(lead + it.start), toOffset(lead + it.end - 1) + 1));
      prop.truncated = list.truncated;
    }
  }
  return prop;
}
