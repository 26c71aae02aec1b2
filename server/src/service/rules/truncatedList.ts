import { isObjectsFile } from '../document';
import { listMatters } from './objectRules';
import type { Rule } from './types';

export const truncatedList: Rule = {
  meta: {
    id: 'truncated-list',
    defaultSeverity: 'information',
    category: 'value',
    kinds: ['format-list'],
    description: 'A list cut by $FormatEnumerationLimit ("..."): the items after the cut are unknown.',
  },
  check(ctx) {
    const file = ctx.file;
    if (!isObjectsFile(file)) return;
    for (const obj of file.objects) {
      for (const p of obj.properties) {
        if (!p.truncated) continue;
        if (!listMatters(p)) continue;
        const n = p.list?.length ?? 0;
        ctx.report({
          range: p.valueRange,
          message: `${p.name} shows only its first ${n} item${n === 1 ? '' : 's'}: PowerShell cut the list at $FormatEnumerationLimit, so checks that need the whole list cannot be complete. Run $FormatEnumerationLimit = -1 before the Get- command and take the dump again (or use Export-Clixml).`,
        });
      }
    }
  },
};
