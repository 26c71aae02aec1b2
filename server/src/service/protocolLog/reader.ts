// Reads an SMTP protocol log in pieces of any size (the whole text of an editor document, or chunks of a file the
// CLI streams), one row at a time: rows are grouped by session id; a session is reduced to its facts when it
// disconnects (or at the end), then to findings, figures and certificate sightings. Work is linear in the text;
// memory is bounded by the sessions open at once and by the distinct findings, unless every session is kept
// (the editor's outline and hover).
import { classify, endpointAddress } from './classify';
import { RowFields } from './csv';
import type { CertificateSighting, ConnectorStats, EvidenceGroup, LogHeader, Loc, ProtocolLogModel, SessionFacts } from './model';
import { own, SessionBuilder } from './session';
import { FIELD_COUNT, FIELDS, HEADER_RE, LOG_TYPE_RE } from './texts';

export interface ReaderOptions {
  /** Keep every session's facts (the editor's outline and hover); a stream keeps only what findings need. */
  keepSessions: boolean;
  /** Keep the text of the rows findings point at and of suppression comments (a streamed log's sparse text). */
  keepTexts: boolean;
  /** Checked every few thousand lines; true stops the read with ReadCancelled. */
  isCancelled?: () => boolean;
}

export class ReadCancelled extends Error {
  constructor() {
    super('protocol log read cancelled');
  }
}

export interface SyntaxNote {
  message: string;
  at: Loc;
}

/** Sessions open at once beyond this are closed oldest first (a log cut in the middle of many sessions). */
const MAX_OPEN_SESSIONS = 20000;
const MAX_PROBLEMS = 100;
/** Exchange retries a next hop without STARTTLS right after TLS failed with it; later clear text is not tied to it. */
const RETRY_WINDOW_MS = 15 * 60 * 1000;
const MAX_MORE = 3;
const SESSION_ID = /^[0-9A-Fa-f]{16}$/;

export class ProtocolLogReader {
  private lineNo = 0;
  private carry = '';
  private readonly fields = new RowFields();
  private readonly open = new Map<string, SessionBuilder>();
  private last?: SessionBuilder;
  private header?: LogHeader;
  private readonly headers: LogHeader[] = [];
  private readonly groups = new Map<string, EvidenceGroup>();
  private readonly sightings = new Map<string, CertificateSighting>();
  private readonly stats = new Map<string, ConnectorStats>();
  private readonly failures = new Map<string, { session: string; error: string; at: Loc; line: number; time: string }>();
  private readonly failureSeen = new WeakSet<SessionBuilder>();
  private readonly sessions: SessionFacts[] = [];
  readonly problems: SyntaxNote[] = [];
  /** Line texts a streamed log keeps (rows findings point at, headers, suppression comments). */
  readonly retained = new Map<number, string>();
  private rowCount = 0;
  private sessionCount = 0;
  private malformed = 0;

  constructor(private readonly options: ReaderOptions) {}

  /** Lines read so far. */
  get lines(): number {
    return this.lineNo;
  }

  push(chunk: string): void {
    let from = 0;
    if (this.carry) {
      // The line cut at the end of the previous chunk: only it is joined, not the whole chunk.
      const nl = chunk.indexOf('\n');
      if (nl < 0) {
        this.carry += chunk;
        return;
      }
      const line = this.carry + chunk.slice(0, nl);
      this.carry = '';
      this.readLine(line, 0, line.charCodeAt(line.length - 1) === 13 ? line.length - 1 : line.length);
      from = nl + 1;
    }
    // Rows are read in place in the chunk (offsets, no copy of each line).
    for (let nl = chunk.indexOf('\n', from); nl >= 0; nl = chunk.indexOf('\n', from)) {
      this.readLine(chunk, from, nl > from && chunk.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
      from = nl + 1;
      if ((this.lineNo & 0x1fff) === 0 && this.options.isCancelled?.()) throw new ReadCancelled();
    }
    this.carry = from === 0 ? chunk : chunk.slice(from);
  }

  end(): ProtocolLogModel {
    if (this.carry) {
      const last = this.carry;
      this.carry = '';
      this.readLine(last, 0, last.charCodeAt(last.length - 1) === 13 ? last.length - 1 : last.length);
    }
    for (const b of this.open.values()) this.complete(b);
    this.open.clear();
    if (this.malformed > this.problems.length && this.problems.length > 0) {
      const last = this.problems[this.problems.length - 1];
      this.problems.push({ message: `${this.malformed - this.problems.length} more lines of this log are not protocol-log rows either`, at: last.at });
    }
    const byLine = <T extends { at: Loc }>(a: T, b: T) => a.at.line - b.at.line || a.at.start - b.at.start;
    return {
      headers: this.headers,
      sessions: this.sessions,
      streamed: !this.options.keepSessions,
      groups: [...this.groups.values()].sort(byLine),
      certificates: [...this.sightings.values()].sort(byLine),
      connectors: [...this.stats.values()].sort(byLine),
      rowCount: this.rowCount,
      sessionCount: this.sessionCount,
      malformedRows: this.malformed,
    };
  }

  /** The row `text[start..stop)` (its line break excluded). */
  private readLine(text: string, start: number, stop: number): void {
    const n = this.lineNo++;
    if (stop === start) return;
    const skip = n === 0 && text.charCodeAt(start) === 0xfeff ? 1 : 0;
    const c0 = text.charCodeAt(start + skip);
    if (c0 === 35 /* # */) return this.headerLine(text.slice(start, stop), n, skip);
    if (c0 <= 32 && text.slice(start, stop).trim() === '') return;
    const f = this.fields.split(text, start, stop, start + skip);
    const problem = rowProblem(f);
    if (problem) return this.malformedLine(f, n, problem[0], problem[1], problem[2]);
    this.rowCount++;
    // Rows of one session often follow each other: the last session is checked before the map.
    let b = this.last;
    if (!b || f.end[2] - f.start[2] !== 16 || !text.startsWith(b.facts.id, f.start[2])) {
      const id = text.slice(f.start[2], f.end[2]);
      b = this.open.get(id);
      if (!b) {
        if (!SESSION_ID.test(id)) return this.malformedLine(f, n, SESSION_ID_PROBLEM, f.start[2], f.end[2]);
        b = new SessionBuilder(f, n, this.header?.logType, this.options.keepTexts);
        this.open.set(b.facts.id, b);
        if (this.open.size > MAX_OPEN_SESSIONS) {
          const oldest = this.open.keys().next().value as string;
          const evicted = this.open.get(oldest)!;
          this.open.delete(oldest);
          if (this.last === evicted) this.last = undefined;
          this.complete(evicted);
        }
      }
      this.last = b;
    }
    const event = text.charCodeAt(f.start[6]);
    b.row(f, n, event);
    if (b.facts.failure && !this.failureSeen.has(b)) this.failed(b, text.slice(f.start[0], f.end[0]));
    if (event === 45 /* - */) {
      this.open.delete(b.facts.id);
      if (this.last === b) this.last = undefined;
      this.complete(b);
    }
  }

  private headerLine(line: string, n: number, skip: number): void {
    const m = HEADER_RE.exec(skip ? line.slice(skip) : line);
    if (!m) {
      // A comment of the user's: a suppression comment must survive in a streamed log's sparse text.
      if (this.options.keepTexts && line.includes('exchange-transport-')) this.retained.set(n, own(line));
      return;
    }
    if (this.options.keepTexts) this.retained.set(n, own(line));
    if (m[1] === 'Software' || !this.header || this.header.lastLine < n - 1) {
      this.header = { line: n, lastLine: n };
      this.headers.push(this.header);
    }
    const h = this.header;
    h.lastLine = n;
    const value = m[2].trim();
    if (m[1] === 'Log-type') {
      const t = LOG_TYPE_RE.exec(value);
      h.logType = t ? (t[1].toLowerCase() === 'send' ? 'send' : 'receive') : undefined;
    } else if (m[1] === 'Version') h.version = own(value);
    else if (m[1] === 'Date') h.date = own(value);
    else if (m[1] === 'Fields' && value.replace(/\s/g, '') !== FIELDS.join(',')) {
      this.problem(`These fields are not those of an SMTP protocol log (${FIELDS.join(',')}); rows are read in that order`, {
        line: n,
        start: line.length - m[2].length,
        end: line.length,
      });
    }
  }

  private malformedLine(f: RowFields, n: number, problem: string, start: number, end: number): void {
    this.malformed++;
    if (this.problems.length < MAX_PROBLEMS) this.problem(problem, { line: n, start: f.col(start), end: f.col(end) }, f.row());
  }

  private problem(message: string, at: Loc, text?: string): void {
    this.problems.push({ message, at });
    if (this.options.keepTexts && text !== undefined) this.retained.set(at.line, own(text));
  }

  /** Remembers a TLS failure by remote address: a clear-text session to it right after is Exchange's retry. */
  private failed(b: SessionBuilder, date: string): void {
    this.failureSeen.add(b);
    const ip = endpointAddress(b.facts.remote);
    if (!ip || b.facts.tlsVerb?.verb === 'X-ANONYMOUSTLS') return;
    if (this.failures.size > 100000) this.failures.clear();
    this.failures.set(ip, { session: b.facts.id, error: b.facts.failure!.error, at: b.facts.failure!.at, line: b.facts.failure!.at.line, time: own(date) });
  }

  private complete(b: SessionBuilder): void {
    const s = b.finish();
    this.sessionCount++;
    if (s.direction === 'send' && s.mail && !s.tls && !s.tlsVerb && s.offered.length > 0) {
      const f = this.failures.get(endpointAddress(s.remote) ?? '');
      if (f && f.line < s.firstLine && within(f.time, s.start, RETRY_WINDOW_MS)) s.priorFailure = { session: f.session, error: f.error, at: f.at };
    }
    let keepTexts = false;
    for (const note of classify(s)) {
      const g = this.groups.get(note.key);
      if (!g) {
        this.groups.set(note.key, { kind: note.kind, variant: note.variant, key: note.key, session: s, at: note.at, data: note.data, count: 1, more: [] });
        keepTexts = true;
      } else {
        g.count++;
        if (g.more.length < MAX_MORE) g.more.push({ session: s.id, at: note.at });
      }
    }
    this.count(s);
    for (const c of s.certificates) {
      const thumbprint = c.fields.thumbprint;
      if (!thumbprint || !c.thumbprintAt) continue;
      const directTrust = s.tlsVerb?.verb === 'X-ANONYMOUSTLS';
      const key = `${c.role}|${thumbprint}|${directTrust}|${s.connector}|${s.localHost ?? ''}|${s.remoteHost ?? ''}`;
      const seen = this.sightings.get(key);
      if (seen) {
        seen.count++;
        if (s.start && (!seen.first || s.start < seen.first)) seen.first = s.start;
        if (s.start && (!seen.last || s.start > seen.last)) seen.last = s.start;
        continue;
      }
      keepTexts = true;
      this.sightings.set(key, {
        role: c.role,
        thumbprint,
        subject: c.fields.subject,
        issuer: c.fields.issuer,
        at: c.thumbprintAt,
        session: s.id,
        connector: s.connector,
        direction: s.direction,
        server: s.server,
        localHost: s.localHost,
        remoteHost: s.remoteHost,
        directTrust,
        first: s.start,
        last: s.start,
        count: 1,
      });
    }
    if (this.options.keepSessions) this.sessions.push(s);
    if (keepTexts && b.texts) for (const [line, text] of b.texts) this.retained.set(line, own(text));
  }

  private count(s: SessionFacts): void {
    const key = `${s.connector}|${s.direction ?? ''}`;
    let st = this.stats.get(key);
    if (!st) {
      st = {
        connector: s.connector,
        direction: s.direction,
        server: s.server,
        sessions: 0,
        tls: 0,
        mail: 0,
        clearText: 0,
        protocols: {},
        failures: {},
        at: s.connectorAt,
      };
      this.stats.set(key, st);
    }
    st.sessions++;
    st.server ??= s.server;
    if (s.tls) {
      st.tls++;
      st.protocols[s.tls.protocol] = (st.protocols[s.tls.protocol] ?? 0) + 1;
    }
    if (s.mail) {
      st.mail++;
      if (!s.mail.tls && !s.tls) st.clearText++;
    }
    if (s.failure) st.failures[s.failure.error] = (st.failures[s.failure.error] ?? 0) + 1;
  }
}

const SESSION_ID_PROBLEM = 'The session-id of this row is not 16 hexadecimal digits';

/** Why a line is not a protocol-log row, and where (columns), or undefined when it is one. */
function rowProblem(f: RowFields): [string, number, number] | undefined {
  const line = f.text;
  if (f.unterminated) {
    const k = f.count - 1;
    return ['This row has a quoted field without its closing quote', f.start[k], f.stop];
  }
  if (f.count !== FIELD_COUNT) return [`This line is not a protocol-log row: it has ${f.count} comma-separated fields, not ${FIELD_COUNT}`, f.start[0], f.stop];
  if (f.end[6] - f.start[6] !== 1 || '+-<>*'.indexOf(line[f.start[6]]) < 0) return ['The event of this row is not one of + - > < *', f.start[6], f.end[6]];
  if (f.end[2] - f.start[2] !== 16) return [SESSION_ID_PROBLEM, f.start[2], f.end[2]];
  const d = f.start[0];
  if (f.end[0] - d < 20 || line.charCodeAt(d + 4) !== 45 || line.charCodeAt(d + 10) !== 84 || line.charCodeAt(f.end[0] - 1) !== 90)
    return ['The date-time of this row is not written as the log writes it (2024-05-06T08:00:00.000Z)', f.start[0], f.end[0]];
  return undefined;
}

function within(a: string | undefined, b: string | undefined, ms: number): boolean {
  if (!a || !b) return true;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isNaN(ta) || Number.isNaN(tb) || Math.abs(tb - ta) <= ms;
}
