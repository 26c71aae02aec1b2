// Builds SMTP protocol logs the way Exchange writes them (header, CSV rows with the exact texts of
// shared/domain/evidence-formats.md §1.5), for tests and the bench: one session of a given shape, or a large log
// of many interleaved sessions with a mix of findings.

export type Direction = 'send' | 'receive';

export function header(direction: Direction, date = '2024-05-06T00:00:00.000Z'): string[] {
  return [
    '#Software: Microsoft Exchange Server',
    '#Version: 15.0.0.0',
    `#Log-type: SMTP ${direction === 'send' ? 'Send' : 'Receive'} Protocol Log`,
    `#Date: ${date}`,
    '#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context',
  ];
}

/** A CSV field as Exchange's writer escapes it. */
export function csv(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const TLS_SUCCESS = (protocol: string, side: 'CLIENT' | 'SERVER') =>
  `TLS protocol SP_PROT_${protocol}_${side} negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA_384 with strength 384 bits and key exchange algorithm CALG_ECDHE with strength 384 bits`;

export interface SessionSpec {
  id: string;
  connector: string;
  local: string;
  remote: string;
  /** ISO instant of the first row; rows follow 1 ms apart. */
  start: string;
}

/** Rows of one session: [event, data, context] each, numbered from 0. */
export function rows(spec: SessionSpec, events: [string, string, string][]): string[] {
  const t0 = Date.parse(spec.start);
  return events.map(([event, data, context], i) => {
    const date = new Date(t0 + i).toISOString();
    const local = i === 0 && event === '*' && context === 'attempting to connect' ? '' : spec.local;
    return [date, csv(spec.connector), spec.id, String(i), local, spec.remote, event, csv(data), csv(context)].join(',');
  });
}

export type SendShape = 'tls12' | 'tls10' | 'ignored' | 'failed' | 'retry' | 'notOffered';

/** A Send-log session: Exchange connects, greets, and what follows depends on the shape. */
export function sendSession(spec: SessionSpec, shape: SendShape, thumbprint = 'ABCDEF0123456789ABCDEF0123456789ABCDEF01'): string[] {
  const host = `mx${spec.remote.split('.')[3]?.split(':')[0] ?? ''}.partner.example`;
  const e: [string, string, string][] = [
    ['*', 'SendRoutingHeaders', 'Set Session Permissions'],
    ['*', '', 'attempting to connect'],
    ['+', '', ''],
    ['<', `220 ${host} ESMTP`, ''],
    ['>', 'EHLO mail.contoso.test', ''],
    ['<', `250-${host} Hello`, ''],
    ['<', '250-SIZE 52428800', ''],
  ];
  if (shape !== 'notOffered') e.push(['<', '250-STARTTLS', '']);
  e.push(['<', '250 8BITMIME', '']);
  if (shape === 'tls12' || shape === 'tls10' || shape === 'failed') {
    e.push(['>', 'STARTTLS', ''], ['<', '220 2.0.0 Ready to start TLS', '']);
    e.push(
      ['*', '', 'Sending certificate'],
      ['*', 'CN=mail.contoso.test', 'Certificate subject'],
      ['*', 'CN=Contoso Issuing CA, O=Contoso, C=US', 'Certificate issuer name'],
      ['*', '1A2B3C4D5E6F708192A3B4C5D6E7F809', 'Certificate serial number'],
      ['*', thumbprint, 'Certificate thumbprint'],
      ['*', 'mail.contoso.test', 'Certificate alternate names'],
    );
    if (shape === 'failed') {
      e.push(['*', '', 'TLS negotiation failed with error UnknownCredentials'], ['-', '', 'Local']);
      return rows(spec, e);
    }
    e.push(['*', '', TLS_SUCCESS(shape === 'tls10' ? 'TLS1_0' : 'TLS1_2', 'CLIENT')], ['*', '', 'Received certificate']);
    e.push(['*', '1111111111111111111111111111111111111111', 'Certificate thumbprint'], ['>', 'EHLO mail.contoso.test', ''], ['<', `250-${host} Hello`, '']);
    e.push(['<', '250 8BITMIME', '']);
  }
  e.push(
    ['>', 'MAIL FROM:<alice@contoso.test> SIZE=2048', ''],
    ['>', 'RCPT TO:<bob@partner.example>', ''],
    ['<', '250 2.1.0 Sender OK', ''],
    ['<', '250 2.1.5 Recipient OK', ''],
    ['>', 'BDAT 2048 LAST', ''],
    ['<', '250 2.6.0 Queued mail for delivery', ''],
    ['>', 'QUIT', ''],
    ['<', '221 2.0.0 Service closing transmission channel', ''],
    ['-', '', 'Local'],
  );
  return rows(spec, e);
}

/** A deterministic pseudo-random sequence (the bench and tests must see the same log every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface BigLogOptions {
  /** Stop after this many characters (about bytes: the log is ASCII). */
  size: number;
  seed?: number;
  eol?: string;
  /** Remote addresses sessions are spread over. */
  peers?: number;
  /** Sessions written interleaved, row by row. */
  interleave?: number;
  startDate?: string;
}

/**
 * A Send log of many sessions, mostly TLS 1.2, with a mix of findings: TLS 1.0, STARTTLS ignored, TLS failures
 * followed by a retry in clear text, no STARTTLS offered.
 */
export function bigSendLog(o: BigLogOptions): string {
  const random = lcg(o.seed ?? 1);
  const eol = o.eol ?? '\r\n';
  const peers = o.peers ?? 40;
  const interleave = o.interleave ?? 4;
  const parts: string[] = [header('send', o.startDate ?? '2024-05-06T00:00:00.000Z').join(eol) + eol];
  let size = parts[0].length;
  let n = 0;
  let t = Date.parse(o.startDate ?? '2024-05-06T00:00:00.000Z');
  while (size < o.size) {
    const batch: string[][] = [];
    const after: string[][] = [];
    for (let k = 0; k < interleave; k++, n++) {
      const r = random();
      const peer = Math.floor(random() * peers);
      const spec: SessionSpec = {
        id: (0x08dc6d0000000000n + BigInt(n)).toString(16).toUpperCase().padStart(16, '0'),
        connector: peer % 10 === 0 ? 'Partner Relay' : 'Internet',
        local: `192.0.2.10:${20000 + (n % 40000)}`,
        remote: `198.51.100.${peer}:25`,
        start: new Date(t).toISOString(),
      };
      t += 50;
      const shape: SendShape = r < 0.9 ? 'tls12' : r < 0.93 ? 'tls10' : r < 0.95 ? 'ignored' : r < 0.97 ? 'failed' : r < 0.98 ? 'retry' : 'notOffered';
      if (shape === 'retry') {
        batch.push(sendSession(spec, 'failed'));
        n++;
        after.push(
          sendSession(
            { ...spec, id: (0x08dc6d0000000000n + BigInt(n)).toString(16).toUpperCase().padStart(16, '0'), start: new Date(t).toISOString() },
            'ignored',
          ),
        );
        t += 50;
      } else batch.push(sendSession(spec, shape));
    }
    // Interleave the batch row by row, as concurrent sessions appear in a log; a retry follows its failure.
    const longest = Math.max(...batch.map((b) => b.length));
    const lines: string[] = [];
    for (let i = 0; i < longest; i++) for (const b of batch) if (i < b.length) lines.push(b[i]);
    for (const b of after) lines.push(...b);
    const chunk = lines.join(eol) + eol;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('');
}

export type Layout = 'split' | 'merged';

/** The server's EHLO reply: one row per `250-` line (Exchange 2013, most MTAs) or one row (Exchange 2016 and later). */
export function ehloReply(layout: Layout, host: string, keywords: string[]): [string, string, string][] {
  if (layout === 'merged') return [['', '250  ' + [`${host} Hello [192.0.2.10]`, ...keywords].join(' '), '']];
  const lines = [`${host} Hello [192.0.2.10]`, ...keywords];
  return lines.map((l, i) => ['', `250${i === lines.length - 1 ? ' ' : '-'}${l}`, ''] as [string, string, string]);
}

export interface CertSpec {
  subject: string;
  issuer: string;
  serial: string;
  thumbprint: string;
  sans: string;
  notBefore?: string;
  notAfter?: string;
}

/** Certificate rows: a block row and one row per field (2013), or one merged row (2016 CU23 labels). */
export function certificateRows(layout: Layout, block: 'Sending certificate' | 'Remote certificate', c: CertSpec): [string, string, string][] {
  if (layout === 'merged') {
    const values = [c.subject, c.issuer, c.serial, c.thumbprint, c.notBefore ?? '2024-01-01T00:00:00.000Z', c.notAfter ?? '2029-01-01T00:00:00.000Z', c.sans];
    return [['*', ' ' + values.join(' '), `${block} Subject Issuer name Serial number Thumbprint Not before Not after Subject alternate names`]];
  }
  return [
    ['*', '', block],
    ['*', c.subject, 'Certificate subject'],
    ['*', c.issuer, 'Certificate issuer name'],
    ['*', c.serial, 'Certificate serial number'],
    ['*', c.thumbprint, 'Certificate thumbprint'],
    ['*', c.sans, 'Certificate alternate names'],
  ];
}

/** Rows from [event, data, context]; an EHLO-reply entry with an empty event takes `event`. */
export function withEvent(event: string, list: [string, string, string][]): [string, string, string][] {
  return list.map(([e, d, c]) => [e || event, d, c]);
}

/**
 * An annotation line for the RuleTester: carets under `text` in `line` (its `nth` occurrence), then `what`
 * (`rule-id[messageId] fix: ...`).
 */
export function under(line: string, text: string, what: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = line.indexOf(text, at + 1);
  if (at < 1) throw new Error(`"${text}" not found after column 0 in: ${line}`);
  return `#${' '.repeat(at - 1)}${'^'.repeat(text.length)} ${what}`;
}

export const CERT: CertSpec = {
  subject: 'CN=mail.contoso.test, O=Contoso, C=US',
  issuer: 'CN=Contoso Issuing CA, O=Contoso, C=US',
  serial: '1A2B3C4D5E6F708192A3B4C5D6E7F809',
  thumbprint: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01',
  sans: 'mail.contoso.test;contoso.test',
};

export interface TlsOptions {
  layout: Layout;
  /** Verbs the server offers in its EHLO reply (default STARTTLS). */
  offer?: ('STARTTLS' | 'X-ANONYMOUSTLS')[];
  /** The verb the client uses (default: none). */
  use?: 'STARTTLS' | 'X-ANONYMOUSTLS';
  /** After the verb: the protocol negotiated (default TLS1_2) or the error. */
  result?: { protocol: string } | { error: string };
  /** The certificate this server presents (default CERT), and the thumbprint it receives. */
  sent?: CertSpec;
  received?: string;
  /** A MAIL FROM follows (default true). */
  mail?: boolean;
  /** The server refuses MAIL FROM: TLS required. */
  refused?: boolean;
  /** RequireTLS and no STARTTLS: Exchange's info row, nothing sent. */
  requireTlsUnmet?: boolean;
  /** Receive side: the direct-trust row after X-ANONYMOUSTLS. */
  directTrust?: 'ok' | 'failed';
  /** The other side's host name (greeting or EHLO). */
  peer?: string;
  /** This server's host name. */
  self?: string;
}

/** A session of a Send log (this server is the client) with the TLS story of `o`. */
export function sendLines(spec: SessionSpec, o: TlsOptions): string[] {
  const peer = o.peer ?? 'mx.partner.example';
  const self = o.self ?? 'mail.contoso.test';
  const e: [string, string, string][] = [
    ['*', '', 'attempting to connect'],
    ['+', '', ''],
    ['<', `220 ${peer} ESMTP`, ''],
    ['>', `EHLO ${self}`, ''],
    ...withEvent('<', ehloReply(o.layout, peer, [...(o.offer ?? ['STARTTLS']), '8BITMIME'])),
  ];
  if (o.requireTlsUnmet) {
    e.push(['*', '', "Connector is configured to send mail only over TLS connections and remote doesn't support TLS"], ['>', 'QUIT', ''], ['-', '', 'Local']);
    return rows(spec, e);
  }
  if (o.use) {
    e.push(['>', o.use, ''], ['<', '220 2.0.0 SMTP server ready', ''], ...certificateRows(o.layout, 'Sending certificate', o.sent ?? CERT));
    const result = o.result ?? { protocol: 'TLS1_2' };
    if ('error' in result) {
      e.push(['*', '', `TLS negotiation failed with error ${result.error}`], ['-', '', 'Local']);
      return rows(spec, e);
    }
    e.push(['*', '', TLS_SUCCESS(result.protocol, 'CLIENT')]);
    if (o.received) e.push(['*', '', 'Received certificate'], ['*', o.received, 'Certificate thumbprint']);
    e.push(['>', `EHLO ${self}`, ''], ...withEvent('<', ehloReply(o.layout, peer, ['8BITMIME'])));
  }
  if (o.mail ?? true) {
    e.push(['>', 'MAIL FROM:<alice@contoso.test> SIZE=2048', '']);
    if (o.refused) e.push(['<', '530 5.7.0 Must issue a STARTTLS command first', ''], ['>', 'QUIT', '']);
    else e.push(['<', '250 2.1.0 Sender OK', ''], ['>', 'RCPT TO:<bob@partner.example>', ''], ['<', '250 2.1.5 Recipient OK', '']);
  }
  e.push(['-', '', 'Local']);
  return rows(spec, e);
}

/** A session of a Receive log (this server is the server) with the TLS story of `o`. */
export function receiveLines(spec: SessionSpec, o: TlsOptions): string[] {
  const peer = o.peer ?? 'app01.contoso.test';
  const self = o.self ?? 'ex01.contoso.test';
  const e: [string, string, string][] = [
    ['+', '', ''],
    ['>', `220 ${self} Microsoft ESMTP MAIL Service ready at Mon, 6 May 2024 08:00:00 +0000`, ''],
    ['<', `EHLO ${peer}`, ''],
    ...withEvent('>', ehloReply(o.layout, self, ['SIZE 37748736', ...(o.offer ?? ['STARTTLS']), 'AUTH NTLM', '8BITMIME'])),
  ];
  if (o.use) {
    e.push(['<', o.use, ''], ['>', '220 2.0.0 SMTP server ready', ''], ...certificateRows(o.layout, 'Sending certificate', o.sent ?? CERT));
    const result = o.result ?? { protocol: 'TLS1_2' };
    if ('error' in result) {
      e.push(['*', '', `TLS negotiation failed with error ${result.error}`], ['-', '', 'Remote(SocketError)']);
      return rows(spec, e);
    }
    e.push(['*', '', TLS_SUCCESS(result.protocol, 'SERVER')]);
    if (o.received) e.push(['*', '', 'Received certificate'], ['*', o.received, 'Certificate thumbprint']);
    if (o.directTrust === 'failed') e.push(['*', '', `DirectTrust certificate failed to authenticate for '${o.sent?.subject ?? 'CN=EDGE01'}'`]);
    if (o.directTrust === 'ok') e.push(['*', '', `DirectTrust certificate authenticated as '${o.sent?.subject ?? 'CN=EDGE01'}'`]);
    e.push(['<', `EHLO ${peer}`, ''], ...withEvent('>', ehloReply(o.layout, self, ['SIZE 37748736', 'AUTH NTLM', '8BITMIME'])));
  }
  if (o.mail ?? true) e.push(['<', 'MAIL FROM:<app@contoso.test>', ''], ['>', '250 2.1.0 Sender OK', '']);
  e.push(['<', 'QUIT', ''], ['-', '', 'QuitVerb']);
  return rows(spec, e);
}

let nextId = 0x08dc6d0000000100n;

/** A session spec with a fresh id. */
export function spec(connector: string, remote = '198.51.100.7:25', start = '2024-05-06T08:00:00.000Z', local = '192.0.2.10:50000'): SessionSpec {
  return { id: (nextId++).toString(16).toUpperCase().padStart(16, '0'), connector, local, remote, start };
}

/**
 * Lines with annotation lines inserted after the first line holding `text`: `[text, annotation, nth, caret]` in
 * order; the carets go under `caret` (default `text`), its `nth` occurrence in that line.
 */
export function annotate(lines: string[], marks: [string, string, number?, string?][]): string {
  const out = [...lines];
  for (const [text, what, nth, caret] of marks) {
    const i = out.findIndex((l) => l.includes(text) && !l.startsWith('#'));
    if (i < 0) throw new Error(`no line holds ${text}`);
    out.splice(i + 1, 0, under(out[i], caret ?? text, what, nth ?? 0));
  }
  return out.join('\n') + '\n';
}

export interface DumpCert {
  subject: string;
  issuer: string;
  thumbprint: string;
  /** As Format-List prints them in en-US: `4/30/2024 6:14:02 PM`. */
  notBefore: string;
  notAfter: string;
  services: string;
  identity?: string;
  domains?: string;
}

/** `Get-ExchangeCertificate | Format-List` of the given certificates (the properties rules read). */
export function certificateDump(certs: DumpCert[]): string {
  const blocks = certs.map((c) =>
    [
      `CertificateDomains : {${c.domains ?? 'mail.contoso.test'}}`,
      'HasPrivateKey      : True',
      ...(c.identity ? [`Identity           : ${c.identity}`] : []),
      `IsSelfSigned       : ${c.subject === c.issuer ? 'True' : 'False'}`,
      `Issuer             : ${c.issuer}`,
      `NotAfter           : ${c.notAfter}`,
      `NotBefore          : ${c.notBefore}`,
      `Services           : ${c.services}`,
      'Status             : Valid',
      `Subject            : ${c.subject}`,
      `Thumbprint         : ${c.thumbprint}`,
    ].join('\n'),
  );
  return '\n' + blocks.join('\n\n') + '\n';
}
