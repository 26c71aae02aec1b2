// The parsed form of one file, shared by rules, hover, symbols and completion (parse once per version).
import type { CertificateFacts } from './certificate/facts';
import type { SubscriptionModel } from './edgeSubscription/analyze';
import type { ExchangeObject } from './objects/model';
import type { ParsedConfig } from './config/configFile';
import type { ProtocolLogModel } from './protocolLog/model';
import type { EventLogFile } from './eventLog/model';
import type { LineIndex } from './text/lineIndex';
import type { ReadTable } from './formatTable/read';
import type { NotADump } from './formats/sniff';
import type { Range } from './types';

/** A file that cannot be read as its format says, by id: the format's syntax rule has a message for each. */
export interface SyntaxProblem {
  id: string;
  /** Values for the message's placeholders. */
  data?: Readonly<Record<string, string | number>>;
  range: Range;
}

/** What every analysed file has, whatever its format: the readers start from it. */
export interface AnalyzedFileBase {
  /** File path or URI, as given by the caller. */
  uri: string;
  text: string;
  lines: LineIndex;
  /** Set when the text is too large to analyse; nothing else is filled in then. */
  tooLarge?: { size: number; limit: number };
  /** Set when the bytes were not text. */
  binary?: boolean;
  syntaxErrors: SyntaxProblem[];
  certificates: CertificateFacts[];
  /** Certificates the file holds but that could not be decoded. */
  unreadableCertificates: UnreadableCertificate[];
  /**
   * Set when the analysis depends on the time of the check (a date order settled because a dump cannot come from
   * the future): it holds for checks at instants (ms) in [from, until), and is redone outside.
   */
  holds?: { from: number; until: number };
}

export interface UnreadableCertificate {
  range: Range;
  what: string;
  reason: string;
  remedy: string;
}

export interface EdgeSubscriptionFile extends AnalyzedFileBase {
  kind: 'edge-subscription';
  subscription?: SubscriptionModel;
}

export interface UnknownFile extends AnalyzedFileBase {
  kind: 'unknown';
  /** What the text is instead, when it is evidence of another kind (Event Viewer text, a protocol log...). */
  looksLike?: NotADump;
}

/** A comment line in a dump (`# ...`), kept for suppression comments. */
export interface CommentLine {
  text: string;
  range: Range;
  line: number;
}

/** Files that hold Exchange objects: Format-List dumps, Format-Table output, Export-Clixml and ConvertTo-Json exports. */
export interface ObjectsFile extends AnalyzedFileBase {
  kind: 'format-list' | 'format-table' | 'clixml' | 'json' | 'powershell';
  objects: ExchangeObject[];
  comments: CommentLine[];
  /** How ambiguous culture dates (d/m vs m/d) were read in this file. */
  dateOrder: 'mdy' | 'dmy';
  /** 'inferred' when evidence in the file settled the order, 'setting' when configured, 'default' when nothing did. */
  dateOrderSource: 'setting' | 'inferred' | 'default';
  /** Why that order, as a reading's parenthesis (`as "25/03/2024" in this file shows`). */
  dateOrderReason?: string;
  /** Format-Table output: the tables read, with what they show. */
  tables?: ReadTable[];
}

export interface ConfigFile extends AnalyzedFileBase {
  kind: 'config';
  config: ParsedConfig;
}

/** An SMTP protocol log (SEND*.LOG / RECV*.LOG): sessions reduced to facts and findings. */
export interface ProtocolLogFile extends AnalyzedFileBase {
  kind: 'smtp-protocol-log';
  log: ProtocolLogModel;
}

export type AnalyzedFile = EdgeSubscriptionFile | ObjectsFile | ConfigFile | ProtocolLogFile | EventLogFile | UnknownFile;

export const OBJECT_FILE_KINDS = ['format-list', 'format-table', 'clixml', 'json', 'powershell'] as const;

export function isObjectsFile(file: AnalyzedFile): file is ObjectsFile {
  return (OBJECT_FILE_KINDS as readonly string[]).includes(file.kind);
}

/**
 * A file worth reporting when found in a folder: a subscription, a dump/export with a recognised object, or a
 * table of connectors or certificates (which says what to run instead).
 */
export function holdsKnownContent(file: AnalyzedFile): boolean {
  if (file.kind === 'unknown') return false;
  if (file.tooLarge) return true;
  // Every JSON file parses, or nearly: only Exchange objects make one ours (package.json, tsconfig.json are not).
  if (file.kind === 'json') return holdsExchangeObjects(file);
  if (file.syntaxErrors.length > 0) return true;
  if (isObjectsFile(file)) return holdsExchangeObjects(file) || (file.tables?.length ?? 0) > 0;
  return true;
}

/** Whether any check could run on the file's content: false for unknown files and for dumps with no typed object. */
export function contentChecked(file: AnalyzedFile): boolean {
  if (file.kind === 'unknown' || file.tooLarge) return false;
  if (isObjectsFile(file)) return file.objects.some((o) => o.kind !== undefined);
  return true;
}

function holdsExchangeObjects(file: ObjectsFile): boolean {
  return (file.objects ?? []).some((o) => o.kind !== undefined);
}

/**
 * Whether an editor treats an open document as an Exchange file (findings, outline, status): every format the
 * document was detected as, except JSON, which must hold Exchange objects, as in a folder.
 */
export function claimsDocument(file: AnalyzedFile): boolean {
  if (file.kind === 'unknown') return false;
  return file.kind !== 'json' || file.tooLarge !== undefined || holdsExchangeObjects(file);
}
