// Text → AnalyzedFile: find the file's format (./formats/registry.ts) and let its reader build the model.
import type { AnalyzedFile, AnalyzedFileBase } from './document';
import { LineIndex } from './text/lineIndex';
import { detectFormat, FORMAT_BY_ID, type RuleCatalogue } from './formats/registry';
import type { FileKind } from './formats/info';

export interface AnalyzeOptions {
  maxFileSize: number;
  /** Bytes were not text (decodeBytes said so). */
  binary?: boolean;
  /** Size of the whole file when `text` is only its head. */
  size?: number;
  /** Skip detection (the caller already knows). */
  kind?: FileKind;
  dateOrder?: 'auto' | 'mdy' | 'dmy';
  /** The time of the check (evidence for the date order); without it, that evidence is not used. */
  now?: Date;
  /** The rules, for the configuration reader (rule ids, options). */
  rules?: RuleCatalogue;
  /** The analysis of the same document's previous version (an editor's), whose parse a reader may reuse. */
  previous?: AnalyzedFile;
}

const NO_RULES: RuleCatalogue = { ids: () => [], defaultSeverity: () => undefined, options: () => undefined };

export function analyze(uri: string, text: string, options: AnalyzeOptions): AnalyzedFile {
  const size = options.size ?? text.length;
  const tooLarge = size > options.maxFileSize ? { size, limit: options.maxFileSize } : undefined;
  // For an oversized text only the head is indexed: enough to place the file-level diagnostic.
  const lines = new LineIndex(tooLarge ? text.slice(0, 4096) : text);
  const base: AnalyzedFileBase = { uri, text, lines, tooLarge, binary: options.binary, syntaxErrors: [], certificates: [], unreadableCertificates: [] };
  if (options.binary) return { ...base, kind: 'unknown' };
  const format = options.kind ? (options.kind === 'unknown' ? undefined : FORMAT_BY_ID.get(options.kind)) : detectFormat(uri, text);
  if (!format) return { ...base, kind: 'unknown' };
  if (tooLarge) return { ...base, kind: format.id } as AnalyzedFile;
  return format.read(base, { dateOrder: options.dateOrder ?? 'auto', now: options.now, rules: options.rules ?? NO_RULES, previous: options.previous });
}
