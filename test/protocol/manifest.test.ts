// The extension starts for every file the server reads, and for a workspace that holds such files (so Problems
// fills without opening one): package.json's activation events and language file names follow from the format
// table, through scripts/manifest.ts (npm run manifest). Stale means a format's files would be missed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FORMAT_IDS, FORMAT_INFO, type FormatInfo } from '../../server/src/service/formats/info';
import { DOCUMENT_LANGUAGES, SNIFFED_LANGUAGE } from '../../server/src/protocol';
import { PACKAGE_JSON, renderManifest, withDerivedParts } from '../../scripts/manifest';

const text = readFileSync(PACKAGE_JSON, 'utf8');
const pkg = JSON.parse(text) as {
  activationEvents: string[];
  contributes: { languages: { id: string; filenamePatterns?: string[] }[]; snippets: { language: string; path: string }[] };
};
const formats: FormatInfo[] = FORMAT_IDS.map((id) => FORMAT_INFO[id]);

describe('package.json follows the format table', () => {
  it('is current (npm run manifest)', () => {
    assert.equal(text, renderManifest(withDerivedParts(JSON.parse(text))), 'package.json is stale: run npm run manifest');
  });

  it('activates on every language the client hands to the server, and on plain text it examines for dumps', () => {
    for (const l of [...DOCUMENT_LANGUAGES, SNIFFED_LANGUAGE]) assert.ok(pkg.activationEvents.includes(`onLanguage:${l}`), l);
  });

  it('activates when the workspace holds a file any format claims by name, the configuration included', () => {
    for (const f of formats) for (const name of f.fileNames ?? []) assert.ok(pkg.activationEvents.includes(`workspaceContains:**/${name}`), name);
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/.exchange-transport.json'));
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/Get-SendConnector*.txt'));
  });

  it('the Format-List language claims the file names of the Format-List format', () => {
    const fl = pkg.contributes.languages.find((l) => l.id === 'exchange-format-list');
    assert.deepEqual(fl?.filenamePatterns, [...(FORMAT_INFO['format-list'].fileNames ?? [])]);
  });

  it('contributes no static suppression snippets: the server offers them only where a comment can start', () => {
    for (const s of pkg.contributes.snippets) {
      const body = readFileSync(s.path, 'utf8');
      assert.doesNotMatch(body, /exchange-transport-disable/, `${s.path} (${s.language})`);
    }
  });
});
