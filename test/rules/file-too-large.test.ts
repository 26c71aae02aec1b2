import { ruleTester } from '../helpers/ruleTester';

const DUMP = ['', 'Name           : Internet', 'AddressSpaces  : {SMTP:*;1}', 'IgnoreSTARTTLS : False', ''].join('\r\n');
// A dump over a 2 KB limit: its first line carries the finding.
const BIG = ['Name           : Internet', ...Array.from({ length: 100 }, (_, i) => `Comment${String(i).padStart(3, '0')}     : ${'x'.repeat(20)}`)];

ruleTester('file-too-large', {
  valid: [
    { name: 'under the limit', file: 'send.txt', settings: { maxFileSize: 2048 }, text: DUMP },
    {
      name: 'a configuration over the limit is not read, and nothing breaks',
      file: '.exchange-transport.json',
      settings: { maxFileSize: 2048 },
      rules: ['file-too-large', 'config-invalid'],
      text: `{ "rules": { ${Array.from({ length: 200 }, (_, i) => `"rule-${i}": "off"`).join(', ')} } }`,
    },
  ],
  invalid: [
    {
      name: 'a Format-List dump over the limit: not checked (no other rule reads its empty model)',
      file: 'send.txt',
      settings: { maxFileSize: 2048 },
      text: [BIG[0], '#<------------------------ file-too-large[tooLarge]', ...BIG.slice(1)].join('\r\n'),
    },
  ],
});
