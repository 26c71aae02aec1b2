// The parsed form of one file, shared by rules, hover, symbols and completion (parse once per version).
import type { CertificateFacts } from './certificate/facts';
import type { SubscriptionModel } from './edgeSubscription/analyze';
import type { ExchangeObject } from './objects/model';
import type { ScriptModel } from './script/model';
import type { ScriptSyntax } from './script/read';
import type { ParsedConfig } from './config/configFile';
import type { LineIndex } from './text/lineIndex';
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
}

/** A comment line in a dump (`# ...`), kept for suppression comments. */
export interface CommentLine {
  text: string;
  range: Range;
  line: number;
}

/** Files that hold Exchange objects: Format-List dumps, Export-Clixml and ConvertTo-Json exports. */
export interface ObjectsFile extends AnalyzedFileBase {
  kind: 'format-list' | 'clixml' | 'json' | 'powershell';
  objects: ExchangeObject[];
  comments: CommentLine[];
  /** How ambiguous culture dates (d/m vs m/d) were read in this file. */
  dateOrder: 'mdy' | 'dmy';
  /** 'inferred' when evidence in the file settled the order, 'setting' when configured, 'default' when nothing did. */
  dateOrderSource: 'setting' | 'inferred' | 'default';
  /** Why that order, as a reading's parenthesis (`as "25/03/2024" in this file shows`). */
  dateOrderReason?: string;
  /** Scripts: the commands the script runs (unset when the PowerShell grammar is not loaded). */
  script?: ScriptModel;
  /** Scripts: the parse the next version of the document reuses. */
  scriptSyntax?: ScriptSyntax;
}

export interface ConfigFile extends AnalyzedFileBase {
  kind: 'config';
  config: ParsedConfig;
}

export type AnalyzedFile = EdgeSubscriptionFile | ObjectsFile | ConfigFile | UnknownFile;

export const OBJECT_FILE_KINDS = ['format-list', 'clixml', 'json', 'powershell'] as const;

export function isObjectsFile(file: AnalyzedFile): file is ObjectsFile {
  return (OBJECT_FILE_KINDS as readonly string[]).includes(file.kind);
}

/** A file worth reporting when found in a folder: a subscription, or a dump/export with a recognised object. */
export function holdsKnownContent(file: AnalyzedFile): boolean {
  if (file.kind === 'unknown') return false;
  if (file.tooLarge || file.syntaxErrors.length > 0) return true;
  if (isObjectsFile(file)) return file.objects.some((o) => o.kind !== undefined) || file.script?.exchange === true;
  return true;
}
