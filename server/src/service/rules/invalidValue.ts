import { enumDef } from '../catalogue';
import { isObjectsFile } from '../document';
import { parseItem, parseValue } from '../values/byType';
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
        const fix = def.setBy ? ` Set it with ${def.setBy}.` : '';
        if (def.type.kind === 'list' && p.list) {
          // Each item as the source gave it (CLIXML and JSON items may themselves contain ", ").
          for (const item of p.list) {
            const problem = parseItem(def.type.item, item.text).problem;
            if (problem) ctx.report({ range: item.range, message: `${p.name}: ${problem.replace(/\.$/, '')}.${fix}` });
          }
          continue;
        }
        const source = p.number !== undefined && p.text === '' ? String(p.number) : p.text;
        const result = parseValue(def.type, source, { enums: enumDef, dateOrder: file.dateOrder });
        if (result.problem) ctx.report({ range: p.valueRange, message: `${p.name}: ${result.problem.replace(/\.$/, '')}.${fix}` });
      }
    }
  },
};
