// Text → AnalyzedFile: detect the kind, parse with the kind's parser, collect what rules need.
import type { AnalyzedFile } from './document';
import { analyzeSubscription } from './edgeSubscription/analyze';
import { detectKind, isConfigFileName, isScriptFileName, type FileKind } from './kinds';
import { parseScript } from './script/parse';
import { parseConfig } from './config/configFile';
import { LineIndex } from './text/lineIndex';
import { parseFormatList } from './formatList/parse';
import { isMultilineProperty } from './catalogue';
import { analyzeObjects } from './objects/analyzeObjects';
import { readClixml } from './clixml/read';
import { readJson } from './json/read';

export interface AnalyzeOptions {
  maxFileSize: number;
  /** Bytes were not text (decodeBytes said so). */
  binary?: boolean;
  /** Size of the whole file when `text` is only its head. */
  size?: number;
  /** Skip detection (the caller already knows). */
  kind?: FileKind;
  dateOrder?: 'auto' | 'mdy' | 'dmy';
}

export function analyze(uri: string, text: string, options: AnalyzeOptions): AnalyzedFile {
  const size = options.size ?? text.length;
  const tooLarge = size > options.maxFileSize ? { size, limit: options.maxFileSize } : undefined;
  // For an oversized text only the head is indexed: enough to place the file-level diagnostic.
  const lines = new LineIndex(tooLarge ? text.slice(0, 4096) : text);
  const kind = options.binary ? 'unknown' : (options.kind ?? (isConfigFileName(uri) ? 'config' : isScriptFileName(uri) ? 'powershell' : detectKind(text)));
  const base = { uri, text, lines, tooLarge, binary: options.binary, syntaxErrors: [], certificates: [], unreadableCertificates: [] };
  if (tooLarge || kind === 'unknown') return { ...base, kind } as AnalyzedFile;
  if (kind === 'config') return { ...base, kind, config: parseConfig(text, lines) };
  if (kind === 'format-list' || kind === 'clixml' || kind === 'json' || kind === 'powershell') {
    const parsed =
      kind === 'format-list'
        ? { ...parseFormatList(text, lines, { isMultiline: isMultilineProperty }), syntax: [] }
        : kind === 'powershell'
          ? { objects: parseScript(text, lines), syntax: [], comments: [] }
          : { ...(kind === 'clixml' ? readClixml(text, lines) : readJson(text, lines)), comments: [] };
    const objects = analyzeObjects(parsed.objects, options.dateOrder ?? 'auto');
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
    };
  }
  const sub = analyzeSubscription(text, lines);
  return {
    ...base,
    kind: 'edge-subscription',
    subscription: sub.model,
    syntaxErrors: sub.syntax,
    certificates: sub.certificates,
    unreadableCertificates: sub.unreadable,
  };
}
