// ConvertTo-Json → Exchange objects. Implemented in issue #4.
import type { SyntaxProblem } from '../document';
import type { ExchangeObject } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';

export interface ReadResult { objects: ExchangeObject[]; syntax: SyntaxProblem[] }

export function readJson(_text: string, _lines: LineIndex): ReadResult {
  return { objects: [], syntax: [] };
}
