// Format-List text (`Get-SendConnector | fl > file.txt`) → objects of name/value properties with ranges.
// Real-world output, not an idealised one: leading blank lines and pasted prompts, names padded per object,
// values wrapped onto indented continuation lines at any console width, multi-line strings, `#` comment
// lines added by users. Property order is not relied on.
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import type { ExchangeObject, PropertyValue } from '../objects/model';
import { parseList } from '../values/list';

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
  let current: OpenProperty | undefined;
  let firstLine = -1;
  let lastLine = -1;

  const closeObject = () => {
    if (props.length > 0) objects.push(buildObject(text, lines, props, width, firstLine, lastLine));
    props = [];
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
      // The same name twice without a blank line between: the separator was lost, a new object starts.
      if (props.some((p) => p.name.toLowerCase() === name.toLowerCase())) closeObject();
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
  for (const p of properties) if (!byName.has(p.name.toLowerCase())) byName.set(p.name.toLowerCase(), p);
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
  // Drop trailing empty segments (whitespace-only lines kept only to bridge a multi-line value).
  const segs = [...p.segments];
  while (segs.length > 1 && text.slice(segs[segs.length - 1].start, segs[segs.length - 1].end).trim() === '') segs.pop();
  let joined = '';
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
  const toOffset = (index: number): number => {
    for (let i = pieces.length - 1; i >= 0; i--) {
      if (index >= pieces[i].joinedStart) return pieces[i].fileStart + Math.min(index - pieces[i].joinedStart, pieces[i].length);
    }
    return pieces[0].fileStart;
  };
  const lead = joined.length - joined.trimStart().length;
  const valueText = joined.trim();
  const empty = valueText === '';
  const prop: PropertyValue = {
    name: p.name,
    text: valueText,
    nameRange: lines.range(p.nameStart, p.nameStart + p.name.length),
    valueRange: empty ? lines.range(p.valueStart, p.valueStart) : lines.range(toOffset(lead), toOffset(lead + valueText.length - 1) + 1),
    empty,
  };
  if (valueText.startsWith('{')) {
    const list = parseList(valueText).value;
    if (list) {
      prop.list = list.items.map((it) => ({ text: it.text.replace(/\s*\n\s*/g, ''), range: lines.range(toOffset(lead + it.start), toOffset(lead + it.end - 1) + 1) }));
      prop.truncated = list.truncated;
    }
  }
  return prop;
}
