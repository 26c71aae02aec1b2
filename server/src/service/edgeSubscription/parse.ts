// EdgeSubscription XML → elements with exact source ranges, on the shared positioned XML tree.
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import { attributeOffsets, parseXmlTree } from '../xml/tree';

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

export interface XmlAttribute {
  name: string;
  value: string;
  range: Range;
}

export interface ParsedSubscriptionXml {
  rootName: string;
  rootNameRange: Range;
  rootRange: Range;
  rootAttributes: XmlAttribute[];
  children: XmlElement[];
}

export interface XmlSyntaxError {
  message: string;
  range: Range;
}

export type SubscriptionXmlResult = { ok: true; xml: ParsedSubscriptionXml } | { ok: false; error: XmlSyntaxError };

const REMAKE = 'The Hub cannot import this file; make it again with New-EdgeSubscription -FileName on the Edge.';

export function parseSubscriptionXml(source: string, lines: LineIndex): SubscriptionXmlResult {
  const parsed = parseXmlTree(source);
  if (!parsed.ok) return { ok: false, error: xmlErrorToProblem(parsed.error, lines, REMAKE) };
  const root = parsed.roots[0];
  if (!root) return { ok: false, error: { message: 'The file has no root element.', range: lines.range(0, lines.lineEnd(0)) } };
  return {
    ok: true,
    xml: {
      rootName: root.name,
      rootNameRange: lines.range(root.start + 1, root.start + 1 + root.name.length),
      rootRange: lines.range(root.start, root.end),
      rootAttributes: Object.entries(root.attrs).map(([name, value]) => {
        const o = attributeOffsets(source, root, name);
        return { name, value: String(value), range: lines.range(o.start, o.end) };
      }),
      children: root.children.map((c) => ({
        name: c.name,
        value: c.text,
        elementRange: lines.range(c.start, c.end),
        nameRange: lines.range(c.start + 1, c.start + 1 + c.name.length),
        valueRange: lines.range(c.contentStart, c.contentEnd),
        isEmpty: c.isEmpty,
        hasChildElements: c.children.length > 0,
      })),
    },
  };
}

/** An XML error as a problem with a range: at the reported line/column, or the offsets given. */
export function xmlErrorToProblem(
  e: { message: string; start: number; end: number; line?: number; column?: number },
  lines: LineIndex,
  advice: string,
): XmlSyntaxError {
  if (e.line !== undefined) {
    const start = lines.offsetAt({ line: e.line, character: e.column ?? 0 });
    const end = Math.max(lines.lineEnd(lines.positionAt(start).line), start + 1);
    return { message: `The XML is not well-formed: ${e.message}. ${advice}`, range: lines.range(start, end) };
  }
  if (e.start >= 0 && e.end > e.start) return { message: `${e.message} ${advice}`, range: lines.range(e.start, e.end) };
  return { message: `The XML cannot be read: ${e.message}. ${advice}`, range: lines.range(0, lines.lineEnd(0)) };
}
