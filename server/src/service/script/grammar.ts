// The PowerShell grammar: tree-sitter-powershell compiled to WebAssembly, run by web-tree-sitter. The engine reads
// no files, so the front ends read the two .wasm files and hand their bytes over once at start
// (`initPowerShellGrammar`); until that has succeeded, scripts are reported unreadable rather than read by guess.
// Trees are kept with the analysis of an editor document so that the next version is parsed incrementally.
import { Edit, Language, Parser, type Tree } from 'web-tree-sitter';

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the grammar from the bytes of web-tree-sitter's runtime (`web-tree-sitter.wasm`) and of
 * tree-sitter-powershell's grammar (`tree-sitter-powershell.wasm`). Once is enough: later calls return the first
 * load; a failed load may be tried again.
 */
export function initPowerShellGrammar(runtime: Uint8Array, grammar: Uint8Array): Promise<void> {
  loading ??= load(runtime, grammar).catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}

async function load(runtime: Uint8Array, grammar: Uint8Array): Promise<void> {
  // The runtime prints nothing of its own: the language server's stdout is the LSP channel.
  await Parser.init({ wasmBinary: runtime, print: () => undefined, printErr: () => undefined });
  const language = await Language.load(grammar);
  const p = new Parser();
  p.setLanguage(language);
  parser = p;
}

export function powerShellGrammarLoaded(): boolean {
  return parser !== undefined;
}

/** A parsed script: its tree, and the text the parser was given (see `parserText`). */
export interface ParsedScript {
  tree: Tree;
  parsed: string;
}

/**
 * Parses a script; with the previous version's parse, only what changed is parsed again. Undefined when the
 * grammar is not loaded.
 */
export function parsePowerShell(text: string, previous?: ParsedScript): ParsedScript | undefined {
  if (!parser) return undefined;
  const parsed = parserText(text);
  let old: Tree | undefined;
  if (previous) {
    const edit = textEdit(previous.parsed, parsed);
    if (edit) {
      // A copy: the previous analysis keeps its own tree intact.
      old = previous.tree.copy();
      old.edit(edit);
    } else old = previous.tree;
  }
  const tree = parser.parse(parsed, old) ?? parser.parse(parsed);
  if (old && old !== previous?.tree) old.delete();
  return tree ? { tree, parsed } : undefined;
}

// tree-sitter-powershell does not take a bare word followed by ", " in a command's arguments (`-RemoteIPRanges
// 10.0.0.1, 10.0.0.2`): its generic token cannot be followed by a comma, and the rest of the command is lost to
// an error. The parser is given a copy of the text in which such a comma is moved after the blanks
// (`10.0.0.1 ,10.0.0.2`, which it reads as two arguments, the second starting with a comma). The copy has the same
// length and every other character in place, so the tree's offsets are the text's; values are read from the text.
// The same holds for a bare word after a quoted string (`"a", b`); quoted items after quoted items it reads.
// Elsewhere (expressions, strings, comments) `x ,y` reads as `x, y`.
const WORD_COMMA = /([^\s,$"'@(){}[\];|&`<>#][^\s,"'(){}[\];|&`<>#]*),([ \t]+)(?=[^\s#])|(["']),([ \t]+)(?=[^\s#"'$@(])/g;

export function parserText(text: string): string {
  if (!text.includes(',')) return text;
  return text.replace(WORD_COMMA, (_, word?: string, blanks?: string, quote?: string, after?: string) =>
    word !== undefined ? `${word}${blanks},` : `${quote}${after},`,
  );
}

/** The one change that turns `before` into `after` (common head and tail kept), in the tree's terms. */
export function textEdit(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const oldEnd = before.length - tail;
  const newEnd = after.length - tail;
  const startPosition = point(after, 0, { row: 0, column: 0 }, start);
  return new Edit({
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition,
    oldEndPosition: point(before, start, startPosition, oldEnd),
    newEndPosition: point(after, start, startPosition, newEnd),
  });
}

/** The row and column of `to`, counted on from a known point at `from`. */
function point(text: string, from: number, at: { row: number; column: number }, to: number): { row: number; column: number } {
  let row = at.row;
  let lineStart = from - at.column;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: to - lineStart };
}
