// The Format-List TextMate grammar loaded with vscode-textmate and vscode-oniguruma exactly as vscode-tmgrammar-test
// (the devDependency) loads them, for test/grammar/grammar.test.ts and npm run bench. Paths are relative to the
// repository root, the working directory of every npm script.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

export const GRAMMAR = 'syntaxes/exchange-format-list.tmLanguage.json';
export const SCOPE = 'source.exchange-format-list';

export interface Token {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}
export interface Tokenized {
  tokens: Token[];
  ruleStack: unknown;
  stoppedEarly: boolean;
}
export interface Grammar {
  tokenizeLine(line: string, stack: unknown, timeLimit?: number): Tokenized;
}
export interface LoadedGrammar {
  grammar: Grammar;
  INITIAL: unknown;
  /** Regular-expression searches the grammar's scanners have run so far: the tokenizer's unit of work. */
  searches(): number;
}

export async function loadGrammar(): Promise<LoadedGrammar> {
  const toolRequire = createRequire(createRequire(resolve('package.json')).resolve('vscode-tmgrammar-test/package.json'));
  const tm = toolRequire('vscode-textmate');
  const onig = toolRequire('vscode-oniguruma');
  const wasm = readFileSync(toolRequire.resolve('vscode-oniguruma').replace(/main\.js$/, 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  let searches = 0;
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => {
        const scanner = new onig.OnigScanner(patterns);
        return {
          findNextMatchSync: (string: unknown, start: number, options: unknown) => {
            searches++;
            return scanner.findNextMatchSync(string, start, options);
          },
          dispose: () => scanner.dispose(),
        };
      },
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => (scopeName === SCOPE ? tm.parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
  });
  return { grammar: await registry.loadGrammar(SCOPE), INITIAL: tm.INITIAL, searches: () => searches };
}

/** Lines built to make a careless pattern backtrack or a careless rule loop: `n` characters of repetition each. */
export function hostileLines(n: number): string[] {
  return [
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
}
