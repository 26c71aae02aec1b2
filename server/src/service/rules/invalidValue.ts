import { enumDef } from '../catalogue';
import type { PropertyDef } from '../catalogue/types';
import { isObjectsFile } from '../document';
import type { ExchangeObject } from '../objects/model';
import { parseItem, parseValue } from '../values/byType';
import { findDuplicateTlsDomains, parseTlsDomainCapabilities } from '../values/tlsDomainCapabilities';
import { OBJECT_KINDS_OF_FILES, setCommand } from './objectRules';
import type { Rule } from './types';

/** Properties a dedicated rule checks (with a better message): invalid-value leaves them alone. */
const CHECKED_ELSEWHERE = new Set(['tlscertificatename']);

/** "Set it with: Set-SendConnector -Identity "X" -Port <value>", or where it can only be set at creation. */
function howToSet(obj: ExchangeObject, def: PropertyDef): string {
  if (!def.setBy) return '';
  const [cmdlet, param] = def.setBy.split(/\s+/);
  if (!param) return ` Set it with ${def.setBy}.`;
  if (cmdlet.startsWith('New-')) return ` It is set when the object is created (${def.setBy}).`;
  return ` Set it with: ${setCommand(cmdlet, obj, `${param} <value>`)}.`;
}

export const invalidValue: Rule = {
  meta: {
    id: 'invalid-value',
    defaultSeverity: 'error',
    category: 'value',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A property value Exchange would not accept: wrong boolean, enum member, number range, size, time span, name or address.',
  },
  check(ctx) {
    const file = ctx.file;
    if (!isObjectsFile(file)) return;
    // Dumps repeat the same values (True, 00:10:00, {SMTP:*;1}...) across objects: each is checked once.
    const memo = new Map<PropertyDef, Map<string, string | undefined>>();
    const problemOf = (def: PropertyDef, source: string, check: () => string | undefined): string | undefined => {
      let byText = memo.get(def);
      if (!byText) memo.set(def, (byText = new Map()));
      if (byText.has(source)) return byText.get(source);
      const problem = check();
      byText.set(source, problem);
      return problem;
    };
    for (const obj of file.objects) {
      if (!obj.kind) continue;
      for (const p of obj.properties) {
        const def = p.def;
        // Read-only and date values are Exchange's own rendering (dates in any culture): not the user's to fix.
        if (!def || def.readOnly || def.type.kind === 'date' || p.empty || CHECKED_ELSEWHERE.has(p.name.toLowerCase())) continue;
        if (obj.byName.get(p.name.toLowerCase()) !== p) continue;
        // Built only for a finding: most values are fine.
        const fix = () => howToSet(obj, def);
        if (def.type.kind === 'list' && p.list) {
          // Each item as the source gave it (CLIXML and JSON items may themselves contain ", ").
          const itemKind = def.type.item;
          for (const item of p.list) {
            const problem = problemOf(def, `\u0000${item.text}`, () => parseItem(itemKind, item.text).problem);
            if (problem) ctx.report({ range: item.range, message: `${p.name}: ${problem.replace(/\.$/, '')}.${fix()}` });
          }
          if (def.type.item === 'tls-domain-capability') {
            // Exchange refuses the same domain twice.
            for (const dup of findDuplicateTlsDomains(p.list.map((i) => parseTlsDomainCapabilities(i.text).value))) {
              for (const i of dup.indexes.slice(1)) {
                ctx.report({
                  range: p.list[i].range,
                  message: `${p.name} lists ${dup.key} more than once; Exchange refuses duplicate domains. Merge the capabilities into one entry.${fix()}`,
                });
              }
            }
          }
          continue;
        }
        const source = p.number !== undefined && p.text === '' ? String(p.number) : p.text;
        const problem = problemOf(def, source, () => parseValue(def.type, source, { enums: enumDef, dateOrder: file.dateOrder }).problem);
        if (problem) ctx.report({ range: p.valueRange, message: `${p.name}: ${problem.replace(/\.$/, '')}.${fix()}` });
      }
    }
  },
};
