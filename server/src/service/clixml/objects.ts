// A top-level <Obj> of an Export-Clixml file → an ExchangeObject of the shared model: its properties are the
// named children of <Props> (adapted properties) and <MS> (note properties such as PSComputerName).
import type { ExchangeObject, PropertyValue } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';
import type { XmlNode } from '../xml/tree';
import { certificateSections } from './certificateSections';
import { kindFromTypeNames } from './kinds';
import { makeProperty, type NameSpan } from './properties';
import { typeNamesOf, type RefTables } from './refs';
import { child, valueOf } from './values';
import { decodeXmlConvert } from './xmlConvert';

const N_ATTRIBUTE = /\sN\s*=\s*(["'])/;

export function buildObject(source: string, lines: LineIndex, obj: XmlNode, refs: RefTables): ExchangeObject | undefined {
  const properties: PropertyValue[] = [];
  for (const set of obj.children) {
    if (set.name !== 'Props' && set.name !== 'MS') continue;
    for (const el of set.children) {
      const name = nameOf(source, el);
      if (name) properties.push(makeProperty(lines, name, valueOf(el, refs)));
    }
  }
  const byName = new Map<string, PropertyValue>();
  for (const p of properties) {
    const key = p.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, p);
  }

  const typeNames = typeNamesOf(obj, refs);
  const kind = kindFromTypeNames(typeNames);
  // Another Exchange class (AcceptedDomain, TransportConfig...): known not to be ours, so not guessed from names.
  const first = typeNames[0]?.replace(/^(Deserialized|Selected)\./, '');
  const typeName = !kind && first?.startsWith('Microsoft.Exchange.') ? first : undefined;
  if (kind === 'exchange-certificate') {
    // Export-Clixml of a certificate keeps RawData; the readable facts are only in the ToString sections.
    const toString = child(obj, 'ToString');
    const fromToString: PropertyValue[] = [];
    for (const s of toString ? certificateSections(source, toString) : []) {
      const key = s.name.toLowerCase();
      if (byName.has(key)) continue;
      const p = makeProperty(lines, { name: s.name, start: s.nameStart, end: s.nameEnd }, { text: s.text, empty: false, start: s.valueStart, end: s.valueEnd });
      fromToString.push(p);
      byName.set(key, p);
    }
    // The <ToString> comes before <Props> in the file: keep the properties in file order.
    properties.unshift(...fromToString);
  }
  if (properties.length === 0) return undefined;
  return { kind, typeName, format: 'clixml', range: lines.range(obj.start, obj.end), properties, byName };
}

/** The property name (N="…", unescaped) and where its raw value sits in the start tag. */
function nameOf(source: string, el: XmlNode): NameSpan | undefined {
  const raw = el.attrs.N;
  if (raw === undefined) return undefined;
  const name = decodeXmlConvert(raw);
  if (name === '') return undefined;
  const tag = source.slice(el.start, el.startTagEnd);
  const m = N_ATTRIBUTE.exec(tag);
  if (!m) return { name, start: el.start + 1, end: el.start + 1 + el.name.length };
  const start = el.start + m.index + m[0].length;
  const close = tag.indexOf(m[1], m.index + m[0].length);
  return { name, start, end: close > 0 ? el.start + close : start + name.length };
}
