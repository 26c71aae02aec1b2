// Format-Table text → objects, one per row. Rows are cut at the columns of the `----` line when the row lines up
// with it, else at runs of two or more blanks (forums drop the dashes and redaction shortens values). Certificate
// rows are typed, with the Services letters of the default view decoded (I P U W S F C), so that the certificates
// count in cross-file checks; connector tables without TLS columns are not (there is nothing to check in them, and
// the table finding says what to run instead).
import { propertyDef } from '../catalogue';
import type { ObjectKind } from '../catalogue/types';
import { parseCommandLine, type PastedCommand } from '../formatList/command';
import { OffsetProperty } from '../objects/lazyRanges';
import type { ExchangeObject, PropertyValue } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import { findTables, type TableColumn, type TableHeader } from './header';

export interface ReadTable {
  /** The header line. */
  range: Range;
  kind: ObjectKind;
  /** The cmdlet whose default view this is (from the command line above, or the kind). */
  cmdlet?: string;
  columns: string[];
  /** Its rows, in order (also in the file's objects). */
  rows: ExchangeObject[];
  /** The rows become objects of the kind and are checked (certificates, or a table with a TLS column). */
  typed: boolean;
}

export interface FormatTableRead {
  objects: ExchangeObject[];
  tables: ReadTable[];
  commands: PastedCommand[];
}

/** Properties that decide TLS and relay: a table that shows none of them leaves nothing to check. */
const TLS_COLUMNS = new Set([
  'requiretls',
  'ignorestarttls',
  'tlsauthlevel',
  'tlsdomain',
  'tlscertificatename',
  'smarthostauthmechanism',
  'domainsecureenabled',
  'authmechanism',
  'permissiongroups',
  'remoteipranges',
  'tlsdomaincapabilities',
  'tlssettings',
  'tlssendercertificatename',
]);

/** ServicesStringForm: one position per service, a letter when enabled, a dot when not. */
const SERVICE_LETTERS: readonly [string, string][] = [
  ['I', 'IMAP'],
  ['P', 'POP'],
  ['U', 'UM'],
  ['W', 'IIS'],
  ['S', 'SMTP'],
  ['F', 'Federation'],
  ['C', 'UMCallRouter'],
];

/** `IP.WS..` → `IMAP, POP, IIS, SMTP`; `.......` → `None`; undefined when a position holds another character. */
export function decodeServiceLetters(text: string): string | undefined {
  if (text.length === 0 || text.length > SERVICE_LETTERS.length) return undefined;
  const names: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '.') continue;
    if (text[i].toUpperCase() !== SERVICE_LETTERS[i][0]) return undefined;
    names.push(SERVICE_LETTERS[i][1]);
  }
  return names.length ? names.join(', ') : 'None';
}

interface Cell {
  start: number;
  end: number;
}

export function readFormatTable(text: string, lines: LineIndex): FormatTableRead {
  const objects: ExchangeObject[] = [];
  const tables: ReadTable[] = [];
  const commands: PastedCommand[] = [];
  const headers = findTables(text);
  const headerLines = new Set(headers.map((h) => h.line));
  let lastCommand: PastedCommand | undefined;
  let commandScan = 0;
  for (const header of headers) {
    // The command pasted above this table, if any (between the previous table and this one).
    for (; commandScan < header.line; commandScan++) {
      const cmd = parseCommandLine(text, lines.lineStart(commandScan) + indentOf(text, lines, commandScan), lines.lineEnd(commandScan));
      if (cmd) {
        commands.push(cmd);
        lastCommand = cmd;
      }
    }
    const command = lastCommand && (!lastCommand.kind || lastCommand.kind === header.kind) ? lastCommand : undefined;
    lastCommand = undefined;
    const names = header.columns.map((c) => c.name.toLowerCase());
    const typed = header.kind === 'exchange-certificate' || names.some((n) => TLS_COLUMNS.has(n));
    const rows: ExchangeObject[] = [];
    let blanks = 0;
    let l = (header.dashLine ?? header.line) + 1;
    for (; l < lines.lineCount; l++) {
      const start = lines.lineStart(l);
      const end = lines.lineEnd(l);
      if (text.slice(start, end).trim() === '') {
        if (++blanks >= 2) break;
        continue;
      }
      if (headerLines.has(l) || parseCommandLine(text, start + indentOf(text, lines, l), end)) break;
      const cells = splitRow(text, start, end, header, lines);
      if (!cells) break;
      blanks = 0;
      const row = rowObject(text, lines, header, cells, typed, command);
      rows.push(row);
      objects.push(row);
    }
    commandScan = Math.max(commandScan, l);
    tables.push({
      range: lines.range(header.start, header.end),
      kind: header.kind,
      cmdlet: command?.cmdlet,
      columns: header.columns.map((c) => c.name),
      rows,
      typed,
    });
  }
  return { objects, tables, commands };
}

function indentOf(text: string, lines: LineIndex, l: number): number {
  const start = lines.lineStart(l);
  const end = lines.lineEnd(l);
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - start;
}

/** The cells of a row, one per column; undefined when the line is not a row of this table. */
function splitRow(text: string, start: number, end: number, header: TableHeader, lines: LineIndex): Cell[] | undefined {
  const n = header.columns.length;
  const aligned = header.dashLine !== undefined ? byDashes(text, start, end, header.columns, lines.lineStart(header.dashLine)) : undefined;
  const cells = aligned ?? byBlanks(text, start, end, n);
  if (!cells || cells.filter((c) => c.end > c.start).length < Math.min(2, n) || cells[0].end === cells[0].start) return undefined;
  // A certificate row has the service letters where the header says (prose under a table has not).
  const services = header.columns.findIndex((c) => c.name.toLowerCase() === 'services');
  if (header.kind === 'exchange-certificate' && services >= 0 && !/^[.A-Za-z, ]+$/.test(text.slice(cells[services].start, cells[services].end)))
    return undefined;
  return cells;
}

/** Cells at the dash columns, when the row lines up with them (each column starts after a blank). */
function byDashes(text: string, start: number, end: number, columns: TableColumn[], dashLineStart: number): Cell[] | undefined {
  const cols = columns.map((c) => c.dashStart! - dashLineStart);
  for (let i = 1; i < cols.length; i++) {
    const at = start + cols[i] - 1;
    if (at < end && text.charCodeAt(at) !== 32) return undefined;
  }
  return cols.map((c, i) => trimCell(text, Math.min(start + c, end), i + 1 < cols.length ? Math.min(start + cols[i + 1], end) : end));
}

/** Cells at runs of two or more blanks; extra pieces go to the last column, missing ones are empty. */
function byBlanks(text: string, start: number, end: number, n: number): Cell[] | undefined {
  const pieces: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  const line = text.slice(start, end);
  for (let m = re.exec(line); m; m = re.exec(line)) pieces.push({ start: start + m.index, end: start + m.index + m[0].length });
  if (pieces.length === 0) return undefined;
  const cells = pieces.slice(0, n);
  if (pieces.length > n) cells[n - 1] = { start: cells[n - 1].start, end: pieces[pieces.length - 1].end };
  while (cells.length < n) cells.push({ start: end, end });
  return cells;
}

function trimCell(text: string, s: number, e: number): Cell {
  while (s < e && text.charCodeAt(s) === 32) s++;
  while (e > s && text.charCodeAt(e - 1) === 32) e--;
  return { start: s, end: e };
}

/** Format-Table cuts a value that does not fit its column with `...` (Windows PowerShell) or `…`. */
function isCut(value: string): boolean {
  return value.endsWith('...') || value.endsWith('\u2026');
}

function rowObject(text: string, lines: LineIndex, header: TableHeader, cells: Cell[], typed: boolean, command: PastedCommand | undefined): ExchangeObject {
  const properties: PropertyValue[] = [];
  const byName = new Map<string, PropertyValue>();
  let cut = false;
  header.columns.forEach((col, i) => {
    const { start, end } = cells[i];
    let value = text.slice(start, end);
    // The service letters (`IP.WS..`) end in dots of their own.
    if (col.name.toLowerCase() === 'services' && header.kind === 'exchange-certificate') value = decodeServiceLetters(value) ?? value;
    else if (isCut(value)) cut = true;
    const prop = new OffsetProperty(col.name, value, value === '', lines, col.start, start, end, col.end);
    if (typed) prop.def = propertyDef(header.kind, col.name);
    properties.push(prop);
    if (!byName.has(col.name.toLowerCase())) byName.set(col.name.toLowerCase(), prop);
  });
  const first = cells[0].start;
  const last = cells[cells.length - 1].end;
  const obj: ExchangeObject = {
    format: 'format-table',
    range: lines.range(first, Math.max(first, last)),
    properties,
    byName,
  };
  // A row with a value cut short would match nothing it should (a certificate by its subject): read, not checked.
  if (typed && !cut) obj.kind = header.kind;
  if (command) obj.pastedCommand = { text: command.text, cmdlet: command.cmdlet, range: lines.range(command.start, command.end) };
  return obj;
}
