// Text → AnalyzedFile: find the file's format (./formats/registry.ts) and let its reader build the model.
import type { AnalyzedFile, AnalyzedFileBase } from './document';
import { LineIndex } from './text/lineIndex';
import { declinedAs, detectFormat, FORMAT_BY_ID, type FileFormat, type ReadOptions, type RuleCatalogue } from './formats/registry';
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
  /** Why an explicit dateOrder applies to this file (a collector bundle's manifest). */
  dateOrderReason?: string;
  /** The UTC offset of the server that printed the file's dates, for times written without a zone. */
  utcOffsetMinutes?: number;
  /** The time of the check (evidence for the date order); without it, that evidence is not used. */
  now?: Date;
  /** The rules, for the configuration reader (rule ids, options). */
  rules?: RuleCatalogue;
  /** The analysis of the same document's previous version (an editor's), whose parse a reader may reuse. */
  previous?: AnalyzedFile;
  /** An editor's document, with versions to come: the parse is kept for the next one (ReadOptions.editable). */
  editable?: boolean;
}

const NO_RULES: RuleCatalogue = { ids: () => [], defaultSeverity: () => undefined, options: () => undefined };

export function analyze(uri: string, text: string, options: AnalyzeOptions): AnalyzedFile {
  const prepared = prepareAnalysis(uri, text, options);
  return 'kind' in prepared ? prepared : prepared.format.read(prepared.base, readOptions(options));
}

function readOptions(options: AnalyzeOptions): ReadOptions {
  return {
    dateOrder: options.dateOrder ?? 'auto',
    now: options.now,
    rules: options.rules ?? NO_RULES,
    previous: options.previous,
    ...(options.editable ? { editable: true } : {}),
    ...(options.dateOrderReason ? { dateOrderReason: options.dateOrderReason } : {}),
    ...(options.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: options.utcOffsetMinutes } : {}),
  };
}

/** What a read starts from: the file done already (unknown, binary, too large), or its format and base. */
function prepareAnalysis(uri: string, text: string, options: AnalyzeOptions): AnalyzedFile | { format: FileFormat; base: AnalyzedFileBase } {
  const size = options.size ?? text.length;
  const format = options.binary
    ? undefined
    : options.kind
      ? options.kind === 'unknown'
        ? undefined
        : FORMAT_BY_ID.get(options.kind)
      : detectFormat(uri, text);
  // A text given whole (no `size`: an open document) may be larger than maxFileSize when its format says so (logs);
  // a sampled head (the CLI, the workspace) never is read as if it were the whole file.
  const limit = options.size === undefined && format?.sizeLimit ? Math.max(options.maxFileSize, format.sizeLimit) : options.maxFileSize;
  const tooLarge = size > limit ? { size, limit } : undefined;
  // For an oversized text only the head is indexed: enough to place the file-level diagnostic.
  const lines = new LineIndex(tooLarge ? text.slice(0, 4096) : text);
  const base: AnalyzedFileBase = { uri, text, lines, tooLarge, binary: options.binary, syntaxErrors: [], certificates: [], unreadableCertificates: [] };
  if (options.binary || !format) return tooLarge || options.binary ? { ...base, kind: 'unknown' } : { ...base, kind: 'unknown', looksLike: declinedAs(text) };
  if (tooLarge) return { ...base, kind: format.id } as AnalyzedFile;
  return { format, base };
}

/**
 * The same analysis, for formats that can read in slices (protocol logs): yields between slices and rejects when
 * `isCancelled` says so. Other formats are read at once.
 */
export async function analyzeAsync(uri: string, text: string, options: AnalyzeOptions, isCancelled: () => boolean): Promise<AnalyzedFile> {
  const prepared = prepareAnalysis(uri, text, options);
  if ('kind' in prepared) return prepared;
  const { format, base } = prepared;
  return format.readAsync ? format.readAsync(base, readOptions(options), isCancelled) : format.read(base, readOptions(options));
}
