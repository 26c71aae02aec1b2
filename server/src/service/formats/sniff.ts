// Cheap content checks that tell formats apart from the head of a text (never the whole of a large file).
// Pastes are recognised as dumps in the shapes people paste them (quoted, indented, double-spaced, a command line
// above a 2-line partial dump), and text that only looks like `Name: value` lines (Event Viewer, HealthChecker,
// protocol logs, monitoring alerts) is declined by name, so that a file-unrecognized finding can say what it is.
import { detectObjectKindByKeys } from '../catalogue';
import { parseCommandLine } from '../formatList/command';
import { pasteMargin } from '../formatList/margin';
import { findTables } from '../formatTable/header';
import { LineIndex } from '../text/lineIndex';

const HEAD = 65536;
const HEAD_LINES = 200;

/** Text that is evidence of another kind, not a dump of configuration objects. */
export type NotADump = 'event-log' | 'healthchecker' | 'protocol-log' | 'tracking-log' | 'monitoring' | 'csv';

function head(text: string): string {
  const h = text.length > HEAD ? text.slice(0, HEAD) : text;
  return h.charCodeAt(0) === 0xfeff ? h.slice(1) : h;
}

/** The first lines of a text, without their line breaks. */
function headLines(text: string): string[] {
  return head(text).split(/\r\n|\r|\n/, HEAD_LINES);
}

const EVENT_FIELDS = /^\s*(Log Name|Source|Date|Event ID|Task Category|Level|Keywords|User|Computer|Description|OpCode):/;

/** What a text is when it is one of the evidence kinds people paste next to dumps; undefined otherwise. */
export function notADump(text: string): NotADump | undefined {
  const lines = headLines(text);
  const firstText = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  if (/^(?:OK|WARNING|CRITICAL|UNKNOWN)\b\s*[-:]/.test(firstText) || /^(?:SERVICE|HOST) (?:ALERT|NOTIFICATION|STATUS):/.test(firstText)) return 'monitoring';
  if (/^#TYPE\s/.test(firstText) || /^"[\w.-]+"(?:,"[\w.-]+")+$/.test(firstText)) {
    return /"?date-time"?,"?connector-id"?,"?session-id"?/i.test(firstText + lines.slice(0, 3).join('\n')) ? 'protocol-log' : 'csv';
  }
  const event = new Set<string>();
  const names = new Set<string>();
  for (const line of lines) {
    if (/^#Log-type:\s*SMTP (?:Send|Receive) Protocol Log/i.test(line) || /^#?Fields:\s*date-time,connector-id,session-id/i.test(line)) return 'protocol-log';
    if (/^#Log-type:\s*Message Tracking Log/i.test(line)) return 'tracking-log';
    if (/Exchange Health ?Checker/i.test(line)) return 'healthchecker';
    const e = EVENT_FIELDS.exec(line);
    if (e) event.add(e[1]);
    const p = /^(\w+) *:/.exec(line);
    if (p) names.add(p[1].toLowerCase());
  }
  if ((event.has('Event ID') || event.has('Log Name')) && (event.size >= 3 || event.has('Description'))) return 'event-log';
  // Get-WinEvent | fl, Get-EventLog | fl: event records, not configuration.
  if (names.has('providername') && (names.has('timecreated') || names.has('leveldisplayname'))) return 'event-log';
  if (names.has('entrytype') && names.has('instanceid') && names.has('timegenerated')) return 'event-log';
  return undefined;
}

/** A Format-List property line as PowerShell writes it: the name, at least one blank of padding, ` :`. */
const PADDED_PROPERTY = /^([A-Za-z_][A-Za-z0-9_.-]*)( +):(?: |$)/;

export interface FormatListSniff {
  isDump: boolean;
  /** Property lines seen (after any quote or indentation is skipped). */
  propertyLines: number;
}

/**
 * Format-List text, among the first 200 lines: three property lines; or two whose colons line up (the padding of
 * one object) with names of an object kind (a partial `fl RequireTLS,TlsAuthLevel`); or one under a pasted
 * `Get-SendConnector`-style command line. Quoting and a common indentation are skipped first.
 */
export function sniffFormatList(text: string): FormatListSniff {
  if (notADump(text)) return { isDump: false, propertyLines: 0 };
  const h = head(text);
  const lines = new LineIndex(h);
  const margin = pasteMargin(h, lines);
  let propertyLines = 0;
  let command = false;
  let prev: { column: number; name: string; line: number } | undefined;
  let aligned = false;
  for (let l = 0; l < lines.lineCount && l < HEAD_LINES; l++) {
    const start = lines.lineStart(l) + margin.at(l);
    const end = lines.lineEnd(l);
    const content = h.slice(start, end);
    const m = PADDED_PROPERTY.exec(content);
    if (!m) {
      if (content.trim() !== '' && parseCommandLine(h, start, end)?.kind) command = true;
      continue;
    }
    propertyLines++;
    const column = m[1].length + m[2].length;
    if (prev && prev.column === column && detectObjectKindByKeys(new Set([prev.name, m[1].toLowerCase()]))) aligned = true;
    prev = { column, name: m[1].toLowerCase(), line: l };
    if (propertyLines >= 3 || (propertyLines >= 2 && aligned) || command) return { isDump: true, propertyLines };
  }
  return { isDump: false, propertyLines };
}

export function looksLikeFormatList(text: string): boolean {
  return sniffFormatList(text).isDump;
}

/** Format-Table output of the objects this linter reads: a known table header (with its dashes line, when kept). */
export function looksLikeFormatTable(text: string): boolean {
  if (notADump(text)) return false;
  return findTables(head(text), HEAD_LINES).length > 0;
}

// JSON starts with an object or an array of values; "[PS] C:\\>" (a pasted shell prompt) does not.
const JSON_START = /^\uFEFF?\s*(\{\s*("|\})|\[\s*(\{|\[|"|\]|-?\d|true|false|null))/;

export function looksLikeJson(text: string): boolean {
  return JSON_START.test(text.slice(0, 256));
}

const XML_ROOT_RE = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*|<\?[\s\S]*?\?>\s*)*<([A-Za-z_][\w.:-]*)/;

/** The name of the root element of an XML text, without parsing it (first 64 KB only). */
export function xmlRootName(text: string): string | undefined {
  const head = text.charCodeAt(0) === 0xfeff ? text.slice(1, HEAD) : text.slice(0, HEAD);
  return XML_ROOT_RE.exec(head)?.[1];
}
