import { edgeSubscribed } from '../project/edgeSubscribed';
import { checkSubscribedCommand, EDGE_SUBSCRIPTIONS, edgeOf, importCommand, newFileCommand } from './subscriptionShared';
import { importWindow } from './subscriptionValidity';
import { defineRule, type Fix } from './types';

type FixId = 'checkSubscribed' | 'import' | 'newFile';

export const subscriptionNotImported = defineRule<'notListed', FixId>({
  meta: {
    id: 'subscription-not-imported',
    defaultSeverity: 'warning',
    category: 'trust',
    kinds: ['edge-subscription'],
    description:
      'The send connector exports have EdgeSync connectors (to Internet or inbound), but no send connector lists this Edge in SourceTransportServers.',
    messages: {
      notListed: 'No send connector in the exports lists {{edge}}, so this subscription file looks never imported.',
    },
    fixes: {
      checkSubscribed: 'Check on a Mailbox server whether {{edge}} is subscribed (read-only)',
      import: 'Import this file on a Mailbox server of {{site}} (subscribes {{edge}}, creates its EdgeSync connectors)',
      newFile: 'Make a new subscription file on {{edge}}, this one has expired (new bootstrap account)',
    },
    sources: ['New-EdgeSubscription', 'Get-EdgeSubscription', EDGE_SUBSCRIPTIONS],
  },
  checkProject(ctx) {
    for (const s of ctx.trust.subscriptions) {
      if (!s.nameRange) continue;
      const e = edgeSubscribed(ctx.trust, s);
      if (e.state !== 'unlisted') continue;
      const sub = s.file.subscription;
      const edge = edgeOf(sub) ?? e.edge;
      const site = e.sites.length === 1 ? e.sites[0] : undefined;
      const w = importWindow(sub, ctx.settings.now);
      // Look first: a subscription made with both connector switches $false lists the Edge nowhere.
      const fixes: Fix<FixId>[] = [{ fixId: 'checkSubscribed', command: checkSubscribedCommand(edge) }];
      if (w && w.window !== 'open') fixes.push({ fixId: 'newFile', command: newFileCommand(edge) });
      else fixes.push({ fixId: 'import', command: importCommand(s.uri, site) });
      ctx.report({
        uri: s.uri,
        range: s.nameRange,
        messageId: 'notListed',
        data: { edge, site: site ? `site "${site}"` : 'its site' },
        relatedInformation: e.edgeSync.slice(0, 5).map((c) => ({
          uri: c.uri,
          range: c.obj.range,
          message: `EdgeSync connector "${c.name}" lists ${c.servers.length > 0 ? c.servers.map((x) => x.toUpperCase()).join(', ') : 'no server'}`,
        })),
        fix: fixes,
      });
    }
  },
});
