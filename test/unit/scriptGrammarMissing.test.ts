// Without the PowerShell grammar (a front end that did not load it, a broken file), a script is reported as not
// checked: never read by guess, never a crash. This file never loads the grammar successfully.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService, holdsKnownContent, initPowerShellGrammar, powerShellGrammarLoaded } from '../../server/src/service';

const service = createLanguageService();
const script = 'Set-SendConnector Internet -IgnoreSTARTTLS $true\n';

describe('scripts without the grammar', () => {
  it('a broken grammar file is refused, and the engine stays without a grammar', async () => {
    const runtime = readFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'));
    await assert.rejects(initPowerShellGrammar(runtime, new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])));
    assert.equal(powerShellGrammarLoaded(), false);
  });
  it('a script gets one diagnostic saying it was not checked, and nothing read by guess', () => {
    const diagnostics = service.validate({ uri: 'setup.ps1', text: script });
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.messageId, d.range.start.line]),
      [['script-unreadable', 'grammarMissing', 0]],
    );
    assert.equal(service.hover({ uri: 'setup.ps1', text: script }, { line: 0, character: 30 }), undefined);
  });
  it('a folder walk still reports the script', () => {
    assert.ok(holdsKnownContent(service.analyze({ uri: 'setup.ps1', text: script })));
  });
});
