// The parsed form of one file, shared by rules, hover, symbols and completion (parse once per version).
import type { CertificateFacts } from './certificate/facts';
import type { SubscriptionModel } from './edgeSubscription/analyze';
import type { LineIndex } from './text/lineIndex';
import type { Range } from './types';

export interface SyntaxProblem { message: string; range: Range }

interface AnalyzedFileBase {
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
}

export interface UnreadableCertificate { range: Range; what: string; reason: string; remedy: string }

export interface EdgeSubscriptionFile extends AnalyzedFileBase {
  kind: 'edge-subscription';
  subscription?: SubscriptionModel;
}

export interface UnknownFile extends AnalyzedFileBase {
  kind: 'unknown';
}

export type AnalyzedFile = EdgeSubscriptionFile | UnknownFile;
