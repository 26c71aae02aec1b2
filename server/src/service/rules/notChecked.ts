import { kindDef } from '../catalogue';
import { isObjectsFile } from '../document';
import type { ExchangeObject } from '../objects/model';
import type { Range } from '../types';
import { defineRule } from './types';

type MessageId = 'noObject' | 'noKnownObject' | 'unknownObject' | 'connectorTable' | 'certificateTable' | 'cutRow';

/** A few of the names read, for the message (the hover and outline show them all). */
function someNames(obj: ExchangeObject): string {
  const names = obj.properties.map((p) => p.name);
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/** The first line of an object: where a finding about the whole object goes. */
function firstLine(obj: ExchangeObject): Range {
  const p = obj.properties[0];
  return p ? { start: p.nameRange.start, end: p.valueRange.end.line === p.nameRange.start.line ? p.valueRange.end : p.nameRange.end } : obj.range;
}

export const notChecked = defineRule<MessageId, 'formatList'>({
  meta: {
    id: 'not-checked',
    defaultSeverity: 'information',
    category: 'file',
    kinds: ['format-list', 'format-table'],
    description:
      'Text read as a dump or table in which nothing (or part of nothing) could be checked: objects of no known kind, tables that hide the TLS settings.',
    messages: {
      noObject: 'Nothing was checked: no property line was read in this text.',
      noKnownObject: 'Nothing was checked: the {{count}} properties read ({{names}}) are not those of a connector or certificate.',
      unknownObject: 'This object was not checked: its properties ({{names}}) are not those of a connector or certificate.',
      connectorTable: 'The {{cmdlet}} table shows no TLS settings, so its {{count}} connectors were not checked.',
      certificateTable: 'The certificate table has no dates, so expiry was not checked for its {{count}} certificates.',
      cutRow: 'This row was not checked: its {{property}} was cut to fit the table.',
    },
    fixes: { formatList: 'Show every property: {{cmdlet}} | Format-List' },
    sources: ['Get-SendConnector', 'Get-ReceiveConnector', 'Get-ExchangeCertificate'],
  },
  check(ctx) {
    const file = ctx.file;
    if (!isObjectsFile(file) || file.tooLarge) return;
    if (file.kind === 'format-table') {
      for (const t of file.tables ?? []) {
        const cmdlet = t.cmdlet ?? kindDef(t.kind).getCmdlet;
        const fix = { fixId: 'formatList' as const, data: { cmdlet }, command: `${cmdlet} | Format-List` };
        if (t.kind === 'exchange-certificate') {
          if (!t.columns.some((c) => c.toLowerCase() === 'notafter'))
            ctx.report({ range: t.range, messageId: 'certificateTable', data: { count: t.rows.length, cmdlet }, fix });
        } else if (!t.typed) ctx.report({ range: t.range, messageId: 'connectorTable', data: { count: t.rows.length, cmdlet }, fix });
      }
      // Rows of a table that is checked, left out because a value was cut to the column's width.
      for (const t of file.tables ?? []) {
        if (!t.typed) continue;
        const cmdlet = t.cmdlet ?? kindDef(t.kind).getCmdlet;
        for (const obj of t.rows) {
          if (obj.kind) continue;
          const cut = obj.properties.find((p) => /(\.\.\.|\u2026)$/.test(p.text));
          if (cut)
            ctx.report({
              range: cut.valueRange,
              messageId: 'cutRow',
              data: { property: cut.name, cmdlet },
              fix: { fixId: 'formatList', data: { cmdlet }, command: `${cmdlet} | Format-List` },
            });
        }
      }
      return;
    }
    const first = file.objects[0];
    if (!first) {
      ctx.report({ range: file.lines.range(0, file.lines.lineEnd(0)), messageId: 'noObject' });
      return;
    }
    if (file.objects.every((o) => !o.kind)) {
      // One finding for the whole text: it is not a dump of anything this linter reads.
      const names = new Set(file.objects.flatMap((o) => o.properties.map((p) => p.name)));
      const list = [...names];
      ctx.report({
        range: firstLine(first),
        messageId: 'noKnownObject',
        data: { count: list.length, names: list.length <= 3 ? list.join(', ') : `${list.slice(0, 3).join(', ')} and ${list.length - 3} more` },
      });
      return;
    }
    for (const obj of file.objects) {
      if (obj.kind) continue;
      ctx.report({ range: firstLine(obj), messageId: 'unknownObject', data: { names: someNames(obj) } });
    }
  },
});
