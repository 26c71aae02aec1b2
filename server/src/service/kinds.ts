// What kind of file a text is: by its name for scripts and the configuration, else by its content.
import { detectFormat } from './formats/registry';
import { FORMAT_IDS, kindLabel, type FileKind } from './formats/info';

export type { FileKind } from './formats/info';
export { looksLikeFormatList, xmlRootName } from './formats/sniff';

export const FILE_KIND_LABELS: Record<FileKind, string> = Object.fromEntries([...FORMAT_IDS, 'unknown' as const].map((k) => [k, kindLabel(k)])) as Record<
  FileKind,
  string
>;

/** The kind of a text; `uri` lets formats known by their file name (scripts, the configuration) claim it. */
export function detectKind(text: string, uri = ''): FileKind {
  return detectFormat(uri, text)?.id ?? 'unknown';
}

/** The configuration file is known by its name. */
export function isConfigFileName(uri: string): boolean {
  return detectFormat(uri, '')?.id === 'config';
}
