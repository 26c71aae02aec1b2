// Types of the property catalogue: every property of the Exchange objects this project reads, as data.
// The catalogue drives value validation, hover and completion; rules read values through it.

/** Object kinds found in Format-List dumps, Export-Clixml and ConvertTo-Json exports. */
export type ObjectKind =
  | 'send-connector'
  | 'receive-connector'
  | 'exchange-certificate'
  | 'outbound-connector'
  | 'inbound-connector'
  // Evidence: what Exchange reports, read with the same model (Format-List, Export-Clixml, ConvertTo-Json).
  | 'edgesync-result'
  | 'edgesync-sync'
  | 'queue'
  | 'queued-message';

/** Exchange releases, for "which versions have this property". */
export type ExchangeRelease = '2007' | '2010' | '2013' | '2016' | '2019' | 'SE' | 'Online';

export interface EnumMember {
  name: string;
  /** Numeric value, as ConvertTo-Json and Export-Clixml <I32> carry it. */
  value: number;
  summary: string;
}

export interface EnumDef {
  name: string;
  /** [Flags] enums render as "A, B" and their numbers are sums. */
  flags: boolean;
  members: readonly EnumMember[];
}

/**
 * How a value is written and checked. Each `kind` has a parser in ../values/ (see values/index.ts).
 * Ranges are inclusive; `unlimited` allows the literal `Unlimited`.
 */
export type ValueType =
  | { kind: 'bool' }
  | { kind: 'int'; min?: number; max?: number; unlimited?: boolean }
  | { kind: 'enum'; enum: string }
  | { kind: 'flags'; enum: string }
  | { kind: 'string' }
  | { kind: 'multiline-string' }
  | { kind: 'fqdn' }
  | { kind: 'smtp-domain'; wildcard?: boolean }
  /** `unicast`: multicast and broadcast addresses are refused (a source address). */
  | { kind: 'ip-address'; unicast?: boolean }
  | { kind: 'byte-size'; min?: number; max?: number; unlimited?: boolean }
  | { kind: 'timespan'; min?: string; max?: string; unlimited?: boolean }
  | { kind: 'date' }
  | { kind: 'guid' }
  | { kind: 'smtp-x509-identifier' }
  | { kind: 'credential' }
  | { kind: 'identity' }
  | { kind: 'thumbprint' }
  | { kind: 'list'; item: ListItemKind };

export type ListItemKind =
  | 'string'
  | 'address-space'
  | 'smart-host'
  | 'ip-binding'
  | 'ip-range'
  | 'tls-domain-capability'
  | 'smtp-domain'
  | 'fqdn'
  | 'ip-address'
  | 'cidr'
  | 'enum-member'
  | 'identity';

export interface PropertyDef {
  /** Exact name as Exchange prints it. Lookups are case-insensitive. */
  name: string;
  type: ValueType;
  /** The default as Exchange prints it, when one is documented. */
  default?: string;
  /** Releases that have the property (missing = all the kind's releases). */
  releases?: readonly ExchangeRelease[];
  /** One paragraph, our own words. */
  summary: string;
  /** What the value means for TLS between Edge and Hub, or for relay; omitted when it means nothing there. */
  security?: string;
  /** The cmdlet parameter that sets it, when settable (e.g. "Set-SendConnector -IgnoreSTARTTLS"). */
  setBy?: string;
  /** Microsoft documentation of the parameter. */
  docs?: string;
  /** Read-only/computed properties are not flagged when changed. */
  readOnly?: boolean;
}

export interface ObjectKindDef {
  kind: ObjectKind;
  /** "send connector" */
  label: string;
  getCmdlet: string;
  setCmdlet?: string;
  releases: readonly ExchangeRelease[];
  /** Properties only this kind has: two or more present ⇒ the object is of this kind. */
  signature: readonly string[];
  properties: readonly PropertyDef[];
}
