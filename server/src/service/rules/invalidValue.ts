import { enumDef } from '../catalogue';
import type { PropertyDef } from '../catalogue/types';
import { isObjectsFile } from '../document';
import { displayName, type ExchangeObject } from '../objects/model';
import { lowerName } from '../text/lowerName';
import { closestName } from '../text/suggest';
import { parseItem, parseValue } from '../values/byType';
import { isRedacted } from '../values/placeholder';
import { findDuplicateTlsDomains, parseTlsDomainCapabilities } from '../values/tlsDomainCapabilities';
import { OBJECT_KINDS_OF_FILES, setCommand } from './objectRules';
import { defineRule, type Fix } from './types';

/** Properties a dedicated rule checks (with a better message): invalid-value leaves them alone. */
const CHECKED_ELSEWHERE = new Set(['tlscertificatename']);

type FixId = 'setSuggested' | 'setValue';

/**
 * The command that sets the property: with the member the value was meant to be when it is a near miss of one
 * (`DomainValidaton`), else with a `<value>` to fill in. None when the property is only set at creation.
 */
function setFix(obj: ExchangeObject, def: PropertyDef, value: string): Fix<FixId> | undefined {
  const [cmdlet, param] = (def.setBy ?? '').split(/\s+/);
  if (!param || !cmdlet.startsWith('Set-')) return undefined;
  const type = def.type;
  if (type.kind === 'bool') {
    // A misspelt True or False is fixed; anything else ("Yes") is the user's call, not a guess.
    const b = closestName(value, ['True', 'False']);
    return b ? { fixId: 'setSuggested', data: { value: b }, command: setCommand(cmdlet, obj, `${param} $${b.toLowerCase()}`) } : undefined;
  }
  const members = type.kind === 'enum' ? enumDef(type.enum)?.members.map((m) => m.name) : undefined;
  const suggested = members ? closestName(value, members) : undefined;
  if (suggested) return { fixId: 'setSuggested', data: { value: suggested }, command: setCommand(cmdlet, obj, `${param} ${suggested}`) };
  // PowerShell refuses a bare `<` in an argument: the placeholder is quoted.
  return { fixId: 'setValue', command: setCommand(cmdlet, obj, `${param} "<value>"`) };
}

export const invalidValue = defineRule<'invalid' | 'invalidItem' | 'duplicateDomain', FixId>({
  meta: {
    id: 'invalid-value',
    defaultSeverity: 'error',
    category: 'value',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A property value Exchange would not accept: wrong boolean, enum member, number range, size, time span, name or address.',
    messages: {
      invalid: '{{property}} is invalid: {{problem}}',
      invalidItem: '{{property}} has an invalid item: {{problem}}',
      duplicateDomain: '{{property}} lists {{domain}} more than once, which Exchange refuses.',
    },
    fixes: {
      setSuggested: 'Set {{property}} of "{{name}}" to {{value}}',
      setValue: 'Set {{property}} of "{{name}}" to a value Exchange accepts (fill in <value>)',
    },
    sources: ['Set-SendConnector', 'Set-ReceiveConnector', 'Set-OutboundConnector', 'Set-InboundConnector'],
  },
  check(ctx) {
    const file = ctx.file;
    if (!isObjectsFile(file)) return;
    // Dumps repeat the same values (True, 00:10:00, {SMTP:*;1}...) across objects: each is checked once.
    const memo = new Map<PropertyDef, Map<string, string | undefined>>();
    // A value, or (asItem) one item of a list value; no closure per property: this runs for every one of them.
    const problemOf = (def: PropertyDef, source: string, asItem: boolean): string | undefined => {
      let byText = memo.get(def);
      if (!byText) memo.set(def, (byText = new Map()));
      const key = asItem ? `\u0000${source}` : source;
      if (byText.has(key)) return byText.get(key);
      const problem =
        asItem && def.type.kind === 'list'
          ? parseItem(def.type.item, source).problem
          : parseValue(def.type, source, { enums: enumDef, dateOrder: file.dateOrder }).problem;
      byText.set(key, problem);
      return problem;
    };
    // The grammar's explanation, shortened to its first clause when the whole would make a long message.
    const sentence = (problem: string) => {
      const p = problem.replace(/\.$/, '');
      return (p.length > 140 && p.includes('; ') ? p.slice(0, p.indexOf('; ')) : p) + '.';
    };
    for (const obj of file.objects) {
      if (!obj.kind) continue;
      for (const p of obj.properties) {
        const def = p.def;
        // Read-only and date values are Exchange's own rendering (dates in any culture): not the user's to fix.
        if (!def || def.readOnly || def.type.kind === 'date' || p.empty) continue;
        const key = lowerName(p.name);
        if (CHECKED_ELSEWHERE.has(key) || obj.byName.get(key) !== p) continue;
        // Built only for a finding: most values are valid, and this runs for every property of every object.
        const data = () => ({ property: p.name, name: displayName(obj) });
        if (def.type.kind === 'list' && p.list) {
          // Each item as the source gave it (CLIXML and JSON items may themselves contain ", ").
          for (const item of p.list) {
            // A redacted item (`<domain>`, `x.x.x.x`) is hidden, not wrong: redacted-value says so.
            if (isRedacted(item.text)) continue;
            const problem = problemOf(def, item.text, true);
            if (problem)
              ctx.report({ range: item.range, messageId: 'invalidItem', data: { ...data(), problem: sentence(problem) }, fix: setFix(obj, def, item.text) });
          }
          if (def.type.item === 'tls-domain-capability') {
            // Exchange refuses the same domain twice.
            for (const dup of findDuplicateTlsDomains(p.list.map((i) => parseTlsDomainCapabilities(i.text).value))) {
              for (const i of dup.indexes.slice(1)) {
                ctx.report({ range: p.list[i].range, messageId: 'duplicateDomain', data: { ...data(), domain: dup.key }, fix: setFix(obj, def, '') });
              }
            }
          }
          continue;
        }
        const source = p.number !== undefined && p.text === '' ? String(p.number) : p.text;
        if (isRedacted(source)) continue;
        const problem = problemOf(def, source, false);
        if (problem) ctx.report({ range: p.valueRange, messageId: 'invalid', data: { ...data(), problem: sentence(problem) }, fix: setFix(obj, def, source) });
      }
    }
  },
});
