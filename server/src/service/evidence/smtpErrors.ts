// What an SMTP response in a queue's LastError (or in event 2004) means: the failover wrappers Exchange puts around
// the next hop's answer are looked through, and the answer is matched against the texts Exchange writes for TLS,
// certificate and connection failures (/work/shared/domain/evidence-formats.md §4.2, §1.7). A space in a text
// matches any whitespace or none: a LastError wrapped at the console width may have lost one.

export type SmtpErrorClass =
  | 'certificateNameNotFound'
  | 'starttlsRequired'
  | 'mustStarttls'
  | 'certificateValidation'
  | 'tlsChannel'
  | 'internalCertificate'
  | 'anonymousTls'
  | 'tlsNegotiation'
  | 'socketError'
  | 'tempAuth'
  | 'notAuthenticated'
  | 'timedOut'
  | 'unableToConnect';

export interface SmtpErrorDef {
  id: SmtpErrorClass;
  /** A TLS or certificate failure (queue-tls-error), or a connection failure that may hide one (queue-connection-error). */
  tls: boolean;
  pattern: RegExp;
  meaning: string;
  config: string;
}

export const SMTP_ERRORS: readonly SmtpErrorDef[] = [
  {
    id: 'certificateNameNotFound',
    tls: true,
    pattern: /454\s*4\.7\.5\s*The\s*certificate\s*specified\s*in\s*TlsCertificateName\s*of\s*the\s*SendConnector\s*could\s*not\s*be\s*found/i,
    meaning: 'The certificate the Send connector names in TlsCertificateName is not installed (renewed with another issuer or subject, or removed).',
    config: 'The Send connector TlsCertificateName and the certificates of its source servers.',
  },
  {
    id: 'starttlsRequired',
    tls: true,
    pattern: /5\.7\.3\s*STARTTLS\s*is\s*required\s*to\s*send\s*mail/i,
    meaning:
      'TLS is required for this hop (RequireTLS), and the receiving server did not offer STARTTLS; on an Exchange server that usually means no certificate matched its connector (event 12014).',
    config: 'The Send connector RequireTLS; the receiving connector FQDN, TlsCertificateName and certificates.',
  },
  {
    id: 'mustStarttls',
    tls: true,
    pattern: /(?:530|451)\s*5\.7\.[03]\s*Must\s*issue\s*a\s*STARTTLS\s*command\s*first/i,
    meaning: 'The receiving server requires TLS, and this server sent without STARTTLS (IgnoreSTARTTLS, or TLS failed and delivery was retried without it).',
    config: 'The Send connector IgnoreSTARTTLS; the certificates of this server.',
  },
  {
    id: 'certificateValidation',
    tls: true,
    pattern: /454\s*4\.7\.5\s*Certificate\s*validation\s*failure/i,
    meaning: "The next hop's certificate failed the check the Send connector asks for (TlsAuthLevel, Domain Security or direct trust).",
    config: 'The Send connector TlsAuthLevel and TlsDomain; for an Edge, the subscription.',
  },
  {
    id: 'tlsChannel',
    tls: true,
    pattern: /454\s*4\.7\.0\s*Failed\s*to\s*establish\s*appropriate\s*TLS\s*channel:\s*(?<detail>[^:]*?)\s*:\s*Access\s*Denied/i,
    meaning: 'The receiving side (Exchange Online, a partner) refused the TLS channel: the certificate presented failed its check.',
    config: 'The certificate of the Send connector (TlsCertificateName), its chain and its names.',
  },
  {
    id: 'internalCertificate',
    tls: true,
    pattern: /451\s*5\.7\.3\s*Cannot\s*load\s*Internal\s*Transport\s*Certificate/i,
    meaning: 'Exchange server authentication to the next hop (an Edge) needs the default SMTP certificate of this server, and it cannot be loaded.',
    config: 'The default SMTP (internal transport) certificate of this server.',
  },
  {
    id: 'anonymousTls',
    tls: true,
    pattern: /451\s*4\.5\.0\s*Require\s*XAnonymousTls\s*to\s*send\s*mail/i,
    meaning: 'The next hop does not offer X-ANONYMOUSTLS, which Exchange servers need between themselves.',
    config: 'The receiving connector of the next Exchange server (ExchangeServer authentication, certificates).',
  },
  {
    id: 'tlsNegotiation',
    tls: true,
    pattern: /TLS\s*negotiation\s*failed\s*with\s*error\s*(?<detail>\w+)/i,
    meaning: 'The TLS handshake failed; the error says why (UnknownCredentials: certificate not enabled for SMTP; NoCredentials: no private key).',
    config: 'The certificate this server presents (Services SMTP, private key) or the TLS versions of both sides.',
  },
  {
    id: 'socketError',
    tls: false,
    pattern: /421\s*4\.4\.2\s*Connection\s*dropped\s*due\s*to\s*(?<detail>\w+)/i,
    meaning: 'The connection was dropped, often during the TLS handshake when the two sides share no TLS version (TLS 1.2 disabled on one side).',
    config: 'The TLS 1.2 settings of this server (Schannel, .NET); the protocol log shows the handshake.',
  },
  {
    id: 'tempAuth',
    tls: false,
    pattern: /454\s*4\.7\.0\s*Temporary\s*authentication\s*failure/i,
    meaning: 'Exchange server authentication (Kerberos) failed between two Exchange servers: clocks, the SMTPSVC SPN, or trust.',
    config: 'Between Exchange servers; not a connector setting (KB 979174).',
  },
  {
    id: 'notAuthenticated',
    tls: false,
    pattern: /530\s*5\.7\.1\s*Client\s*was\s*not\s*authenticated/i,
    meaning: 'The receiving connector does not accept anonymous mail, and this server did not authenticate.',
    config: 'The PermissionGroups of the receiving connector; the authentication of the Send connector.',
  },
  {
    id: 'timedOut',
    tls: false,
    pattern: /421\s*4\.4\.1\s*Connection\s*timed\s*out/i,
    meaning: 'No host of the next hop could be reached in time. When STARTTLS fails on every host, Exchange reports this too (KB 4051498, KB 4495258).',
    config: 'Network and firewall; the protocol log of the Send connector shows whether TLS failed.',
  },
  {
    id: 'unableToConnect',
    tls: false,
    pattern: /421\s*4\.2\.1\s*Unable\s*to\s*connect/i,
    meaning: 'No host of the next hop accepted the connection. A TLS failure on every host ends the same way.',
    config: 'Network and firewall; the protocol log of the Send connector shows whether TLS failed.',
  },
];

export interface SmtpErrorMatch {
  def: SmtpErrorDef;
  /** The variable part (UntrustedRoot, UnknownCredentials, SocketError), when the text has one. */
  detail?: string;
  /** Where the matched text starts and ends in the response. */
  start: number;
  end: number;
}

/** The first known failure in a response, TLS failures first. */
export function classifySmtpError(response: string): SmtpErrorMatch | undefined {
  for (const def of SMTP_ERRORS) {
    const m = def.pattern.exec(response);
    if (m) return { def, detail: m.groups?.detail, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** The SMTP status code the response starts with (`451 4.4.0`), for hovers. */
export function statusOf(response: string): { code: string; enhanced?: string } | undefined {
  const m = /^\s*(\d{3})(?:[ -](\d\.\d{1,3}\.\d{1,3}))?/.exec(response);
  return m ? { code: m[1], enhanced: m[2] } : undefined;
}
