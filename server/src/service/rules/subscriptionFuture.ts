import type { EdgeSubscriptionFile } from '../document';
import { formatDuration, formatUtc } from '../time/ticks';
import { defineRule } from './types';

export const subscriptionFuture = defineRule<'future', never, EdgeSubscriptionFile>({
  meta: {
    id: 'subscription-future',
    defaultSeverity: 'error',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: "EffectiveDate is ahead of this machine's clock by more than the allowed skew: a Hub with this clock refuses the file.",
    messages: {
      future: "EffectiveDate {{date}} is {{ahead}} ahead of this machine's clock; a Hub with this time refuses the file.",
    },
    options: {
      skewMinutes: {
        type: 'integer',
        default: 5,
        minimum: 0,
        maximum: 1440,
        description: "How far EffectiveDate may be ahead of this machine's clock before it is reported (clocks are seldom exactly in step).",
      },
    },
    sources: ['New-EdgeSubscription'],
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    const eff = sub?.effectiveDate;
    const el = sub?.byName.get('EffectiveDate');
    if (!sub || !eff || !el) return;
    const ahead = eff.getTime() - ctx.settings.now.getTime();
    if (ahead <= Number(ctx.options.skewMinutes) * 60000) return;
    ctx.report({
      range: el.valueRange,
      messageId: 'future',
      data: { date: formatUtc(eff), ahead: formatDuration(ahead) },
    });
  },
});
