import { enumDef } from '../catalogue';
import { isObjectsFile } from '../document';
import { parseValue } from '../values/byType';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import type { Rule } from './types';

export const invalidValue: Rule = {
  meta: {
    id: 'invalid-value', defaultSeverity: 'error', category: 'value', kinds: OBJECT_KINDS_OF_FILES,
    description: 'A property value Exchange would not accept: wrong boolean, enum member, number range, size, time span, address or certificate name.',
  },
  check(ctx) {
    const file = ctx.file;
    if (!isObjectsFile(file)) return;
    for (const obj of file.objects) {
      if (!obj.kind) continue;
      for (const p of obj.properties) {
        const def = p.def;
        // Read-only and date values are Exchange's own rendering (dates in any culture): not the user's to fix.
        if (!def || def.readOnly || def.type.kind === 'date' || p.empty) continue;
        if (obj.byName.get(p.name.toLowerCase()) !== p) continue;
        const source = p.number !== undefined ? String(p.number) : p.text;
        const result = parseValue(def.type, source, { enums: enumDef, dateOrder: file.dateOrder });
        const fix = def.setBy ? ` Set it with ${def.setBy}.` : '';
        if (def.type.kind === 'list') {
          const items = (result.value as { items?: { problem?: string; text: string }[] } | undefined)?.items ?? [];
          items.forEach((item, i) => {
            if (!item.problem) return;
            const range = p.list?.[i]?.range ?? p.valueRange;
            ctx.report({ range, message: `${p.name}: ${item.problem.replace(/\.$/, '')}.${fix}` });
          });
          continue;
        }
        if (result.problem) ctx.report({ range: p.valueRange, message: `${p.name}: ${result.problem.replace(/\.$/, '')}.${fix}` });
      }
    }
  },
};
