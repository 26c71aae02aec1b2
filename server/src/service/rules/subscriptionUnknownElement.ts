import type { EdgeSubscriptionFile } from '../document';
import { SUBSCRIPTION_ELEMENT_BY_NAME } from '../edgeSubscription/elements';
import { NameSuggester } from '../text/suggest';
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import { clip } from './subscriptionShared';
import { defineRule } from './types';

const ELEMENT_NAMES = new NameSuggester(SUBSCRIPTION_ELEMENT_BY_NAME.keys());

export const subscriptionUnknownElement = defineRule<'unknown' | 'misspelt' | 'misspeltMissing', 'rename', EdgeSubscriptionFile>({
  meta: {
    id: 'subscription-unknown-element',
    defaultSeverity: 'warning',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'An element that EdgeSubscription files do not have; Exchange skips it silently.',
    messages: {
      unknown: '<{{name}}> is not an EdgeSubscription element; the import skips it.',
      misspelt: '<{{name}}> is not an EdgeSubscription element; did you mean <{{guess}}>?',
      misspeltMissing: '<{{name}}> is not an EdgeSubscription element, so the import finds no <{{guess}}>.',
    },
    fixes: { rename: 'Change to <{{guess}}> (element names are case-sensitive)' },
    sources: ['New-EdgeSubscription'],
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    if (!sub) return;
    for (const el of sub.unknown) {
      const guess = ELEMENT_NAMES.suggest(el.name);
      const name = clip(el.name);
      if (!guess) {
        ctx.report({ range: el.nameRange, messageId: 'unknown', data: { name } });
        continue;
      }
      ctx.report({
        range: el.nameRange,
        messageId: sub.byName.has(guess) ? 'misspelt' : 'misspeltMissing',
        data: { name, guess },
        fix: { fixId: 'rename', edits: renameEdits(ctx.file, el.nameRange, el.elementRange, el.name, guess) },
      });
    }
  },
});

/** The start tag's name and, unless the element closes itself, the end tag's name. */
function renameEdits(
  file: { text: string; lines: LineIndex },
  nameRange: Range,
  elementRange: Range,
  name: string,
  to: string,
): { range: Range; newText: string }[] {
  const edits = [{ range: nameRange, newText: to }];
  const end = file.lines.offsetAt(elementRange.end);
  const closeName = end - 1 - name.length;
  if (file.text.slice(closeName - 2, end) === `</${name}>`) edits.push({ range: file.lines.range(closeName, closeName + name.length), newText: to });
  return edits;
}
