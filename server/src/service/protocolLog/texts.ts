// The texts Exchange writes into SMTP protocol logs (SEND*.LOG / RECV*.LOG), as data: the header, the event
// characters, the literal strings a parser must match, what TLS failure reasons mean. Facts from
// shared/domain/evidence-formats.md §1 (decompiled Exchange 2013 CU23, Microsoft's protocol logging page, KB 4051498,
// KB 4495258, real samples); the meanings are our words.

/** The header lines Exchange writes at the top of every log file (and again when a new file starts). */
export const HEADER_SOFTWARE = '#Software: Microsoft Exchange Server';
export const HEADER_RE = /^#(Software|Version|Log-type|Date|Fields): ?(.*)$/;
export const LOG_TYPE_RE = /^SMTP (Send|Receive) Protocol Log$/i;
export const FIELDS = ['date-time', 'connector-id', 'session-id', 'sequence-number', 'local-endpoint', 'remote-endpoint', 'event', 'data', 'context'] as const;
export const FIELD_COUNT = FIELDS.length;

/** `SEND20240506-1.LOG`, `RECV2023011116-1.LOG` (hourly), with an optional note before `.LOG`. */
export const FILE_NAME_RE = /(?:^|[\\/])(SEND|RECV)(\d{8})(\d{2})?-(\d+)[^\\/]*\.LOG$/i;

export const DATE_TIME_RE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
export const SESSION_ID_RE = /^[0-9A-F]{16}$/;

export type EventChar = '+' | '-' | '>' | '<' | '*';

/** What each event character means, from the log's own point of view (the Exchange server that wrote it). */
export const EVENTS: Record<EventChar, { name: string; send: string; receive: string }> = {
  '+': { name: 'Connect', send: 'Exchange connected to the remote server.', receive: 'A client connected to this Exchange server.' },
  '-': { name: 'Disconnect', send: 'The connection was closed.', receive: 'The connection was closed.' },
  '>': { name: 'Send', send: 'Exchange sent this command to the remote server.', receive: 'Exchange sent this reply to the client.' },
  '<': { name: 'Receive', send: 'The remote server replied this.', receive: 'The client sent this command.' },
  '*': { name: 'Information', send: 'A note Exchange logged about the session.', receive: 'A note Exchange logged about the session.' },
};

export const TLS_VERBS = ['STARTTLS', 'X-ANONYMOUSTLS'] as const;
export type TlsVerb = (typeof TLS_VERBS)[number];

/** Exchange's reply accepting STARTTLS; other servers word theirs differently (any `220` after the verb counts). */
export const START_TLS_READY = '220 2.0.0 SMTP server ready';

export const ATTEMPTING_TO_CONNECT = 'attempting to connect';

/** `TLS protocol SP_PROT_TLS1_2_CLIENT negotiation succeeded using bulk encryption algorithm ...`. */
export const TLS_SUCCESS_PREFIX = 'TLS protocol ';
export const TLS_SUCCESS_RE =
  /^TLS protocol (\S+) negotiation succeeded using bulk encryption algorithm (\S+) with strength (\d+) bits, MAC hash algorithm (\S+) with strength (\d+) bits and key exchange algorithm (\S+) with strength (\d+) bits/;
/** `SP_PROT_TLS1_2_CLIENT` → protocol `TLS1_2`, side `CLIENT`. TLS 1.3's spelling has not been seen: taken by shape. */
export const SCHANNEL_PROTOCOL_RE = /^SP_PROT_([A-Z0-9_]+?)_(CLIENT|SERVER)$/;

export const TLS_FAILED_PREFIX = 'TLS negotiation failed with error ';
export const TLS_FAILED_FATAL = 'TLS negotiation failed, fatal exception';

/** Protocol names of the Schannel enum as people say them, and whether they are deprecated. */
export const PROTOCOLS: Record<string, { label: string; legacy: boolean }> = {
  SSL2: { label: 'SSL 2.0', legacy: true },
  SSL3: { label: 'SSL 3.0', legacy: true },
  TLS1: { label: 'TLS 1.0', legacy: true },
  TLS1_0: { label: 'TLS 1.0', legacy: true },
  TLS1_1: { label: 'TLS 1.1', legacy: true },
  TLS1_2: { label: 'TLS 1.2', legacy: false },
  TLS1_3: { label: 'TLS 1.3', legacy: false },
};

export function protocolLabel(protocol: string): string {
  return PROTOCOLS[protocol]?.label ?? protocol;
}

/** CryptoAPI algorithm ids (`CALG_AES_128`) as people say them. */
export function algorithmLabel(calg: string): string {
  const names: Record<string, string> = {
    CALG_AES_128: 'AES 128',
    CALG_AES_256: 'AES 256',
    CALG_3DES: 'Triple DES',
    CALG_RC4: 'RC4',
    CALG_DES: 'DES',
    CALG_SHA1: 'SHA-1',
    CALG_SHA: 'SHA-1',
    CALG_SHA_256: 'SHA-256',
    CALG_SHA_384: 'SHA-384',
    CALG_SHA_512: 'SHA-512',
    CALG_MD5: 'MD5',
    CALG_ECDHE: 'ECDHE',
    CALG_ECDH_EPHEM: 'ECDH (ephemeral)',
    CALG_DH_EPHEM: 'Diffie-Hellman (ephemeral)',
    CALG_RSA_KEYX: 'RSA',
  };
  return names[calg] ?? calg;
}

/** Rows that open a block of certificate rows, and whose certificate it is. */
export const CERTIFICATE_BLOCKS: Record<string, 'sent' | 'received'> = {
  'Sending certificate': 'sent',
  'Remote certificate': 'received',
  'Received certificate': 'received',
  'DirectTrust certificate': 'received',
  'Received DirectTrust certificate': 'received',
  'SmartHost certificate': 'received',
  'Secure domain certificate': 'received',
};

export type CertificateField = 'subject' | 'issuer' | 'serial' | 'thumbprint' | 'sans' | 'notBefore' | 'notAfter';

/** One row per field (Exchange 2013, the KBs): the context names the field, the data holds its value. */
export const CERTIFICATE_FIELD_ROWS: Record<string, CertificateField> = {
  'Certificate subject': 'subject',
  'Certificate issuer name': 'issuer',
  'Certificate serial number': 'serial',
  'Certificate thumbprint': 'thumbprint',
  'Certificate alternate names': 'sans',
};

/**
 * One merged row (Exchange 2016 and later): the context is the block name followed by the field labels, the data
 * the space-joined values. Two label sets are known (2016 CU2; 2016 CU23 adds the validity dates).
 */
export const MERGED_CERTIFICATE_LABELS: readonly { labels: string; fields: readonly CertificateField[] }[] = [
  {
    labels: 'Certificate subject Certificate issuer name Certificate serial number Certificate thumbprint Certificate alternate names',
    fields: ['subject', 'issuer', 'serial', 'thumbprint', 'sans'],
  },
  {
    labels: 'Subject Issuer name Serial number Thumbprint Not before Not after Subject alternate names',
    fields: ['subject', 'issuer', 'serial', 'thumbprint', 'notBefore', 'notAfter', 'sans'],
  },
];

export const THUMBPRINT_RE = /^[0-9A-Fa-f]{40}$/;

/** RequireTLS on the Send connector, and the remote server did not offer STARTTLS. */
export const REQUIRE_TLS_UNMET = [
  "Connector is configured to send mail only over TLS connections and remote doesn't support TLS",
  'Drop connection because TLS configuration requires TLS before MailFrom command and could not achieve it',
];

export const DIRECT_TRUST_FAILED_PREFIX = 'DirectTrust certificate failed to authenticate for ';
export const DIRECT_TRUST_OK_PREFIX = 'DirectTrust certificate authenticated as ';
export const OUTBOUND_TLS_AUTH_FAILED_RE = /^Outbound TLS authentication failed for auth level (\w+) with error (\w+)/;

/** The receiving server requires TLS and the sender did not start it (Exchange on-premises; Exchange Online). */
export const MUST_ISSUE_STARTTLS_RE = /^(530 5\.7\.0|451 5\.7\.3) Must issue a STARTTLS command first/i;

export type TlsFailureCause = 'certificate-services' | 'private-key' | 'handshake' | 'chain' | 'expired' | 'no-certificate' | 'connection' | 'other';

export interface TlsFailureReason {
  /** SSPI status (hex) when the name is a SecurityStatus. */
  hresult?: string;
  cause: TlsFailureCause;
  /** What it means for an Exchange admin (hover, docs). */
  meaning: string;
}

/**
 * `TLS negotiation failed with error X`: X is the SSPI SecurityStatus name or a socket error name. The first two
 * are documented by Microsoft (KB 4051498, KB 4495258); the others are our reading of the status.
 */
export const TLS_FAILURES: Record<string, TlsFailureReason> = {
  UnknownCredentials: {
    hresult: '0x8009030D',
    cause: 'certificate-services',
    meaning: 'the certificate Exchange picked cannot be used for SMTP: typically a third-party certificate that is not enabled for SMTP (KB 4051498)',
  },
  NoCredentials: {
    hresult: '0x8009030E',
    cause: 'private-key',
    meaning: 'the certificate Exchange picked (for example through TlsCertificateName) has no private key on this server (KB 4495258)',
  },
  InvalidToken: {
    hresult: '0x80090308',
    cause: 'handshake',
    meaning: 'the other side sent a handshake message Schannel could not read: no common TLS version or cipher, or a device inspecting SMTP',
  },
  IllegalMessage: {
    hresult: '0x80090326',
    cause: 'handshake',
    meaning: 'the other side ended the handshake with a fatal alert: typically no common TLS version or cipher',
  },
  UntrustedRoot: { hresult: '0x80090325', cause: 'chain', meaning: 'the certificate chain ends in a root this server does not trust' },
  IncompleteCredentials: { hresult: '0x80090320', cause: 'no-certificate', meaning: 'the other side presented no certificate' },
  CertExpired: { hresult: '0x80090328', cause: 'expired', meaning: 'a certificate in the handshake has expired' },
  CertUnknown: { hresult: '0x80090327', cause: 'chain', meaning: 'a certificate in the handshake could not be used' },
  SocketError: {
    cause: 'connection',
    meaning: 'the connection broke during the handshake: typically the two sides share no TLS version (TLS 1.0 and 1.1 turned off on one of them)',
  },
  TimedOut: { cause: 'connection', meaning: 'the handshake timed out: typically a device in between, or no common TLS version' },
};

export function tlsFailure(error: string): TlsFailureReason {
  return TLS_FAILURES[error] ?? { cause: 'other', meaning: 'Schannel reported this status; the event log (MSExchangeTransport, Schannel) has the details' };
}
