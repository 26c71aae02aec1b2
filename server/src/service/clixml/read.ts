// Export-Clixml (PowerShell CLIXML) → Exchange objects of the shared model, with exact source ranges, so that
// every rule written for Format-List dumps runs on them unchanged. The XML is parsed by the shared positioned
// tree (DOCTYPE/ENTITY refused); this file finds the top-level objects and hands each to buildObject.
import type { SyntaxProblem } from '../document';
import { xmlErrorToProblem } from '../edgeSubscription/parse';
import type { ExchangeObject } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';
import { parseXmlTree } from '../xml/tree';
import { buildObject } from './objects';
import { indexRefs } from './refs';

export interface ReadResult {
  objects: ExchangeObject[];
  syntax: SyntaxProblem[];
}

const EXPORT_AGAIN = 'Export the objects again, e.g. Get-SendConnector | Export-Clixml -Path connectors.xml.';

export function readClixml(text: string, lines: LineIndex): ReadResult {
  const parsed = parseXmlTree(text);
  if (!parsed.ok) return { objects: [], syntax: [xmlErrorToProblem(parsed.error, lines, EXPORT_AGAIN)] };
  const root = parsed.roots[0];
  if (!root) return { objects: [], syntax: [{ message: `The file has no root element. ${EXPORT_AGAIN}`, range: lines.range(0, lines.lineEnd(0)) }] };
  if (root.name !== 'Objs') {
    return {
      objects: [],
      syntax: [
        {
          message: `The root element is <${root.name}>; an Export-Clixml file starts with <Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">. ${EXPORT_AGAIN}`,
          range: lines.range(root.start + 1, root.start + 1 + root.name.length),
        },
      ],
    };
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
