import { kindDef, OBJECT_KINDS, type ObjectKind } from '../catalogue';
import { isObjectsFile } from '../document';
import { NameSuggester } from '../text/suggest';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { COMMON_PARAMETERS } from '../script/parse';
import { defineRule } from './types';

/** Every property name of every kind: a name another kind has is Exchange's, not a typo. */
const ALL_NAMES = new Set(OBJECT_KINDS.flatMap((k) => k.properties.map((p) => p.name.toLowerCase())));

/**
 * One suggester per kind, for the life of the engine: an `fl *` dump of a newer build repeats the same unknown
 * names on every object, and each name is compared with the kind's properties once.
 */
const SUGGESTERS = new Map<ObjectKind, NameSuggester>(OBJECT_KINDS.map((k) => [k.kind, new NameSuggester(k.properties.map((p) => p.name))]));

export const unknownProperty = defineRule({
  meta: {
    id: 'unknown-property',
    defaultSeverity: 'warning',
    category: 'value',
    kinds: OBJECT_KINDS_OF_FILES,
    description: "A misspelt property: a near miss of a property the object's kind has (a typo, or an edited dump), with did-you-mean.",
    messages: {
      misspelt: '{{name}} is not a property of a {{kind}}; did you mean {{guess}}?',
    },
    fixes: { rename: 'Change to {{guess}}' },
    sources: ['Get-SendConnector', 'Get-ReceiveConnector', 'Get-ExchangeCertificate'],
  },
  check(ctx) {
    const file = ctx.file;
    if (!isObjectsFile(file)) return;
    for (const obj of file.objects) {
      if (!obj.kind) continue;
      const def = kindDef(obj.kind);
      const suggester = SUGGESTERS.get(obj.kind)!;
      for (const p of obj.properties) {
        if (p.def || ALL_NAMES.has(p.name.toLowerCase())) continue;
        // A script's -Confirm, -Usage Internet... are cmdlet parameters, not properties.
        if (obj.format === 'powershell' && COMMON_PARAMETERS.has(p.name.toLowerCase())) continue;
        // Only a near miss of a known name is reported: an unknown name with no close match is more likely a
        // property of an Exchange version or update this catalogue does not list than a typo.
        const guess = suggester.suggest(p.name);
        if (!guess || obj.byName.has(guess.toLowerCase())) continue;
        ctx.report({
          range: p.nameRange,
          messageId: 'misspelt',
          data: { name: p.name, kind: def.label, guess },
          fix: { fixId: 'rename', edits: [{ range: p.nameRange, newText: guess }] },
        });
      }
    }
  },
});
