// The parts of package.json that follow from the format table (server/src/service/formats/info.ts), so the
// extension starts for every file the server reads and claims the file names the table names: the activation
// events (each editor language, the plain text the client examines, and workspaceContains for every file-name
// pattern, so Problems fills without opening a file) and the file-name patterns of the languages we contribute.
// `npm run manifest` rewrites package.json; test/protocol/manifest.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_IDS, FORMAT_INFO, type FormatInfo } from '../server/src/service/formats/info';
import { DOCUMENT_LANGUAGES, SNIFFED_LANGUAGE } from '../server/src/protocol';

export const PACKAGE_JSON = join(__dirname, '..', 'package.json');

interface LanguageContribution {
  id: string;
  filenamePatterns?: string[];
  [key: string]: unknown;
}

interface Manifest {
  activationEvents?: string[];
  contributes?: { languages?: LanguageContribution[]; [key: string]: unknown };
  [key: string]: unknown;
}

const FORMATS: readonly FormatInfo[] = FORMAT_IDS.map((id) => FORMAT_INFO[id]);

/** File-name patterns of every format that comes in `language`. */
function fileNamesOf(language: string): string[] {
  return [...new Set(FORMATS.flatMap((f) => (f.languages.includes(language) ? (f.fileNames ?? []) : [])))];
}

export function activationEvents(): string[] {
  const languages = [...new Set([...DOCUMENT_LANGUAGES, SNIFFED_LANGUAGE])].map((l) => `onLanguage:${l}`);
  const names = [...new Set(FORMATS.flatMap((f) => f.fileNames ?? []))].map((p) => `workspaceContains:**/${p}`);
  return [...languages, ...names];
}

/** The manifest with its derived parts current; everything else is kept as written. */
export function withDerivedParts(pkg: Manifest): Manifest {
  const languages = pkg.contributes?.languages?.map((l) => {
    if (!DOCUMENT_LANGUAGES.includes(l.id)) return l;
    const patterns = fileNamesOf(l.id);
    if (patterns.length > 0) return { ...l, filenamePatterns: patterns }; // in place: the key keeps its position
    const { filenamePatterns: _none, ...rest } = l;
    return rest;
  });
  return {
    ...pkg,
    activationEvents: activationEvents(),
    ...(pkg.contributes ? { contributes: { ...pkg.contributes, ...(languages ? { languages } : {}) } } : {}),
  };
}

export function renderManifest(pkg: Manifest): string {
  return JSON.stringify(pkg, null, 2) + '\n';
}

if (process.argv[1]?.endsWith('manifest.ts')) {
  const pkg = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as Manifest;
  writeFileSync(PACKAGE_JSON, renderManifest(withDerivedParts(pkg)));
}
