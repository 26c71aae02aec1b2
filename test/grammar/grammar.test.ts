// The Format-List TextMate grammar beyond the scope assertions of test/grammar/*.fl.txt (vscode-tmgrammar-test):
// it is wired in package.json, tokenizes the corpus samples completely, and stays linear on hostile lines.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SCOPE, hostileLines, loadGrammar, type Grammar, type LoadedGrammar, type Token } from '../helpers/grammar';

const root = new URL('../../', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

let loaded: LoadedGrammar;
let grammar: Grammar;
let INITIAL: unknown;

before(async () => {
  loaded = await loadGrammar();
  ({ grammar, INITIAL } = loaded);
});

function tokenize(text: string): { line: string; tokens: Token[] }[] {
  let stack = INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    assert.equal(r.stoppedEarly, false, line.slice(0, 80));
    stack = r.ruleStack;
    return { line, tokens: r.tokens };
  });
}

const scopesAt = (tokens: Token[], index: number): string[] => tokens.find((t) => t.startIndex <= index && index < t.endIndex)?.scopes ?? [];

describe('Format-List grammar', () => {
  it('is contributed in package.json with its language and language configuration', () => {
    const pkg = readJson('package.json');
    const language = pkg.contributes.languages.find((l: { id: string }) => l.id === 'exchange-format-list');
    assert.ok(language, 'contributes.languages has exchange-format-list');
    assert.ok(language.aliases.includes('Exchange Format-List dump'));
    const config = readJson(language.configuration);
    assert.equal(config.comments.lineComment, '#');
    // Specific file names only: plain `.txt` stays plain text (content detection handles the rest).
    assert.equal(language.extensions, undefined);
    for (const pattern of language.filenamePatterns as string[]) assert.match(pattern, /(?:fl|Connector\*|Certificate\*)\.txt$/);
    const entry = pkg.contributes.grammars.find((g: { language?: string }) => g.language === 'exchange-format-list');
    assert.equal(entry.scopeName, SCOPE);
    assert.equal(readJson(entry.path).scopeName, SCOPE);
    assert.match(pkg.scripts['test:grammar'], /vscode-tmgrammar-test/);
  });

  for (const name of ['send-connectors.txt', 'receive-connectors.txt', 'exchange-certificates.txt']) {
    it(`tokenizes the sample ${name}: every property name, separator and list`, () => {
      const text = readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
      let properties = 0;
      for (const { line, tokens } of tokenize(text)) {
        const m = /^([A-Za-z_][A-Za-z0-9_.-]*)( *):/.exec(line);
        if (!m) continue;
        properties++;
        assert.ok(scopesAt(tokens, 0).includes('support.type.property-name.exchange-format-list'), line);
        assert.ok(scopesAt(tokens, m[0].length - 1).includes('punctuation.separator.key-value.exchange-format-list'), line);
        const brace = line.indexOf('{');
        if (brace > 0) {
          assert.ok(scopesAt(tokens, brace).includes('punctuation.definition.list.begin.exchange-format-list'), line);
          assert.ok(scopesAt(tokens, line.lastIndexOf('}')).includes('punctuation.definition.list.end.exchange-format-list'), line);
        }
      }
      assert.ok(properties > 25);
    });
  }

  it('a list that never closes ends with its property (no runaway state)', () => {
    const lines = tokenize('SmartHosts : {a, b,\n   c\nRequireTLS : True\n\nPort : 25');
    assert.ok(scopesAt(lines[1].tokens, 3).includes('meta.list.exchange-format-list'));
    assert.deepEqual(scopesAt(lines[2].tokens, 0).slice(1), ['meta.property.exchange-format-list', 'support.type.property-name.exchange-format-list']);
    assert.ok(scopesAt(lines[2].tokens, 13).includes('constant.language.boolean.exchange-format-list'));
    assert.ok(!scopesAt(lines[2].tokens, 13).includes('meta.list.exchange-format-list'));
    assert.ok(scopesAt(lines[4].tokens, 7).includes('constant.numeric.exchange-format-list'));
  });

  // Work, not time: the scanner searches the tokenizer runs grow with the line and no faster. (The time per line is
  // a figure in npm run bench; the timeout only stops a runaway pattern from hanging the run.)
  it('stays linear on hostile 8000-character lines: searches grow with the line, not faster', { timeout: 60_000 }, () => {
    const long = hostileLines(16000);
    for (const [i, line] of hostileLines(8000).entries()) {
      const [short, twice] = [line, long[i]].map((text) => {
        const start = loaded.searches();
        const r = grammar.tokenizeLine(text, INITIAL);
        assert.equal(r.stoppedEarly, false);
        assert.ok(r.tokens[r.tokens.length - 1].endIndex >= text.length, `tokens cover ${text.slice(0, 40)}…`);
        return loaded.searches() - start;
      });
      assert.ok(short <= line.length, `${short} searches for ${line.length} characters: ${line.slice(0, 40)}…`);
      assert.ok(twice <= 2 * short + 2, `${short} searches, then ${twice} for twice the length: ${line.slice(0, 40)}…`);
    }
  });
});
