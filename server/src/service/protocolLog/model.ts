// The model of an SMTP protocol log: its sessions reduced to facts (what was offered, used, presented, failed),
// findings grouped by what and with whom they happened, per-connector figures and the certificates seen. Rows are
// not kept: a position (line and columns) is kept for each fact, so rules report on the row that proves it.
import type { Range } from '../types';
import type { CertificateField, TlsVerb } from './texts';

/** A span on one line (0-based line, UTF-16 columns). */
export interface Loc {
  line: number;
  start: number;
  end: number;
}

export function locRange(l: Loc): Range {
  return { start: { line: l.line, character: l.start }, end: { line: l.line, character: l.end } };
}

/** Send log (Exchange is the client) or Receive log (Exchange is the server). */
export type Direction = 'send' | 'receive';

export interface LogHeader {
  /** Line of `#Software:` (or of the first header line of the block). */
  line: number;
  lastLine: number;
  logType?: Direction;
  version?: string;
  date?: string;
}

export interface CertificateSeen {
  /** `sent`: the certificate this server presented; `received`: the other side's. */
  role: 'sent' | 'received';
  /** The row that named the block (`Sending certificate`, `Received certificate`, ...). */
  block: string;
  layout: 'split' | 'merged';
  fields: Partial<Record<CertificateField, string>>;
  thumbprintAt?: Loc;
  /** The first row of the certificate. */
  at: Loc;
}

export interface TlsNegotiated {
  /** Schannel protocol name without prefix and side: `TLS1_2`. */
  protocol: string;
  side?: 'CLIENT' | 'SERVER';
  cipher: string;
  cipherBits: number;
  mac: string;
  macBits: number;
  keyExchange: string;
  keyExchangeBits: number;
  /** The `SP_PROT_...` token. */
  at: Loc;
}

export interface TlsFailed {
  /** SecurityStatus or socket error name (`UnknownCredentials`), or `FatalException`. */
  error: string;
  /** Set for `Outbound TLS authentication failed for auth level X with error Y` (TlsAuthLevel validation). */
  authLevel?: string;
  at: Loc;
}

export interface SessionFacts {
  id: string;
  connector: string;
  /** From the log header, else inferred from the rows; undefined when nothing tells. */
  direction?: Direction;
  firstLine: number;
  lastLine: number;
  rows: number;
  /** date-time of the first row, as written (UTC). */
  start?: string;
  local?: string;
  remote?: string;
  /** Host names from the greeting and EHLO, when they are names (not `[ip]`). */
  localHost?: string;
  remoteHost?: string;
  /** Short name of this Exchange server when the log says it (a receive connector id `EX01\...`). */
  server?: string;
  idAt: Loc;
  connectorAt: Loc;
  /** The first EHLO/HELO command: its direction tells who is the client. */
  ehlo?: { verb: string; event: '>' | '<'; at: Loc };
  /** TLS verbs the server advertised in its EHLO reply before TLS, with where. */
  offered: { verb: TlsVerb; at: Loc }[];
  /** The first row of the server's EHLO reply (before TLS). */
  replyAt?: Loc;
  /** An EHLO reply ended before any TLS command: `offered` is complete. */
  replyComplete: boolean;
  tlsVerb?: { verb: TlsVerb; at: Loc };
  tls?: TlsNegotiated;
  failure?: TlsFailed;
  certificates: CertificateSeen[];
  /** The first MAIL FROM; `tls` says whether TLS was up when it was sent. */
  mail?: { at: Loc; tls: boolean };
  mailCount: number;
  requireTlsUnmet?: Loc;
  mustStartTls?: Loc;
  directTrust?: { ok: boolean; subject: string; at: Loc };
  disconnect?: string;
  /** An earlier session to the same remote address failed TLS (set when this one went in clear text). */
  priorFailure?: { session: string; error: string; at: Loc };
}

export type EvidenceKind = 'clear-text' | 'tls-failed' | 'legacy-tls' | 'starttls-not-offered' | 'direct-trust-failed';

/**
 * One finding of the log, as often as it happened: the first session that shows it (its facts and the row
 * that proves it) and how many more sessions did the same with the same peer on the same connector.
 */
export interface EvidenceGroup {
  kind: EvidenceKind;
  variant: string;
  key: string;
  session: SessionFacts;
  at: Loc;
  data: Record<string, string>;
  count: number;
  /** A few later sessions of the group (session id and proving row). */
  more: { session: string; at: Loc }[];
}

export interface CertificateSighting {
  role: 'sent' | 'received';
  thumbprint: string;
  subject?: string;
  issuer?: string;
  at: Loc;
  session: string;
  connector: string;
  direction?: Direction;
  server?: string;
  localHost?: string;
  remoteHost?: string;
  /** The session used X-ANONYMOUSTLS (Exchange server to Exchange server, direct trust). */
  directTrust: boolean;
  /** date-time of the first and the last session that showed it. */
  first?: string;
  last?: string;
  count: number;
}

export interface ConnectorStats {
  connector: string;
  direction?: Direction;
  server?: string;
  sessions: number;
  /** Sessions that negotiated TLS. */
  tls: number;
  /** Sessions that sent MAIL FROM, and those of them without TLS. */
  mail: number;
  clearText: number;
  protocols: Record<string, number>;
  failures: Record<string, number>;
  at: Loc;
}

export interface ProtocolLogModel {
  headers: LogHeader[];
  /** Every session (editor); empty when the log was streamed (`streamed`). */
  sessions: SessionFacts[];
  streamed: boolean;
  groups: EvidenceGroup[];
  certificates: CertificateSighting[];
  connectors: ConnectorStats[];
  rowCount: number;
  sessionCount: number;
  malformedRows: number;
}
