import { isObjectsFile } from '../document';
import { parseList } from '../values/list';
import { listMatters } from './objectRules';
import type { Rule } from './types';

export const listSyntax: Rule = {
  meta: {
    id: 'list-syntax',
    defaultSeverity: 'warning',
    category: 'value',
    kinds: ['format-list'],
    description: 'A collection value that is not written as Format-List writes it ({a, b}): unbalanced braces, or no braces.',
  },
  check(ctx) {
    const file = ctx.file;
    if (!isObjectsFile(file) || file.kind !== 'format-list') return;
    for (const obj of file.objects) {
      if (!obj.kind) continue;
      for (const p of obj.properties) {
        if (p.empty || p.def?.type.kind !== 'list') continue;
        if (!listMatters(p)) continue;
        const parsed = parseList(p.text);
        if (parsed.problem) {
          ctx.report({
            range: p.valueRange,
            message: `${p.name}: ${parsed.problem.replace(/\.$/, '')}. Take the dump again with $FormatEnumerationLimit = -1 and a wide Out-File -Width.`,
          });
        } else if (parsed.value && !parsed.value.braced) {
          ctx.report({
            range: p.valueRange,
            message: `${p.name} is a collection, which Format-List prints in braces ({${p.text}}); this value has none, so the dump may have been edited or cut. Items are read as one value.`,
          });
        }
      }
    }
  },
};
