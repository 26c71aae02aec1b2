// The text → JSON trees with offsets (jsonc-parser). Usually one value; when exports were appended to one file
// (`ConvertTo-Json | Out-File -Append`), each further value is parsed too, so its objects are still checked
// (the "EndOfFileExpected" error stays, and json-syntax reports it).
import { parseTree, printParseErrorCode, type Node, type ParseError, type ParseOptions } from 'jsonc-parser';
import { blankBom } from '../text/decode';

const OPTIONS: ParseOptions = { allowTrailingComma: false, disallowComments: false, allowEmptyContent: true };
/** Appended exports read from one file, at most. */
const MAX_VALUES = 200;

export interface ParsedValues {
  roots: Node[];
  errors: ParseError[];
  /** The nesting was too deep for the parser (thousands of levels: no export looks like that). */
  tooDeep?: boolean;
}

export function parseValues(text: string): ParsedValues {
  const source = blankBom(text);
  const roots: Node[] = [];
  const errors: ParseError[] = [];
  let from = 0;
  for (let i = 0; i < MAX_VALUES; i++) {
    const found: ParseError[] = [];
    let root: Node | undefined;
    try {
      // Blanking what was read keeps the offsets of the rest those of the file.
      root = parseTree(from === 0 ? source : ' '.repeat(from) + source.slice(from), found, OPTIONS);
    } catch (e) {
      // jsonc-parser recurses per level; ConvertTo-Json writes at most 100 levels (-Depth 100).
      if (e instanceof RangeError) return { roots: [], errors: [], tooDeep: true };
      throw e;
    }
    if (root) roots.push(root);
    errors.push(...found);
    const next = found.find((e) => printParseErrorCode(e.error) === 'EndOfFileExpected');
    if (!next || next.offset <= from) break;
    from = next.offset;
  }
  return { roots, errors };
}
