// Exchange value objects as ConvertTo-Json writes them within -Depth → the text Format-List (and CLIXML
// <ToString>) shows for them, so the value parsers and rules read JSON exactly like the other formats.
// Recognised by their members (PowerShell writes no type names in JSON):
//   PSObject wrappers   {"value": x, "Count"/"DisplayHint"/"DateTime": ...}           → x
//   Unlimited<T>        {"IsUnlimited": true} → "Unlimited"; {"IsUnlimited": false, "Value": x} → x
//   (Enhanced)TimeSpan  {"Ticks": 6000000000, "TotalMilliseconds": ...}                → "00:10:00"
//   SmtpX509Identifier  {"CertificateIssuer": i, "CertificateSubject": s}               → "<I>i<S>s"
//   AddressSpace        {"Type": "SMTP", "Address": "*", "Cost": 1}                      → "SMTP:*;1"
//   SmtpReceiveDomainCapabilities {"Domain": d, "Capabilities": c}                      → "d:c"
//   IPRange             {"LowerBound": lo, "UpperBound": hi, "Expression"?}               → expression, "lo-hi" or "lo"
//   IPBinding           {"Address": ip, "Port": 25}                                      → "0.0.0.0:25", "[::]:25"
//   SmartHost           {"IsIPAddress": b, "Domain": d, "Address": ip}                   → "d" or "[ip]"
//   IPAddress           {"IPAddressToString": s} or {"Address": n, "AddressFamily": 2}   → dotted text
//   ADObjectId          {"Name": n, "DistinguishedName": dn}                             → n ("SERVER\n" for a receive connector)
//   ExchangeObjectVersion {"Major", "Minor", "ExchangeBuild"}                            → "0.1 (8.0.535.0)"
//   SmtpDomain(WithSubdomains), Fqdn, Hostname {"Domain"/"Address"/"HostnameString"}    → the domain ("*.d" with subdomains)
//   PSCredential        {"UserName": u, "Password": ...}                                 → its type name, as Format-List prints it
//   Oid                 {"FriendlyName": f, "Value": v}                                  → f or v
//   X509 EKU / DNS name {"FriendlyName": f, "ObjectId": o}, {"Unicode": u, "Punycode": p}   → f, u
//   ByteQuantifiedSize  {"Value": bytes} (Unlimited's inner value as a number)           → bytes (byte-size typing formats it)
// Anything else returns undefined: the caller decides what an unreadable value means.
import type { Node } from 'jsonc-parser';
import { boolOf, isObject, member, memberNames, numberOf, source, stringOf } from './nodes';
import { ticksFromMs, ticksFromSource, ticksText } from './timeSpanText';

/** Members PowerShell 5.1 adds around a wrapped value (a DateTime from Get-Date, an array with its Count). */
const WRAPPER_MEMBERS: ReadonlySet<string> = new Set(['value', 'count', 'displayhint', 'datetime']);

/** `{"value": x, "Count": n}` and `{"value": x, "DisplayHint": n, "DateTime": s}` → x; anything else → itself. */
export function unwrap(node: Node): Node {
  let n = node;
  for (let i = 0; i < 4 && n.type === 'object'; i++) {
    // Cheap test first: most objects are not wrappers.
    const count = n.children?.length ?? 0;
    if (count < 2 || count > WRAPPER_MEMBERS.size || !n.children!.some((p) => p.children?.[0]?.value === 'value')) break;
    const names = memberNames(n);
    if (!names.has('value') || names.size < 2 || [...names].some((k) => !WRAPPER_MEMBERS.has(k))) break;
    // The key must be exactly "value": "Value" is a real property (Unlimited<T>.Value).
    const inner = n.children?.find((p) => p.children?.[0]?.value === 'value')?.children?.[1];
    if (!inner) break;
    n = inner;
  }
  return n;
}

/** Exchange values nest a few levels (an IPBinding holds an IPAddress); anything deeper is not one of them. */
const MAX_NESTING = 16;

/** Display text of any value node; undefined when it cannot be told (an unknown object, a nested array). */
export function plainText(node: Node | undefined, text: string, depth = 0): string | undefined {
  if (!node || depth > MAX_NESTING) return undefined;
  const n = unwrap(node);
  switch (n.type) {
    case 'string':
      return n.value as string;
    case 'number':
      return source(text, n);
    case 'boolean':
      return n.value ? 'True' : 'False';
    case 'null':
      return '';
    case 'object':
      return richText(n, text, depth + 1);
    default:
      return undefined;
  }
}

export function richText(obj: Node, text: string, depth = 0): string | undefined {
  if (depth > MAX_NESTING) return undefined;
  const names = memberNames(obj);
  const has = (...keys: string[]) => keys.every((k) => names.has(k.toLowerCase()));
  const get = (key: string) => member(obj, key);
  const sub = (key: string) => plainText(get(key), text, depth + 1);

  if (has('IsUnlimited')) {
    if (boolOf(get('IsUnlimited')) === true) return 'Unlimited';
    return has('Value') ? sub('Value') : undefined;
  }
  if (has('Ticks')) {
    const ticksNode = get('Ticks');
    const ticks = ticksNode?.type === 'number' ? ticksFromSource(source(text, ticksNode)) : undefined;
    if (ticks !== undefined) return ticksText(ticks);
  }
  if (has('TotalMilliseconds') && (has('TotalSeconds') || has('Days'))) {
    const ms = numberOf(get('TotalMilliseconds'));
    const ticks = ms === undefined ? undefined : ticksFromMs(ms);
    if (ticks !== undefined) return ticksText(ticks);
  }
  if (has('CertificateSubject')) {
    const subject = sub('CertificateSubject');
    const issuer = sub('CertificateIssuer');
    if (subject) return `${issuer ? `<I>${issuer}` : ''}<S>${subject}`;
  }
  if (has('Type', 'Address', 'Cost')) {
    const type = sub('Type');
    const address = sub('Address');
    const cost = sub('Cost');
    if (type && address !== undefined) return `${type}:${address};${cost || '1'}`;
  }
  if (has('Domain', 'Capabilities')) {
    const domain = sub('Domain');
    const caps = sub('Capabilities');
    // A numeric Capabilities (PowerShell 5.1) cannot be named: those numbers are not verified.
    if (domain && caps && !/^\d+$/.test(caps)) return `${domain}:${caps.replace(/,\s+/g, ',')}`;
    return undefined;
  }
  if (has('LowerBound', 'UpperBound')) {
    const expression = stringOf(get('Expression'));
    if (expression) return expression;
    const lo = ipText(get('LowerBound'), text, depth + 1);
    const hi = ipText(get('UpperBound'), text, depth + 1);
    if (lo && hi) return lo === hi ? lo : `${lo}-${hi}`;
    return undefined;
  }
  if (has('Port', 'Address') && !has('IsIPAddress')) {
    const ip = ipText(get('Address'), text, depth + 1);
    const port = sub('Port');
    if (ip && port) return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
    return undefined;
  }
  if (has('IsIPAddress')) {
    if (boolOf(get('IsIPAddress')) === true) {
      const ip = ipText(get('Address'), text, depth + 1);
      return ip ? `[${ip}]` : undefined;
    }
    return domainText(obj, text, depth);
  }
  if (has('IPAddressToString') || (has('Address', 'AddressFamily') && !has('Domain'))) return ipText(obj, text, depth);
  if (has('Name', 'DistinguishedName')) return adObjectIdText(obj, text, depth);
  if (has('Major', 'Minor', 'ExchangeBuild')) {
    return `${sub('Major')}.${sub('Minor')} (${sub('ExchangeBuild')})`;
  }
  if (has('UserName', 'Password')) return 'System.Management.Automation.PSCredential';
  const domain = domainText(obj, text, depth);
  if (domain) return domain;
  if (has('FriendlyName', 'Value') && names.size <= 3) return sub('FriendlyName') || sub('Value');
  if (has('FriendlyName', 'ObjectId')) return sub('FriendlyName') || sub('ObjectId');
  if (has('Unicode', 'Punycode')) return sub('Unicode') || sub('Punycode');
  if (has('Name')) {
    const name = stringOf(get('Name'));
    if (name) return name;
  }
  if (has('Value')) return sub('Value');
  return undefined;
}

/** SmtpDomain, SmtpDomainWithSubdomains, Fqdn, Hostname, the Domain of a SmartHost. */
function domainText(obj: Node, text: string, depth: number): string | undefined {
  const domainNode = member(obj, 'Domain') ?? member(obj, 'HostnameString');
  if (!domainNode) return undefined;
  const domain = plainText(domainNode, text, depth + 1);
  if (!domain) return undefined;
  const address = stringOf(member(obj, 'Address'));
  if (address && member(obj, 'IncludeSubDomains')) return address;
  if (boolOf(member(obj, 'IncludeSubDomains')) === true && domain !== '*' && !domain.startsWith('*.')) return `*.${domain}`;
  return domain;
}

/**
 * As ADObjectId prints itself: "SERVER\Connector" for a receive connector (its DN goes through
 * Protocols,CN=SERVER), "domain/Configuration/Schema/name" when the Parent is a canonical path (ObjectCategory),
 * else the Name.
 */
function adObjectIdText(obj: Node, text: string, depth: number): string | undefined {
  const name = plainText(member(obj, 'Name'), text, depth + 1);
  if (!name) return undefined;
  const dn = stringOf(member(obj, 'DistinguishedName')) ?? '';
  const m = /^CN=[^,]*,CN=SMTP Receive Connectors,CN=Protocols,CN=([^,]+),CN=Servers,/i.exec(dn);
  if (m) return `${m[1]}\\${name}`;
  const parent = stringOf(member(obj, 'Parent'));
  return parent && parent.includes('/') ? `${parent}/${name}` : name;
}

/** An IP address written as a string or as a System.Net.IPAddress object. */
export function ipText(node: Node | undefined, text: string, depth = 0): string | undefined {
  if (!node || depth > MAX_NESTING) return undefined;
  const n = unwrap(node);
  if (n.type === 'string') return n.value as string;
  if (!isObject(n)) return undefined;
  const shown = stringOf(member(n, 'IPAddressToString'));
  if (shown) return shown;
  const family = plainText(member(n, 'AddressFamily'), text, depth + 1);
  const address = numberOf(member(n, 'Address'));
  // IPAddress.Address holds an IPv4 address in network byte order read as a little-endian integer.
  if (address !== undefined && (family === '2' || family === 'InterNetwork') && address >= 0 && address <= 0xffffffff) {
    return [0, 8, 16, 24].map((s) => Math.floor(address / 2 ** s) % 256).join('.');
  }
  return undefined;
}
