// The Format-List TextMate grammar beyond the scope assertions of test/grammar/*.fl.txt (vscode-tmgrammar-test):
// it is wired in package.json, tokenizes the corpus samples completely, and stays fast on hostile lines.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('../../', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const GRAMMAR = 'syntaxes/exchange-format-list.tmLanguage.json';
const SCOPE = 'source.exchange-format-list';

// vscode-textmate and vscode-oniguruma exactly as vscode-tmgrammar-test (the devDependency) loads them.
const toolRequire = createRequire(createRequire(import.meta.url).resolve('vscode-tmgrammar-test/package.json'));

interface Token {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}
interface Tokenized {
  tokens: Token[];
  ruleStack: unknown;
  stoppedEarly: boolean;
}
interface Grammar {
  tokenizeLine(line: string, stack: unknown, timeLimit?: number): Tokenized;
}

let grammar: Grammar;
let INITIAL: unknown;

before(async () => {
  const tm = toolRequire('vscode-textmate');
  const onig = toolRequire('vscode-oniguruma');
  const wasm = readFileSync(toolRequire.resolve('vscode-oniguruma').replace(/main\.js$/, 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => (scopeName === SCOPE ? tm.parseRawGrammar(readFileSync(new URL(GRAMMAR, root), 'utf8'), GRAMMAR) : null),
  });
  grammar = await registry.loadGrammar(SCOPE);
  INITIAL = tm.INITIAL;
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

  it('stays linear on hostile 8000-character lines (no catastrophic backtracking)', () => {
    const n = 8000;
    const hostile = [
      'X : ' + 'ffff:'.repeat(n / 5) + '-',
      'X : ' + '1:'.repeat(n / 2),
      'X : ' + '1.'.repeat(n / 2),
      'X : ' + '1.2.3.'.repeat(n / 6),
      'X : ' + '<I>CN=a, '.repeat(n / 9),
      'X : {' + '<S>a, '.repeat(n / 6),
      'X : {' + '<I>a<S>b, '.repeat(n / 10) + 'x',
      'X : ' + 'Tls, '.repeat(n / 5) + 'Tlsx',
      'X : ' + '1/1/'.repeat(n / 4),
      'X : ' + 'A1'.repeat(n / 2),
      'X : ' + '1 '.repeat(n / 2) + 'MB',
      'X : ' + '12:34:'.repeat(n / 6),
      'X : ' + '[::'.repeat(n / 3),
      'X : ' + 'CN='.repeat(n / 3),
      'X : ' + ' '.repeat(n) + 'x',
      'X : {' + 'a...'.repeat(n / 4),
      'Name : ' + 'a '.repeat(n / 2),
      '# exchange-transport-disable-next-line ' + 'a- -'.repeat(n / 4),
      ' '.repeat(n) + 'x',
    ];
    for (const line of hostile) {
      const t0 = performance.now();
      const r = grammar.tokenizeLine(line, INITIAL);
      const ms = performance.now() - t0;
      assert.equal(r.stoppedEarly, false);
      assert.ok(ms < 1500, `${ms.toFixed(0)} ms for ${line.slice(0, 40)}…`);
    }
  });
});
