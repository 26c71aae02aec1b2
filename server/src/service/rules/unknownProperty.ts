import { kindDef, OBJECT_KINDS } from '../catalogue';
import { isObjectsFile } from '../document';
import { closestName } from '../text/suggest';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { COMMON_PARAMETERS } from '../script/parse';
import type { Rule } from './types';

/** Every property name of every kind: a name another kind has is Exchange's, not a typo. */
const ALL_NAMES = new Set(OBJECT_KINDS.flatMap((k) => k.properties.map((p) => p.name.toLowerCase())));

export const unknownProperty: Rule = {
  meta: {
    id: 'unknown-property',
    defaultSeverity: 'warning',
    category: 'value',
    kinds: OBJECT_KINDS_OF_FILES,
    description: "A misspelt property: a near miss of a property the object's kind has (a typo, or an edited dump), with did-you-mean.",
  },
  check(ctx) {
    const file = ctx.file;
    if (!isObjectsFile(file)) return;
    for (const obj of file.objects) {
      if (!obj.kind) continue;
      const def = kindDef(obj.kind);
      for (const p of obj.properties) {
        if (p.def || ALL_NAMES.has(p.name.toLowerCase())) continue;
        // A script's -Confirm, -Usage Internet... are cmdlet parameters, not properties.
        if (obj.format === 'powershell' && COMMON_PARAMETERS.has(p.name.toLowerCase())) continue;
        // Only a near miss of a known name is reported: an unknown name with no close match is more likely a
        // property of an Exchange version or update this catalogue does not list than a typo.
        const guess = closestName(
          p.name,
          def.properties.map((d) => d.name),
        );
        if (!guess || obj.byName.has(guess.toLowerCase())) continue;
        ctx.report({
          fix: { title: `Change to ${guess}`, edits: [{ range: p.nameRange, newText: guess }] },
          range: p.nameRange,
          message: `${p.name} is not a property of a ${def.label} (${def.getCmdlet}). Did you mean ${guess}? Rules ignore ${p.name}, so the setting it was meant to show is not checked; if the dump was edited, take it again with ${def.getCmdlet} | Format-List.`,
        });
      }
    }
  },
};
