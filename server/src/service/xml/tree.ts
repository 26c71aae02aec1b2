// XML → a tree of elements with source offsets. fast-xml-parser does the parsing (captureMetaData gives each
// element's start and end offset); this file only works out where names and text content sit. This linter refuses
// DOCTYPE and ENTITY declarations before parsing, so entities are never expanded (no entity bombs, no XXE).
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

/**
 * Why the text is not a tree, by id. The parser's own words are not kept: they quote the text around the error,
 * which can be a secret (an ESRA password with a "<" in it). Tag names come separately, for the reader to show
 * only names it knows.
 */
export type XmlErrorId = 'doctype' | 'mismatchedTag' | 'unclosed' | 'badTag' | 'badAttribute' | 'badChar' | 'notWellFormed' | 'unreadable';

export interface XmlError {
  id: XmlErrorId;
  /** DOCTYPE or ENTITY, for 'doctype'. */
  declaration?: 'DOCTYPE' | 'ENTITY';
  /** For 'mismatchedTag': the element left open (the end tag found instead is not kept: it may be a value). */
  expected?: string;
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
  // This linter's own refusal, not Exchange's: a DOCTYPE can declare entities that expand without bound.
  const doctype = /<!(DOCTYPE|ENTITY)\b/.exec(text);
  if (doctype) {
    return {
      ok: false,
      error: {
        id: 'doctype',
        declaration: doctype[1] as 'DOCTYPE' | 'ENTITY',
        start: doctype.index + shift,
        end: doctype.index + shift + doctype[0].length,
      },
    };
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    const { code, line, col, msg } = valid.err;
    const at = { start: -1, end: -1, line: Math.max(line - 1, 0), column: Math.max(col - 1 + (line === 1 ? shift : 0), 0) };
    const error = validatorError(code, msg);
    // No tag ends after the error: the text stops inside a tag, as a cut file does.
    if (error.id !== 'mismatchedTag' && !text.includes('>', offsetOf(text, line, col))) error.id = 'unclosed';
    if (error.id === 'unclosed') {
      // Where the text stops: its last character written (a zero-width range at the end is hard to see).
      const end = text.trimEnd().length;
      return { ok: false, error: { ...error, start: Math.max(end - 1, 0) + shift, end: Math.max(end, 1) + shift } };
    }
    return { ok: false, error: { ...error, ...at } };
  }
  let tree: OrderedNode[];
  try {
    tree = parser.parse(text) as OrderedNode[];
  } catch {
    return { ok: false, error: { id: 'unreadable', start: 0, end: 0 } };
  }
  const roots: XmlNode[] = [];
  for (const n of tree) {
    const name = elementName(n);
    if (name) roots.push(build(text, shift, n, name));
  }
  return { ok: true, roots };
}

/** The offset of a 1-based line and column. */
function offsetOf(text: string, line: number, col: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return Math.min(at + Math.max(col - 1, 0), text.length);
}

/** The validator's error as an id, with the element a mismatched end tag should have closed. */
function validatorError(code: string, msg: string): Pick<XmlError, 'id' | 'expected'> {
  const mismatch = /^Expected closing tag '([^']*)' \(opened in line \d+, col \d+\) instead of closing tag '([^']*)'/.exec(msg);
  if (mismatch) return { id: 'mismatchedTag', expected: mismatch[1] };
  // "Invalid '[ "a", "b" ]' found.", "Unclosed tag ...": the text ends with elements still open.
  if (code === 'InvalidXml' && /^(Invalid '\[|Unclosed)/.test(msg)) return { id: 'unclosed' };
  if (code === 'InvalidTag') return { id: 'badTag' };
  if (code === 'InvalidAttr') return { id: 'badAttribute' };
  if (code === 'InvalidChar') return { id: 'badChar' };
  return { id: 'notWellFormed' };
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
