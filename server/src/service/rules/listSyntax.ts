import { kindDef } from '../catalogue';
import { isObjectsFile } from '../document';
import { displayName } from '../objects/model';
import { parseList } from '../values/list';
import { listMatters } from './objectRules';
import { dumpAgain } from './retakeDump';
import { defineRule } from './types';

export const listSyntax = defineRule<'unclosed' | 'emptyItem', 'dumpAgain'>({
  meta: {
    id: 'list-syntax',
    defaultSeverity: 'warning',
    category: 'value',
    kinds: ['format-list'],
    description: 'A collection value in braces that Format-List would not print: no closing brace (cut off), or an empty item.',
    messages: {
      unclosed: '{{property}} has no closing brace, so the list was cut and items may be missing.',
      emptyItem: '{{property}} has an empty item (two commas in a row).',
    },
    fixes: { dumpAgain: 'Take the dump of "{{name}}" again, wide enough for whole lists' },
    sources: [
      {
        title: 'about_Preference_Variables ($FormatEnumerationLimit)',
        url: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_preference_variables',
      },
    ],
  },
  check(ctx) {
    const file = ctx.file;
    if (!isObjectsFile(file) || file.kind !== 'format-list') return;
    for (const obj of file.objects) {
      if (!obj.kind) continue;
      for (const p of obj.properties) {
        if (p.empty || p.def?.type.kind !== 'list') continue;
        if (!listMatters(p)) continue;
        // Without braces the value is a collection joined by a custom Select (`-join ','`): read as a list.
        if (!p.text.startsWith('{')) continue;
        const parsed = parseList(p.text);
        if (!parsed.problem) continue;
        ctx.report({
          range: p.valueRange,
          messageId: /closing/.test(parsed.problem) ? 'unclosed' : 'emptyItem',
          data: { property: p.name, name: displayName(obj) },
          fix: { fixId: 'dumpAgain', command: dumpAgain(kindDef(obj.kind).getCmdlet, obj) },
        });
      }
    }
  },
});
