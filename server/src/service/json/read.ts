// ConvertTo-Json exports (Get-SendConnector, Get-ReceiveConnector, Get-ExchangeCertificate, Get-OutboundConnector,
// Get-InboundConnector | ConvertTo-Json) → the shared object model, so every rule runs on them unchanged.
// Windows PowerShell 5.1 (enums as numbers, "\/Date(ms)\/", rich values as nested objects) and PowerShell 7
// (-EnumsAsStrings, ISO 8601 dates) are read alike. jsonc-parser does the parsing; this module only maps.
import type { SyntaxProblem } from '../document';
import type { ExchangeObject } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';
import { buildObject, errorOffsets, isComplete, objectNodes } from './objects';
import { parseValues } from './values';
import { emptyProblem, syntaxProblems, tooDeepProblem } from './syntax';

export interface ReadResult {
  objects: ExchangeObject[];
  syntax: SyntaxProblem[];
}

export function readJson(text: string, lines: LineIndex): ReadResult {
  const { roots, errors, tooDeep } = parseValues(text);
  if (tooDeep) return { objects: [], syntax: [tooDeepProblem(text, lines)] };
  const syntax = syntaxProblems(text, errors, lines);
  if (roots.length === 0) return { objects: [], syntax: syntax.length > 0 ? syntax : [emptyProblem(text, lines)] };
  const objects: ExchangeObject[] = [];
  const offsets = errorOffsets(errors);
  for (const root of roots) {
    for (const node of objectNodes(root)) {
      if (offsets.length === 0 || isComplete(node, text, offsets)) objects.push(buildObject(node, text, lines));
    }
  }
  return { objects, syntax };
}
