import type { EdgeSubscriptionFile } from '../document';
import { SUBSCRIPTION_ELEMENT_BY_NAME } from '../edgeSubscription/elements';
import { closestName } from '../text/suggest';
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import type { Rule } from './types';

export const subscriptionUnknownElement: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'subscription-unknown-element',
    defaultSeverity: 'warning',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'An element that EdgeSubscription files do not have; Exchange skips it silently.',
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    if (!sub) return;
    for (const el of sub.unknown) {
      const guess = closestName(el.name, SUBSCRIPTION_ELEMENT_BY_NAME.keys());
      const hint = guess ? ` Did you mean <${guess}>? (Names are case-sensitive.)` : '';
      const missing = guess && !sub.byName.has(guess) ? ` As written, Exchange ignores it and treats <${guess}> as missing.` : ' Exchange ignores it.';
      ctx.report({
        range: el.nameRange,
        message: `<${el.name}> is not an EdgeSubscription element.${hint}${missing}`,
        fix: guess ? { title: `Change to ${guess}`, edits: renameEdits(ctx.file, el.nameRange, el.elementRange, el.name, guess) } : undefined,
      });
    }
  },
};

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
