import type { EdgeSubscriptionFile } from '../document';
import type { Rule } from './types';

export const subscriptionDuplicateElement: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'subscription-duplicate-element',
    defaultSeverity: 'warning',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'An element appears twice; Exchange reads the first and skips the others.',
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    if (!sub) return;
    for (const el of sub.duplicates) {
      const first = sub.byName.get(el.name)!;
      ctx.report({
        range: el.nameRange,
        message: `<${el.name}> appears more than once. Exchange uses the first one (line ${first.nameRange.start.line + 1}) and ignores this one; remove the duplicate or make the file again with New-EdgeSubscription.`,
        relatedInformation: [{ range: first.nameRange, message: 'The occurrence Exchange uses' }],
      });
    }
  },
};
