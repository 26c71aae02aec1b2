// IPv4 and IPv6 addresses as .NET prints them (192.0.2.10, 2001:db8::10, fe80::1%12), read into a bigint,
// with the classifications transport rules need (multicast, broadcast, private, public).
import { fail, ok, quote, type ValueResult } from './result';

export type IpFamily = 'ipv4' | 'ipv6';

export interface IpAddress {
  family: IpFamily;
  /** The address as an unsigned 32-bit (IPv4) or 128-bit (IPv6) number. */
  value: bigint;
  /** IPv6 scope/zone id after `%` (fe80::1%12), when present. */
  zone?: string;
}

export const IPV4_MAX = (1n << 32n) - 1n;
export const IPV6_MAX = (1n << 128n) - 1n;

export function familyMax(family: IpFamily): bigint {
  return family === 'ipv4' ? IPV4_MAX : IPV6_MAX;
}

export function familyBits(family: IpFamily): number {
  return family === 'ipv4' ? 32 : 128;
}

const EXAMPLE = 'an IPv4 address such as 192.0.2.10 or an IPv6 address such as 2001:db8::10';

export function parseIpAddress(text: string): ValueResult<IpAddress> {
  const t = text.trim();
  if (t === '') return fail(`The value is empty; expected ${EXAMPLE}.`);
  if (t.length > 64) return fail(`${quote(t)} is not an IP address; expected ${EXAMPLE}.`);
  if (t.startsWith('[') && t.endsWith(']')) {
    return fail(`${quote(t)} has brackets; write the address alone, e.g. ${quote(t.slice(1, -1))}.`);
  }
  const r = t.includes(':') ? readIpv6(t) : readIpv4(t);
  return typeof r === 'string' ? fail(r) : ok(r);
}

/** Reads an IPv4 dotted quad; returns the problem sentence on failure. */
export function readIpv4(t: string): IpAddress | string {
  const parts = t.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) {
    return `${quote(t)} is not an IP address; expected ${EXAMPLE}.`;
  }
  let value = 0n;
  for (const p of parts) {
    const n = Number(p);
    if (n > 255) return `${quote(t)} is not an IPv4 address: ${p} is more than 255.`;
    if (p.length > 1 && p.startsWith('0')) {
      return `${quote(t)} has a part with a leading zero (${p}), which Windows may read as octal; Exchange prints ${parts.map(Number).join('.')}.`;
    }
    value = (value << 8n) | BigInt(n);
  }
  return { family: 'ipv4', value };
}

/** Reads an IPv6 address (with `::`, an embedded IPv4 tail and an optional %zone); returns the problem sentence on failure. */
export function readIpv6(t: string): IpAddress | string {
  const bad = `${quote(t)} is not an IPv6 address; expected ${EXAMPLE}.`;
  let body = t;
  let zone: string | undefined;
  const pct = t.indexOf('%');
  if (pct >= 0) {
    zone = t.slice(pct + 1);
    body = t.slice(0, pct);
    if (!/^[A-Za-z0-9_.-]{1,32}$/.test(zone)) return bad;
  }
  if (!/^[0-9A-Fa-f:.]+$/.test(body)) return bad;
  const first = body.indexOf('::');
  if (first >= 0 && body.indexOf('::', first + 1) >= 0) return `${quote(t)} uses "::" more than once; an IPv6 address may shorten only one run of zeros.`;
  if (body.includes(':::')) return bad;

  const groups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    const parts = s.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i === parts.length - 1 && p.includes('.')) {
        const v4 = readIpv4(p);
        if (typeof v4 === 'string') return undefined;
        out.push(Number(v4.value >> 16n), Number(v4.value & 0xffffn));
        continue;
      }
      if (!/^[0-9A-Fa-f]{1,4}$/.test(p)) return undefined;
      out.push(parseInt(p, 16));
    }
    return out;
  };

  let all: number[];
  if (first >= 0) {
    const head = groups(body.slice(0, first));
    const tail = groups(body.slice(first + 2));
    if (!head || !tail) return bad;
    if (head.length + tail.length > 7) return bad;
    all = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const g = groups(body);
    if (!g || g.length !== 8) return bad;
    all = g;
  }
  let value = 0n;
  for (const g of all) value = (value << 16n) | BigInt(g);
  return zone === undefined ? { family: 'ipv6', value } : { family: 'ipv6', value, zone };
}

/** The canonical text: dotted quad, or RFC 5952 IPv6 (lower case, longest zero run as `::`, IPv4-mapped as ::ffff:a.b.c.d). */
export function formatIpAddress(a: IpAddress): string {
  if (a.family === 'ipv4') return formatIpv4(a.value);
  const g: number[] = [];
  for (let i = 7; i >= 0; i--) g.push(Number((a.value >> BigInt(i * 16)) & 0xffffn));
  const zone = a.zone !== undefined ? `%${a.zone}` : '';
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    return `::ffff:${formatIpv4(a.value & IPV4_MAX)}${zone}`;
  }
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (bestStart < 0) return hex.join(':') + zone;
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}${zone}`;
}

function formatIpv4(v: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 0xffn)).join('.');
}

// ---- classification ----

export interface IpBlock {
  family: IpFamily;
  start: bigint;
  end: bigint;
}

/** A block from CIDR text; only used for the constant tables below. */
function block(cidr: string): IpBlock {
  const [addr, len] = cidr.split('/');
  const a = addr.includes(':') ? readIpv6(addr) : readIpv4(addr);
  if (typeof a === 'string') throw new Error(`bad constant ${cidr}`);
  const bits = familyBits(a.family);
  const hostBits = BigInt(bits - Number(len));
  const size = 1n << hostBits;
  const start = (a.value >> hostBits) << hostBits;
  return { family: a.family, start, end: start + size - 1n };
}

function inBlock(a: IpAddress, b: IpBlock): boolean {
  return a.family === b.family && a.value >= b.start && a.value <= b.end;
}

const V4_MULTICAST = block('224.0.0.0/4');
const V6_MULTICAST = block('ff00::/8');
const V4_LOOPBACK = block('127.0.0.0/8');
const V4_LINK_LOCAL = block('169.254.0.0/16');
const V6_LINK_LOCAL = block('fe80::/10');
const V4_PRIVATE = [block('10.0.0.0/8'), block('172.16.0.0/12'), block('192.168.0.0/16')];
const V6_PRIVATE = [block('fc00::/7'), block('fec0::/10')];
export const V6_MAPPED_V4 = block('::ffff:0:0/96');
export const V6_NAT64 = block('64:ff9b::/96');

/**
 * IPv4 blocks no Internet host can connect from: this-network, private, shared (CGNAT), loopback,
 * link-local, IETF protocol assignments, documentation, benchmarking, multicast, reserved and broadcast.
 */
export const IPV4_NON_PUBLIC: readonly IpBlock[] = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
].map(block);

/** IPv6 global unicast (2000::/3) minus documentation space; IPv4-mapped and NAT64 addresses follow their IPv4 address. */
export const IPV6_GLOBAL: IpBlock = block('2000::/3');
export const IPV6_NON_PUBLIC_IN_GLOBAL: readonly IpBlock[] = [block('2001:db8::/32')];

export function isMulticast(a: IpAddress): boolean {
  return inBlock(a, a.family === 'ipv4' ? V4_MULTICAST : V6_MULTICAST);
}

/** The limited broadcast address 255.255.255.255 (IPv6 has no broadcast). */
export function isBroadcast(a: IpAddress): boolean {
  return a.family === 'ipv4' && a.value === IPV4_MAX;
}

/** 0.0.0.0 or :: ("any address" in a binding). */
export function isUnspecified(a: IpAddress): boolean {
  return a.value === 0n;
}

export function isLoopback(a: IpAddress): boolean {
  if (a.family === 'ipv4') return inBlock(a, V4_LOOPBACK);
  if (a.value === 1n) return true;
  const v4 = mappedIpv4(a);
  return v4 !== undefined && isLoopback(v4);
}

export function isLinkLocal(a: IpAddress): boolean {
  return a.family === 'ipv4' ? inBlock(a, V4_LINK_LOCAL) : inBlock(a, V6_LINK_LOCAL);
}

/** RFC 1918 (IPv4) or unique-local / site-local (IPv6); IPv4-mapped IPv6 follows its IPv4 address. */
export function isPrivate(a: IpAddress): boolean {
  if (a.family === 'ipv4') return V4_PRIVATE.some((b) => inBlock(a, b));
  const v4 = mappedIpv4(a);
  if (v4) return isPrivate(v4);
  return V6_PRIVATE.some((b) => inBlock(a, b));
}

/** An address a host on the Internet can have (see IPV4_NON_PUBLIC and IPV6_GLOBAL). */
export function isPublic(a: IpAddress): boolean {
  if (a.family === 'ipv4') return !IPV4_NON_PUBLIC.some((b) => inBlock(a, b));
  const v4 = mappedIpv4(a) ?? nat64Ipv4(a);
  if (v4) return isPublic(v4);
  return inBlock(a, IPV6_GLOBAL) && !IPV6_NON_PUBLIC_IN_GLOBAL.some((b) => inBlock(a, b));
}

/** The IPv4 address inside ::ffff:a.b.c.d, if that is what `a` is. */
export function mappedIpv4(a: IpAddress): IpAddress | undefined {
  return inBlock(a, V6_MAPPED_V4) ? { family: 'ipv4', value: a.value & IPV4_MAX } : undefined;
}

function nat64Ipv4(a: IpAddress): IpAddress | undefined {
  return inBlock(a, V6_NAT64) ? { family: 'ipv4', value: a.value & IPV4_MAX } : undefined;
}
