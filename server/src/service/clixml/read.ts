// Export-Clixml (PowerShell CLIXML) → Exchange objects of the shared model, with exact source ranges, so that
// every rule written for Format-List dumps runs on them unchanged. The XML is parsed by the shared positioned
// tree (DOCTYPE/ENTITY refused); this file finds the top-level objects and hands each to buildObject.
import type { SyntaxProblem } from '../document';
import type { ExchangeObject } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';
import { firstLine, xmlProblem } from '../xml/problems';
import { parseXmlTree } from '../xml/tree';
import { buildObject } from './objects';
import { indexRefs } from './refs';

export interface ReadResult {
  objects: ExchangeObject[];
  syntax: SyntaxProblem[];
}

/** CLIXML tag names (Obj, MS, S, I32, ...): a message may name them. */
const tagName = (name: string) => /^[A-Za-z_][\w.-]{0,40}$/.test(name);

export function readClixml(text: string, lines: LineIndex): ReadResult {
  const parsed = parseXmlTree(text);
  if (!parsed.ok) return { objects: [], syntax: [xmlProblem(parsed.error, lines, tagName)] };
  const root = parsed.roots[0];
  if (!root) return { objects: [], syntax: [{ id: 'noRoot', range: firstLine(lines) }] };
  if (root.name !== 'Objs') {
    const range = lines.range(root.start + 1, root.start + 1 + root.name.length);
    return { objects: [], syntax: [{ id: 'notClixml', data: { name: root.name.length > 40 ? `${root.name.slice(0, 39)}…` : root.name }, range }] };
  }
  const refs = indexRefs(root);
  const objects: ExchangeObject[] = [];
  // Top-level <Ref>s repeat an object already exported; top-level primitives (<S>, <I32>) are not objects.
  for (const node of root.children) {
    if (node.name !== 'Obj') continue;
    const obj = buildObject(text, lines, node, refs);
    if (obj) objects.push(obj);
  }
  return { objects, syntax: [] };
}
