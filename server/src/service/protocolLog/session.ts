// Builds the facts of one session from its rows, as they come (sessions interleave in a log). Direction-free:
// the side that sends EHLO is the client, so a pasted fragment without the header reads the same as a file.
import type { RowFields } from './csv';
import { parseMergedCertificate } from './certificate';
import type { CertificateSeen, Direction, Loc, SessionFacts } from './model';
import {
  ATTEMPTING_TO_CONNECT,
  CERTIFICATE_BLOCKS,
  CERTIFICATE_FIELD_ROWS,
  DIRECT_TRUST_FAILED_PREFIX,
  DIRECT_TRUST_OK_PREFIX,
  MERGED_CERTIFICATE_LABELS,
  MUST_ISSUE_STARTTLS_RE,
  OUTBOUND_TLS_AUTH_FAILED_RE,
  REQUIRE_TLS_UNMET,
  SCHANNEL_PROTOCOL_RE,
  THUMBPRINT_RE,
  TLS_FAILED_FATAL,
  TLS_FAILED_PREFIX,
  TLS_SUCCESS_PREFIX,
  TLS_SUCCESS_RE,
  type CertificateField,
  type TlsVerb,
} from './texts';

// Field indexes.
const CONNECTOR = 1;
const SESSION = 2;
const LOCAL = 4;
const REMOTE = 5;
const DATA = 7;
const CONTEXT = 8;

const BLOCKS = Object.entries(CERTIFICATE_BLOCKS);

export class SessionBuilder {
  readonly facts: SessionFacts;
  /** Texts of the rows facts point at (kept only when the reader streams, for the sparse text). */
  readonly texts?: Map<number, string>;
  private ehloOpen = false;
  private block?: CertificateSeen;
  /** A client/server hint besides EHLO: `attempting to connect`, the TLS side, the greeting. */
  private hint?: Direction;

  constructor(f: RowFields, line: number, logType: Direction | undefined, keepTexts: boolean) {
    this.facts = {
      id: own(f.value(SESSION)),
      connector: interned(f.value(CONNECTOR)),
      direction: logType,
      firstLine: line,
      lastLine: line,
      rows: 0,
      start: own(f.value(0)),
      idAt: loc(f, SESSION, line),
      connectorAt: loc(f, CONNECTOR, line),
      offered: [],
      replyComplete: false,
      certificates: [],
      mailCount: 0,
    };
    const slash = this.facts.connector.indexOf('\\');
    // A receive connector's id is `SERVER\Name`.
    if (slash > 0) this.facts.server = this.facts.connector.slice(0, slash).toLowerCase();
    if (keepTexts) this.texts = new Map();
  }

  /** Adds one row (fields already split and checked). */
  row(f: RowFields, line: number, event: number): void {
    const s = this.facts;
    s.rows++;
    s.lastLine = line;
    if (s.local === undefined && !f.isEmpty(LOCAL)) s.local = own(f.value(LOCAL));
    if (s.remote === undefined && !f.isEmpty(REMOTE)) s.remote = own(f.value(REMOTE));
    if (event === 42 /* * */) this.information(f, line);
    else {
      this.block = undefined;
      if (event === 62 /* > */ || event === 60 /* < */) this.command(f, line, event === 62 ? '>' : '<');
      else if (event === 45 /* - */) s.disconnect = own(f.value(CONTEXT) || f.value(DATA));
    }
  }

  /** The direction once the session is complete: the header's, else what the rows show. */
  finish(): SessionFacts {
    const s = this.facts;
    if (!s.direction) s.direction = s.ehlo ? (s.ehlo.event === '>' ? 'send' : 'receive') : this.hint;
    return s;
  }

  private keep(f: RowFields, line: number): void {
    if (this.texts && !this.texts.has(line)) this.texts.set(line, f.row());
  }

  private at(f: RowFields, k: number, line: number, from?: number, to?: number): Loc {
    this.keep(f, line);
    return { line, start: f.col(from ?? f.valueStart(k)), end: f.col(to ?? f.valueEnd(k)) };
  }

  private command(f: RowFields, line: number, event: '>' | '<'): void {
    const s = this.facts;
    const c = f.first(DATA);
    // EHLO / HELO from the client.
    if ((c === 69 || c === 72 || c === 101 || c === 104) && /^(EHLO|HELO)\b/i.test(f.text.slice(f.valueStart(DATA), f.valueStart(DATA) + 5))) {
      if (!s.ehlo) {
        s.ehlo = { verb: f.text.slice(f.valueStart(DATA), f.valueStart(DATA) + 4).toUpperCase(), event, at: this.at(f, DATA, line) };
        const host = hostName(f.value(DATA).slice(5));
        if (host) {
          if (event === '>') s.localHost = host;
          else s.remoteHost = host;
        }
      }
      this.ehloOpen = true;
      return;
    }
    const client = s.ehlo?.event;
    if (client === undefined) {
      // Before EHLO: the server's greeting names the server.
      if (c === 50 /* 2 */ && f.startsWith(DATA, '220 ') && !f.startsWith(DATA, '220 2.0.0')) {
        const host = hostName(f.value(DATA).slice(4));
        if (event === '<') {
          this.hint ??= 'send';
          if (host && !s.remoteHost) s.remoteHost = host;
        } else {
          this.hint ??= 'receive';
          if (host && !s.localHost) s.localHost = host;
        }
      }
      return;
    }
    if (event !== client) {
      // A reply from the server.
      if (this.ehloOpen && c === 50 && f.startsWith(DATA, '250')) {
        const final = f.text.charCodeAt(f.valueStart(DATA) + 3) !== 45; /* '-' continues a multi-line reply */
        if (!s.tlsVerb) {
          s.replyAt ??= this.at(f, DATA, line);
          for (const verb of ['STARTTLS', 'X-ANONYMOUSTLS'] as const) {
            const at = keyword(f, verb);
            if (at >= 0 && !s.offered.some((o) => o.verb === verb)) s.offered.push({ verb, at: this.at(f, DATA, line, at, at + verb.length) });
          }
          if (final) s.replyComplete = true;
        }
        if (final) this.ehloOpen = false;
        return;
      }
      if ((c === 53 || c === 52) && MUST_ISSUE_STARTTLS_RE.test(f.value(DATA))) s.mustStartTls ??= this.at(f, DATA, line);
      return;
    }
    // A command from the client.
    this.ehloOpen = false;
    if (c === 83 || c === 88 || c === 115 || c === 120) {
      const verb = f.value(DATA).trim().toUpperCase();
      if ((verb === 'STARTTLS' || verb === 'X-ANONYMOUSTLS') && !s.tlsVerb) s.tlsVerb = { verb: verb as TlsVerb, at: this.at(f, DATA, line) };
      return;
    }
    if ((c === 77 || c === 109) && /^mail from:/i.test(f.text.slice(f.valueStart(DATA), f.valueStart(DATA) + 10))) {
      s.mailCount++;
      s.mail ??= { at: this.at(f, DATA, line), tls: s.tls !== undefined };
    }
  }

  private information(f: RowFields, line: number): void {
    const s = this.facts;
    const c = f.first(CONTEXT);
    const blockWas = this.block;
    this.block = undefined;
    switch (c) {
      case 84 /* T */:
        if (f.startsWith(CONTEXT, TLS_SUCCESS_PREFIX)) this.tlsSucceeded(f, line);
        else if (f.startsWith(CONTEXT, TLS_FAILED_PREFIX)) {
          const error = f.value(CONTEXT).slice(TLS_FAILED_PREFIX.length).trim();
          const at = f.find(CONTEXT, error);
          s.failure ??= { error: own(error), at: this.at(f, CONTEXT, line, at >= 0 ? at : undefined, at >= 0 ? at + error.length : undefined) };
        } else if (f.startsWith(CONTEXT, TLS_FAILED_FATAL)) s.failure ??= { error: 'FatalException', at: this.at(f, CONTEXT, line) };
        return;
      case 67 /* C */: {
        const field = CERTIFICATE_FIELD_ROWS[f.value(CONTEXT)];
        if (field) return this.certificateField(f, line, field, blockWas);
        if (REQUIRE_TLS_UNMET.some((t) => f.startsWith(CONTEXT, t))) s.requireTlsUnmet ??= this.at(f, CONTEXT, line);
        return;
      }
      case 68 /* D */: {
        if (REQUIRE_TLS_UNMET.some((t) => f.startsWith(CONTEXT, t))) s.requireTlsUnmet ??= this.at(f, CONTEXT, line);
        else if (f.startsWith(CONTEXT, DIRECT_TRUST_FAILED_PREFIX))
          s.directTrust = { ok: false, subject: unquote(f.value(CONTEXT).slice(DIRECT_TRUST_FAILED_PREFIX.length)), at: this.at(f, CONTEXT, line) };
        else if (f.startsWith(CONTEXT, DIRECT_TRUST_OK_PREFIX) && !s.directTrust)
          s.directTrust = { ok: true, subject: unquote(f.value(CONTEXT).slice(DIRECT_TRUST_OK_PREFIX.length)), at: this.at(f, CONTEXT, line) };
        else this.certificateBlock(f, line);
        return;
      }
      case 79 /* O */: {
        const m = OUTBOUND_TLS_AUTH_FAILED_RE.exec(f.value(CONTEXT));
        if (m) {
          const at = f.find(CONTEXT, m[2]);
          s.failure ??= { error: m[2], authLevel: m[1], at: this.at(f, CONTEXT, line, at >= 0 ? at : undefined, at >= 0 ? at + m[2].length : undefined) };
        }
        return;
      }
      case 97 /* a */:
        if (f.startsWith(CONTEXT, ATTEMPTING_TO_CONNECT)) this.hint ??= 'send';
        return;
      case 82 /* R */:
      case 83 /* S */:
        this.certificateBlock(f, line);
        return;
    }
  }

  private tlsSucceeded(f: RowFields, line: number): void {
    const s = this.facts;
    const m = TLS_SUCCESS_RE.exec(f.value(CONTEXT));
    if (!m || s.tls) return;
    const p = SCHANNEL_PROTOCOL_RE.exec(m[1]);
    const at = f.find(CONTEXT, m[1]);
    s.tls = {
      protocol: p ? p[1] : m[1],
      side: p ? (p[2] as 'CLIENT' | 'SERVER') : undefined,
      cipher: m[2],
      cipherBits: Number(m[3]),
      mac: m[4],
      macBits: Number(m[5]),
      keyExchange: m[6],
      keyExchangeBits: Number(m[7]),
      at: this.at(f, CONTEXT, line, at >= 0 ? at : undefined, at >= 0 ? at + m[1].length : undefined),
    };
    if (p) this.hint ??= p[2] === 'CLIENT' ? 'send' : 'receive';
  }

  /** `Sending certificate` and the like: a block of split rows follows, or (2016+) one merged row holds it all. */
  private certificateBlock(f: RowFields, line: number): void {
    const context = f.value(CONTEXT);
    const role = CERTIFICATE_BLOCKS[context];
    if (role) {
      // `Received certificate` with the thumbprint in its data (one row).
      const data = f.value(DATA).trim();
      const cert: CertificateSeen = { role, block: context, layout: 'split', fields: {}, at: this.at(f, CONTEXT, line) };
      if (THUMBPRINT_RE.test(data)) {
        cert.fields.thumbprint = own(data.toUpperCase());
        cert.thumbprintAt = this.at(f, DATA, line);
      }
      this.facts.certificates.push(cert);
      this.block = cert;
      return;
    }
    if (f.isEmpty(DATA) || context === 'Set Session Permissions') return;
    for (const [name, blockRole] of BLOCKS) {
      if (!context.startsWith(name) || context.charCodeAt(name.length) !== 32) continue;
      const labels = context.slice(name.length + 1);
      const layout = MERGED_CERTIFICATE_LABELS.find((l) => l.labels === labels);
      if (!layout) return;
      const fields = parseMergedCertificate(f.value(DATA), layout.fields);
      const cert: CertificateSeen = { role: blockRole, block: name, layout: 'merged', fields, at: this.at(f, DATA, line) };
      if (fields.thumbprint) {
        const at = f.find(DATA, fields.thumbprint);
        if (at >= 0) cert.thumbprintAt = this.at(f, DATA, line, at, at + fields.thumbprint.length);
        fields.thumbprint = fields.thumbprint.toUpperCase();
      }
      this.facts.certificates.push(cert);
      return;
    }
  }

  private certificateField(f: RowFields, line: number, field: CertificateField, blockWas: CertificateSeen | undefined): void {
    let cert = blockWas;
    if (!cert || cert.fields[field] !== undefined || cert.layout !== 'split') {
      // Field rows without their block row (a pasted excerpt): this server's certificate, the usual case.
      cert = { role: cert?.role ?? 'sent', block: cert?.block ?? 'Sending certificate', layout: 'split', fields: {}, at: this.at(f, DATA, line) };
      this.facts.certificates.push(cert);
    }
    const value = own(f.value(DATA).trim());
    if (field === 'thumbprint') {
      cert.fields.thumbprint = value.toUpperCase();
      cert.thumbprintAt = this.at(f, DATA, line);
    } else cert.fields[field] = value;
    this.block = cert;
  }
}

function loc(f: RowFields, k: number, line: number): Loc {
  return { line, start: f.col(f.valueStart(k)), end: f.col(f.valueEnd(k)) };
}

/** Where a keyword of an EHLO reply is (`250-STARTTLS`, or ` STARTTLS ` inside a one-row reply), or -1. */
function keyword(f: RowFields, word: string): number {
  let at = f.find(DATA, word);
  while (at >= 0) {
    const before = f.text.charCodeAt(at - 1);
    const after = at + word.length < f.valueEnd(DATA) ? f.text.charCodeAt(at + word.length) : 32;
    if ((before === 32 || before === 45) && (after === 32 || after === 61)) return at;
    at = f.find(DATA, word, at + 1);
  }
  return -1;
}

/** `ex01.contoso.test Hello [ip]` → `ex01.contoso.test`; `[203.0.113.5]` → undefined. */
function hostName(text: string): string | undefined {
  const first = text.trim().split(/\s+/)[0];
  return first && !first.startsWith('[') && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(first) ? interned(first.toLowerCase()) : undefined;
}

function unquote(text: string): string {
  return own(text.trim().replace(/^'(.*)'$/, '$1'));
}

const INTERNED = new Map<string, string>();

/** One copy of texts that repeat across sessions (connector ids, host names), owned (see `own`). */
function interned(text: string): string {
  let v = INTERNED.get(text);
  if (v === undefined) {
    if (INTERNED.size > 10000) INTERNED.clear();
    v = own(text);
    INTERNED.set(v, v);
  }
  return v;
}

/**
 * A copy that does not keep the chunk it was cut from alive: V8 slices of 13+ characters point into their parent
 * string, and a streamed log must not hold its chunks through a session id or a connector name.
 */
export function own(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
