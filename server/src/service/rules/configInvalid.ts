import type { ConfigProblemId } from '../config/configFile';
import { defineRule } from './types';

export const configInvalid = defineRule<ConfigProblemId, 'rename'>({
  meta: {
    id: 'config-invalid',
    defaultSeverity: 'error',
    category: 'file',
    kinds: ['config'],
    description: 'A problem in .exchange-transport.json: invalid JSON, an unknown rule or setting, a bad severity or option. Defaults are used for it.',
    messages: {
      tooDeep: 'The configuration is nested too deeply to read, so only the defaults apply until it is fixed.',
      notJson: 'The configuration is not valid JSON ({{error}}), so only the defaults apply until it is fixed.',
      notObject: 'The configuration is not a JSON object, so only the defaults apply.',
      unknownSetting: '"{{name}}" is not a setting of .exchange-transport.json; it is ignored.',
      unknownSettingGuess: '"{{name}}" is not a setting of .exchange-transport.json; did you mean "{{guess}}"?',
      rulesNotObject: '"rules" is not an object of rule ids and severities; it is ignored.',
      unknownRule: 'No rule "{{id}}"; the entry is ignored.',
      unknownRuleGuess: 'No rule "{{id}}"; did you mean "{{guess}}"?',
      badSeverity: 'The severity of {{id}} is not "off", "hint", "information", "warning" or "error"; {{default}} is used.',
      noOptions: '{{id}} has no options; they are ignored.',
      optionsNotObject: 'The options of {{id}} are not an object like {{example}}; they are ignored.',
      unknownOption: '{{id}} has no option "{{name}}" (its options: {{options}}); it is ignored.',
      unknownOptionGuess: '{{id}} has no option "{{name}}"; did you mean "{{guess}}"?',
      badOption: '{{id}} option {{name}} {{requirement}}; {{default}} is used.',
      badDateOrder: 'dateOrder is not "auto", "mdy" (month first) or "dmy" (day first); "auto" is used.',
      badMaxFileSize: 'maxFileSize is not a whole number of characters of at least 1024; the default (10 MB) is used.',
      badGlobs: '{{key}} is not a list of glob patterns like ["dumps/**/*.txt"]; it is ignored.',
      globTooComplex: '{{key}} has a pattern over 500 characters or with over 6 brace groups; the list is ignored.',
    },
    fixes: { rename: 'Change to {{replacement}}' },
  },
  check(ctx) {
    if (ctx.file.kind !== 'config') return;
    // The configuration is a file the user edits: a misspelt name is fixed in place.
    for (const p of ctx.file.config.problems) {
      ctx.report({
        range: p.range,
        messageId: p.id,
        data: { ...p.data, replacement: p.replacement ?? '' },
        fix: p.replacement ? { fixId: 'rename', edits: [{ range: p.range, newText: p.replacement }] } : undefined,
      });
    }
  },
});
