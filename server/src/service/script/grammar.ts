// The PowerShell grammar: tree-sitter-powershell compiled to WebAssembly, run by web-tree-sitter. The engine reads
// no files, so the front ends read the two .wasm files and hand their bytes over once at start
// (`initPowerShellGrammar`); until that has succeeded, scripts are reported unreadable rather than read by guess.
// Trees are kept with the analysis of an editor document so that the next version is parsed incrementally.
import { Edit, Language, Parser, type Node, type Tree, type TreeCursor } from 'web-tree-sitter';

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

/** A parsed script: its tree and its text. */
export interface ParsedScript {
  tree: Tree;
  text: string;
  /** Parsed from a previous version: where the texts and the trees differ (none when the texts are the same). */
  change?: ParseChange;
}

/** `[start, oldEnd)` of the old text became `[start, newEnd)` of the new; the rest is the same in both. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** A change between two parses: the text's, and where (in the new text) the tree's structure differs. */
export interface ParseChange extends TextChange {
  /** The same text may be read otherwise in another context (`param(...)` first in a script, or after a command). */
  reshaped: { start: number; end: number }[];
}

/**
 * Parses a script; with the previous version's parse, only what changed is parsed again. Undefined when the
 * grammar is not loaded.
 */
export function parsePowerShell(text: string, previous?: ParsedScript): ParsedScript | undefined {
  if (!parser) return undefined;
  if (!previous) {
    const tree = parser.parse(parserInput(text));
    return tree ? { tree, text } : undefined;
  }
  const raw = textChange(previous.text, text);
  // The same text: the same tree (a copy, which the previous analysis does not share).
  if (!raw) return { tree: previous.tree.copy(), text };
  // The parser's copy may differ around the change where the text does not (a comma moved): the edit covers both.
  // parserText reads line by line: the lines the change touches tell.
  const delta = text.length - previous.text.length;
  const lineStart = raw.start === 0 ? 0 : text.lastIndexOf('\n', raw.start - 1) + 1;
  const nl = text.indexOf('\n', raw.newEnd);
  const lineEnd = nl === -1 ? text.length : nl;
  const moved = textChange(parserText(previous.text.slice(lineStart, lineEnd - delta)), parserText(text.slice(lineStart, lineEnd)));
  const start = Math.min(raw.start, moved ? lineStart + moved.start : raw.start);
  const oldEnd = Math.max(raw.oldEnd, moved ? lineStart + moved.oldEnd : raw.oldEnd);
  const edit = { start, oldEnd, newEnd: oldEnd + delta };
  // A copy: the previous analysis keeps its own tree intact.
  const old = previous.tree.copy();
  old.edit(treeEdit(previous.text, text, edit));
  let tree = parser.parse(parserInput(text), old);
  let reshaped = tree ? changedRanges(old, tree) : [];
  // Where the grammar cannot read the text, an incremental parse may recover otherwise than a fresh one (even far
  // from the change: such parts are parsed again each time). Then the text is parsed afresh, so that an editor's
  // reading is the command line's. The blank it assumes in `a,b` does not count.
  if (tree?.rootNode.hasError && unreadable(tree.rootNode)) {
    tree.delete();
    tree = null;
  }
  if (!tree) {
    tree = parser.parse(parserInput(text));
    reshaped = tree ? changedRanges(old, tree) : [];
  }
  old.delete();
  return tree ? { tree, text, change: { ...edit, reshaped } } : undefined;
}

/** The parser reads its input in pieces of at most this many characters (its buffer holds 10 KB of UTF-16). */
const PIECE = 4096;

/**
 * The parser's copy of `text` (see `parserText`), read where the parser asks, whole lines at a time: an
 * incremental parse reads little of it, and no copy of the whole text is made.
 */
function parserInput(text: string): (index: number) => string {
  let from = 0;
  let copy = '';
  return (index) => {
    if (index >= text.length) return '';
    if (index < from || index >= from + copy.length) {
      from = index === 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1;
      const nl = text.indexOf('\n', Math.min(index + PIECE, text.length));
      copy = parserText(text.slice(from, nl === -1 ? text.length : nl + 1));
    }
    return copy.slice(index - from, index - from + PIECE);
  };
}

function changedRanges(old: Tree, tree: Tree): { start: number; end: number }[] {
  return old.getChangedRanges(tree).map((r) => ({ start: r.startIndex, end: r.endIndex }));
}

/** Visits the script's statements (and comments and unreadable parts) at the top level. */
export function topLevel(tree: Tree, visit: (cursor: TreeCursor) => void): void {
  const c = tree.walk();
  try {
    if (!c.gotoFirstChild()) return;
    do {
      if (!c.nodeIsNamed) continue;
      if (c.nodeType !== 'statement_list') visit(c);
      else if (c.gotoFirstChild()) {
        do if (c.nodeIsNamed) visit(c);
        while (c.gotoNextSibling());
        c.gotoParent();
      }
    } while (c.gotoNextSibling());
  } finally {
    c.delete();
  }
}

/** Whether the tree holds a part the grammar could not read (an ERROR, a token it had to assume but a blank). */
function unreadable(node: Node): boolean {
  if (node.type === 'ERROR' || (node.isMissing && node.type !== ' ')) return true;
  for (const c of node.children) if ((c.hasError || c.isMissing) && unreadable(c)) return true;
  return false;
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

/** The one change that turns `before` into `after` (common head and tail kept); undefined when they are equal. */
export function textChange(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  // Halves compared as strings (native) narrow the common head down faster than characters compared one by one.
  let start = 0;
  for (let hi = max; hi - start > 32;) {
    const mid = (start + hi) >>> 1;
    if (before.slice(start, mid) === after.slice(start, mid)) start = mid;
    else hi = mid;
  }
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // The common tail, within what is left after the head.
  const room = max - start;
  let tail = 0;
  for (let hi = room; hi - tail > 32;) {
    const mid = (tail + hi) >>> 1;
    if (before.slice(before.length - mid, before.length - tail) === after.slice(after.length - mid, after.length - tail)) tail = mid;
    else hi = mid;
  }
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** A change in the tree's terms (rows and columns; the parser's copy has the text's line breaks). */
function treeEdit(before: string, after: string, c: TextChange): Edit {
  const startPosition = point(after, 0, { row: 0, column: 0 }, c.start);
  return new Edit({
    startIndex: c.start,
    oldEndIndex: c.oldEnd,
    newEndIndex: c.newEnd,
    startPosition,
    oldEndPosition: point(before, c.start, startPosition, c.oldEnd),
    newEndPosition: point(after, c.start, startPosition, c.newEnd),
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
