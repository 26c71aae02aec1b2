// Event-log text → event records with ranges. Three layouts, one model:
//   Event Viewer "Copy details as text": `Log Name:` ... `Event ID:` ... `Description:` then the description
//     (also the older `Event Type:` / `Event Source:` form, partial copies that keep only some lines, and the
//     `Event Xml:` block Event Viewer appends, whose <Data> elements are the insertion strings);
//   `Get-WinEvent | Format-List`: TimeCreated, ProviderName, Id, Message (and more with `fl *`);
//   `Get-EventLog | Format-List`: Index, EntryType, InstanceId, Message, ReplacementStrings, Source...
// Several events may follow each other in one paste. `#` lines are comments (suppression directives).
import type { CommentLine, SyntaxProblem } from '../document';
import { parseFormatList } from '../formatList/parse';
import type { ExchangeObject, PropertyValue } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import { joinPieces, type Piece } from './joined';
import type { EventField, EventLayout, EventRecord, Insertion, JoinedText } from './model';

export interface ParsedEvents {
  events: EventRecord[];
  comments: CommentLine[];
  problems: SyntaxProblem[];
}

/** Event Viewer's field names (both generations); longer names first so `Event Source` wins over `Source`. */
const HEADER =
  /^([ \t\u00a0]*)(Log Name|Event Source|Event Category|Event Type|Event ID|Task Category|Source|Date|Time|Level|Keywords|User|Computer|OpCode|Description)[ \t]*:[ \t]*/;
/** A description line that looks like a header field starts a new event only for these names (or a repeated one). */
const STARTS_EVENT = new Set(['log name', 'event type']);
const XML_START = /^[ \t]*Event Xml:[ \t]*$/i;

interface Building {
  fields: EventField[];
  names: Set<string>;
  firstLine: number;
  lastLine: number;
  description: Piece[];
  xml?: { start: number; end: number };
}

/** Which layout a text is in: Event Viewer text, or Format-List output of one of the cmdlets. */
export function eventLayoutOf(text: string): 'event-viewer' | 'format-list' {
  const head = text.slice(0, 65536);
  return /^[ \t]*(?:Event ID|Log Name|Event Source)[ \t]*:/m.test(head) ? 'event-viewer' : 'format-list';
}

export function parseEvents(text: string, lines: LineIndex): ParsedEvents {
  return eventLayoutOf(text) === 'event-viewer' ? parseEventViewer(text, lines) : parseFormatListEvents(text, lines);
}

function parseEventViewer(text: string, lines: LineIndex): ParsedEvents {
  const events: EventRecord[] = [];
  const comments: CommentLine[] = [];
  const problems: SyntaxProblem[] = [];
  let current: Building | undefined;
  let state: 'header' | 'description' | 'xml' | 'after' = 'header';

  const close = () => {
    if (current) events.push(finishViewerEvent(text, lines, current, problems));
    current = undefined;
  };

  for (let l = 0; l < lines.lineCount; l++) {
    const start = lines.lineStart(l);
    const end = lines.lineEnd(l);
    const line = text.slice(start, end);
    if (line.trim() === '') {
      if (current && state === 'description') current.description.push({ start: end, end });
      continue;
    }
    if (text.charCodeAt(start) === 35 /* # */) {
      comments.push({ text: line, range: lines.range(start, end), line: l });
      continue;
    }
    if (state === 'xml' && current) {
      current.xml!.end = end;
      current.lastLine = l;
      if (/<\/Event>/.test(line)) state = 'after';
      continue;
    }
    if (current && XML_START.test(line)) {
      state = 'xml';
      current.xml = { start: end, end };
      current.lastLine = l;
      continue;
    }
    const m = HEADER.exec(line);
    const key = m?.[2].toLowerCase();
    if (m && key && (state !== 'description' || current?.names.has(key) || STARTS_EVENT.has(key))) {
      if (!current || current.names.has(key) || state === 'after' || (state === 'description' && STARTS_EVENT.has(key))) {
        close();
        current = { fields: [], names: new Set(), firstLine: l, lastLine: l, description: [] };
      }
      const nameStart = start + m[1].length;
      const valueStart = start + m[0].length;
      const valueEnd = trimEnd(text, valueStart, end);
      current.names.add(key);
      current.lastLine = l;
      if (key === 'description') {
        state = 'description';
        if (valueEnd > valueStart) current.description.push({ start: valueStart, end: valueEnd });
        current.fields.push(makeField(lines, m[2], text.slice(valueStart, valueEnd), nameStart, valueStart, valueEnd));
        continue;
      }
      state = 'header';
      current.fields.push(makeField(lines, m[2], text.slice(valueStart, valueEnd), nameStart, valueStart, valueEnd));
      continue;
    }
    if (!current || state === 'after') continue; // a pasted prompt or a title before the first event
    // A first line that is no field: the description (some copies drop the `Description:` line).
    state = 'description';
    const s = start + (line.length - line.trimStart().length);
    current.description.push({ start: s, end: trimEnd(text, s, end) });
    current.lastLine = l;
  }
  close();
  return { events, comments, problems };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

function makeField(lines: LineIndex, name: string, value: string, nameStart: number, valueStart: number, valueEnd: number): EventField {
  return {
    name,
    text: value,
    nameRange: lines.range(nameStart, nameStart + name.length),
    valueRange: lines.range(valueStart, valueEnd),
    empty: value.trim() === '',
  };
}

function finishViewerEvent(text: string, lines: LineIndex, b: Building, problems: SyntaxProblem[]): EventRecord {
  while (b.description.length > 0 && b.description[b.description.length - 1].end === b.description[b.description.length - 1].start) b.description.pop();
  const description = joinPieces(
    text,
    lines,
    b.description,
    b.description.map(() => '\n'),
  );
  const byName = new Map(b.fields.map((f) => [f.name.toLowerCase(), f] as const));
  const xml = b.xml ? readEventXml(text, lines, b.xml.start, b.xml.end) : undefined;
  const idField = byName.get('event id');
  const source = byName.get('source')?.text || byName.get('event source')?.text || xml?.provider;
  const range: Range = { start: { line: b.firstLine, character: 0 }, end: lines.positionAt(lines.lineEnd(b.lastLine)) };
  return finishRecord(
    {
      layout: 'event-viewer',
      range,
      selectionRange: idField && !idField.empty ? idField.valueRange : b.fields[0].nameRange,
      fields: b.fields,
      byName,
      idField,
      source: source?.trim() || undefined,
      level: (byName.get('level') ?? byName.get('event type'))?.text.trim() || undefined,
      computer: byName.get('computer')?.text.trim() || xml?.computer,
      date: byName.get('date'),
      timeCreated: xml?.timeCreated,
      description,
      insertions: xml?.data ?? [],
    },
    idField?.text ?? xml?.id,
    problems,
    b.fields[0].nameRange,
  );
}

type RecordBase = Omit<EventRecord, 'id' | 'known' | 'decoded'>;

/** The ID read (a problem when it is missing or not a number); catalogue lookup and decoding happen later. */
function finishRecord(base: RecordBase, idText: string | undefined, problems: SyntaxProblem[], anchor: Range): EventRecord {
  const record: EventRecord = { ...base, decoded: {} };
  const t = idText?.trim();
  if (t && /^\d{1,10}$/.test(t)) {
    record.id = Number(t);
  } else if (t) {
    problems.push({ id: 'badEventId', data: { id: t }, range: base.idField?.valueRange ?? anchor });
  } else {
    problems.push({ id: 'noEventId', range: anchor });
  }
  return record;
}

// Event Viewer appends the event's XML: the insertion strings, the provider and the exact UTC time are there.
function readEventXml(
  text: string,
  lines: LineIndex,
  start: number,
  end: number,
): { data: Insertion[]; provider?: string; id?: string; computer?: string; timeCreated?: Date } {
  const xml = text.slice(start, end);
  const data: Insertion[] = [];
  const dataRe = /<Data\b[^>]*?(?:\/>|>([\s\S]*?)<\/Data>)/g;
  for (let m = dataRe.exec(xml); m; m = dataRe.exec(xml)) {
    const raw = m[1] ?? '';
    const at = start + m.index + m[0].indexOf('>') + 1;
    data.push({ text: unescapeXml(raw), range: lines.range(at, at + raw.length) });
  }
  const provider = /<Provider\b[^>]*\bName="([^"]*)"/.exec(xml)?.[1];
  const id = /<EventID\b[^>]*>\s*(\d+)\s*<\/EventID>/.exec(xml)?.[1];
  const computer = /<Computer>([^<]*)<\/Computer>/.exec(xml)?.[1];
  const time = /<TimeCreated\b[^>]*\bSystemTime="([^"]+)"/.exec(xml)?.[1];
  const timeCreated = time && !Number.isNaN(Date.parse(time)) ? new Date(time) : undefined;
  return { data, provider: provider && unescapeXml(provider), id, computer: computer && unescapeXml(computer), timeCreated };
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (all, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

// ----- Format-List output of Get-WinEvent and Get-EventLog -----

const isMessage = (name: string) => name.toLowerCase() === 'message';

function parseFormatListEvents(text: string, lines: LineIndex): ParsedEvents {
  const parsed = parseFormatList(text, lines, { isMultiline: isMessage });
  const problems: SyntaxProblem[] = [];
  const width = consoleWidth(lines, parsed.objects);
  const events: EventRecord[] = [];
  for (const obj of parsed.objects) {
    const layout = layoutOf(obj);
    if (!layout) continue;
    events.push(listEvent(text, lines, obj, layout, width, problems));
  }
  return { events, comments: parsed.comments, problems };
}

function layoutOf(obj: ExchangeObject): EventLayout | undefined {
  const has = (n: string) => obj.byName.has(n);
  if (has('id') && (has('providername') || has('timecreated') || has('leveldisplayname'))) return 'get-winevent';
  if ((has('instanceid') || has('eventid')) && (has('entrytype') || has('timegenerated') || has('replacementstrings'))) return 'get-eventlog';
  return undefined;
}

/** The console width the output was wrapped at: the longest value line (see formatList/parse.ts). */
function consoleWidth(lines: LineIndex, objects: ExchangeObject[]): number {
  let width = 0;
  for (const o of objects) {
    for (const p of o.properties) {
      if (p.empty) continue;
      for (let l = p.valueRange.start.line; l <= p.valueRange.end.line; l++) width = Math.max(width, lines.lineEnd(l) - lines.lineStart(l));
    }
  }
  return width;
}

/** A wrapped Format-List value with the mapping to the file: continuation lines lose their indentation. */
function valueText(text: string, lines: LineIndex, p: PropertyValue, width: number): JoinedText {
  const from = lines.offsetAt(p.valueRange.start);
  const to = lines.offsetAt(p.valueRange.end);
  const column = p.valueRange.start.character;
  const pieces: Piece[] = [];
  const separators: string[] = [];
  for (let l = p.valueRange.start.line; l <= p.valueRange.end.line; l++) {
    const ls = lines.lineStart(l);
    const le = lines.lineEnd(l);
    let s = l === p.valueRange.start.line ? from : ls;
    if (l !== p.valueRange.start.line) {
      let indent = 0;
      while (ls + indent < le && indent < column && /[ \t]/.test(text[ls + indent])) indent++;
      s = ls + indent;
    }
    const e = l === p.valueRange.end.line ? to : le;
    if (pieces.length > 0) {
      const prevLength = lines.lineEnd(l - 1) - lines.lineStart(l - 1);
      // A line that filled the console was cut there (mid-word in some cultures): nothing between the pieces.
      separators.push(width > 40 && width <= 512 && prevLength >= width - 1 ? '' : '\n');
    }
    pieces.push({ start: s, end: Math.max(s, e) });
  }
  return joinPieces(text, lines, pieces, separators);
}

function listEvent(text: string, lines: LineIndex, obj: ExchangeObject, layout: EventLayout, width: number, problems: SyntaxProblem[]): EventRecord {
  const fields: EventField[] = obj.properties.map((p) => ({ name: p.name, text: p.text, nameRange: p.nameRange, valueRange: p.valueRange, empty: p.empty }));
  const byName = new Map<string, EventField>();
  for (const f of fields) if (!byName.has(f.name.toLowerCase())) byName.set(f.name.toLowerCase(), f);
  const get = (n: string) => byName.get(n);
  const message = obj.byName.get('message');
  const description: JoinedText = message && !message.empty ? valueText(text, lines, message, width) : { text: '', offsetAt: () => 0 };
  const insertions: Insertion[] = (obj.byName.get('replacementstrings')?.list ?? []).map((i) => ({ text: i.text, range: i.range }));
  let idField: EventField | undefined;
  let idText: string | undefined;
  if (layout === 'get-winevent') {
    idField = get('id');
    idText = idField?.text;
  } else {
    idField = get('eventid') ?? get('instanceid');
    idText = idField?.text;
    // InstanceId carries the severity and facility bits above the 16 bits Event Viewer shows.
    if (idField === get('instanceid') && idText && /^\d{1,10}$/.test(idText.trim())) idText = String(Number(idText.trim()) & 0xffff);
  }
  const source = (get('providername') ?? get('source'))?.text.trim() || undefined;
  return finishRecord(
    {
      layout,
      range: obj.range,
      selectionRange: idField && !idField.empty ? idField.valueRange : fields[0].nameRange,
      fields,
      byName,
      idField,
      source,
      level: (get('leveldisplayname') ?? get('entrytype') ?? get('level'))?.text.trim() || undefined,
      computer: (get('machinename') ?? get('computer'))?.text.trim() || undefined,
      date: get('timecreated') ?? get('timegenerated'),
      description,
      insertions,
    },
    idText,
    problems,
    fields[0].nameRange,
  );
}
