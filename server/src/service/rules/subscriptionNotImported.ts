import { shortServer } from '../project/trustIndex';
import type { Rule } from './types';

export const subscriptionNotImported: Rule = {
  meta: {
    id: 'subscription-not-imported',
    defaultSeverity: 'warning',
    category: 'trust',
    kinds: ['edge-subscription'],
    description: 'The send connector exports have EdgeSync connectors, but none lists this Edge in SourceTransportServers.',
  },
  checkProject(ctx) {
    const edgeSync = ctx.trust.connectors.filter((c) => c.kind === 'send-connector' && /^EdgeSync - .+ to Internet$/i.test(c.name));
    // A cut SourceTransportServers list may hold the Edge after the cut: no conclusion then.
    if (edgeSync.length === 0 || edgeSync.some((c) => !c.serversComplete)) return;
    for (const s of ctx.trust.subscriptions) {
      const name = shortServer(s.edgeName ?? s.edgeFqdn);
      if (!name || !s.nameRange) continue;
      if (edgeSync.some((c) => c.servers.includes(name))) continue;
      ctx.report({
        uri: s.uri,
        range: s.nameRange,
        message: `No EdgeSync connector in the send connector exports lists ${s.edgeName ?? s.edgeFqdn} in SourceTransportServers (${edgeSync.map((c) => `"${c.name}"`).join(', ')}), so the Hubs do not treat this Edge as subscribed: the file was never imported, or the subscription was removed. On a Mailbox server: New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('<this file>')) -Site <site> (within the file's validity; otherwise make a new one on the Edge).`,
        relatedInformation: edgeSync.slice(0, 5).map((c) => ({ uri: c.uri, range: c.obj.range, message: `EdgeSync connector "${c.name}"` })),
      });
    }
  },
};
