import type { EdgeSubscriptionFile } from '../document';
import { formatDuration } from '../time/ticks';
import { checkSubscribedCommand, edgeOf, newFileCommand } from './subscriptionShared';
import { durationNote, effectiveDateRange, importWindow, listedBy, listedNotes } from './subscriptionValidity';
import { defineRule } from './types';

export const subscriptionExpiring = defineRule<'expiring' | 'expiringImported', 'checkSubscribed' | 'newFile', EdgeSubscriptionFile>({
  meta: {
    id: 'subscription-expiring',
    defaultSeverity: 'error',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description:
      'Less than 5 minutes of the bootstrap account remain: the import refuses the file. Information only when the connector exports show the Edge subscribed.',
    messages: {
      expiring: 'Subscription file for {{edge}} has only {{left}} left; the import needs at least 5 minutes.',
      expiringImported: 'Subscription file for {{edge}} expires in {{left}}, but {{edge}} is already subscribed: delete the file.',
    },
    fixes: {
      checkSubscribed: 'Check on a Mailbox server whether {{edge}} is already subscribed (read-only)',
      newFile: 'Make a new subscription file on {{edge}} (new bootstrap account; import it within 24 hours)',
    },
    sources: ['New-EdgeSubscription'],
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    const w = importWindow(sub, ctx.settings.now);
    const range = sub && effectiveDateRange(sub);
    if (!sub || !w || w.window !== 'expiring' || !range) return;
    const edge = edgeOf(sub);
    ctx.report({
      range,
      messageId: 'expiring',
      data: { edge: edge ?? 'the Edge', left: formatDuration(w.leftMs) },
      relatedInformation: durationNote(sub),
      fix: [
        { fixId: 'checkSubscribed', command: checkSubscribedCommand(edge) },
        { fixId: 'newFile', command: newFileCommand(edge) },
      ],
    });
  },
  // Replaces the file's own finding when the connector exports list the Edge (lint.ts withCrossFile).
  checkProject(ctx) {
    for (const s of ctx.trust.subscriptions) {
      const sub = s.file.subscription;
      const w = importWindow(sub, ctx.settings.now);
      const range = sub && effectiveDateRange(sub);
      if (!sub || !w || w.window !== 'expiring' || !range) continue;
      const by = listedBy(ctx.trust, s);
      if (by.length === 0) continue;
      const edge = edgeOf(sub) ?? 'the Edge';
      ctx.report({
        uri: s.uri,
        range,
        messageId: 'expiringImported',
        data: { edge, left: formatDuration(w.leftMs) },
        moot: true,
        relatedInformation: listedNotes(by, edge),
      });
    }
  },
});
