import type { EdgeSubscriptionFile } from '../document';
import { formatUtc } from '../time/ticks';
import { EDGE_SUBSCRIPTION_CREDENTIALS_2013, edgeOf } from './subscriptionShared';
import { defineRule } from './types';

export const subscriptionCredentials = defineRule<'valid' | 'expired' | 'undated', never, EdgeSubscriptionFile>({
  meta: {
    id: 'subscription-credentials',
    defaultSeverity: 'information',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'The file holds the clear-text password of the ESRA bootstrap account; delete it after import.',
    // Never the password itself: the messages name the account's Edge and dates only.
    messages: {
      valid: "This file holds {{edge}}'s bootstrap password in clear text, usable until {{date}}; delete it after import.",
      expired: "This file holds {{edge}}'s bootstrap password in clear text (expired {{date}}); delete the file.",
      undated: "This file holds {{edge}}'s bootstrap password in clear text; delete it after import.",
    },
    sources: [EDGE_SUBSCRIPTION_CREDENTIALS_2013],
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    const pw = sub?.byName.get('ESRAPassword');
    if (!sub || !pw || pw.isEmpty) return;
    const edge = edgeOf(sub) ?? 'the Edge';
    const expires = sub.expires;
    const messageId = !expires ? 'undated' : expires.getTime() > ctx.settings.now.getTime() ? 'valid' : 'expired';
    ctx.report({ range: pw.valueRange, messageId, data: { edge, date: expires ? formatUtc(expires) : '' } });
  },
});
