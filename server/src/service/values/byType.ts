// One entry point from the catalogue's ValueType to the parser of that kind.
import type { EnumDef, ListItemKind, ValueType } from '../catalogue/types';
import { parseAddressSpace, type AddressSpace } from './addressSpace';
import { parseBool } from './bool';
import { parseByteSize, type ByteSize } from './byteSize';
import { parseCultureDate, type CultureDate, type DateOrder } from './cultureDate';
import { parseFqdn, parseSmtpDomain, type SmtpDomain } from './domainName';
import { parseEnum, parseFlags, type EnumValue, type FlagsValue } from './enumValue';
import { parseGuid } from './guid';
import { parseInteger, type IntegerValue } from './integer';
import { isBroadcast, isMulticast, parseIpAddress, type IpAddress } from './ipAddress';
import { parseIpBinding, type IpBinding } from './ipBinding';
import { parseIpRange, type IpRange } from './ipRange';
import { parseListOf, type ParsedListOf } from './list';
import { ok, type ValueResult } from './result';
import { parseSmartHost, type SmartHost } from './smartHost';
import { parseSmtpX509Identifier, type SmtpX509Identifier } from './smtpX509Identifier';
import { parseThumbprint } from './thumbprint';
import { parseTimeSpan, type TimeSpanValue } from './timeSpan';
import { parseTlsDomainCapabilities, type TlsDomainCapabilities } from './tlsDomainCapabilities';

export interface ParseContext {
  /** Finds an enum by the name used in ValueType ({ kind: 'enum', enum: 'TlsAuthLevel' }). Without it, enum text is accepted as is. */
  enums?: (name: string) => EnumDef | undefined;
  /** Day/month order for culture dates (see inferDateOrder); default 'auto'. */
  dateOrder?: DateOrder;
}

/** What parseValue returns for each ValueType kind. */
export interface ValueOfKind {
  bool: boolean;
  int: IntegerValue;
  /** EnumValue when the enum is known through ParseContext.enums, else the text. */
  enum: EnumValue | string;
  flags: FlagsValue | string;
  string: string;
  'multiline-string': string;
  fqdn: string;
  'smtp-domain': SmtpDomain;
  'ip-address': IpAddress;
  'byte-size': ByteSize;
  timespan: TimeSpanValue;
  date: CultureDate;
  guid: string;
  'smtp-x509-identifier': SmtpX509Identifier;
  credential: string;
  identity: string;
  thumbprint: string;
  list: ParsedListOf<unknown>;
}

/** What each list item becomes. */
export interface ItemValueOfKind {
  string: string;
  'address-space': AddressSpace;
  'smart-host': SmartHost;
  'ip-binding': IpBinding;
  'ip-range': IpRange;
  'tls-domain-capability': TlsDomainCapabilities;
  'smtp-domain': SmtpDomain;
  fqdn: string;
  'ip-address': IpAddress;
  cidr: IpRange;
  'enum-member': string;
  identity: string;
}

export type ParsedValueOf<T extends ValueType> = T extends { kind: 'list'; item: infer I extends ListItemKind }
  ? ParsedListOf<ItemValueOfKind[I]>
  : ValueOfKind[T['kind']];

/**
 * Parses `text` as the catalogue type says. Empty (or all-blank) text means "not set" and returns {} for
 * scalar kinds (neither value nor problem) and an empty list for lists; the caller decides whether empty is wrong.
 * For lists, each item carries its own problem and offsets; the list-level problem is only about the braces.
 */
export function parseValue<T extends ValueType>(type: T, text: string, ctx: ParseContext = {}): ValueResult<ParsedValueOf<T>> {
  return parseAny(type, text, ctx) as ValueResult<ParsedValueOf<T>>;
}

function parseAny(type: ValueType, text: string, ctx: ParseContext): ValueResult<unknown> {
  if (type.kind === 'list') return parseListOf(text, (item) => parseItem(type.item, item));
  if (text.trim() === '') return {};
  switch (type.kind) {
    case 'bool':
      return parseBool(text);
    case 'int':
      return parseInteger(text, { min: type.min, max: type.max, unlimited: type.unlimited });
    case 'enum': {
      const def = ctx.enums?.(type.enum);
      return def ? parseEnum(text, def) : ok(text.trim());
    }
    case 'flags': {
      const def = ctx.enums?.(type.enum);
      return def ? parseFlags(text, def) : ok(text.trim());
    }
    case 'string':
    case 'multiline-string':
    case 'credential':
    case 'identity':
      return ok(text);
    case 'fqdn':
      return parseFqdn(text, { allowSingleLabel: true });
    case 'smtp-domain':
      return parseSmtpDomain(text, { wildcard: type.wildcard ?? false });
    case 'ip-address': {
      const r = parseIpAddress(text);
      if (type.unicast && r.value && (isMulticast(r.value) || isBroadcast(r.value))) {
        return {
          value: r.value,
          problem: `${text.trim()} is a ${isMulticast(r.value) ? 'multicast' : 'broadcast'} address; Exchange only accepts a unicast source address (or 0.0.0.0 for any).`,
        };
      }
      return r;
    }
    case 'byte-size':
      return parseByteSize(text, { min: type.min, max: type.max, unlimited: type.unlimited });
    case 'timespan':
      return parseTimeSpan(text, { min: type.min, max: type.max, unlimited: type.unlimited });
    case 'date':
      return parseCultureDate(text, { order: ctx.dateOrder ?? 'auto' });
    case 'guid':
      return parseGuid(text);
    case 'smtp-x509-identifier':
      return parseSmtpX509Identifier(text);
    case 'thumbprint':
      return parseThumbprint(text);
    default: {
      const never: never = type;
      return ok(never);
    }
  }
}

export function parseItem(kind: ListItemKind, text: string): ValueResult<unknown> {
  switch (kind) {
    case 'string':
    case 'enum-member':
    case 'identity':
      return ok(text);
    case 'address-space':
      return parseAddressSpace(text);
    case 'smart-host':
      return parseSmartHost(text);
    case 'ip-binding':
      return parseIpBinding(text);
    case 'ip-range':
    case 'cidr':
      return parseIpRange(text);
    case 'tls-domain-capability':
      return parseTlsDomainCapabilities(text);
    case 'smtp-domain':
      return parseSmtpDomain(text, { wildcard: true, star: true });
    case 'fqdn':
      return parseFqdn(text, { allowSingleLabel: true });
    case 'ip-address':
      return parseIpAddress(text);
    default: {
      const never: never = kind;
      return ok(never);
    }
  }
}
