// The file formats the engine reads, in detection order: how each is recognised, read and served (hover,
// outline, folding, completion). Detection, dispatch, suppression comments, the CLI's folder walk and the client's
// selectors all derive from this list and ./info.ts. Adding a format: its FormatInfo row, one entry here, its
// reader, rules and tests (see ARCHITECTURE.md).
import type { AnalyzedFile, AnalyzedFileBase } from '../document';
import type { CompletionItem } from '../completion';
import type { DocumentSymbol, FoldingRange, Hover, Position } from '../types';
import { FORMAT_INFO, type FormatId, type FormatInfo } from './info';
import { readSubscriptionFile, readConfigFile, readObjectsFile } from './readers';
import { looksLikeFormatList, looksLikeJson, xmlRootName } from './sniff';
import { objectFeatures, subscriptionFeatures } from './features';

export interface ReadOptions {
  dateOrder: 'auto' | 'mdy' | 'dmy';
  /** The time of the check, when known: evidence for the date order (a dump cannot come from the future). */
  now?: Date;
  /** Rule ids and their option specs, for formats that name rules (the configuration). */
  rules: RuleCatalogue;
  /** The analysis of the same document's previous version, whose parse a reader may reuse (scripts). */
  previous?: AnalyzedFile;
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
}

function format<F extends AnalyzedFile>(id: FormatId, entry: Omit<FileFormat<F>, 'id' | keyof FormatInfo>): FileFormat<F> {
  return { id, ...FORMAT_INFO[id], ...entry };
}

export const FORMATS: readonly FileFormat[] = [
  format('config', { claimsName: (uri) => /(^|[\\/])\.exchange-transport\.json$/i.test(uri), read: readConfigFile }),
  format('powershell', { claimsName: (uri) => /\.ps(m?1)$/i.test(uri), read: readObjectsFile('powershell'), ...objectFeatures }),
  format('edge-subscription', { detect: (text) => xmlRootName(text) === 'EdgeSubscriptionData', read: readSubscriptionFile, ...subscriptionFeatures }),
  format('clixml', { detect: (text) => xmlRootName(text) === 'Objs', read: readObjectsFile('clixml'), ...objectFeatures }),
  format('json', { detect: (text) => xmlRootName(text) === undefined && looksLikeJson(text), read: readObjectsFile('json'), ...objectFeatures }),
  format('format-list', {
    detect: (text) => xmlRootName(text) === undefined && looksLikeFormatList(text),
    read: readObjectsFile('format-list'),
    ...objectFeatures,
  }),
] as FileFormat[];

export const FORMAT_BY_ID: ReadonlyMap<FormatId, FileFormat> = new Map(FORMATS.map((f) => [f.id, f]));

/** The format of a file: by its name first (scripts, the configuration), then by its content. */
export function detectFormat(uri: string, text: string): FileFormat | undefined {
  return FORMATS.find((f) => f.claimsName?.(uri)) ?? FORMATS.find((f) => f.detect?.(text));
}
