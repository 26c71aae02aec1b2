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

/**
 * `previous`: the analysis of the document's previous version, whose parse and objects are reused. `editable`: keep
 * this parse for the next version; otherwise its tree is freed now (see ReadOptions.editable).
 */
export function readScriptFile(base: AnalyzedFileBase, previous?: AnalyzedFile, editable = false): ReadScriptFile {
  const prior = previous?.kind === 'powershell' ? previous : undefined;
  const read = readScript(base.text, prior?.scriptSyntax);
  if (!read) {
    const firstLine = base.text.search(/\r?\n|$/);
    return { objects: [], syntax: [{ id: 'grammarMissing', range: base.lines.range(0, firstLine) }] };
  }
  // The text before the edit is the previous version's (all of it when the text did not change).
  const unchangedBefore = read.syntax.parse.change?.start ?? Infinity;
  const kept = prior?.scriptSyntax && prior.script ? { commands: prior.script.commands, objects: prior.objects, unchangedBefore } : undefined;
  const objects = connectorObjects(read.model, base.lines, kept);
  if (!editable) {
    read.syntax.parse.tree.delete();
    return { objects, syntax: [], script: read.model };
  }
  return { objects, syntax: [], script: read.model, scriptSyntax: read.syntax };
}
