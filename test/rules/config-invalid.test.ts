import { ruleTester, type RuleCase } from '../helpers/ruleTester';
import { under } from '../helpers/subscription';

const FILE = '.exchange-transport.json';

/** A one-line configuration with its finding under `token`. */
function one(name: string, line: string, token: string, finding: string): RuleCase {
  return { name, file: FILE, text: [line, under(line, token, `config-invalid[${finding}`)].join('\n') };
}

ruleTester('config-invalid', {
  valid: [
    {
      name: 'severities, options, date order and globs',
      file: FILE,
      text: [
        '{',
        '  "$schema": "./schemas/exchange-transport.schema.json",',
        '  "rules": { "ignore-starttls": "error", "certificate-expiring": ["warning", { "days": 45 }], "subscription-future": ["error", { "skewMinutes": 10 }] },',
        '  "dateOrder": "dmy",',
        '  "maxFileSize": 20971520,',
        '  "include": ["dumps/**/*.txt"]',
        '}',
      ].join('\n'),
    },
  ],
  invalid: [
    one('not JSON: on the last character, once', ' { "rules": { "ignore-starttls": "error", ', ',', 'notJson]'),
    {
      name: 'a misspelt rule id is fixed in place',
      file: FILE,
      text: [
        '{',
        '  "rules": {',
        '    "ignore-startls": "error"',
        under('    "ignore-startls": "error"', '"ignore-startls"', 'config-invalid[unknownRuleGuess] edit: "ignore-starttls"'),
        '  }',
        '}',
      ].join('\n'),
    },
    one('a rule that does not exist', '{ "rules": { "no-such-check-at-all": "off" } }', '"no-such-check-at-all"', 'unknownRule]'),
    one('a misspelt setting', '{ "rulez": {} }', '"rulez"', 'unknownSettingGuess] edit: "rules"'),
    one('an unknown setting', '{ "severityOfEverything": "hint" }', '"severityOfEverything"', 'unknownSetting]'),
    one('"rules" that is no object', '{ "rules": ["ignore-starttls"] }', '["ignore-starttls"]', 'rulesNotObject]'),
    one('a severity that is none', '{ "rules": { "ignore-starttls": "fatal" } }', '"fatal"', 'badSeverity]'),
    one('an option out of its range', '{ "rules": { "certificate-expiring": ["warning", { "days": -3 }] } }', '-3', 'badOption]'),
    one(
      'a misspelt option',
      '{ "rules": { "subscription-future": ["error", { "skewMinute": 10 }] } }',
      '"skewMinute"',
      'unknownOptionGuess] edit: "skewMinutes"',
    ),
    one('an unknown option', '{ "rules": { "subscription-future": ["error", { "tolerance": 10 }] } }', '"tolerance"', 'unknownOption]'),
    one('options that are no object', '{ "rules": { "subscription-future": ["error", 10] } }', '10', 'optionsNotObject]'),
    one('options for a rule that has none', '{ "rules": { "ignore-starttls": ["error", { "days": 3 }] } }', '{ "days": 3 }', 'noOptions]'),
    one('a date order that is none', '{ "dateOrder": "ymd" }', '"ymd"', 'badDateOrder]'),
    one('a maximum file size too small', '{ "maxFileSize": 10 }', '10', 'badMaxFileSize]'),
    one('globs that are no list', '{ "include": "dumps/*.txt" }', '"dumps/*.txt"', 'badGlobs]'),
    one('not an object', ' [1, 2]', '[1, 2]', 'notObject]'),
    one(
      'brace groups that would expand to millions of patterns',
      '{ "exclude": ["{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}/*.txt"] }',
      '["{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}/*.txt"]',
      'globTooComplex]',
    ),
    one('a pattern too long for the glob matcher', `{ "include": ["${'x'.repeat(600)}"] }`, `["${'x'.repeat(600)}"]`, 'globTooComplex]'),
  ],
});
