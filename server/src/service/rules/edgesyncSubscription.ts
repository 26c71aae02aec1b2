import { shortServer } from '../project/trustIndex';
import { formatUtc } from '../time/ticks';
import { EDGE_SUBSCRIPTIONS, RESUBSCRIBE_TITLES, resubscribeFixes, serverArg } from './evidenceRules';
import { defineRule, type Fix } from './types';

type FixId = keyof typeof RESUBSCRIBE_TITLES | 'importThis';

/** The import refuses a file with less than 5 minutes left (collector-and-runbooks.md B1 step 5). */
const IMPORT_MARGIN_MS = 5 * 60000;

/** The file name of a path or URI. */
function baseName(uri: string): string {
  return decodeURIComponent(uri.split(/[\\/]/).pop() ?? uri);
}

export const edgesyncSubscription = defineRule({
  meta: {
    id: 'edgesync-subscription',
    defaultSeverity: 'warning',
    category: 'evidence',
    kinds: ['edge-subscription', 'format-list', 'clixml', 'json'],
    description:
      "A Test-EdgeSynchronization failure (no credentials, credential refused, LDAP unavailable) tied to the Edge's subscription file in the workspace, on both: whether the file can still be imported, or a new one is needed.",
    messages: {
      fileValid: 'Importing {{file}} again re-subscribes {{edge}}: the file is valid until {{until}}.',
      fileExpired: 'Re-subscribing {{edge}} needs a new file: {{file}} expired on {{until}}.',
      fileSeen: 'Re-subscribe {{edge}}: {{file}} is the subscription to renew.',
      onSubscription: 'Test-EdgeSynchronization reports {{failure}} for this Edge: re-subscribe it.',
    },
    fixes: { ...RESUBSCRIBE_TITLES, importThis: 'Import {{file}} on a Mailbox server in the Edge site (it replaces the subscription)' },
    sources: ['Test-EdgeSynchronization', 'New-EdgeSubscription', EDGE_SUBSCRIPTIONS],
  },
  checkProject(ctx) {
    const { trust, settings } = ctx;
    if (trust.subscriptions.length === 0) return;
    for (const r of trust.edgeSyncResults) {
      const kind = r.failure?.kind;
      if (kind !== 'noCredentials' && kind !== 'credentialInvalid' && kind !== 'ldapUnavailable') continue;
      const fqdn = kind === 'noCredentials' ? r.failure?.subject?.toLowerCase() : undefined;
      const subs = trust.subscriptions.filter(
        (s) => (r.edge && shortServer(s.edgeName ?? s.edgeFqdn) === r.edge) || (fqdn && s.edgeFqdn?.toLowerCase() === fqdn),
      );
      const failure =
        kind === 'noCredentials' ? 'no EdgeSync credentials' : kind === 'credentialInvalid' ? 'an invalid EdgeSync credential' : 'the LDAP server unavailable';
      for (const s of subs) {
        const edge = s.edgeName ?? s.edgeFqdn ?? 'the Edge';
        const file = baseName(s.uri);
        const expires = s.file.subscription?.expires;
        const valid = expires !== undefined && settings.now.getTime() < expires.getTime() - IMPORT_MARGIN_MS;
        const fixes: Fix<FixId>[] = valid
          ? [
              {
                fixId: 'importThis',
                command: `New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('<path>\\${file}')) -Site "<site>"; Start-EdgeSynchronization -TargetServer ${serverArg(edge)} -ForceFullSync`,
              },
            ]
          : resubscribeFixes(edge);
        const data = { edge, file, until: expires ? formatUtc(expires) : '', failure };
        const subRange = s.nameRange ?? s.blobRange ?? s.file.subscription?.xml.rootRange;
        const at = r.failureRange;
        ctx.report({
          uri: r.uri,
          range: at,
          messageId: expires === undefined ? 'fileSeen' : valid ? 'fileValid' : 'fileExpired',
          data,
          fix: fixes,
          relatedInformation: subRange ? [{ uri: s.uri, range: subRange, message: `Subscription file of ${edge}` }] : undefined,
        });
        if (subRange)
          ctx.report({
            uri: s.uri,
            range: subRange,
            messageId: 'onSubscription',
            data,
            fix: fixes,
            relatedInformation: [{ uri: r.uri, range: at, message: 'FailureDetail of Test-EdgeSynchronization' }],
          });
      }
    }
  },
});
