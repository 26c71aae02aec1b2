// The transport, EdgeSync and message-security events this linter knows, as data: what each means, what in the
// configuration it points at, and the values its description carries. IDs, symbolic names and levels are
// Exchange's own (decompiled Exchange 2013 CU23 event tuples: the ID is the low 16 bits); description patterns
// follow the templates Microsoft documents for Exchange 2010 event pages and KB articles. Facts and sources:
// /work/shared/domain/evidence-formats.md §3. Meanings are our own words.

/** Which provider family logs the event: the same number means different things in different families. */
export type EventFamily = 'transport' | 'edgesync' | 'message-security' | 'monitoring';

export interface EventFieldDef {
  /** Key in EventRecord.decoded, and the named group of the pattern. */
  name: string;
  /** How the hover names it ("domain name looked for"). */
  label: string;
  meaning: string;
}

export interface KnownEvent {
  family: EventFamily;
  id: number;
  /** Exchange's symbolic name of the event. */
  name: string;
  level: 'Error' | 'Warning' | 'Information';
  /** What happened, in one or two sentences. */
  meaning: string;
  /** What in the configuration it points at. */
  config?: string;
  /** The insertion strings in order (%1, %2, ...), when known. */
  fields?: readonly EventFieldDef[];
  /** Over the description with whitespace runs matched by \s+: named groups are the fields. */
  pattern?: RegExp;
  /** Where the ID and the text come from. */
  reference: string;
}

/** The providers (Source / ProviderName) of each family. */
export const EVENT_SOURCES: Record<EventFamily, readonly string[]> = {
  transport: ['MSExchangeTransport', 'MSExchangeFrontEndTransport', 'MSExchangeTransportDelivery', 'MSExchangeTransportSubmission'],
  edgesync: ['MSExchange EdgeSync'],
  'message-security': ['MSExchange Message Security', 'MSExchange MessageSecurity'],
  monitoring: ['MSExchange Monitoring EdgeSynchronization'],
};

/** The family of a provider name, compared without case and spaces. */
export function familyOf(source: string | undefined): EventFamily | undefined {
  if (!source) return undefined;
  const key = source.replace(/\s+/g, '').toLowerCase();
  for (const [family, names] of Object.entries(EVENT_SOURCES) as [EventFamily, readonly string[]][]) {
    if (names.some((n) => n.replace(/\s+/g, '').toLowerCase() === key)) return family;
  }
  return undefined;
}

// Pattern building: literal text matches with any whitespace (or none: a console-wrapped line may have lost the
// space at its end) where it has a space; `v(name)` is a value.
function lit(s: string): string {
  return s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['\u2019]")
    .replace(/ /g, '\\s*');
}
const v = (name: string) => `(?<${name}>[\\s\\S]*?)`;
/** Parts in order; an array is an optional tail (matched when present). */
type Part = string | { re: string } | Part[];
function seq(parts: Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? lit(p) : Array.isArray(p) ? `(?:${seq(p)})?` : p.re)).join('');
}
function pattern(...parts: Part[]): RegExp {
  return new RegExp(seq(parts), 'd');
}
const val = (name: string) => ({ re: v(name) });
const re = (source: string) => ({ re: source });
const COULD_NOT = re("could(?:n['\u2019]t|\\s*not)\\s*");

const FQDN_NAME: EventFieldDef = {
  name: 'name',
  label: 'name looked for',
  meaning:
    "The name Exchange looked for among the SMTP certificates: the connector's FQDN, or its TlsCertificateName (<I>issuer<S>subject) when that is set (Exchange 2013 and later).",
};
const CONNECTOR: EventFieldDef = { name: 'connector', label: 'connector', meaning: 'The connector the event is about, by name.' };
const THUMBPRINT: EventFieldDef = { name: 'thumbprint', label: 'thumbprint', meaning: 'The thumbprint of the certificate the event is about.' };
const HOURS: EventFieldDef = { name: 'hours', label: 'hours remaining', meaning: 'Hours until the certificate expires, when the event was logged.' };
const SUBJECT: EventFieldDef = { name: 'subject', label: 'certificate subject', meaning: 'The subject of the certificate the event is about.' };
const IP: EventFieldDef = { name: 'ip', label: 'IP address', meaning: 'The address of the other server.' };
const EDGE: EventFieldDef = { name: 'edge', label: 'Edge server', meaning: 'The Edge Transport server (its FQDN) the subscription is for.' };

const EV2010 = 'Exchange 2010 event reference (technet, v=exchg.141)';
const SRC = 'decompiled Exchange 2013 CU23 event tuples';

export const KNOWN_EVENTS: readonly KnownEvent[] = [
  // Receive side.
  {
    family: 'transport',
    id: 1032,
    name: 'SmtpReceiveTLSRequiredFailed',
    level: 'Error',
    meaning: 'A Receive connector requires TLS before MAIL FROM, but it cannot offer TLS: senders are refused.',
    config: 'The Receive connector: RequireTLS $true without Tls in AuthMechanism, or no SMTP certificate for its FQDN.',
    fields: [CONNECTOR],
    reference: `${SRC}; Exchange 2007 MOM page bb217382`,
  },
  {
    family: 'transport',
    id: 1035,
    name: 'SmtpReceiveAuthenticationFailed',
    level: 'Warning',
    meaning: 'A client or server failed to authenticate on a Receive connector. With ExchangeAuth it is another Exchange server that failed.',
    config: 'Between Exchange servers: clocks, the SMTPSVC SPN and Kerberos (KB 979174); not a connector setting.',
    fields: [
      { name: 'error', label: 'error', meaning: 'The security status the authentication failed with (IllegalMessage, LogonDenied...).' },
      CONNECTOR,
      { name: 'mechanism', label: 'mechanism', meaning: 'The authentication mechanism (ExchangeAuth is Exchange server authentication).' },
      IP,
    ],
    pattern: pattern(
      'Inbound authentication failed with error ',
      val('error'),
      ' for Receive connector ',
      val('connector'),
      re('\\.\\s*'),
      'The authentication mechanism is ',
      val('mechanism'),
      re('\\.\\s*'),
      'The source IP address of the client who tried to authenticate to Microsoft Exchange is [',
      val('ip'),
      ']',
    ),
    reference: `${EV2010} ff981907; KB 979174`,
  },
  {
    family: 'transport',
    id: 1036,
    name: 'SmtpReceiveDirectTrustFailed',
    level: 'Error',
    meaning: "An Edge or Mailbox server's certificate failed direct trust: the session is treated as anonymous.",
    config: 'The Edge subscription: the certificate changed after subscribing, or EdgeSync is not running.',
    fields: [SUBJECT, IP],
    reference: `${SRC}; SCOM event page`,
  },
  {
    family: 'transport',
    id: 1039,
    name: 'SmtpReceiveProhibitSendQuotaDeniedTempAuthFailure',
    level: 'Information',
    meaning: 'A message was refused after an Active Directory lookup error for an authenticated sender. Not a TLS event.',
    reference: `${EV2010} ff983656`,
  },
  // Send side.
  {
    family: 'transport',
    id: 2004,
    name: 'SmtpSendAckMessage',
    level: 'Information',
    meaning: 'The next hop answered a message with an SMTP error. The response says why; TLS responses point at certificates.',
    config: "The Send connector's certificate (TlsCertificateName) and its chain, for TLS responses.",
    fields: [
      CONNECTOR,
      { name: 'messageId', label: 'message ID', meaning: 'The Message-ID of the message.' },
      { name: 'response', label: 'SMTP response', meaning: 'What the next hop answered.' },
    ],
    pattern: pattern(
      'Send connector ',
      val('connector'),
      ': Message delivery was not successful. The message with message ID ',
      val('messageId'),
      ' was acknowledged with SMTP response ',
      re('(?<response>[\\s\\S]*?)\\.?\\s*$'),
    ),
    reference: 'OfficeDocs-Support mail-flow-stops-event-2004.md',
  },
  {
    family: 'transport',
    id: 2015,
    name: 'SmtpSendTLSRequiredFailed',
    level: 'Error',
    meaning: 'A Send connector requires TLS, and the receiving server did not offer it: mail for that domain queues.',
    config: 'The Send connector RequireTLS; the remote server (its EHLO reply lacks STARTTLS).',
    fields: [
      CONNECTOR,
      { name: 'domain', label: 'remote domain', meaning: 'The domain mail was going to.' },
      { name: 'server', label: 'remote server', meaning: 'The server that answered EHLO without STARTTLS.' },
    ],
    pattern: pattern(
      'Send connector ',
      val('connector'),
      " couldn't connect to remote domain ",
      val('domain'),
      re('\\.\\s*'),
      "The send connector requires Transport Layer Security (TLS) authentication, but is unable to establish TLS with the receiving server for the remote domain. Check this connector's authentication setting and the EHLO response from the remote server ",
      re('(?<server>[\\s\\S]*?)\\.?\\s*$'),
    ),
    reference: `${EV2010} ff982694`,
  },
  {
    family: 'transport',
    id: 2016,
    name: 'SmtpSendAuthenticationInitializationFailed',
    level: 'Error',
    meaning: 'A Send connector could not prepare the credential it authenticates to its smart host with.',
    config: 'The Send connector SmartHostAuthMechanism and AuthenticationCredential.',
    fields: [{ name: 'error', label: 'error', meaning: 'The error the credential failed with.' }, CONNECTOR],
    pattern: pattern('An authentication credential initialization error ', val('error'), ' occurred with Send connector ', re('(?<connector>[^.]*?)\\.')),
    reference: `${EV2010} ff983191`,
  },
  {
    family: 'transport',
    id: 2017,
    name: 'SmtpSendOutboundAuthenticationFailed',
    level: 'Error',
    meaning: 'A Send connector failed to authenticate to the next hop. With ExchangeAuth it is Exchange server authentication (Kerberos).',
    config: 'Between Exchange servers: clocks, the SMTPSVC SPN and Kerberos; for smart hosts, the credential.',
    fields: [
      { name: 'error', label: 'error', meaning: 'The security status (LogonDenied...).' },
      CONNECTOR,
      { name: 'mechanism', label: 'mechanism', meaning: 'The authentication mechanism.' },
      { name: 'target', label: 'target', meaning: 'The service principal name of the next hop (SMTPSVC/<fqdn>).' },
    ],
    pattern: pattern(
      'Outbound authentication failed with error ',
      val('error'),
      ' for Send connector ',
      val('connector'),
      re('\\.\\s*'),
      'The authentication mechanism is ',
      val('mechanism'),
      re('\\.\\s*'),
      'The target is ',
      re('(?<target>[\\s\\S]*?)\\.?\\s*$'),
    ),
    reference: `${EV2010} ff982082`,
  },
  {
    family: 'transport',
    id: 2018,
    name: 'SmtpSendDirectTrustFailed',
    level: 'Error',
    meaning: 'The certificate of the Edge or Mailbox server at the other end failed direct trust: it is not the one EdgeSync knows.',
    config: 'The Edge subscription: the certificate changed after subscribing (re-subscribe), or EdgeSync is not running.',
    fields: [{ name: 'certificate', label: 'certificate', meaning: 'The certificate that failed direct trust.' }, IP],
    pattern: pattern(
      'Outbound direct trust authentication failed for certificate ',
      val('certificate'),
      re('\\.\\s*'),
      'The target IP address of the Exchange server that Microsoft Exchange tried to authenticate to is [',
      val('ip'),
      ']',
    ),
    reference: `${EV2010} ff981963`,
  },
  {
    family: 'transport',
    id: 2022,
    name: 'SmtpSendOutboundAtTLSAuthLevelFailed',
    level: 'Error',
    meaning: "The next hop's certificate failed the Send connector's TlsAuthLevel (chain or name check).",
    config: 'The Send connector TlsAuthLevel and TlsDomain.',
    fields: [
      { name: 'status', label: 'chain status', meaning: 'Why the certificate failed (SubjectMismatch, UntrustedRoot...).' },
      CONNECTOR,
      { name: 'level', label: 'TlsAuthLevel', meaning: 'The level the certificate was checked at.' },
      { name: 'domain', label: 'next hop', meaning: 'The domain or host the certificate was checked for.' },
    ],
    reference: SRC,
  },
  // Domain Security (mutual TLS with partners).
  ...[
    [11005, 'MessageSecurityTLSCertificateValidationFailure', 'A smart host certificate failed validation (BasicAuthRequireTLS).'],
    [11013, 'MessageToSecureDomainFailedDueToTlsNegotiationFailure', 'Mail to a domain-secured domain failed: TLS negotiation failed.'],
    [11014, 'MessageToSecureDomainFailedBecauseTlsNotOffered', 'Mail to a domain-secured domain failed: the remote server offers no TLS.'],
    [11016, 'TlsDomainServerCertificateSubjectMismatch', "A domain-secured partner's server certificate does not name its domain."],
    [11019, 'MessageToSecureDomainFailedBecauseTlsNegotiationFailed', 'Mail to a domain-secured domain failed during TLS negotiation.'],
    [11020, 'TlsDomainServerCertificateValidationFailure', "A domain-secured partner's certificate failed validation."],
    [11021, 'TlsDomainSecureDisabled', 'Domain Security is disabled for the connector that should secure this domain.'],
    [11022, 'TlsDomainCapabilitiesCertificateValidationFailure', 'A certificate failed the TlsDomainCapabilities check of a Receive connector.'],
    [11026, 'CertificateRevocationListCheckTrasientFailureTreatedAsSuccess', 'The revocation list could not be reached, and the check was treated as passed.'],
  ].map(([id, name, meaning]): KnownEvent => ({
    family: 'transport',
    id: id as number,
    name: name as string,
    level: 'Error',
    meaning: meaning as string,
    config: 'Domain Security: TLSSendDomainSecureList / TLSReceiveDomainSecureList, DomainSecureEnabled, the partner certificates.',
    reference: SRC,
  })),
  {
    family: 'transport',
    id: 11015,
    name: 'TlsDomainClientCertificateSubjectMismatch',
    level: 'Error',
    meaning: "A domain-secured partner's certificate does not contain its domain name: its message was refused.",
    config: 'Domain Security: TLSReceiveDomainSecureList and the partner certificate.',
    fields: [{ name: 'domain', label: 'domain', meaning: 'The domain-secured domain.' }, CONNECTOR],
    pattern: pattern(
      'A message from domain-secured domain ',
      re("'(?<domain>[^']*)'"),
      ' on connector ',
      re("'(?<connector>[^']*)'"),
      ' failed to authenticate',
    ),
    reference: `${EV2010} ff983493`,
  },
  // Certificates.
  {
    family: 'transport',
    id: 12012,
    name: 'InternalTransportCertificateMissingInAD',
    level: 'Error',
    meaning: "The server's default SMTP (internal transport) certificate is not recorded in Active Directory.",
    config: 'The default SMTP certificate: Enable-ExchangeCertificate -Services SMTP was not run, or has not replicated.',
    pattern: pattern(
      'The internal transport certificate that is used for SMTP authentication by Microsoft Exchange ',
      COULD_NOT,
      'be read from Active Directory',
    ),
    reference: `${EV2010} ff984391`,
  },
  {
    family: 'transport',
    id: 12013,
    name: 'CannotLoadInternalTransportCertificateFromStore',
    level: 'Error',
    meaning: "The default SMTP (internal transport) certificate is not in the server's personal store: Edge direct trust and EdgeSync fail.",
    config: "The default SMTP certificate (the transport service's InternalTransportCertificateThumbprint).",
    fields: [THUMBPRINT],
    pattern: pattern(
      'Microsoft Exchange ',
      COULD_NOT,
      'load the certificate with thumbprint of ',
      re('(?<thumbprint>[0-9A-Fa-f]*)'),
      ' from the personal store',
    ),
    reference: `${EV2010} ff985435`,
  },
  {
    family: 'transport',
    id: 12014,
    name: 'CannotLoadSTARTTLSCertificateFromStore',
    level: 'Error',
    meaning: "No SMTP certificate in the personal store matches the connector's FQDN (or its TlsCertificateName), so the connector does not offer STARTTLS.",
    config: 'The connector Fqdn or TlsCertificateName, and the SMTP certificates of the server (names, Services SMTP, private key).',
    fields: [
      FQDN_NAME,
      CONNECTOR,
      { name: 'fqdn', label: 'connector FQDN', meaning: "The connector's Fqdn parameter (the server's FQDN when the connector has none)." },
    ],
    pattern: pattern(
      'Microsoft Exchange ',
      COULD_NOT,
      'find a certificate that contains the domain name ',
      re('(?<name>[\\s\\S]*?)\\s*'),
      'in the personal store on the local computer.',
      [
        ' Therefore, it is unable to support the STARTTLS SMTP verb for the connector ',
        re('(?<connector>[\\s\\S]*?)\\s*'),
        'with a FQDN parameter of',
        re('\\s*(?<fqdn>[\\s\\S]*?)\\.?\\s*'),
        "If the connector's FQDN",
      ],
    ),
    reference: `${EV2010} (blog.expta.com 2010-09); KB 2989382`,
  },
  {
    family: 'transport',
    id: 12015,
    name: 'InternalTransportCertificateExpired',
    level: 'Error',
    meaning: 'The default SMTP (internal transport) certificate has expired.',
    config: 'The default SMTP certificate: renew it, then re-subscribe the Edges (its key protects the EdgeSync credentials).',
    fields: [THUMBPRINT],
    pattern: pattern('An internal transport certificate expired.', re('\\s*Thumbprint:\\s*(?<thumbprint>[0-9A-Fa-f]*)')),
    reference: `${EV2010} ff981561`,
  },
  {
    family: 'transport',
    id: 12016,
    name: 'STARTTLSCertificateExpired',
    level: 'Error',
    meaning: "The only SMTP certificate for a connector's FQDN has expired, so STARTTLS is not offered for that name.",
    config: 'The connector Fqdn and the certificates that cover it.',
    fields: [{ name: 'fqdn', label: 'FQDN', meaning: "The connector's FQDN." }],
    pattern: pattern(
      'There is no valid SMTP Transport Layer Security (TLS) certificate for the FQDN of ',
      re('(?<fqdn>[\\s\\S]*?)\\.\\s*'),
      'The existing certificate',
    ),
    reference: `${EV2010} ff983405`,
  },
  {
    family: 'transport',
    id: 12017,
    name: 'InternalTransportCertificateExpiresSoon',
    level: 'Warning',
    meaning: 'The default SMTP (internal transport) certificate expires soon.',
    config: 'The default SMTP certificate: renewing it changes the key EdgeSync credentials are encrypted with (re-subscribe).',
    fields: [THUMBPRINT, HOURS],
    pattern: pattern(
      'An internal transport certificate will expire soon.',
      re('\\s*Thumbprint:\\s*(?<thumbprint>[0-9A-Fa-f]*),\\s*hours\\s*remaining:\\s*(?<hours>\\d*)'),
    ),
    reference: `${EV2010} ff985092`,
  },
  {
    family: 'transport',
    id: 12018,
    name: 'STARTTLSCertificateExpiresSoon',
    level: 'Warning',
    meaning: 'A certificate a connector uses for STARTTLS expires soon.',
    config: 'The certificates that cover the connector FQDN or TlsCertificateName.',
    fields: [SUBJECT, THUMBPRINT, HOURS],
    pattern: pattern(
      'The STARTTLS certificate will expire soon:',
      re('\\s*subject:\\s*(?<subject>[\\s\\S]*?),\\s*thumbprint:\\s*(?<thumbprint>[0-9A-Fa-f]*),\\s*hours\\s*remaining:\\s*(?<hours>\\d*)'),
    ),
    reference: `${EV2010} ff982351`,
  },
  {
    family: 'transport',
    id: 12019,
    name: 'RemoteInternalTransportCertificateExpired',
    level: 'Error',
    meaning: 'The default SMTP certificate of the Exchange server at the other end (an Edge or a Mailbox server) has expired.',
    config: "The other server's default SMTP certificate; for an Edge, the subscription made with it.",
    fields: [SUBJECT],
    pattern: pattern('The remote internal transport certificate expired.', re('\\s*Certificate\\s*subject:\\s*(?<subject>[\\s\\S]*?)\\.?\\s*$')),
    reference: `${EV2010} ff980723`,
  },
  {
    family: 'transport',
    id: 12020,
    name: 'RemoteSTARTTLSCertificateExpired',
    level: 'Error',
    meaning: 'The STARTTLS certificate of the server at the other end has expired.',
    reference: SRC,
  },
  {
    family: 'transport',
    id: 12022,
    name: 'InternalTransportCertificateCorruptedInAD',
    level: 'Error',
    meaning: 'The default SMTP certificate recorded in Active Directory cannot be read.',
    config: 'The default SMTP certificate: enable it for SMTP again so Exchange records it anew.',
    reference: SRC,
  },
  {
    family: 'transport',
    id: 12023,
    name: 'CannotLoadInternalTransportCertificateFallbackServerFQDN',
    level: 'Warning',
    meaning: 'The default SMTP certificate could not be loaded; a certificate for the server FQDN is used instead. Edge direct trust may fail.',
    config: 'The default SMTP certificate (InternalTransportCertificateThumbprint).',
    reference: SRC,
  },
  {
    family: 'transport',
    id: 12024,
    name: 'CannotLoadIntTransportCertificateFallbackEphemeralCertificate',
    level: 'Warning',
    meaning: 'The default SMTP certificate could not be loaded; a temporary self-signed certificate is used, which no Edge trusts.',
    config: 'The default SMTP certificate (InternalTransportCertificateThumbprint).',
    fields: [{ name: 'missing', label: 'certificate', meaning: 'The certificate that could not be loaded.' }, THUMBPRINT],
    pattern: pattern('an ephemeral, self-signed certificate with thumbprint ', re('(?<thumbprint>[0-9A-Fa-f]*)'), ' is being used'),
    reference: `${EV2010} ff983190`,
  },
  {
    family: 'transport',
    id: 16014,
    name: 'ReceiveProtocolLogPathIsNullUsingOld',
    level: 'Warning',
    meaning: 'The Receive protocol log path is not set; the previous path is used. Not a TLS event.',
    reference: `${EV2010} ff985262`,
  },
  {
    family: 'transport',
    id: 10003,
    name: 'PoisonMessage',
    level: 'Error',
    meaning: 'The transport process failed while processing a message (a poison message). Not an EdgeSync event.',
    reference: 'Exchange 2010 Transport Errors and Events (hh994900)',
  },
  {
    family: 'transport',
    id: 10004,
    name: 'PoisonMessage (pickup)',
    level: 'Warning',
    meaning: 'A Pickup directory file made the transport process fail. Not an EdgeSync event.',
    reference: 'Exchange 2010 Transport Errors and Events (hh994900)',
  },
  // EdgeSync (Mailbox servers).
  {
    family: 'edgesync',
    id: 1004,
    name: 'ProbeFailed',
    level: 'Error',
    meaning: 'EdgeSync could not confirm the replication credentials it will switch to (checked 15 days before the switch).',
    config: 'The Edge subscription: renewal of the EdgeSync credentials.',
    reference: 'SCOM 2010 EdgeSync page ff360303',
  },
  {
    family: 'edgesync',
    id: 1024,
    name: 'EdgeLeaseException',
    level: 'Error',
    meaning: 'EdgeSync could not take or renew the lease on an Edge.',
    config: 'EdgeSync service on the Mailbox servers of the site; connectivity to the Edge on TCP 50636.',
    reference: SRC,
  },
  {
    family: 'edgesync',
    id: 1025,
    name: 'EdgeTopologyException',
    level: 'Error',
    meaning: 'EdgeSync could not read the Edge subscriptions of the site.',
    reference: SRC,
  },
  {
    family: 'edgesync',
    id: 1032,
    name: 'NoCredentialsFound',
    level: 'Warning',
    meaning: 'This Mailbox server has no EdgeSync credentials for the Edge, so it cannot synchronize it.',
    config: 'The Edge subscription: re-subscribe (this server joined the site after subscribing, or its default SMTP certificate changed).',
    reference: SRC,
  },
  {
    family: 'edgesync',
    id: 1033,
    name: 'CredentialDecryptionException',
    level: 'Error',
    meaning: "EdgeSync could not decrypt the Edge's credentials with this server's default SMTP certificate: that certificate changed after subscribing.",
    config: 'The Edge subscription and the default SMTP certificate of this Mailbox server: re-subscribe.',
    fields: [EDGE, { name: 'error', label: 'error', meaning: 'The decryption error.' }, THUMBPRINT, SUBJECT],
    reference: SRC,
  },
  {
    family: 'edgesync',
    id: 1035,
    name: 'CAPICertificateRequired',
    level: 'Error',
    meaning: "The Mailbox server's default SMTP certificate has a CNG key; EdgeSync supports only CryptoAPI (CAPI) keys.",
    config: 'The default SMTP certificate of the Mailbox server (often an enterprise CA template with a CNG provider).',
    fields: [THUMBPRINT],
    pattern: pattern(
      'EdgeSync failed to synchronize because it only supports Cryptographic API certificates. The local Hub Transport server',
      re("['\u2019]s"),
      ' default certificate with thumbprint ',
      re('(?<thumbprint>[0-9A-Fa-f]*)'),
    ),
    reference: 'granikos.eu (real event text)',
  },
  {
    family: 'edgesync',
    id: 10104,
    name: 'FailedDirectTrustMatch',
    level: 'Warning',
    meaning: 'The Edge presented a certificate other than the one in its subscription: EdgeSync stopped the connection.',
    config: 'The Edge subscription: the Edge certificate changed after subscribing (re-subscribe).',
    fields: [{ name: 'host', label: 'Edge', meaning: 'The Edge EdgeSync was contacting.' }],
    pattern: pattern('Microsoft Exchange ', COULD_NOT, 'match certificate when contacting ', re('(?<host>[\\s\\S]*?)\\.\\s*'), 'The connection was stopped'),
    reference: `${EV2010} ff985467`,
  },
  {
    family: 'message-security',
    id: 1006,
    name: 'EdgeSyncCredentialRenewalFailed',
    level: 'Error',
    meaning: 'Renewing the EdgeSync credentials for an Edge failed.',
    config: 'The Edge subscription (re-subscribe if it keeps failing).',
    reference: 'SCOM 2010 Message Security page ff359978',
  },
  {
    family: 'monitoring',
    id: 1000,
    name: 'EdgeSynchronizationSucceeded',
    level: 'Information',
    meaning: 'Test-EdgeSynchronization -MonitoringContext found synchronization normal.',
    reference: SRC,
  },
  {
    family: 'monitoring',
    id: 1001,
    name: 'EdgeSynchronizationFailed',
    level: 'Error',
    meaning: 'Test-EdgeSynchronization -MonitoringContext found synchronization failed; the text says why.',
    config: 'The Edge subscription and EdgeSync service.',
    reference: SRC,
  },
  {
    family: 'monitoring',
    id: 1003,
    name: 'EdgeSynchronizationInconclusive',
    level: 'Warning',
    meaning: 'Test-EdgeSynchronization -MonitoringContext could not tell: synchronization in progress or not started.',
    reference: SRC,
  },
  {
    family: 'monitoring',
    id: 1004,
    name: 'EdgeSynchronizationNotConfigured',
    level: 'Warning',
    meaning: 'Test-EdgeSynchronization -MonitoringContext found no Edge subscription (or no EdgeSync configuration) for the site.',
    reference: SRC,
  },
];

/** Entries by ID (several families share IDs: 1032, 1035, 1004). */
const BY_ID = new Map<number, KnownEvent[]>();
for (const e of KNOWN_EVENTS) BY_ID.set(e.id, [...(BY_ID.get(e.id) ?? []), e]);

/**
 * The catalogue entry of an event: by family and ID when the source is known; without a source (a partial
 * copy), the entry whose description pattern matches, or the only entry of that ID.
 */
export function knownEvent(id: number, source: string | undefined, description: string): KnownEvent | undefined {
  const all = BY_ID.get(id);
  if (!all) return undefined;
  const family = familyOf(source);
  if (source && !family) return undefined;
  const candidates = family ? all.filter((e) => e.family === family) : all;
  if (candidates.length === 1 && (family || all.length === 1)) return candidates[0];
  return candidates.find((e) => e.pattern && e.pattern.test(description));
}
