// The reader of the `powershell` format: the script's model for the script rules, its connector commands as
// objects for the object rules and hovers. Without the grammar, the script is not read and says so.
import type { AnalyzedFile, AnalyzedFileBase, SyntaxProblem } from '../document';
import type { ExchangeObject } from '../objects/model';
import type { ScriptModel } from './model';
import { connectorObjects } from './parse';
import { readScript, type ScriptSyntax } from './read';

export interface ReadScriptFile {
  objects: ExchangeObject[];
  syntax: SyntaxProblem[];
  script?: ScriptModel;
  scriptSyntax?: ScriptSyntax;
}

/** `previous`: the analysis of the document's previous version, whose parse is reused. */
export function readScriptFile(base: AnalyzedFileBase, previous?: AnalyzedFile): ReadScriptFile {
  const before = previous && previous.kind === 'powershell' ? previous.scriptSyntax : undefined;
  const read = readScript(base.text, before);
  if (!read) {
    const firstLine = base.text.search(/\r?\n|$/);
    return { objects: [], syntax: [{ id: 'grammarMissing', range: base.lines.range(0, firstLine) }] };
  }
  // The text before the edit is the previous version's (all of it when the text did not change).
  const unchangedBefore = before ? (read.syntax.parse.change?.start ?? Infinity) : 0;
  return { objects: connectorObjects(read.model, base.lines, unchangedBefore), syntax: [], script: read.model, scriptSyntax: read.syntax };
}
