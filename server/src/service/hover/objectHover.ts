// Hover for Exchange objects (Format-List dumps and, through the same model, CLIXML/JSON exports):
// the value decoded, the catalogue entry of the property, and what it means for TLS and relay.
import { enumDef, kindDef } from '../catalogue';
import type { EnumDef, PropertyDef } from '../catalogue/types';
import type { ObjectsFile } from '../document';
import { displayName, type ExchangeObject, type PropertyValue } from '../objects/model';
import { enumSource } from '../objects/access';
import { formatUtc, relative } from '../time/ticks';
import { rangeContains, type Hover, type Position } from '../types';
import { parseValue } from '../values/byType';
import { parseCultureDate } from '../values/cultureDate';
import { parseFlags, parseEnum } from '../values/enumValue';
import { coversWholeInternet, includesPublicAddresses, parseIpRange, rangeSize } from '../values/ipRange';
import { parseByteSize } from '../values/byteSize';
import { parseTimeSpan, formatTimeSpan } from '../values/timeSpan';
import { parseSmtpX509Identifier } from '../values/smtpX509Identifier';
import { formatDuration } from '../time/ticks';
import { edgeSyncConnectorNote } from './edgeSyncConnectors';
import { evidenceNote } from '../evidence/notes';

export function objectHover(file: ObjectsFile, pos: Position, now: Date): Hover | undefined {
  const obj = file.objects.find((o) => rangeContains(o.range, pos));
  if (!obj) return undefined;
  const prop = obj.properties.find((p) => rangeContains(p.nameRange, pos) || (!p.empty && rangeContains(p.valueRange, pos)));
  if (!prop) return undefined;
  const onName = rangeContains(prop.nameRange, pos);
  const item = !onName ? prop.list?.find((i) => rangeContains(i.range, pos)) : undefined;
  const range = onName ? prop.nameRange : item ? item.range : prop.valueRange;
  const def = prop.def;
  const parts: string[] = [];
  if (!obj.kind) {
    parts.push(`**${prop.name}**: this object's kind was not recognised, so it is not checked.`);
    return { range, contents: parts.join('\n\n') };
  }
  const kind = kindDef(obj.kind);
  if (!def) {
    parts.push(`**${prop.name}** is not a property of a ${kind.label} (${kind.getCmdlet}).`);
    return { range, contents: parts.join('\n\n') };
  }
  // The decoded value first, then what the property is, then what is wrong with the value and why it matters.
  parts.push(`**${def.name}** · ${kind.label} "${displayName(obj)}"${typeLine(def)}`);
  const value = (item && itemMarkdown(def, item.text)) || valueMarkdown(obj, def, prop, file, now);
  const problem = value?.startsWith('⚠') ? value : undefined;
  if (value && !problem) parts.push(value);
  const evidence = evidenceNote(obj, def, prop);
  if (evidence) parts.push(evidence);
  parts.push(def.summary);
  if (problem) parts.push(problem);
  if (prop.truncated) parts.push('⚠ This list was cut by `$FormatEnumerationLimit`: more items exist than were printed.');
  if (def.security) parts.push(`*TLS and relay:* ${def.security}`);
  const edgeSync = edgeSyncConnectorNote(obj);
  if (
    edgeSync &&
    (onName ||
      def.name === 'Name' ||
      def.name === 'Identity' ||
      ['AddressSpaces', 'SmartHosts', 'SmartHostAuthMechanism', 'DomainSecureEnabled'].includes(def.name))
  )
    parts.push(edgeSync);
  const links: string[] = [];
  if (def.setBy) links.push(`Set with \`${def.setBy}\``);
  if (def.docs) links.push(`[Documentation](${def.docs})`);
  if (links.length) parts.push(links.join(' · '));
  return { range, contents: parts.join('\n\n') };
}

/**
 * 36700160 → "36,700,160" (en-US grouping, at most 3 decimals). Not toLocaleString: that loads ICU's locale data,
 * about 7 MB of the language server's memory for one hover.
 */
export function groupDigits(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const [whole, fraction] = Math.abs(n)
    .toFixed(3)
    .replace(/\.?0+$/, '')
    .split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 && (whole !== '0' || fraction) ? '-' : ''}${grouped}${fraction ? '.' + fraction : ''}`;
}

function typeLine(def: PropertyDef): string {
  const bits: string[] = [];
  const t = def.type;
  bits.push(t.kind === 'list' ? `list of ${t.item}` : t.kind === 'enum' || t.kind === 'flags' ? `${t.enum}${t.kind === 'flags' ? ' (flags)' : ''}` : t.kind);
  if (def.default !== undefined) bits.push(`default \`${def.default}\``);
  if (def.releases) bits.push(`Exchange ${def.releases.join(', ')}`);
  if (def.readOnly) bits.push('read-only');
  return ` — ${bits.join(' · ')}`;
}

function enumTable(def: EnumDef, chosen: Set<string>): string {
  return def.members
    .map((m) => `${chosen.has(m.name) ? '**✓ ' : ''}${m.name} = ${m.value}${chosen.has(m.name) ? '**' : ''}: ${m.summary}`)
    .map((l) => `- ${l}`)
    .join('\n');
}

function valueMarkdown(obj: ExchangeObject, def: PropertyDef, prop: PropertyValue, file: ObjectsFile, now: Date): string | undefined {
  if (prop.empty) return 'Value: (empty)';
  const t = def.type;
  const source = prop.number !== undefined ? String(prop.number) : prop.text;
  if (t.kind === 'enum' || t.kind === 'flags') {
    const named = enumSource(prop);
    const e = enumDef(t.enum);
    if (!e) return undefined;
    const members = t.kind === 'flags' ? parseFlags(named, e).value?.members : [parseEnum(named, e).value?.member].filter((m) => m !== undefined);
    if (!members) return undefined;
    const sum = members.reduce((n, m) => n + m.value, 0);
    const shown =
      prop.number !== undefined
        ? `Value: ${prop.number} = **${members.map((m) => m.name).join(', ')}**`
        : `Value: **${members.map((m) => m.name).join(', ')}** (= ${sum})`;
    return `${shown}\n\n${enumTable(e, new Set(members.map((m) => m.name)))}`;
  }
  if (t.kind === 'byte-size') {
    const v = parseByteSize(source, { unlimited: true }).value;
    return v === 'Unlimited' ? 'Value: no limit.' : v ? `Value: ${groupDigits(v.bytes)} bytes.` : undefined;
  }
  if (t.kind === 'timespan') {
    const v = parseTimeSpan(source, { unlimited: true }).value;
    return typeof v === 'number' ? `Value: ${formatDuration(v)} (${formatTimeSpan(v)}).` : undefined;
  }
  if (t.kind === 'date') {
    // A certificate decoded from its RawData knows the exact instant; the printed text is local time.
    const decoded = certificateDate(obj, def.name);
    if (decoded)
      return `Value: **${formatUtc(decoded)}** (${relative(decoded, now)}), from the certificate itself (RawData); the text shows the exporting server's local time.`;
    // A certificate's own evidence may settle its dates when the file's order is open: say what the rules used.
    const fact = def.name === 'NotAfter' ? obj.certificate?.notAfter : def.name === 'NotBefore' ? obj.certificate?.notBefore : undefined;
    if (fact?.note && fact.range === prop.valueRange) return `Value: **${formatUtc(fact.value)}** (${relative(fact.value, now)}); ${fact.note}.`;
    const d = parseCultureDate(source, {
      order: file.dateOrderSource === 'default' ? 'auto' : file.dateOrder,
      orderReason: file.dateOrderReason ?? (file.dateOrderSource === 'inferred' ? 'as other dates in this file show' : 'as set for this file'),
    }).value;
    return d
      ? `Value: **${formatUtc(d.date)}** (${relative(d.date, now)}); ${d.reading}.`
      : 'This date could not be read; export with Export-Clixml for exact dates.';
  }
  if (t.kind === 'smtp-x509-identifier') {
    const v = parseSmtpX509Identifier(source).value;
    return v
      ? `Issuer: ${v.issuer ?? '(any)'}\n\nSubject: ${v.subject}\n\nExchange picks the SMTP certificate with this issuer and subject for STARTTLS on this connector.`
      : undefined;
  }
  if (t.kind === 'list' && t.item === 'ip-range' && prop.list) {
    return prop.list.map((i) => `- \`${i.text}\`: ${ipRangeNote(i.text)}`).join('\n');
  }
  const v = parseValue(t, source, {});
  return v.problem ? `⚠ ${v.problem}` : undefined;
}

function itemMarkdown(def: PropertyDef, text: string): string | undefined {
  if (def.type.kind === 'list' && def.type.item === 'ip-range') return `\`${text}\`: ${ipRangeNote(text)}`;
  const v = def.type.kind === 'list' ? parseValue({ kind: 'list', item: def.type.item }, `{${text}}`, {}) : undefined;
  const problem = (v?.value as { items?: { problem?: string }[] } | undefined)?.items?.[0]?.problem;
  return problem ? `⚠ \`${text}\`: ${problem}` : undefined;
}

function ipRangeNote(text: string): string {
  const r = parseIpRange(text).value;
  if (!r) return 'not an IP range';
  const size = rangeSize(r);
  const count = size > 1000000n ? `about 2^${size.toString(2).length - 1} addresses` : `${size} address${size === 1n ? '' : 'es'}`;
  if (coversWholeInternet(r)) return `**every ${r.family === 'ipv4' ? 'IPv4' : 'IPv6'} address** (${count}).`;
  return `${count}, ${includesPublicAddresses(r) ? 'including public Internet addresses' : 'private/internal addresses only'}.`;
}

function certificateDate(obj: ExchangeObject, name: string): Date | undefined {
  const info = obj.certificate?.info;
  if (!info) return undefined;
  return name === 'NotAfter' ? info.notAfter : name === 'NotBefore' ? info.notBefore : undefined;
}
