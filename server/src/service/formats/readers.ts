// One reader per format: text → the analysed file rules, hovers and the outline work on.
import type { AnalyzedFileBase, ConfigFile, EdgeSubscriptionFile, ObjectsFile } from '../document';
import { analyzeSubscription } from '../edgeSubscription/analyze';
import { parseConfig } from '../config/configFile';
import { readFormatList } from '../formatList/read';
import { readScriptFile } from '../script/file';
import { readClixml } from '../clixml/read';
import { readJson } from '../json/read';
import { analyzeObjects } from '../objects/analyzeObjects';
import type { ExchangeObject } from '../objects/model';
import type { CommentLine, SyntaxProblem } from '../document';
import type { ReadOptions } from './registry';
import { readFormatTable } from '../formatTable/read';

export function readSubscriptionFile(base: AnalyzedFileBase): EdgeSubscriptionFile {
  const sub = analyzeSubscription(base.text, base.lines);
  return {
    ...base,
    kind: 'edge-subscription',
    subscription: sub.model,
    syntaxErrors: sub.syntax,
    certificates: sub.certificates,
    unreadableCertificates: sub.unreadable,
  };
}

export function readConfigFile(base: AnalyzedFileBase, options: ReadOptions): ConfigFile {
  return { ...base, kind: 'config', config: parseConfig(base.text, base.lines, options.rules) };
}

interface ParsedObjects {
  objects: ExchangeObject[];
  comments: CommentLine[];
  syntax: SyntaxProblem[];
  script?: ObjectsFile['script'];
  scriptSyntax?: ObjectsFile['scriptSyntax'];
}

const OBJECT_READERS: Record<Exclude<ObjectsFile['kind'], 'format-table'>, (base: AnalyzedFileBase, options: ReadOptions) => ParsedObjects> = {
  'format-list': (b) => ({ ...readFormatList(b.text, b.lines), syntax: [] }),
  powershell: (b, o) => ({ ...readScriptFile(b, o.previous, o.editable), comments: [] }),
  clixml: (b) => ({ ...readClixml(b.text, b.lines), comments: [] }),
  json: (b) => ({ ...readJson(b.text, b.lines), comments: [] }),
};

/** Formats that hold Exchange objects share the model: each object typed, dates settled, certificates collected. */
export function readObjectsFile(kind: Exclude<ObjectsFile['kind'], 'format-table'>): (base: AnalyzedFileBase, options: ReadOptions) => ObjectsFile {
  return (base, options) => {
    const parsed = OBJECT_READERS[kind](base, options);
    const objects = analyzeObjects(parsed.objects, options.dateOrder, options.now, options);
    return {
      ...base,
      kind,
      objects: parsed.objects,
      comments: parsed.comments,
      syntaxErrors: parsed.syntax,
      certificates: objects.certificates,
      unreadableCertificates: objects.unreadable,
      dateOrder: objects.dateOrder,
      dateOrderSource: objects.dateOrderSource,
      ...(objects.dateOrderReason ? { dateOrderReason: objects.dateOrderReason } : {}),
      ...(objects.holds ? { holds: objects.holds } : {}),
      ...(parsed.script ? { script: parsed.script, scriptSyntax: parsed.scriptSyntax } : {}),
    };
  };
}

/**
 * Format-Table output: only typed rows (certificates, connector tables with TLS columns) go through the shared
 * analysis; the rows of a table that shows no TLS column are kept as read, so nothing guesses a kind for them.
 */
export function readTableFile(base: AnalyzedFileBase, options: ReadOptions): ObjectsFile {
  const read = readFormatTable(base.text, base.lines);
  const analysis = analyzeObjects(
    read.objects.filter((o) => o.kind !== undefined),
    options.dateOrder,
    undefined,
    options,
  );
  return {
    ...base,
    kind: 'format-table',
    objects: read.objects,
    comments: [],
    syntaxErrors: [],
    certificates: analysis.certificates,
    unreadableCertificates: analysis.unreadable,
    dateOrder: analysis.dateOrder,
    dateOrderSource: analysis.dateOrderSource,
    tables: read.tables,
  };
}
