import type { EdgeSubscriptionFile } from '../document';
import { formatUtc } from '../time/ticks';
import { checkSubscribedCommand, EDGE_SUBSCRIPTIONS_2013, edgeOf, newFileCommand } from './subscriptionShared';
import { durationNote, effectiveDateRange, importWindow, listedBy, listedNotes } from './subscriptionValidity';
import { defineRule } from './types';

export const subscriptionExpired = defineRule<'expired' | 'expiredImported', 'checkSubscribed' | 'newFile', EdgeSubscriptionFile>({
  meta: {
    id: 'subscription-expired',
    defaultSeverity: 'error',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description:
      'The bootstrap account (EffectiveDate + Duration) has expired: the file can no longer be imported. Information only when the connector exports show the Edge subscribed.',
    messages: {
      expired: 'Subscription file for {{edge}} expired on {{date}}; it can no longer be imported.',
      expiredImported: 'Subscription file for {{edge}} expired on {{date}}, but {{edge}} is already subscribed: delete the file.',
    },
    fixes: {
      checkSubscribed: 'Check on a Mailbox server whether {{edge}} is already subscribed (read-only)',
      newFile: 'Make a new subscription file on {{edge}} (new bootstrap account; import it within 24 hours)',
    },
    sources: ['New-EdgeSubscription', 'Get-EdgeSubscription', EDGE_SUBSCRIPTIONS_2013],
  },
  // On its own, a file is checked as one about to be imported.
  check(ctx) {
    const sub = ctx.file.subscription;
    const w = importWindow(sub, ctx.settings.now);
    const range = sub && effectiveDateRange(sub);
    if (!sub || !w || w.window !== 'expired' || !range) return;
    const edge = edgeOf(sub);
    ctx.report({
      range,
      messageId: 'expired',
      data: { edge: edge ?? 'the Edge', date: formatUtc(w.expires) },
      relatedInformation: durationNote(sub),
      // The file may have been imported long ago: look before making a new one (new credentials).
      fix: [
        { fixId: 'checkSubscribed', command: checkSubscribedCommand(edge) },
        { fixId: 'newFile', command: newFileCommand(edge) },
      ],
    });
  },
  // With the connector exports: an Edge they list is subscribed, and its expired file is only left to delete.
  // This finding replaces the file's own at the same range (lint.ts withCrossFile).
  checkProject(ctx) {
    for (const s of ctx.trust.subscriptions) {
      const sub = s.file.subscription;
      const w = importWindow(sub, ctx.settings.now);
      const range = sub && effectiveDateRange(sub);
      if (!sub || !w || w.window !== 'expired' || !range) continue;
      const by = listedBy(ctx.trust, s);
      if (by.length === 0) continue;
      const edge = edgeOf(sub) ?? 'the Edge';
      ctx.report({
        uri: s.uri,
        range,
        messageId: 'expiredImported',
        data: { edge, date: formatUtc(w.expires) },
        moot: true,
        relatedInformation: listedNotes(by, edge),
      });
    }
  },
});
