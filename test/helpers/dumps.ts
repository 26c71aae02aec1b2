// Format-List dumps the way Exchange's `Get-XxxConnector | fl > file.txt` writes them: names padded per object,
// ` : ` separator, CRLF, blank lines before and between objects, values cut at the console width onto lines indented
// to the value column, multi-line strings continued on indented lines. The renderer also records where every
// name, value and list item landed, so tests can assert exact diagnostic ranges.
import type { Position, Range } from '../../server/src/service';

/** A list value as Format-List prints it: `{a, b}`, `{}`, or cut by $FormatEnumerationLimit: `{a, b...}` / `{a, b…}`. */
export interface ListValue {
  items: readonly string[];
  cut?: '...' | '\u2026';
}

/** A property value: text (may contain \n for multi-line strings), a list, or null for an empty value (`Name :`). */
export type Value = string | null | ListValue;

export type Props = readonly (readonly [string, Value])[];

export function list(...items: string[]): ListValue {
  return { items };
}

/** A list cut by $FormatEnumerationLimit: Windows PowerShell prints `...`, PowerShell 6.2+ prints `…`. */
export function cut(items: string[], mark: '...' | '\u2026' = '...'): ListValue {
  return { items, cut: mark };
}

export function valueText(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  return `{${v.items.join(', ')}${v.cut ?? ''}}`;
}

/**
 * A copy of `base` with some values replaced (same position), some removed (`undefined`) and unknown names appended
 * at the end (as a property added by a newer Exchange version would print).
 */
export function withProps(base: Props, changes: Record<string, Value | undefined>): Props {
  const lower = new Map(Object.entries(changes).map(([k, v]) => [k.toLowerCase(), { k, v }]));
  const out: (readonly [string, Value])[] = [];
  for (const [name, value] of base) {
    const c = lower.get(name.toLowerCase());
    if (!c) {
      out.push([name, value]);
      continue;
    }
    lower.delete(name.toLowerCase());
    if (c.v !== undefined) out.push([name, c.v]);
  }
  for (const { k, v } of lower.values()) if (v !== undefined) out.push([k, v]);
  return out;
}

/** `base` without the named properties (an older Exchange version that does not have them). */
export function without(base: Props, ...names: string[]): Props {
  const drop = new Set(names.map((n) => n.toLowerCase()));
  return base.filter(([n]) => !drop.has(n.toLowerCase()));
}

/** 'word': wrap at spaces (en-US and other western cultures); 'cut': cut at the width (all other cultures). */
export type WrapMode = 'word' | 'cut';

export interface DumpOptions {
  /** Console width (Out-File -Width): no line is longer; longer values go on onto continuation lines. Default 4096. */
  width?: number;
  /** Default 'word', as an English-language PowerShell writes. */
  wrap?: WrapMode;
  eol?: '\r\n' | '\n';
  /** Blank lines before the first object (Format-List writes two). */
  leadingBlankLines?: number;
  /** Blank lines after the last object (Format-List writes two). */
  trailingBlankLines?: number;
  /** Lines written before the dump itself, e.g. a pasted `PS C:\> Get-SendConnector | fl` prompt. */
  preamble?: readonly string[];
  /** Empty values as `Name : ` (with the trailing space) instead of `Name :`. */
  emptyTrailingSpace?: boolean;
}

interface Chunk {
  line: number;
  character: number;
  offset: number;
  length: number;
}

export interface RenderedProperty {
  name: string;
  /** The value as one string (what the parser should give back as the property text). */
  value: string;
  line: number;
  nameRange: Range;
  /** Undefined for an empty value. */
  valueRange?: Range;
  chunks: Chunk[];
}

export interface RenderedObject {
  startLine: number;
  endLine: number;
  props: RenderedProperty[];
}

export class Dump {
  constructor(
    readonly text: string,
    readonly objects: RenderedObject[],
    readonly lines: string[],
  ) {}

  prop(obj: number, name: string): RenderedProperty {
    const p = this.objects[obj]?.props.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!p) throw new Error(`object ${obj} has no property ${name}`);
    return p;
  }

  /** Range of the value of `name` in object `obj`. */
  value(obj: number, name: string): Range {
    const p = this.prop(obj, name);
    if (!p.valueRange) throw new Error(`${name} of object ${obj} is empty`);
    return p.valueRange;
  }

  name(obj: number, name: string): Range {
    return this.prop(obj, name).nameRange;
  }

  /** Position in the file of character `offset` of the value of `name`. */
  pos(obj: number, name: string, offset: number): Position {
    const p = this.prop(obj, name);
    for (let i = p.chunks.length - 1; i >= 0; i--) {
      const c = p.chunks[i];
      if (offset >= c.offset) return { line: c.line, character: c.character + (offset - c.offset) };
    }
    throw new Error(`offset ${offset} outside ${name}`);
  }

  /** Range of the `n`-th occurrence of `text` inside the value of `name` (e.g. one list item). */
  within(obj: number, name: string, text: string, n = 0): Range {
    const p = this.prop(obj, name);
    let at = -1;
    for (let i = 0; i <= n; i++) {
      at = p.value.indexOf(text, at + 1);
      if (at < 0) throw new Error(`${text} not in ${name}: ${p.value}`);
    }
    const last = this.pos(obj, name, at + text.length - 1);
    return { start: this.pos(obj, name, at), end: { line: last.line, character: last.character + 1 } };
  }
}

/**
 * How PowerShell splits one line of a value into pieces of at most `cells` characters
 * (StringManipulationHelper.GenerateLines). In en, fr, de, it, pt and es cultures it wraps at spaces, each word
 * keeping its trailing space (so lines end in a space), and cuts only words longer than a line; in every other
 * culture it cuts at the width, mid-word, so a piece can start with a space. The pieces always concatenate back to
 * the line.
 */
export function splitValueLine(line: string, cells: number, mode: WrapMode): string[] {
  if (line.length <= cells) return [line];
  const out: string[] = [];
  if (mode === 'cut') {
    for (let i = 0; i < line.length; i += cells) out.push(line.slice(i, i + cells));
    return out;
  }
  let single = '';
  let spacesLeft = cells;
  for (const word of line.split(/(?<=[ \t])/)) {
    if (word.length > cells) {
      for (const ch of word) {
        if (spacesLeft < 1) {
          out.push(single);
          single = ch;
          spacesLeft = cells - 1;
        } else {
          single += ch;
          spacesLeft--;
        }
      }
    } else if (word.length > spacesLeft) {
      out.push(single);
      single = word;
      spacesLeft = cells - word.length;
    } else {
      single += word;
      spacesLeft -= word.length;
    }
  }
  out.push(single);
  return out;
}

/** Renders objects as Format-List does. */
export function renderDump(objects: readonly Props[], options: DumpOptions = {}): Dump {
  const width = options.width ?? 4096;
  const lines: string[] = [...(options.preamble ?? [])];
  for (let i = 0; i < (options.leadingBlankLines ?? 2); i++) lines.push('');
  const rendered: RenderedObject[] = [];
  objects.forEach((props, index) => {
    if (index > 0) lines.push('');
    const pad = Math.max(...props.map(([n]) => n.length));
    const labelWidth = pad + 3;
    const field = Math.max(1, width - labelWidth);
    const obj: RenderedObject = { startLine: lines.length, endLine: lines.length, props: [] };
    for (const [name, v] of props) {
      const value = valueText(v).replace(/\r\n/g, '\n');
      const line = lines.length;
      const p: RenderedProperty = {
        name,
        value,
        line,
        nameRange: { start: { line, character: 0 }, end: { line, character: name.length } },
        chunks: [],
      };
      if (value === '') {
        lines.push(`${name.padEnd(pad)} :${options.emptyTrailingSpace ? ' ' : ''}`);
      } else {
        let offset = 0;
        let first = true;
        for (const valueLine of value.split('\n')) {
          for (const piece of splitValueLine(valueLine, field, options.wrap ?? 'word')) {
            p.chunks.push({ line: lines.length, character: labelWidth, offset, length: piece.length });
            lines.push((first ? `${name.padEnd(pad)} : ` : ' '.repeat(labelWidth)) + piece);
            first = false;
            offset += piece.length;
          }
          offset += 1; // the \n
        }
        // The value range: first non-blank to last non-blank character.
        const lead = value.length - value.trimStart().length;
        const trimmedEnd = value.trimEnd().length;
        const d = new Dump('', [{ startLine: 0, endLine: 0, props: [p] }], []);
        const end = d.pos(0, name, trimmedEnd - 1);
        p.valueRange = { start: d.pos(0, name, lead), end: { line: end.line, character: end.character + 1 } };
      }
      obj.props.push(p);
    }
    obj.endLine = lines.length - 1;
    rendered.push(obj);
  });
  for (let i = 0; i < (options.trailingBlankLines ?? 2); i++) lines.push('');
  const eol = options.eol ?? '\r\n';
  return new Dump(lines.join(eol), rendered, lines);
}

/** One line of a dump: the 0-based line of the first line containing `needle` (after line `from`). */
export function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = from; i < lines.length; i++) if (lines[i].includes(needle)) return i;
  throw new Error(`not found: ${needle}`);
}

/** UTF-16 LE with BOM, what Windows PowerShell 5.1 `>` and Out-File write. */
export function utf16leBom(text: string): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), body]);
}

/** UTF-8 with BOM (Out-File -Encoding utf8 in Windows PowerShell 5.1). */
export function utf8Bom(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

// ---------------------------------------------------------------------------------------------------------------
// Realistic objects. Property names, order and renderings follow real Exchange 2019 output (CSS-Exchange
// HealthChecker test data; see /work/shared/corpus/synthetic/*.source); values are invented.

const RUNSPACE = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

function adTail(name: string, identity: string, dn: string, category: string, classes: string[]): Props {
  return [
    ['AdminDisplayName', null],
    ['ExchangeVersion', '0.1 (8.0.535.0)'],
    ['Name', name],
    ['DistinguishedName', dn],
    ['Identity', identity],
    ['Guid', '8a1f0c3e-2b47-4c1a-9e55-0d6b7a2c9f10'],
    ['ObjectCategory', category],
    ['ObjectClass', list(...classes)],
    ['WhenChanged', '5/14/2024 11:02:17 AM'],
    ['WhenCreated', '3/1/2024 9:40:03 AM'],
    ['WhenChangedUTC', '5/14/2024 9:02:17 AM'],
    ['WhenCreatedUTC', '3/1/2024 8:40:03 AM'],
    ['OrganizationId', null],
    ['Id', identity],
    ['OriginatingServer', 'DC01.contoso.com'],
    ['IsValid', 'True'],
    ['ObjectState', 'Unchanged'],
  ];
}

const ORG_DN =
  'CN=Exchange Administrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups,CN=Contoso,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=contoso,DC=com';

/** A healthy Exchange 2019 Internet send connector (DNS routing, opportunistic TLS). */
export function sendConnector(name = 'Internet'): Props {
  return [
    ['RunspaceId', RUNSPACE],
    ['DNSRoutingEnabled', 'True'],
    ['TlsDomain', null],
    ['TlsAuthLevel', null],
    ['ErrorPolicies', 'Default'],
    ['SmartHosts', list()],
    ['Port', '25'],
    ['ConnectionInactivityTimeOut', '00:10:00'],
    ['ForceHELO', 'False'],
    ['FrontendProxyEnabled', 'False'],
    ['IgnoreSTARTTLS', 'False'],
    ['CloudServicesMailEnabled', 'False'],
    ['Fqdn', null],
    ['TlsCertificateName', null],
    ['RequireTLS', 'False'],
    ['RequireOorg', 'False'],
    ['Enabled', 'True'],
    ['ProtocolLoggingLevel', 'Verbose'],
    ['SmartHostAuthMechanism', 'None'],
    ['AuthenticationCredential', null],
    ['UseExternalDNSServersEnabled', 'False'],
    ['DomainSecureEnabled', 'False'],
    ['SourceIPAddress', '0.0.0.0'],
    ['SmtpMaxMessagesPerConnection', '20'],
    ['ConnectorType', 'Default'],
    ['SmartHostsString', null],
    ['CertificateSubject', null],
    ['Region', 'NotSpecified'],
    ['AddressSpaces', list('SMTP:*;1')],
    ['ConnectedDomains', list()],
    ['IsScopedConnector', 'False'],
    ['IsSmtpConnector', 'True'],
    ['Comment', null],
    ['SourceRoutingGroup', 'Exchange Routing Group (DWBGZMFD01QNBJR)'],
    ['SourceTransportServers', list('EX01', 'EX02')],
    ['HomeMTA', 'Microsoft MTA'],
    ['HomeMtaServerId', 'EX01'],
    ['MaxMessageSize', '35 MB (36,700,160 bytes)'],
    ...adTail(
      name,
      name,
      `CN=${name},CN=Connections,CN=Exchange Routing Group (DWBGZMFD01QNBJR),CN=Routing Groups,${ORG_DN}`,
      'contoso.com/Configuration/Schema/ms-Exch-Routing-SMTP-Connector',
      ['top', 'msExchConnector', 'mailGateway', 'msExchRoutingSMTPConnector'],
    ),
  ];
}

/** A healthy smart-host send connector that requires TLS and validates the smart host's name. */
export function smartHostConnector(name = 'To Fabrikam (TLS)'): Props {
  return withProps(sendConnector(name), {
    DNSRoutingEnabled: 'False',
    SmartHosts: list('mx.fabrikam.com'),
    SmartHostsString: 'mx.fabrikam.com',
    RequireTLS: 'True',
    TlsAuthLevel: 'DomainValidation',
    TlsDomain: 'mx.fabrikam.com',
    Fqdn: 'mail.contoso.com',
    AddressSpaces: list('SMTP:fabrikam.com;1'),
  });
}

/** An Exchange 2007 SP3 send connector: no TlsAuthLevel, TlsDomain, ErrorPolicies, SmtpMaxMessagesPerConnection or 2013+ properties. */
export function sendConnector2007(name = 'Internet 2007'): Props {
  return without(
    sendConnector(name),
    'RunspaceId',
    'TlsAuthLevel',
    'TlsDomain',
    'ErrorPolicies',
    'SmtpMaxMessagesPerConnection',
    'CloudServicesMailEnabled',
    'FrontendProxyEnabled',
    'TlsCertificateName',
    'ConnectorType',
    'SmartHostsString',
    'CertificateSubject',
    'Region',
    'RequireOorg',
    'WhenChangedUTC',
    'WhenCreatedUTC',
    'OrganizationId',
    'OriginatingServer',
  );
}

/** A healthy Exchange 2019 receive connector, modelled on "Default Frontend EX01". */
export function receiveConnector(name = 'Default Frontend EX01', server = 'EX01'): Props {
  return [
    ['RunspaceId', RUNSPACE],
    ['AuthMechanism', 'Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer'],
    ['Banner', null],
    ['BinaryMimeEnabled', 'True'],
    ['Bindings', list('[::]:25', '0.0.0.0:25')],
    ['ChunkingEnabled', 'True'],
    ['DefaultDomain', null],
    ['DeliveryStatusNotificationEnabled', 'True'],
    ['EightBitMimeEnabled', 'True'],
    ['SmtpUtf8Enabled', 'True'],
    ['BareLinefeedRejectionEnabled', 'False'],
    ['DomainSecureEnabled', 'False'],
    ['EnhancedStatusCodesEnabled', 'True'],
    ['LongAddressesEnabled', 'False'],
    ['OrarEnabled', 'False'],
    ['SuppressXAnonymousTls', 'False'],
    ['ProxyEnabled', 'False'],
    ['AdvertiseClientSettings', 'False'],
    ['Fqdn', 'mail.contoso.com'],
    ['ServiceDiscoveryFqdn', null],
    ['TlsCertificateName', "<I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com"],
    ['Comment', null],
    ['Enabled', 'True'],
    ['ConnectionTimeout', '00:10:00'],
    ['ConnectionInactivityTimeout', '00:05:00'],
    ['MessageRateLimit', 'Unlimited'],
    ['MessageRateSource', 'IPAddress'],
    ['MaxInboundConnection', '5000'],
    ['MaxInboundConnectionPerSource', 'Unlimited'],
    ['MaxInboundConnectionPercentagePerSource', '100'],
    ['MaxHeaderSize', '256 KB (262,144 bytes)'],
    ['MaxHopCount', '60'],
    ['MaxLocalHopCount', '8'],
    ['MaxLogonFailures', '3'],
    ['MaxMessageSize', '36 MB (37,748,736 bytes)'],
    ['MaxProtocolErrors', '5'],
    ['MaxRecipientsPerMessage', '200'],
    ['PermissionGroups', 'AnonymousUsers, ExchangeServers, ExchangeLegacyServers'],
    ['PipeliningEnabled', 'True'],
    ['ProtocolLoggingLevel', 'Verbose'],
    ['RemoteIPRanges', list('::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '0.0.0.0-255.255.255.255')],
    ['RequireEHLODomain', 'False'],
    ['RequireTLS', 'False'],
    ['EnableAuthGSSAPI', 'False'],
    ['ExtendedProtectionPolicy', 'None'],
    ['LiveCredentialEnabled', 'False'],
    ['TlsDomainCapabilities', list('mail.protection.outlook.com:AcceptCloudServicesMail')],
    ['Server', server],
    ['TransportRole', 'FrontendTransport'],
    ['RejectReservedTopLevelRecipientDomains', 'False'],
    ['RejectReservedSecondLevelRecipientDomains', 'False'],
    ['RejectSingleLabelRecipientDomains', 'False'],
    ['AcceptConsumerMail', 'False'],
    ['SizeEnabled', 'Enabled'],
    ['TarpitInterval', '00:00:05'],
    ['AuthTarpitInterval', '00:00:05'],
    ['MaxAcknowledgementDelay', '00:00:30'],
    ...adTail(
      name,
      `${server}\\${name}`,
      `CN=${name},CN=SMTP Receive Connectors,CN=Protocols,CN=${server},CN=Servers,${ORG_DN}`,
      'contoso.com/Configuration/Schema/ms-Exch-Smtp-Receive-Connector',
      ['top', 'msExchSmtpReceiveConnector'],
    ),
  ];
}

/** An Exchange 2010 receive connector: no TransportRole, TlsCertificateName, ServiceDiscoveryFqdn or 2016+ properties. */
export function receiveConnector2010(name = 'Default EX2010', server = 'EX2010'): Props {
  return without(
    receiveConnector(name, server),
    'TransportRole',
    'TlsCertificateName',
    'ServiceDiscoveryFqdn',
    'AuthTarpitInterval',
    'RejectReservedTopLevelRecipientDomains',
    'RejectReservedSecondLevelRecipientDomains',
    'RejectSingleLabelRecipientDomains',
    'SmtpUtf8Enabled',
    'BareLinefeedRejectionEnabled',
    'AcceptConsumerMail',
    'TlsDomainCapabilities',
    'ProxyEnabled',
    'AdvertiseClientSettings',
  );
}

/** A healthy third-party certificate in the default `Get-ExchangeCertificate | fl` view. */
export function certificate(over: Record<string, Value | undefined> = {}): Props {
  return withProps(
    [
      ['AccessRules', list('System.Security.AccessControl.CryptoKeyAccessRule', 'System.Security.AccessControl.CryptoKeyAccessRule')],
      ['CertificateDomains', list('mail.contoso.com', 'autodiscover.contoso.com')],
      ['HasPrivateKey', 'True'],
      ['IsSelfSigned', 'False'],
      ['Issuer', "CN=R11, O=Let's Encrypt, C=US"],
      ['NotAfter', '8/12/2024 6:14:02 PM'],
      ['NotBefore', '5/14/2024 6:14:03 PM'],
      ['PublicKeySize', '2048'],
      ['RootCAType', 'ThirdParty'],
      ['SerialNumber', '04A1B2C3D4E5F60718293A4B5C6D7E8F9012'],
      ['Services', 'IIS, SMTP'],
      ['Status', 'Valid'],
      ['Subject', 'CN=mail.contoso.com'],
      ['Thumbprint', '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B'],
    ],
    over,
  );
}

/** A healthy Exchange Online hybrid outbound connector (to the on-premises organisation). */
export function outboundConnector(name = 'Outbound to Contoso'): Props {
  return [
    ['RunspaceId', RUNSPACE],
    ['Enabled', 'True'],
    ['UseMXRecord', 'False'],
    ['Comment', null],
    ['ConnectorType', 'OnPremises'],
    ['ConnectorSource', 'HybridWizard'],
    ['RecipientDomains', list('contoso.com')],
    ['SmartHosts', list('mail.contoso.com')],
    ['TlsDomain', 'mail.contoso.com'],
    ['TlsSettings', 'DomainValidation'],
    ['IsTransportRuleScoped', 'False'],
    ['RouteAllMessagesViaOnPremises', 'False'],
    ['CloudServicesMailEnabled', 'True'],
    ['AllAcceptedDomains', 'False'],
    ['SenderRewritingEnabled', 'False'],
    ['TestMode', 'False'],
    ['LinkForModifiedConnector', '00000000-0000-0000-0000-000000000000'],
    ['ValidationRecipients', list()],
    ['IsValidated', 'False'],
    ['LastValidationTimestamp', null],
    ['Identity', name],
    ['Name', name],
    ['IsValid', 'True'],
    ['ObjectState', 'Unchanged'],
  ];
}

/** A healthy Exchange Online hybrid inbound connector (from the on-premises organisation, identified by certificate). */
export function inboundConnector(name = 'Inbound from Contoso'): Props {
  return [
    ['RunspaceId', RUNSPACE],
    ['Enabled', 'True'],
    ['ConnectorType', 'OnPremises'],
    ['ConnectorSource', 'HybridWizard'],
    ['Comment', null],
    ['SenderIPAddresses', list()],
    ['SenderDomains', list('smtp:*;1')],
    ['TrustedOrganizations', list()],
    ['AssociatedAcceptedDomains', list()],
    ['RequireTls', 'True'],
    ['RestrictDomainsToIPAddresses', 'False'],
    ['RestrictDomainsToCertificate', 'False'],
    ['CloudServicesMailEnabled', 'True'],
    ['TreatMessagesAsInternal', 'False'],
    ['TlsSenderCertificateName', 'mail.contoso.com'],
    ['EFTestMode', 'False'],
    ['ScanAndDropRecipients', list()],
    ['EFSkipLastIP', 'False'],
    ['EFSkipIPs', list()],
    ['EFSkipMailGateway', list()],
    ['EFUsers', list()],
    ['Identity', name],
    ['Name', name],
    ['IsValid', 'True'],
    ['ObjectState', 'Unchanged'],
  ];
}
