// EdgeSubscription XML → elements with exact source ranges.
// fast-xml-parser does the parsing (captureMetaData gives each element's start/end offset); this file only
// turns those offsets into ranges for names and values. DOCTYPE/ENTITY declarations are refused before parsing,
// so entities are never expanded.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';

export interface XmlElement {
  name: string;
  /** Text content with entities decoded and surrounding whitespace removed. */
  value: string;
  elementRange: Range;
  nameRange: Range;
  /** The trimmed text; for an empty element, the whole element. */
  valueRange: Range;
  isEmpty: boolean;
  hasChildElements: boolean;
}

export interface XmlAttribute { name: string; value: string; range: Range }

export interface ParsedSubscriptionXml {
  rootName: string;
  rootNameRange: Range;
  rootRange: Range;
  rootAttributes: XmlAttribute[];
  children: XmlElement[];
}

export interface XmlSyntaxError { message: string; range: Range }

export type SubscriptionXmlResult = { ok: true; xml: ParsedSubscriptionXml } | { ok: false; error: XmlSyntaxError };

const META = XMLParser.getMetaDataSymbol() as unknown as string;
const TEXT = '#text';
const ATTRS = ':@';

const parser = new XMLParser({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type OrderedNode = Record<string, unknown> & { [META]?: { startIndex?: number; endIndex?: number } };

type ToRange = (start: number, end: number) => Range;

export function parseSubscriptionXml(source: string, lines: LineIndex): SubscriptionXmlResult {
  // A BOM kept by the editor is cut off (the validator wants <?xml first); ranges shift back by one.
  const shift = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = shift ? source.slice(1) : source;
  const toRange: ToRange = (s, e) => lines.range(s + shift, e + shift);
  const doctype = /<!(DOCTYPE|ENTITY)\b/.exec(text);
  if (doctype) {
    return fail(toRange(doctype.index, doctype.index + doctype[0].length),
      `A ${doctype[1]} declaration is not allowed in an EdgeSubscription file; it is refused and never expanded (protection against entity-expansion attacks). Exchange never writes one: use the file New-EdgeSubscription made.`);
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    const start = lines.offsetAt({ line: Math.max(line - 1, 0), character: Math.max(col - 1 + (line === 1 ? shift : 0), 0) });
    const end = Math.max(lines.lineEnd(lines.positionAt(start).line), start + 1);
    return fail(lines.range(start, end), `The XML is not well-formed: ${msg.replace(/\.$/, '')}. The Hub cannot import this file; make it again with New-EdgeSubscription -FileName on the Edge.`);
  }
  let tree: OrderedNode[];
  try {
    tree = parser.parse(text) as OrderedNode[];
  } catch (err) {
    return fail(lines.range(0, lines.lineEnd(0)), `The XML cannot be read: ${err instanceof Error ? err.message : String(err)}.`);
  }
  const root = tree.find((n) => elementName(n) !== undefined);
  if (!root) return fail(lines.range(0, lines.lineEnd(0)), 'The file has no root element.');
  const rootName = elementName(root)!;
  const rootEl = locate(text, toRange, root, rootName);
  const children: XmlElement[] = [];
  for (const child of root[rootName] as OrderedNode[]) {
    const name = elementName(child);
    if (name) {
      const { startOffset: _, ...el } = locate(text, toRange, child, name);
      children.push(el);
    }
  }
  return {
    ok: true,
    xml: {
      rootName,
      rootNameRange: rootEl.nameRange,
      rootRange: rootEl.elementRange,
      rootAttributes: attributes(text, toRange, root, rootEl.startOffset),
      children,
    },
  };
}

function fail(range: Range, message: string): SubscriptionXmlResult {
  return { ok: false, error: { message, range } };
}

function elementName(node: OrderedNode): string | undefined {
  for (const key of Object.keys(node)) {
    if (key !== ATTRS && key !== TEXT && !key.startsWith('#') && !key.startsWith('?')) return key;
  }
  return undefined;
}

/** End of the start tag: the first '>' outside quotes. */
function startTagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) { if (c === quote) quote = 0; }
    else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return text.length - 1;
}

function locate(text: string, toRange: ToRange, node: OrderedNode, name: string): XmlElement & { startOffset: number } {
  const meta = node[META];
  const start = meta?.startIndex ?? 0;
  const gt = startTagEnd(text, start);
  const selfClosing = text.charCodeAt(gt - 1) === 47;
  const end = meta?.endIndex ?? gt + 1;
  const content = (node[name] as OrderedNode[]) ?? [];
  const hasChildElements = content.some((c) => elementName(c) !== undefined);
  const value = content.map((c) => (typeof c[TEXT] === 'string' || typeof c[TEXT] === 'number' ? String(c[TEXT]) : '')).join('').trim();
  const nameStart = start + 1;
  const elementRange = toRange(start, end);
  let valueRange = elementRange;
  if (!selfClosing) {
    const contentStart = gt + 1;
    const closeStart = text.lastIndexOf('</', end - 1);
    const raw = text.slice(contentStart, Math.max(closeStart, contentStart));
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) valueRange = toRange(contentStart + lead, contentStart + lead + trimmed.length);
  }
  return {
    name,
    value,
    elementRange,
    nameRange: toRange(nameStart, nameStart + name.length),
    valueRange,
    isEmpty: value.length === 0,
    hasChildElements,
    startOffset: start,
  };
}

function attributes(text: string, toRange: ToRange, node: OrderedNode, start: number): XmlAttribute[] {
  const attrs = node[ATTRS] as Record<string, string> | undefined;
  if (!attrs) return [];
  const tagText = text.slice(start, startTagEnd(text, start));
  return Object.entries(attrs).map(([name, value]) => {
    const at = tagText.indexOf(name + '=');
    const s = at >= 0 ? start + at : start;
    return { name, value: String(value), range: toRange(s, s + name.length) };
  });
}
