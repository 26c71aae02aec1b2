import { isObjectsFile } from '../document';
import { placeholderIn } from '../values/placeholder';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { defineRule } from './types';

/** Types whose values nothing checks anyway (free text): a placeholder in them changes no finding. */
const UNCHECKED_TYPES = new Set(['string', 'multiline-string', 'credential']);

export const redactedValue = defineRule<'redacted' | 'redactedItem'>({
  meta: {
    id: 'redacted-value',
    defaultSeverity: 'hint',
    category: 'value',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A value hidden before the dump was shared (<domain>, XXXX, x.x.x.x, *****): it is not an error, but it could not be checked.',
    messages: {
      redacted: '{{property}} is redacted ({{placeholder}}), so it was not checked.',
      redactedItem: 'An item of {{property}} is redacted ({{placeholder}}), so it was not checked.',
    },
  },
  check(ctx) {
    const file = ctx.file;
    if (!isObjectsFile(file)) return;
    for (const obj of file.objects) {
      if (!obj.kind) continue;
      for (const p of obj.properties) {
        const def = p.def;
        if (!def || p.empty || UNCHECKED_TYPES.has(def.type.kind)) continue;
        if (p.list) {
          for (const item of p.list) {
            const placeholder = placeholderIn(item.text);
            if (placeholder) ctx.report({ range: item.range, messageId: 'redactedItem', data: { property: p.name, placeholder } });
          }
          continue;
        }
        const placeholder = placeholderIn(p.text);
        if (placeholder) ctx.report({ range: p.valueRange, messageId: 'redacted', data: { property: p.name, placeholder } });
      }
    }
  },
});
