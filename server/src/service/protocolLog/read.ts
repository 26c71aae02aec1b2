// The protocol-log format's entry points: detection, the reader of a whole text (editor, small files), the same
// reader in slices that yield between them (a large open document: requests are served and cancellation is seen),
// and the stream the CLI feeds chunk by chunk without holding the file.
import type { AnalyzedFileBase, ProtocolLogFile } from '../document';
import { RowFields } from './csv';
import { locRange } from './model';
import { ProtocolLogReader, ReadCancelled } from './reader';
import { SparseLines } from './sparseLines';
import { FILE_NAME_RE, FIELD_COUNT, HEADER_SOFTWARE, LOG_TYPE_RE } from './texts';

export { ReadCancelled } from './reader';

/** An open document of a protocol log is analysed up to this size (VS Code hands extensions documents up to 50 MB). */
export const PROTOCOL_LOG_SIZE_LIMIT = 64 * 1024 * 1024;

/** Characters of a large document read between two yields (a few ms of work). */
const SLICE = 512 * 1024;

/** `SEND20240506-1.LOG`, `RECV2023011116-1.LOG`: what Exchange names its protocol logs. */
export function isProtocolLogName(uri: string): boolean {
  return FILE_NAME_RE.test(uri);
}

/**
 * A protocol log by its content: Exchange's header with an SMTP log type, or (a pasted fragment) rows of nine
 * fields with a session id and an event character. Looks at the first 64 KB only.
 */
export function looksLikeProtocolLog(text: string): boolean {
  const head = (text.charCodeAt(0) === 0xfeff ? text.slice(1, 65537) : text.slice(0, 65536)).split(/\r?\n/, 60);
  if (head[0]?.startsWith(HEADER_SOFTWARE)) {
    const type = head.slice(1, 6).find((l) => l.startsWith('#Log-type:'));
    return type !== undefined && LOG_TYPE_RE.test(type.slice(10).trim());
  }
  const f = new RowFields();
  let rows = 0;
  let other = 0;
  for (const line of head) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    f.split(line);
    if (f.count === FIELD_COUNT && /^\d{4}-\d\d-\d\dT[\d:.]+Z,[^,]*,[0-9A-F]{16},\d+,/.test(line) && /^[+\-<>*]$/.test(line.slice(f.start[6], f.end[6])))
      rows++;
    else other++;
  }
  return rows >= 2 ? rows >= other : rows === 1 && other === 0;
}

function toFile(base: AnalyzedFileBase, reader: ProtocolLogReader, log = reader.end()): ProtocolLogFile {
  return {
    ...base,
    kind: 'smtp-protocol-log',
    log,
    syntaxErrors: reader.problems.map((p) => ({ id: 'malformed', data: { problem: p.message }, range: locRange(p.at) })),
  };
}

/** The whole text at once: every session kept for the outline and hovers. */
export function readProtocolLog(base: AnalyzedFileBase): ProtocolLogFile {
  const reader = new ProtocolLogReader({ keepSessions: true, keepTexts: false });
  reader.push(base.text);
  return toFile(base, reader);
}

/** The same in 512 KB slices, yielding to the event loop between them; stops with ReadCancelled when asked to. */
export async function readProtocolLogAsync(base: AnalyzedFileBase, isCancelled: () => boolean): Promise<ProtocolLogFile> {
  const reader = new ProtocolLogReader({ keepSessions: true, keepTexts: false, isCancelled });
  for (let at = 0; at < base.text.length; at += SLICE) {
    if (isCancelled()) throw new ReadCancelled();
    reader.push(base.text.slice(at, at + SLICE));
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  if (isCancelled()) throw new ReadCancelled();
  return toFile(base, reader);
}

export interface ProtocolLogStream {
  /** Decoded text, in pieces of any size (lines may be cut anywhere). */
  push(text: string): void;
  /** The analysed log: findings, figures and certificate sightings; no sessions kept. */
  end(): ProtocolLogFile;
  /** Lines read so far. */
  readonly lines: number;
}

/**
 * A log read chunk by chunk, reduced as it goes: finished sessions become findings and figures and are dropped.
 * The result's text holds only the lines findings point at, the header and suppression comments, with a line
 * index that puts them at their line numbers (./sparseLines.ts): suppression comments and baselines work on it as
 * on the whole file, in memory that does not grow with the log.
 */
export function createProtocolLogStream(uri: string, isCancelled?: () => boolean): ProtocolLogStream {
  const reader = new ProtocolLogReader({ keepSessions: false, keepTexts: true, isCancelled });
  return {
    push: (text) => reader.push(text),
    get lines() {
      return reader.lines;
    },
    end() {
      // Counted as LineIndex counts: the line after the last line break is a line too.
      const total = reader.lines + 1;
      const log = reader.end();
      const { text, lines } = SparseLines.of(reader.retained, total);
      return toFile({ uri, text, lines, syntaxErrors: [], certificates: [], unreadableCertificates: [] }, reader, log);
    },
  };
}
