// Damaged inputs of every format through the whole language service: no throw, no range outside the document.
// A fixed seed and a small count keep it quick and repeatable; `npm run fuzz [seed] [count]` runs many more.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/service';
import { fuzz, fuzzSeeds } from '../helpers/fuzz';

describe('crashes the fuzzer found', () => {
  it('a configuration nested too deeply for the JSON parser is config-invalid, not a stack overflow', () => {
    const found = createLanguageService().validate({ uri: 'file:///w/.exchange-transport.json', text: '['.repeat(100_000) });
    assert.deepEqual(
      found.map((d) => [d.code, d.messageId]),
      [['config-invalid', 'tooDeep']],
    );
  });
});

describe('fuzzing the language service', () => {
  it('the seed inputs cover every format the registry reads', () => {
    const names = fuzzSeeds().map((s) => s.name);
    for (const pattern of [
      /\.log$/,
      /events\//,
      /edgesync\//,
      /queue\//,
      /\.json$/,
      /css-exchange\/.*\.xml$/,
      /subscription.*\.xml$/,
      /\.exchange-transport\.json$/,
      /\.ps1$/,
      /\.txt$/,
    ])
      assert.ok(
        names.some((n) => pattern.test(n)),
        `no seed matches ${pattern}`,
      );
  });
  it('60 mutants (seed 1): no crash, every range inside its document', { timeout: 600_000 }, () => {
    assert.deepEqual(fuzz(1, 60), []);
  });
});
