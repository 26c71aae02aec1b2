// The file formats the engine reads, in detection order: how each is recognised, read and served (hover,
// outline, folding, completion). Detection, dispatch, suppression comments, the CLI's folder walk and the client's
// selectors all derive from this list and ./info.ts. Adding a format: its FormatInfo row, one entry here, its
// reader, rules and tests (see ARCHITECTURE.md).
import type { AnalyzedFile, AnalyzedFileBase } from '../document';
import type { CompletionItem } from '../completion';
import type { DocumentSymbol, FoldingRange, Hover, Position } from '../types';
import { FORMAT_INFO, type FormatId, type FormatInfo } from './info';
import { readSubscriptionFile, readConfigFile, readObjectsFile, readTableFile } from './readers';
import { looksLikeFormatList, looksLikeFormatTable, looksLikeJson, notADump, xmlRootName, type NotADump } from './sniff';
import { eventLogFeatures, objectFeatures, protocolLogFeatures, subscriptionFeatures } from './features';
import { isProtocolLogName, looksLikeProtocolLog, PROTOCOL_LOG_SIZE_LIMIT, readProtocolLog, readProtocolLogAsync } from '../protocolLog/read';
import { looksLikeEventText } from '../eventLog/sniff';
import { readEventLogFile } from '../eventLog/read';

export interface ReadOptions {
  dateOrder: 'auto' | 'mdy' | 'dmy';
  /** Why an explicit dateOrder applies (a collector bundle's manifest), for the readings. */
  dateOrderReason?: string;
  /** The UTC offset of the server that printed the dates, for times without a zone (else they are taken as UTC). */
  utcOffsetMinutes?: number;
  /** The time of the check, when known: evidence for the date order (a dump cannot come from the future). */
  now?: Date;
  /** Rule ids and their option specs, for formats that name rules (the configuration). */
  rules: RuleCatalogue;
  /** The analysis of the same document's previous version, whose parse a reader may reuse (scripts). */
  previous?: AnalyzedFile;
  /**
   * An editor's document, with versions to come: a reader keeps its parse for the next one. Otherwise (the CLI, a
   * workspace scan) the parse is let go at once: a PowerShell tree lives in WebAssembly memory, which a run over
   * hundreds of scripts would exhaust before the garbage collector frees the trees.
   */
  editable?: boolean;
}

/** What the configuration reader needs to know of the rules, given by the caller (no import of the registry). */
export interface RuleCatalogue {
  ids(): Iterable<string>;
  defaultSeverity(id: string): string | undefined;
  options(id: string): Readonly<Record<string, RuleOptionSpec>> | undefined;
}

export interface RuleOptionSpec {
  type: 'integer' | 'boolean' | 'string';
  default: number | boolean | string;
  minimum?: number;
  maximum?: number;
  enum?: readonly string[];
  description: string;
}

export interface FormatFeatures<F extends AnalyzedFile = AnalyzedFile> {
  hover?(file: F, pos: Position, now: Date): Hover | undefined;
  symbols?(file: F): DocumentSymbol[];
  folding?(file: F): FoldingRange[];
  completions?(file: F, pos: Position): CompletionItem[];
}

export interface FileFormat<F extends AnalyzedFile = AnalyzedFile> extends FormatInfo, FormatFeatures<F> {
  id: FormatId;
  /** Claims a file by its name alone, whatever it holds (checked before any content detection). */
  claimsName?(uri: string): boolean;
  /** Claims a file by its content (cheap: looks at the head of the text only). */
  detect?(text: string): boolean;
  /** Text → analysed file: parse, build the model, collect what rules need. */
  read(base: AnalyzedFileBase, options: ReadOptions): F;
  /**
   * The same, in slices that yield to the event loop between them and stop when `isCancelled` says so (rejecting
   * with an error): for formats whose files are large (protocol logs), so a large open document does not block.
   */
  readAsync?(base: AnalyzedFileBase, options: ReadOptions, isCancelled: () => boolean): Promise<F>;
  /** A text given whole (an open document) is analysed up to this size even above maxFileSize (logs are large). */
  sizeLimit?: number;
}

function format<F extends AnalyzedFile>(id: FormatId, entry: Omit<FileFormat<F>, 'id' | keyof FormatInfo>): FileFormat<F> {
  return { id, ...FORMAT_INFO[id], ...entry };
}

export const FORMATS: readonly FileFormat[] = [
  format('config', { claimsName: (uri) => /(^|[\\/])\.exchange-transport\.json$/i.test(uri), read: readConfigFile }),
  format('powershell', { claimsName: (uri) => /\.ps(m?1)$/i.test(uri), read: readObjectsFile('powershell'), ...objectFeatures }),
  format('smtp-protocol-log', {
    claimsName: isProtocolLogName,
    detect: looksLikeProtocolLog,
    read: readProtocolLog,
    readAsync: (base, _options, isCancelled) => readProtocolLogAsync(base, isCancelled),
    sizeLimit: PROTOCOL_LOG_SIZE_LIMIT,
    ...protocolLogFeatures,
  }),
  format('edge-subscription', { detect: (text) => xmlRootName(text) === 'EdgeSubscriptionData', read: readSubscriptionFile, ...subscriptionFeatures }),
  format('clixml', { detect: (text) => xmlRootName(text) === 'Objs', read: readObjectsFile('clixml'), ...objectFeatures }),
  format('json', { detect: (text) => xmlRootName(text) === undefined && looksLikeJson(text), read: readObjectsFile('json'), ...objectFeatures }),
  // Before Format-List: Get-WinEvent | fl and Event Viewer text have `Name : value` lines too.
  format('event-log-text', { detect: (text) => xmlRootName(text) === undefined && looksLikeEventText(text), read: readEventLogFile, ...eventLogFeatures }),
  format('format-list', {
    detect: (text) => xmlRootName(text) === undefined && looksLikeFormatList(text),
    read: readObjectsFile('format-list'),
    ...objectFeatures,
  }),
  // After Format-List: a paste with a table and a list is read as the list.
  format('format-table', { detect: (text) => xmlRootName(text) === undefined && looksLikeFormatTable(text), read: readTableFile, ...objectFeatures }),
] as FileFormat[];

export const FORMAT_BY_ID: ReadonlyMap<FormatId, FileFormat> = new Map(FORMATS.map((f) => [f.id, f]));

/** What a text no format claims is instead, when it is evidence of another kind (Event Viewer text, a protocol log). */
export function declinedAs(text: string): NotADump | undefined {
  return notADump(text);
}

/** The format of a file: by its name first (scripts, the configuration), then by its content. */
export function detectFormat(uri: string, text: string): FileFormat | undefined {
  return FORMATS.find((f) => f.claimsName?.(uri)) ?? FORMATS.find((f) => f.detect?.(text));
}
