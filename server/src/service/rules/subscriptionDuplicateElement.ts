import type { EdgeSubscriptionFile } from '../document';
import type { Range } from '../types';
import { defineRule } from './types';

export const subscriptionDuplicateElement = defineRule<'duplicate', 'removeDuplicate', EdgeSubscriptionFile>({
  meta: {
    id: 'subscription-duplicate-element',
    defaultSeverity: 'warning',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'An element appears twice; Exchange reads the first and skips the others.',
    messages: {
      duplicate: '<{{name}}> appears again; the import reads only the first one, on line {{line}}.',
    },
    fixes: { removeDuplicate: 'Remove this second <{{name}}> (the import reads the first)' },
    sources: ['New-EdgeSubscription'],
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    if (!sub) return;
    for (const el of sub.duplicates) {
      const first = sub.byName.get(el.name)!;
      ctx.report({
        range: el.nameRange,
        messageId: 'duplicate',
        data: { name: el.name, line: first.nameRange.start.line + 1 },
        relatedInformation: [{ range: first.nameRange, message: `The <${el.name}> the import reads` }],
        fix: { fixId: 'removeDuplicate', edits: [{ range: wholeLines(ctx.file, el.elementRange), newText: '' }] },
      });
    }
  },
});

/** The element with its indentation and line break when it stands alone on its lines; else the element itself. */
function wholeLines(file: EdgeSubscriptionFile, r: Range): Range {
  const lines = file.lines;
  let start = lines.offsetAt(r.start);
  let end = lines.offsetAt(r.end);
  const before = file.text.slice(lines.offsetAt({ line: r.start.line, character: 0 }), start);
  const after = /^[ \t]*(\r?\n|$)/.exec(file.text.slice(end));
  if (/^[ \t]*$/.test(before) && after) {
    start -= before.length;
    end += after[0].length;
  }
  return lines.range(start, end);
}
