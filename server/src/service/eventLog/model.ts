// The model of event-log text (Event Viewer "Copy details as text", Get-WinEvent | Format-List,
// Get-EventLog | Format-List): one record per event with its fields, its description and the insertion strings
// the description was built from, each with its range in the file.
import type { AnalyzedFileBase, CommentLine } from '../document';
import type { Range } from '../types';
import type { KnownEvent } from './catalogue';

/** How the event was written: Event Viewer's text copy, or one of the two cmdlets piped to Format-List. */
export type EventLayout = 'event-viewer' | 'get-winevent' | 'get-eventlog';

export interface EventField {
  /** The name as written (`Event ID`, `ProviderName`). */
  name: string;
  text: string;
  nameRange: Range;
  /** For an empty value, a zero-width range after the separator. */
  valueRange: Range;
  empty: boolean;
}

/** Text that may span several lines, joined, with the way back from an index in it to an offset in the file. */
export interface JoinedText {
  text: string;
  /** File offset of the character at `index` (the end of the text maps past its last character). */
  offsetAt(index: number): number;
  /** From the first to the last character; undefined when empty. */
  range?: Range;
}

/** An insertion string (%1, %2...) as the event recorded it: XML <Data>, or ReplacementStrings. */
export interface Insertion {
  text: string;
  range: Range;
}

/** A value read out of the event: from the description, or from the insertion strings when the text is localised. */
export interface DecodedValue {
  /** Whitespace collapsed (a value wrapped over two lines reads as one). */
  text: string;
  range: Range;
  from: 'description' | 'insertion';
}

export interface EventRecord {
  layout: EventLayout;
  /** From the first line to the last line of the event. */
  range: Range;
  /** What the outline selects: the Event ID value, else the first name. */
  selectionRange: Range;
  fields: EventField[];
  /** Lower-case field name → field (Event Viewer names and cmdlet property names alike). */
  byName: Map<string, EventField>;
  /** The event ID as Event Viewer shows it (InstanceId & 0xFFFF for Get-EventLog). */
  id?: number;
  idField?: EventField;
  /** The provider (`MSExchangeTransport`), when the text names it. */
  source?: string;
  level?: string;
  computer?: string;
  /** The time the event was logged, as printed (local time, culture format) and where. */
  date?: EventField;
  /** The exact instant, from the event's XML (`TimeCreated SystemTime`), when the copy has it. */
  timeCreated?: Date;
  description: JoinedText;
  insertions: Insertion[];
  /** The catalogue entry for this source and ID, when the linter knows the event. */
  known?: KnownEvent;
  /** Values the known event carries, by the catalogue's field name. */
  decoded: Record<string, DecodedValue>;
}

export interface EventLogFile extends AnalyzedFileBase {
  kind: 'event-log-text';
  events: EventRecord[];
  comments: CommentLine[];
  /** How ambiguous culture dates are read in this file (no AM/PM clue, no day above 12: month first). */
  dateOrder: 'mdy' | 'dmy';
  dateOrderSource: 'setting' | 'inferred' | 'default';
}

/** A decoded value, or undefined. */
export function decoded(e: EventRecord, name: string): DecodedValue | undefined {
  return e.decoded[name];
}

/** A field by name, case-insensitive, among several spellings (`Source`, `Event Source`, `ProviderName`). */
export function field(e: EventRecord, ...names: string[]): EventField | undefined {
  for (const n of names) {
    const f = e.byName.get(n.toLowerCase());
    if (f) return f;
  }
  return undefined;
}

/** "EX01.contoso.com" → "EX01"; the server part of a Computer field. */
export function shortComputer(computer: string | undefined): string | undefined {
  const s = computer?.trim().split('.')[0];
  return s && /^[A-Za-z0-9-]+$/.test(s) ? s : undefined;
}
