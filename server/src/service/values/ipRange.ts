// Receive connector RemoteIPRanges entries: a single address, `lo-hi`, CIDR `a/n` or netmask `a(mask)`,
// IPv4 or IPv6, e.g. `192.168.1.0/24`, `0.0.0.0-255.255.255.255`, `::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff`.
import {
  familyBits,
  familyMax,
  formatIpAddress,
  IPV4_MAX,
  IPV4_NON_PUBLIC,
  IPV6_GLOBAL,
  IPV6_NON_PUBLIC_IN_GLOBAL,
  readIpv4,
  readIpv6,
  V6_MAPPED_V4,
  V6_NAT64,
  type IpAddress,
  type IpBlock,
  type IpFamily,
} from './ipAddress';
import { fail, ok, quote, type ValueResult } from './result';

export type IpRangeFormat = 'single' | 'lo-hi' | 'cidr' | 'netmask';

export interface IpRange {
  family: IpFamily;
  /** First address, inclusive. */
  start: bigint;
  /** Last address, inclusive. */
  end: bigint;
  format: IpRangeFormat;
  /** For CIDR and netmask forms. */
  prefixLength?: number;
}

const EXAMPLE = '"192.168.1.10", "192.168.1.10-192.168.1.20", "192.168.1.0/24" or "192.168.1.0(255.255.255.0)"';

export function parseIpRange(text: string): ValueResult<IpRange> {
  const t = text.trim();
  if (t === '') return fail(`The value is empty; expected an address or a range such as ${EXAMPLE}.`);
  if (t.length > 120) return fail(`${quote(t)} is not an IP range; expected ${EXAMPLE}.`);

  const slash = t.indexOf('/');
  if (slash >= 0) {
    const a = readAddress(t.slice(0, slash));
    if (typeof a === 'string') return fail(`${quote(t)} is not a CIDR range: ${a}`);
    const lenText = t.slice(slash + 1);
    const bits = familyBits(a.family);
    if (!/^\d{1,3}$/.test(lenText) || Number(lenText) > bits) {
      return fail(
        `${quote(t)} has prefix length ${quote(lenText)}; for ${a.family === 'ipv4' ? 'IPv4' : 'IPv6'} it is a number from 0 to ${bits}, e.g. "192.168.1.0/24".`,
      );
    }
    return ok(prefixRange(a, Number(lenText), 'cidr'));
  }

  const paren = t.indexOf('(');
  if (paren >= 0) {
    if (!t.endsWith(')')) return fail(`${quote(t)} is not a netmask range; write the mask in parentheses after the address, e.g. "10.0.0.0(255.0.0.0)".`);
    const a = readAddress(t.slice(0, paren));
    if (typeof a === 'string') return fail(`${quote(t)} is not a netmask range: ${a}`);
    const mask = readAddress(t.slice(paren + 1, -1));
    if (typeof mask === 'string') return fail(`The mask in ${quote(t)} is not valid: ${mask}`);
    if (mask.family !== a.family) return fail(`${quote(t)} mixes IPv4 and IPv6; the mask must be of the same kind as the address.`);
    const len = maskLength(mask.value, familyBits(a.family));
    if (len === undefined) {
      return fail(`The mask ${formatIpAddress(mask)} in ${quote(t)} is not contiguous (its one bits must all come first, e.g. 255.255.255.0).`);
    }
    return ok(prefixRange(a, len, 'netmask'));
  }

  const dash = t.indexOf('-');
  if (dash >= 0) {
    const lo = readAddress(t.slice(0, dash));
    const hi = readAddress(t.slice(dash + 1));
    if (typeof lo === 'string') return fail(`The start of ${quote(t)} is not valid: ${lo}`);
    if (typeof hi === 'string') return fail(`The end of ${quote(t)} is not valid: ${hi}`);
    if (lo.family !== hi.family) return fail(`${quote(t)} mixes IPv4 and IPv6; both ends of a range must be of the same kind.`);
    if (lo.value > hi.value) {
      return fail(`${quote(t)} starts after it ends; write the lower address first (${formatIpAddress(hi)}-${formatIpAddress(lo)}).`);
    }
    return ok({ family: lo.family, start: lo.value, end: hi.value, format: 'lo-hi' });
  }

  const a = readAddress(t);
  if (typeof a === 'string') {
    return fail(a.includes('expected') ? `${quote(t)} is not an IP address or range; expected ${EXAMPLE}.` : a);
  }
  return ok({ family: a.family, start: a.value, end: a.value, format: 'single' });
}

function readAddress(text: string): IpAddress | string {
  const s = text.trim();
  if (s === '') return 'an address is missing.';
  return s.includes(':') ? readIpv6(s) : readIpv4(s);
}

function prefixRange(a: IpAddress, len: number, format: IpRangeFormat): IpRange {
  const host = BigInt(familyBits(a.family) - len);
  const start = (a.value >> host) << host;
  return { family: a.family, start, end: start + (1n << host) - 1n, format, prefixLength: len };
}

function maskLength(mask: bigint, bits: number): number | undefined {
  let len = 0;
  while (len < bits && ((mask >> BigInt(bits - 1 - len)) & 1n) === 1n) len++;
  const host = BigInt(bits - len);
  const expected = host === BigInt(bits) ? 0n : ((1n << BigInt(len)) - 1n) << host;
  return expected === mask ? len : undefined;
}

/** Number of addresses in the range. */
export function rangeSize(r: IpRange): bigint {
  return r.end - r.start + 1n;
}

/** Every IPv4 address (0.0.0.0-255.255.255.255, 0.0.0.0/0) or every IPv6 address (::/0). */
export function coversWholeInternet(r: IpRange): boolean {
  return r.start === 0n && r.end === familyMax(r.family);
}

/** Wider than a /8 for IPv4 (more than 2^24 addresses) or a /16 for IPv6 (more than 2^112). */
export function isVeryWide(r: IpRange): boolean {
  return rangeSize(r) > (r.family === 'ipv4' ? 1n << 24n : 1n << 112n);
}

/** Does the range hold any address a host on the Internet can have (not private, loopback, link-local, reserved...)? */
export function includesPublicAddresses(r: IpRange): boolean {
  if (r.family === 'ipv4') return hasGap(r.start, r.end, IPV4_NON_PUBLIC);
  // IPv6: global unicast outside documentation space, or IPv4-mapped / NAT64 addresses of public IPv4 hosts.
  const g = intersect(r.start, r.end, IPV6_GLOBAL);
  if (g && hasGap(g[0], g[1], IPV6_NON_PUBLIC_IN_GLOBAL)) return true;
  for (const b of [V6_MAPPED_V4, V6_NAT64]) {
    const m = intersect(r.start, r.end, b);
    if (m && hasGap(m[0] & IPV4_MAX, m[1] & IPV4_MAX, IPV4_NON_PUBLIC)) return true;
  }
  return false;
}

/** Does r contain the address? */
export function rangeContains(r: IpRange, a: IpAddress): boolean {
  return r.family === a.family && a.value >= r.start && a.value <= r.end;
}

/** The text Exchange would print for the range (lo-hi for lo-hi ranges, a/n for CIDR and netmask ones). */
export function formatIpRange(r: IpRange): string {
  const lo = formatIpAddress({ family: r.family, value: r.start });
  if (r.format === 'single' && r.start === r.end) return lo;
  if ((r.format === 'cidr' || r.format === 'netmask') && r.prefixLength !== undefined) return `${lo}/${r.prefixLength}`;
  return `${lo}-${formatIpAddress({ family: r.family, value: r.end })}`;
}

function intersect(start: bigint, end: bigint, b: IpBlock): [bigint, bigint] | undefined {
  const s = start > b.start ? start : b.start;
  const e = end < b.end ? end : b.end;
  return s <= e ? [s, e] : undefined;
}

/** Is some part of [start, end] outside every block? Blocks may overlap and come in any order. */
function hasGap(start: bigint, end: bigint, blocks: readonly IpBlock[]): boolean {
  const sorted = [...blocks].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let cursor = start;
  for (const b of sorted) {
    if (b.end < cursor) continue;
    if (b.start > cursor) return true;
    cursor = b.end + 1n;
    if (cursor > end) return false;
  }
  return cursor <= end;
}
