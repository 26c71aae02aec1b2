// Hover on a protocol-log row: what the event means from this server's point of view, what the text says (TLS
// version and cipher, the failure reason, the certificate fields, the STARTTLS offer), the fields decoded, and
// what the whole session did. The row is read again from the line: rows are not kept in the model.
import type { ProtocolLogFile } from '../document';
import type { Hover, Position } from '../types';
import { parseMergedCertificate } from './certificate';
import { endpointAddress, peerName } from './classify';
import { RowFields } from './csv';
import type { Direction, ProtocolLogModel, SessionFacts } from './model';
import { tlsSummary } from './outline';
import {
  algorithmLabel,
  CERTIFICATE_BLOCKS,
  CERTIFICATE_FIELD_ROWS,
  DIRECT_TRUST_FAILED_PREFIX,
  EVENTS,
  FIELD_COUNT,
  FIELDS,
  HEADER_RE,
  MERGED_CERTIFICATE_LABELS,
  MUST_ISSUE_STARTTLS_RE,
  OUTBOUND_TLS_AUTH_FAILED_RE,
  PROTOCOLS,
  protocolLabel,
  REQUIRE_TLS_UNMET,
  SCHANNEL_PROTOCOL_RE,
  TLS_FAILED_FATAL,
  TLS_FAILED_PREFIX,
  TLS_SUCCESS_RE,
  tlsFailure,
  type CertificateField,
  type EventChar,
} from './texts';

const HEADER_MEANING: Record<string, string> = {
  Software: 'Exchange writes this header at the top of every protocol log file (and again where a new file starts in a concatenated export).',
  Version: 'The version of the logging component; it does not tell the Exchange build (SMTP logs show 15.0.0.0 on 2016 and 2019).',
  'Log-type': 'Send log: this server was the client (Send connectors). Receive log: this server was the server (Receive connectors).',
  Date: 'When the file was created (UTC). Rows may be older than this: they are buffered.',
  Fields: 'The nine fields of every row, comma-separated.',
};

const FIELD_LABELS: Record<CertificateField, string> = {
  subject: 'Subject',
  issuer: 'Issuer',
  serial: 'Serial number',
  thumbprint: 'Thumbprint',
  sans: 'Alternate names',
  notBefore: 'Not before',
  notAfter: 'Not after',
};

const byId = new WeakMap<ProtocolLogModel, Map<string, SessionFacts[]>>();

/** The session a row belongs to (ids can repeat across concatenated logs: the one spanning the line). */
function sessionAt(log: ProtocolLogModel, id: string, line: number): SessionFacts | undefined {
  let map = byId.get(log);
  if (!map) {
    map = new Map();
    for (const s of log.sessions) map.set(s.id, [...(map.get(s.id) ?? []), s]);
    byId.set(log, map);
  }
  return map.get(id)?.find((s) => s.firstLine <= line && line <= s.lastLine);
}

function md(text: string): string {
  return text.replace(/([\\`*_[\]|<>])/g, '\\$1');
}

export function protocolLogHover(file: ProtocolLogFile, pos: Position): Hover | undefined {
  if (pos.line >= file.lines.lineCount) return undefined;
  const text = file.lines.lineText(pos.line);
  const skip = pos.line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineRange = { start: { line: pos.line, character: 0 }, end: { line: pos.line, character: text.length } };
  if (text.charCodeAt(skip) === 35) {
    const m = HEADER_RE.exec(text.slice(skip));
    if (!m) return undefined;
    return { contents: `**#${m[1]}** · SMTP protocol log header\n\n${HEADER_MEANING[m[1]]}`, range: lineRange };
  }
  const f = new RowFields().split(text, 0, text.length, skip);
  if (f.count !== FIELD_COUNT) return undefined;
  const event = f.value(6) as EventChar;
  if (!EVENTS[event]) return undefined;
  const id = f.value(2);
  const session = sessionAt(file.log, id, pos.line);
  const direction: Direction | undefined = session?.direction ?? file.log.headers.find((h) => h.line <= pos.line)?.logType;
  const field = fieldAt(f, pos.character);
  const lines: string[] = [];
  lines.push(`**${EVENTS[event].name}** (\`${event}\`) · row ${f.value(3)} of session \`${id}\``, '');
  lines.push(direction ? EVENTS[event][direction] : `${EVENTS[event].send} (in a Receive log: ${EVENTS[event].receive.toLowerCase()})`);
  const meaning = explain(f, event, session, pos.line);
  if (meaning.length) lines.push('', ...meaning);
  lines.push('', '| Field | Value |', '|---|---|');
  for (let k = 0; k < FIELD_COUNT; k++) {
    const value = f.value(k);
    const name = k === field ? `**${FIELDS[k]}**` : FIELDS[k];
    lines.push(`| ${name} | ${value ? md(value.length > 120 ? value.slice(0, 117) + '...' : value) : '*(empty)*'} |`);
  }
  if (session) lines.push('', summary(session));
  const range =
    field !== undefined && !f.isEmpty(field)
      ? { start: { line: pos.line, character: f.valueStart(field) }, end: { line: pos.line, character: f.valueEnd(field) } }
      : lineRange;
  return { contents: lines.join('\n'), range };
}

function fieldAt(f: RowFields, character: number): number | undefined {
  for (let k = 0; k < f.count; k++) if (character >= f.start[k] && character <= f.end[k]) return k;
  return undefined;
}

function summary(s: SessionFacts): string {
  const parts = [
    `**Session** ${s.direction ? `(${s.direction === 'send' ? 'Send' : 'Receive'} connector "${md(s.connector)}")` : `connector "${md(s.connector)}"`}`,
  ];
  parts.push(`with ${md(peerName(s))}${s.remoteHost && endpointAddress(s.remote) ? ` (${endpointAddress(s.remote)})` : ''}`);
  parts.push(`· lines ${s.firstLine + 1}–${s.lastLine + 1}`);
  const offered = s.offered.map((o) => o.verb).join(', ');
  const facts = [
    s.replyComplete || offered ? `offered: ${offered || 'no TLS'}` : undefined,
    s.tlsVerb ? `used: ${s.tlsVerb.verb}` : undefined,
    tlsSummary(s),
    s.tls ? `${algorithmLabel(s.tls.cipher)}, ${algorithmLabel(s.tls.keyExchange)}` : undefined,
    s.mailCount ? `${s.mailCount} MAIL FROM` : undefined,
    s.certificates.length
      ? `certificates: ${s.certificates.map((c) => `${c.role} ${c.fields.subject ? md(c.fields.subject) : (c.fields.thumbprint ?? '?')}`).join('; ')}`
      : undefined,
  ].filter((x): x is string => !!x);
  return `${parts.join(' ')}: ${facts.join(' · ')}.`;
}

/** What the text of the row says. */
function explain(f: RowFields, event: EventChar, session: SessionFacts | undefined, line: number): string[] {
  const data = f.value(7);
  const context = f.value(8);
  if (event === '*') return information(data, context);
  if (event === '-') return [`Disconnect reason: \`${md(context || data || 'none given')}\`.`];
  if (event === '+') return [];
  const text = data.trim();
  const upper = text.toUpperCase();
  if (upper === 'STARTTLS') return ['The client asks to start TLS (opportunistic or required TLS).'];
  if (upper === 'X-ANONYMOUSTLS')
    return [
      'The client asks for Exchange-to-Exchange TLS (Edge and Mailbox servers): both sides present their certificates and trust them directly (direct trust).',
    ];
  if (/^(EHLO|HELO)\b/i.test(text)) return [`The client greets the server as \`${md(text.slice(5))}\`.`];
  if (/^250[ -]/.test(text) && /\b(HELLO|STARTTLS|X-ANONYMOUSTLS|SIZE|PIPELINING|8BITMIME|DSN|CHUNKING|XEXCH50)\b/.test(upper)) {
    const offers = ['STARTTLS', 'X-ANONYMOUSTLS'].filter((v) => new RegExp(`(^|[ -])${v}( |$)`).test(upper));
    return offers.length ? [`The server offers ${offers.join(' and ')} in its EHLO reply.`] : ['A line of the EHLO reply: no TLS offered in it.'];
  }
  if (text.startsWith('220 2.0.0')) return ['The server accepts STARTTLS: the TLS handshake follows.'];
  if (/^mail from:/i.test(text)) {
    const tls = session?.tls && session.tls.at.line < line;
    return [tls ? 'A message starts: TLS is up, it goes encrypted.' : 'A message starts: **no TLS** at this point, it goes in clear text.'];
  }
  if (MUST_ISSUE_STARTTLS_RE.test(text)) return ['The server requires TLS and the client did not start it: the message is refused.'];
  return [];
}

function information(data: string, context: string): string[] {
  const success = TLS_SUCCESS_RE.exec(context);
  if (success) {
    const p = SCHANNEL_PROTOCOL_RE.exec(success[1]);
    const protocol = p ? p[1] : success[1];
    const out = [
      `TLS is up: **${protocolLabel(protocol)}**${p ? ` (this server as the ${p[2] === 'CLIENT' ? 'client' : 'server'})` : ''}.`,
      '',
      `Bulk encryption ${algorithmLabel(success[2])} (${success[3]} bits) · MAC ${algorithmLabel(success[4])} · key exchange ${algorithmLabel(success[6])} (${success[7]} bits).`,
    ];
    if (PROTOCOLS[protocol]?.legacy) out.push('', `${protocolLabel(protocol)} is deprecated: both sides should use TLS 1.2.`);
    return out;
  }
  if (context.startsWith(TLS_FAILED_PREFIX) || context.startsWith(TLS_FAILED_FATAL)) {
    const error = context.startsWith(TLS_FAILED_PREFIX) ? context.slice(TLS_FAILED_PREFIX.length).trim() : 'fatal exception';
    const reason = tlsFailure(error);
    return [`TLS failed with **${md(error)}**${reason.hresult ? ` (${reason.hresult})` : ''}: ${reason.meaning}.`];
  }
  const auth = OUTBOUND_TLS_AUTH_FAILED_RE.exec(context);
  if (auth)
    return [`The other side's certificate failed the ${auth[1]} check (${auth[2]}): the connector's TlsAuthLevel requires it, so the message is not sent.`];
  if (REQUIRE_TLS_UNMET.some((t) => context.startsWith(t)))
    return ['The Send connector requires TLS (RequireTLS) and the remote server does not offer STARTTLS: nothing is sent; the message stays queued.'];
  if (context.startsWith(DIRECT_TRUST_FAILED_PREFIX))
    return [
      "The other Exchange server's certificate is not the one this server knows for it (EdgeSync, the Edge subscription): the session goes on as anonymous.",
    ];
  if (context === 'attempting to connect') return ['Exchange is about to connect: no local endpoint yet.'];
  if (context === 'Set Session Permissions') return [`Permissions of this session: \`${md(data || 'None')}\`.`];
  const field = CERTIFICATE_FIELD_ROWS[context];
  if (field) return [`Certificate ${FIELD_LABELS[field].toLowerCase()}: \`${md(data)}\`.`];
  const block = CERTIFICATE_BLOCKS[context];
  if (block) return [block === 'sent' ? 'This server presents its certificate; its fields follow.' : "The other side's certificate; its fields follow."];
  for (const [name, role] of Object.entries(CERTIFICATE_BLOCKS)) {
    if (!context.startsWith(name + ' ')) continue;
    const layout = MERGED_CERTIFICATE_LABELS.find((l) => l.labels === context.slice(name.length + 1));
    if (!layout) continue;
    const fields = parseMergedCertificate(data, layout.fields);
    const rows = layout.fields.filter((k) => fields[k]).map((k) => `| ${FIELD_LABELS[k]} | ${md(fields[k]!)} |`);
    return [role === 'sent' ? 'This server presents its certificate:' : "The other side's certificate:", '', '| | |', '|---|---|', ...rows];
  }
  return [];
}
