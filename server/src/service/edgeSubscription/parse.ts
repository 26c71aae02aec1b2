// EdgeSubscription XML → elements with exact source ranges, on the shared positioned XML tree.
import type { SyntaxProblem } from '../document';
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import { firstLine, xmlProblem } from '../xml/problems';
import { attributeOffsets, parseXmlTree } from '../xml/tree';
import { SUBSCRIPTION_ELEMENT_BY_NAME, SUBSCRIPTION_ROOT } from './elements';

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

export type SubscriptionXmlResult = { ok: true; xml: ParsedSubscriptionXml } | { ok: false; error: SyntaxProblem };

/** Names a syntax message may show: the format's own, never text from a value (the password may hold a "<"). */
const knownName = (name: string) => name === SUBSCRIPTION_ROOT || SUBSCRIPTION_ELEMENT_BY_NAME.has(name);

export function parseSubscriptionXml(source: string, lines: LineIndex): SubscriptionXmlResult {
  const parsed = parseXmlTree(source);
  if (!parsed.ok) return { ok: false, error: xmlProblem(parsed.error, lines, knownName) };
  const root = parsed.roots[0];
  if (!root) return { ok: false, error: { id: 'noRoot', range: firstLine(lines) } };
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
