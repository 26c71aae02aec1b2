import { ruleTester } from '../helpers/ruleTester';
import { sendConnectors } from '../fixtures/json/exports';
import { writeJson } from '../fixtures/json/writer';

// ConvertTo-Json of Windows PowerShell 5.1: four-space indents, two blanks after the colon.
const EXPORT = writeJson(sendConnectors(), 'ps51').text;

ruleTester('json-syntax', {
  valid: [
    { name: 'a whole export', file: 'send.json', text: EXPORT },
    { name: 'a single object (ConvertTo-Json of one connector)', file: 'one.json', text: writeJson([sendConnectors()[0]], 'ps7', { single: true }).text },
  ],
  invalid: [
    {
      name: 'an export cut short: on its last character',
      file: 'cut.json',
      text: ['[', '    {', '        "Name":  "Internet",', '        "Port":  25', '//                ^ json-syntax[cut]'].join('\r\n'),
    },
    {
      name: 'a trailing comma, on the comma',
      file: 'edited.json',
      text: ['{', '    "Name":  "Internet",', '    "Port":  25,', '//             ^ json-syntax[trailingComma]', '}'].join('\r\n'),
    },
    {
      name: 'two exports in one file',
      file: 'appended.json',
      text: ['{', '    "Name":  "Internet"', '}', '{', '//< json-syntax[secondValue]', '    "Name":  "Partner"', '}'].join('\r\n'),
    },
    {
      name: 'a console warning mixed into the export',
      file: 'warning.json',
      text: ['[', '    {', '        "Name":  "A"', '    },', '    WARNING: Resulting JSON is truncated', '//  ^^^^^^^ json-syntax[strayText]', ']'].join(
        '\r\n',
      ),
    },
    {
      name: 'a property name without quotes',
      file: 'edited.json',
      text: ['{', '    "Name":  "A",', '    Port:  25', '//  ^^^^ json-syntax[unquotedName]', '}'].join('\r\n'),
    },
    {
      name: 'nesting no export has',
      file: 'deep.json',
      text: '['.repeat(50000) + ']'.repeat(50000) + '\n//< json-syntax[tooDeep]',
    },
  ],
});
