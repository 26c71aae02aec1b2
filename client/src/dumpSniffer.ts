// Recognises a `Format-List` dump (or `Format-Table` output) of Exchange transport objects by its content, whatever
// the file is called, in the shapes people paste it: quoted (`> `), indented, double-spaced, a partial dump under
// its command line. Text that is evidence of another kind (Event Viewer, HealthChecker, protocol logs, monitoring
// alerts, Export-Csv) is left alone. It must agree with the engine's detection (server/src/service/formats/sniff.ts;
// test/unit/pastes.test.ts checks both on every paste of the corpus), but the client cannot bundle the engine, so the
// rules are written again here with the property names as data.
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
import { looksLikeEventText } from '../../server/src/protocol';
const PROPERTY_LINE = /^([A-Za-z_][A-Za-z0-9_.-]*)( +):(?: |\r?$)/;

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
  // Test-EdgeSynchronization, Get-Queue, Get-Message (evidence)
  'SyncStatus',
  'LeaseHolder',
  'FailureDetail',
  'TransportServerStatus',
  'SendConnectorStatus',
  'CredentialRecords',
  'CookieRecords',
  'NextHopDomain',
  'NextHopConnector',
  'NextHopSolutionKey',
  'LastError',
  'DeliveryType',
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
  /** The verdict (see {@link looksLikeExchangeDump}). */
  isDump: boolean;
  /** `Name : value` lines seen (until the verdict was reached or the head ended). */
  propertyLines: number;
  /** Distinct characteristic names seen, as written in the text. */
  characteristic: string[];
  /** Characters of the text read: never more than {@link SNIFF_MAX_CHARS}, however long the text or its lines. */
  charsRead: number;
}

/** `PS C:\> `, `PS> `, `[PS] C:\Windows\system32>` before a command. */
const PROMPT = /^(?:\[PS\]\s*[^>]*>|PS(?:\s+[^>]*)?>)\s*/;
/** The Get- cmdlets whose output this linter reads (a bare command line counts only with one of them). */
const GET_CMDLET = /^Get-(?:SendConnector|ReceiveConnector|ExchangeCertificate|OutboundConnector|InboundConnector)\b/i;
const QUOTE = /^[ \t]*(?:>[ \t]?)+/;
const INDENTED_PROPERTY = /^([ \t]+)[A-Za-z_][A-Za-z0-9_.-]* +:(?: |\r?$)/;
const TABLE_HEADER = /^[ \t]*[A-Za-z_][A-Za-z0-9_]*(?:[ \t]+[A-Za-z_][A-Za-z0-9_]*)+[ \t]*\r?$/;
/** Columns that default tables show next to a characteristic one. */
const TABLE_COMMON = new Set(['identity', 'name', 'enabled', 'server', 'subject', 'services', 'thumbprint']);

/** Evidence of another kind that has `Name: value` lines too (see the engine's notADump). */
function notADump(lines: string[]): boolean {
  const first = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  if (/^(?:OK|WARNING|CRITICAL|UNKNOWN)\b\s*[-:]/.test(first) || /^(?:SERVICE|HOST) (?:ALERT|NOTIFICATION|STATUS):/.test(first)) return true;
  if (/^#TYPE\s/.test(first) || /^"[\w.-]+"(?:,"[\w.-]+")+$/.test(first)) return true;
  for (const line of lines) {
    if (/^#Log-type:\s*(?:SMTP (?:Send|Receive) Protocol Log|Message Tracking Log)/i.test(line) || /^#?Fields:\s*date-time,connector-id,session-id/i.test(line))
      return true;
    if (/Exchange Health ?Checker/i.test(line)) return true;
  }
  return false;
}

/** What a paste puts in front of each line: `> ` quoting, and a common indentation (see the engine's margin.ts). */
function stripMargin(lines: string[]): string[] {
  const atZero = [0, 0];
  const indents: number[][] = [[], []];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const q = QUOTE.exec(line);
    const quoted = q && q[0].includes('>') ? 1 : 0;
    const body = quoted ? line.slice(q![0].length) : line;
    if (PROPERTY_LINE.test(body)) atZero[quoted]++;
    else {
      const m = INDENTED_PROPERTY.exec(body);
      if (m) indents[quoted].push(m[1].length);
    }
  }
  const quotedLike = atZero[1] + indents[1].length;
  const quoted = quotedLike >= 2 && quotedLike >= atZero[0];
  if (!quoted && atZero[0] > 0) return lines;
  const mode = quoted ? 1 : 0;
  let indent = 0;
  if (atZero[mode] === 0 && indents[mode].length >= 2) {
    const min = Math.min(...indents[mode]);
    if (indents[mode].filter((n) => n === min).length >= 2) indent = min;
  }
  if (!quoted && indent === 0) return lines;
  return lines.map((line) => {
    const q = quoted ? QUOTE.exec(line) : null;
    let body = q && q[0].includes('>') ? line.slice(q[0].length) : line;
    let n = 0;
    while (n < indent && (body[n] === ' ' || body[n] === '\t')) n++;
    body = body.slice(n);
    return body;
  });
}

/** A table header of the objects this linter reads: a characteristic column next to names default tables show. */
function isTableHeader(line: string): boolean {
  if (!TABLE_HEADER.test(line)) return false;
  const names = line
    .trim()
    .split(/\s+/)
    .map((n) => n.toLowerCase());
  if (names.some((n) => EXCHANGE.has(n))) return true;
  return names.some((n) => SHARED.has(n)) && names.every((n) => SHARED.has(n) || TABLE_COMMON.has(n));
}

/** Sniffs the head of a text; see {@link looksLikeExchangeDump}. */
export function sniffExchangeDump(text: string): SniffResult {
  let head = text.length > SNIFF_MAX_CHARS ? text.slice(0, SNIFF_MAX_CHARS) : text;
  const bom = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (bom) head = head.slice(1);
  const raw: string[] = [];
  let from = 0;
  while (raw.length < SNIFF_MAX_LINES && from <= head.length) {
    let to = head.indexOf('\n', from);
    if (to < 0) to = head.length;
    raw.push(head.slice(from, to).replace(/\r$/, ''));
    from = to + 1;
  }
  const charsRead = bom + Math.min(from, head.length);
  const result = (isDump: boolean): SniffResult => ({ isDump, propertyLines, characteristic, charsRead });
  let propertyLines = 0;
  const characteristic: string[] = [];
  // Event text (Event Viewer, Get-WinEvent | fl) is read by the engine: it opens in the dump language too.
  if (looksLikeEventText(head)) return result(true);
  if (notADump(raw)) return result(false);
  const lines = stripMargin(raw);
  let exchange = 0;
  let command = false;
  const seen = new Set<string>();
  let prev: { column: number; key: string } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = PROPERTY_LINE.exec(line);
    if (!m) {
      const rest = line.replace(PROMPT, '');
      if (GET_CMDLET.test(rest) && (rest !== line || GET_CMDLET.test(line))) command = true;
      else if (isTableHeader(line)) return result(true);
      prev = undefined;
      continue;
    }
    propertyLines++;
    const key = m[1].toLowerCase();
    const column = m[1].length + m[2].length;
    if (!seen.has(key) && (EXCHANGE.has(key) || SHARED.has(key))) {
      seen.add(key);
      characteristic.push(m[1]);
      if (EXCHANGE.has(key)) exchange++;
    }
    // Two lines of one object (colons lined up) with Exchange names: a partial `fl RequireTLS,TlsAuthLevel`.
    const aligned = prev !== undefined && prev.column === column && characteristic.length >= 2 && exchange >= 1;
    if (command || aligned || (propertyLines >= 3 && characteristic.length >= 2 && exchange >= 1)) return result(true);
    prev = { column, key };
  }
  return result(false);
}

/**
 * True when the text is output of Exchange transport cmdlets, among its first 200 lines / 64 KB: `Format-List`
 * property lines with at least two distinct names characteristic of send/receive connectors, Exchange certificates or
 * Exchange Online connectors (one of them not shared with other cmdlets) on three lines, or on two lines of one
 * object; any property line under a pasted `Get-SendConnector`-style command line; or a table header of those
 * objects (`Thumbprint Services Subject`, `Identity AddressSpaces Enabled`).
 */
export function looksLikeExchangeDump(text: string): boolean {
  return sniffExchangeDump(text).isDump;
}
