// XML → a tree of elements with source offsets. fast-xml-parser does the parsing (captureMetaData gives each
// element's start and end offset); this file only works out where names and text content sit. DOCTYPE and
// ENTITY declarations are refused before parsing, so entities are never expanded (no entity bombs, no XXE).
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Direct text content, entities decoded, surrounding whitespace removed. */
  text: string;
  /** Offsets in the source text (a leading BOM counts). */
  start: number;
  end: number;
  /** Offset of the attribute list inside the start tag, for locating attributes. */
  startTagEnd: number;
  /** The trimmed text content; for an empty or self-closing element, the whole element. */
  contentStart: number;
  contentEnd: number;
  isEmpty: boolean;
}

export interface XmlError {
  message: string;
  start: number;
  end: number;
  line?: number;
  column?: number;
}

export type XmlParseResult = { ok: true; roots: XmlNode[] } | { ok: false; error: XmlError };

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
  maxNestedTags: 200,
});

type OrderedNode = Record<string, unknown> & { [META]?: { startIndex?: number; endIndex?: number } };

/** Parses `source`; all offsets refer to `source` itself, BOM included. */
export function parseXmlTree(source: string): XmlParseResult {
  // The validator wants <?xml first: a BOM is cut off and offsets shift back by one.
  const shift = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = shift ? source.slice(1) : source;
  const doctype = /<!(DOCTYPE|ENTITY)\b/.exec(text);
  if (doctype) {
    return {
      ok: false,
      error: {
        message: `A ${doctype[1]} declaration is not allowed here; it is refused and never expanded (protection against entity-expansion and external-entity attacks). Exchange never writes one.`,
        start: doctype.index + shift,
        end: doctype.index + shift + doctype[0].length,
      },
    };
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return {
      ok: false,
      error: { message: msg.replace(/\.$/, ''), start: -1, end: -1, line: Math.max(line - 1, 0), column: Math.max(col - 1 + (line === 1 ? shift : 0), 0) },
    };
  }
  let tree: OrderedNode[];
  try {
    tree = parser.parse(text) as OrderedNode[];
  } catch (err) {
    return { ok: false, error: { message: err instanceof Error ? err.message : String(err), start: 0, end: 0 } };
  }
  const roots: XmlNode[] = [];
  for (const n of tree) {
    const name = elementName(n);
    if (name) roots.push(build(text, shift, n, name));
  }
  return { ok: true, roots };
}

function elementName(node: OrderedNode): string | undefined {
  for (const key of Object.keys(node)) {
    if (key !== ATTRS && key !== TEXT && key.charCodeAt(0) !== 35 /* # */ && key.charCodeAt(0) !== 63 /* ? */) return key;
  }
  return undefined;
}

/** End of the start tag: the first '>' outside quotes. */
function findStartTagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return text.length - 1;
}

function build(text: string, shift: number, node: OrderedNode, name: string): XmlNode {
  const meta = node[META];
  const start = meta?.startIndex ?? 0;
  const gt = findStartTagEnd(text, start);
  const selfClosing = text.charCodeAt(gt - 1) === 47;
  const end = meta?.endIndex ?? gt + 1;
  const content = (node[name] as OrderedNode[]) ?? [];
  const children: XmlNode[] = [];
  let value = '';
  for (const c of content) {
    const childName = elementName(c);
    if (childName) children.push(build(text, shift, c, childName));
    else if (typeof c[TEXT] === 'string' || typeof c[TEXT] === 'number') value += String(c[TEXT]);
  }
  value = value.trim();
  let contentStart = start;
  let contentEnd = end;
  if (!selfClosing && children.length === 0) {
    const cs = gt + 1;
    const closeStart = text.lastIndexOf('</', end - 1);
    const raw = text.slice(cs, Math.max(closeStart, cs));
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      contentStart = cs + (raw.length - raw.trimStart().length);
      contentEnd = contentStart + trimmed.length;
    }
  }
  const attrs = (node[ATTRS] as Record<string, string> | undefined) ?? {};
  return {
    name,
    attrs,
    children,
    text: value,
    start: start + shift,
    end: end + shift,
    startTagEnd: gt + shift,
    contentStart: contentStart + shift,
    contentEnd: contentEnd + shift,
    isEmpty: value.length === 0,
  };
}

/** Offsets of an attribute's name inside an element's start tag. */
export function attributeOffsets(source: string, node: XmlNode, attr: string): { start: number; end: number } {
  const tag = source.slice(node.start, node.startTagEnd);
  const at = tag.search(new RegExp(`\\s${attr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=`));
  const s = at >= 0 ? node.start + at + 1 : node.start;
  return { start: s, end: s + attr.length };
}
