import { kindDef } from '../catalogue';
import { isObjectsFile } from '../document';
import { displayName } from '../objects/model';
import { listMatters } from './objectRules';
import { dumpAgain } from './retakeDump';
import { defineRule } from './types';

export const truncatedList = defineRule<'truncated' | 'truncatedOne', 'dumpAgain'>({
  meta: {
    id: 'truncated-list',
    defaultSeverity: 'information',
    category: 'value',
    kinds: ['format-list'],
    description: 'A list cut by $FormatEnumerationLimit ("..."): the items after the cut are unknown.',
    messages: {
      truncated: '{{property}} shows only its first {{count}} items; PowerShell left out the rest.',
      truncatedOne: '{{property}} shows only its first item; PowerShell left out the rest.',
    },
    fixes: { dumpAgain: 'Take the dump of "{{name}}" again with every list item ($FormatEnumerationLimit = -1)' },
    sources: [
      {
        title: 'about_Preference_Variables ($FormatEnumerationLimit)',
        url: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_preference_variables',
      },
    ],
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
          messageId: n === 1 ? 'truncatedOne' : 'truncated',
          data: { property: p.name, count: n, name: displayName(obj) },
          fix: obj.kind ? { fixId: 'dumpAgain', command: dumpAgain(kindDef(obj.kind).getCmdlet, obj) } : undefined,
        });
      }
    }
  },
});
