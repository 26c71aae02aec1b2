import type { EdgeSubscriptionFile } from '../document';
import { formatUtc } from '../time/ticks';
import type { Rule } from './types';

export const subscriptionCredentials: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'subscription-credentials',
    defaultSeverity: 'information',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'The file holds the clear-text password of the ESRA bootstrap account; delete it after import.',
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    const pw = sub?.byName.get('ESRAPassword');
    if (!sub || !pw || pw.isEmpty) return;
    const now = ctx.settings.now.getTime();
    const until = !sub.expires
      ? ''
      : sub.expires.getTime() > now
        ? ` The account works until ${formatUtc(sub.expires)}.`
        : ` The account expired ${formatUtc(sub.expires)}, but the file still shows how your Edge accounts are made.`;
    ctx.report({
      range: pw.valueRange,
      message: `This file holds the clear-text password of the Edge's bootstrap account (ESRA).${until} Keep it off shared drives and tickets, and delete every copy once the Hub has imported it.`,
    });
  },
};
