import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService } from '../../server/src/service';
import { propertyDefs } from '../../server/src/service/catalogue';
import { suggestWork } from '../../server/src/service/text/suggest';
import { ruleTester } from '../helpers/ruleTester';
import { UNKNOWN_NAMES, withUnknownNames } from '../helpers/unknownNames';

const SEND = `
Name                   : Internet
Identity               : Internet
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : True
SourceTransportServers : {EX01, EX02}
`;

ruleTester('unknown-property', {
  valid: [
    { name: 'only catalogue names', text: SEND },
    { name: 'a name of another kind (Exchange has it)', text: SEND + 'Bindings               : {0.0.0.0:25}\n' },
    { name: 'a property of a newer build, far from every known name', text: SEND + 'SmtpDaneFeatureFlagsVersion : 2\n' },
    { name: 'a near miss of a name the object has anyway', text: SEND + 'IgnoreSTARTTLS         : False\nIgnoreStartTLSs        : False\n' },
  ],
  invalid: [
    {
      name: 'a misspelt name: did you mean, fixed in place',
      text: SEND + 'IgnoreSTARTTSL         : True\n#<------------- unknown-property[misspelt] edit: IgnoreSTARTTLS\n',
    },
    {
      name: 'in a script, a misspelt parameter',
      file: 'setup.ps1',
      text: 'Set-SendConnector -Identity Internet -RequireTSL $true\n#                                     ^^^^^^^^^^ unknown-property[misspelt] edit: RequireTLS\n',
    },
  ],
});

describe('unknown-property on `fl *` of a newer build: bounded work', () => {
  // 200 connectors, each with the same 56 names the catalogue does not know.
  const blocks = readFileSync('test/grammar/fixtures/send-connectors.txt', 'utf8')
    .trim()
    .split(/\r?\n\r?\n/);
  const dump =
    '\r\n\r\n' +
    Array.from({ length: 200 }, (_, i) => withUnknownNames(blocks[i % blocks.length].replace(/^(Name\s+: )(.*)$/m, `$1$2 ${i}`))).join('\r\n\r\n') +
    '\r\n';

  it('compares each unknown name with the kind once, not once per object', () => {
    const before = suggestWork.comparisons;
    const diags = createLanguageService().validate({ uri: 'fl-star.txt', text: dump }, { now: new Date('2024-06-01T00:00:00Z') });
    const work = suggestWork.comparisons - before;
    assert.deepEqual(
      diags.filter((d) => d.code === 'unknown-property'),
      [],
      'none of the names is a near miss',
    );
    // At most every unknown name against every send connector property, once; each object again would be 200×.
    const bound = UNKNOWN_NAMES.length * propertyDefs('send-connector').size;
    assert.ok(work <= bound, `${work} comparisons for ${UNKNOWN_NAMES.length} names (bound ${bound})`);
    const again = suggestWork.comparisons;
    createLanguageService().validate({ uri: 'fl-star-2.txt', text: dump }, { now: new Date('2024-06-01T00:00:00Z') });
    assert.equal(suggestWork.comparisons - again, 0, 'the answers are remembered');
  });
  it('skips names whose length alone rules a candidate out', () => {
    const before = suggestWork.comparisons;
    const long = 'X'.repeat(60);
    createLanguageService().validate({ uri: 'long.txt', text: SEND + `${long} : 1\n` }, { now: new Date('2024-06-01T00:00:00Z') });
    const names = [...propertyDefs('send-connector').keys()];
    const near = names.filter((n) => Math.abs(n.length - long.length) <= 20).length;
    assert.ok(suggestWork.comparisons - before <= near, `${suggestWork.comparisons - before} comparisons, ${near} candidates of a close length`);
  });
});
