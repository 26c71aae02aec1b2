// Recognises a `Format-List` dump of Exchange transport objects by its content, whatever the file is called.
// Pure and cheap (first 200 lines / 64 KB only): the client runs it on every plain-text document it sees.
// No `vscode` import here, so it can be unit-tested under plain Node.

/** Lines looked at, at most. */
export const SNIFF_MAX_LINES = 200;
/** Characters looked at, at most. */
export const SNIFF_MAX_CHARS = 64 * 1024;

/**
 * A `Format-List` property line as PowerShell writes it: the name at column 0, padding, ` : `, then the value or
 * nothing (`Banner :`, also before a CR). At least one space before the colon, unlike `key: value` (YAML, mail
 * headers, logs).
 */
const PROPERTY_LINE = /^([A-Za-z_][A-Za-z0-9_.-]*) +:(?: |\r?$)/;

/**
 * Property names that only Exchange transport objects have: Get-SendConnector, Get-ReceiveConnector,
 * Get-ExchangeCertificate and Exchange Online Get-OutboundConnector / Get-InboundConnector.
 */
const EXCHANGE_PROPERTIES = [
  // Send connector
  'AddressSpaces',
  'SmartHosts',
  'SmartHostsString',
  'IgnoreSTARTTLS',
  'DNSRoutingEnabled',
  'SmartHostAuthMechanism',
  'TlsAuthLevel',
  'TlsDomain',
  'SourceTransportServers',
  'ErrorPolicies',
  'UseExternalDNSServersEnabled',
  // Receive connector
  'AuthMechanism',
  'RemoteIPRanges',
  'PermissionGroups',
  'TlsDomainCapabilities',
  'RequireEHLODomain',
  'MaxInboundConnectionPerSource',
  'AdvertiseClientSettings',
  // Both connectors
  'RequireTLS',
  'TlsCertificateName',
  'DomainSecureEnabled',
  'ProtocolLoggingLevel',
  // Exchange certificate
  'CertificateDomains',
  'RootCAType',
  'IsSelfSigned',
  'Services',
  // Exchange Online connectors
  'UseMXRecord',
  'TlsSettings',
  'RecipientDomains',
  'SenderDomains',
  'SenderIPAddresses',
  'TlsSenderCertificateName',
  'RestrictDomainsToCertificate',
  'RestrictDomainsToIPAddresses',
  'CloudServicesMailEnabled',
  'RouteAllMessagesViaOnPremises',
];

/**
 * Names Exchange dumps have but other `Format-List` output has too (`Get-ChildItem Cert:\… | fl` shows Thumbprint
 * and NotAfter, IIS sites show bindings): they count, but never alone.
 */
const SHARED_PROPERTIES = ['Thumbprint', 'NotAfter', 'NotBefore', 'Bindings', 'HasPrivateKey'];

const EXCHANGE = new Set(EXCHANGE_PROPERTIES.map((n) => n.toLowerCase()));
const SHARED = new Set(SHARED_PROPERTIES.map((n) => n.toLowerCase()));

export interface SniffResult {
  /** The verdict: at least 3 property lines and 2 characteristic names, one of them Exchange-only. */
  isDump: boolean;
  /** `Name : value` lines seen (until the verdict was reached or the head ended). */
  propertyLines: number;
  /** Distinct characteristic names seen, as written in the text. */
  characteristic: string[];
  /** Characters of the text read: never more than {@link SNIFF_MAX_CHARS}, however long the text or its lines. */
  charsRead: number;
}

/** Sniffs the head of a text; see {@link looksLikeExchangeDump}. */
export function sniffExchangeDump(text: string): SniffResult {
  let head = text.length > SNIFF_MAX_CHARS ? text.slice(0, SNIFF_MAX_CHARS) : text;
  const bom = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (bom) head = head.slice(1);
  let propertyLines = 0;
  let exchange = 0;
  const seen = new Set<string>();
  const characteristic: string[] = [];
  let from = 0;
  for (let lines = 0; lines < SNIFF_MAX_LINES && from <= head.length; lines++) {
    let to = head.indexOf('\n', from);
    if (to < 0) to = head.length;
    const m = PROPERTY_LINE.exec(head.slice(from, to));
    from = to + 1;
    if (!m) continue;
    propertyLines++;
    const key = m[1].toLowerCase();
    if (!seen.has(key) && (EXCHANGE.has(key) || SHARED.has(key))) {
      seen.add(key);
      characteristic.push(m[1]);
      if (EXCHANGE.has(key)) exchange++;
    }
    if (propertyLines >= 3 && characteristic.length >= 2 && exchange >= 1) {
      return { isDump: true, propertyLines, characteristic, charsRead: bom + Math.min(from, head.length) };
    }
  }
  return { isDump: false, propertyLines, characteristic, charsRead: bom + Math.min(from, head.length) };
}

/**
 * True when the text is `Format-List` output of Exchange transport cmdlets: among its first 200 lines / 64 KB,
 * at least three `Name : value` lines, and at least two distinct property names characteristic of send/receive
 * connectors, Exchange certificates or Exchange Online connectors — one of them not shared with other cmdlets.
 */
export function looksLikeExchangeDump(text: string): boolean {
  return sniffExchangeDump(text).isDump;
}
