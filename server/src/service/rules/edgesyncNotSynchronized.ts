import { enumMember } from '../objects/access';
import { displayName, property } from '../objects/model';
import { classifyEdgeSyncFailure } from '../evidence/edgeSyncFailure';
import { rangeIn } from '../evidence/ranges';
import { EDGE_SUBSCRIPTION_PROCEDURES, serverArg } from './evidenceRules';
import { OBJECT_KINDS_OF_FILES, objectsOf } from './objectRules';
import { defineRule } from './types';

/** The areas Test-EdgeSynchronization compares, with how messages name them. */
const AREAS: readonly [string, string][] = [
  ['TransportServerStatus', 'Transport servers'],
  ['TransportConfigStatus', 'Transport configuration'],
  ['AcceptedDomainStatus', 'Accepted domains'],
  ['RemoteDomainStatus', 'Remote domains'],
  ['SendConnectorStatus', 'Send connectors'],
  ['MessageClassificationStatus', 'Message classifications'],
  ['RecipientStatus', 'Recipients'],
];
const AREA_PROBLEMS = new Set(['NotSynchronized', 'DirectoryError', 'Expired']);

export const edgesyncNotSynchronized = defineRule({
  meta: {
    id: 'edgesync-not-synchronized',
    defaultSeverity: 'warning',
    category: 'evidence',
    kinds: OBJECT_KINDS_OF_FILES,
    description:
      'A Test-EdgeSynchronization result that shows no synchronization: no subscription or configuration for the site, a test that could not tell, or an area that differs (-FullCompareMode).',
    messages: {
      noSubscription: 'No Edge is subscribed to site {{site}}, so EdgeSync has nothing to synchronize.',
      noServiceConfig: 'Site {{site}} has no EdgeSync service configuration, so nothing is synchronized.',
      notConfigured: 'EdgeSync is not configured for the site of this Mailbox server.',
      inProgress: 'A synchronization of {{edge}} held the lock, so the test could not tell; run it again.',
      notStarted: 'No synchronization of {{edge}} has started yet.',
      area: '{{area}} on {{edge}} are {{status}}: the Edge does not hold what Active Directory holds.',
    },
    fixes: {
      subscribe: 'Import a subscription file made on the Edge (New-EdgeSubscription -FileName) on a Mailbox server of {{site}}',
      createConfig: 'Create the EdgeSync service configuration of {{site}}',
      retest: 'Run the EdgeSync test for {{edge}} again',
      syncNow: 'Synchronize {{edge}} now',
      fullSync: 'Synchronize {{edge}} in full',
    },
    sources: ['Test-EdgeSynchronization', 'Start-EdgeSynchronization', 'New-EdgeSyncServiceConfig', EDGE_SUBSCRIPTION_PROCEDURES],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'edgesync-result')) {
      const status = enumMember(obj, 'SyncStatus');
      const named = displayName(obj) !== '(unnamed)';
      const edge = named ? displayName(obj) : 'the Edge';
      const target = serverArg(named ? displayName(obj) : '<edge>');
      if (status?.value === 'NoSyncConfigured') {
        const detail = property(obj, 'FailureDetail');
        const f = detail && !detail.empty ? classifyEdgeSyncFailure(detail.text) : undefined;
        const range = detail && f ? rangeIn(ctx.file, detail, f.start, f.end) : status.prop.valueRange;
        const site = f?.subject ?? '<site>';
        if (f?.kind === 'noSubscription')
          ctx.report({
            range,
            messageId: 'noSubscription',
            data: { site },
            fix: { fixId: 'subscribe', command: `New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('<path>\\<edge>.xml')) -Site "${site}"` },
          });
        else if (f?.kind === 'noServiceConfig')
          ctx.report({
            range,
            messageId: 'noServiceConfig',
            data: { site },
            fix: { fixId: 'createConfig', command: `New-EdgeSyncServiceConfig -Site "${site}"` },
          });
        else ctx.report({ range, messageId: 'notConfigured' });
        continue;
      }
      if (status?.value === 'Inconclusive') {
        const lease = enumMember(obj, 'LeaseType')?.value;
        if (lease === 'Lock')
          ctx.report({
            range: status.prop.valueRange,
            messageId: 'inProgress',
            data: { edge },
            fix: { fixId: 'retest', command: `Test-EdgeSynchronization -TargetServer ${target} -ExcludeRecipientTest` },
          });
        else
          ctx.report({
            range: status.prop.valueRange,
            messageId: 'notStarted',
            data: { edge },
            fix: { fixId: 'syncNow', command: `Start-EdgeSynchronization -TargetServer ${target}` },
          });
        continue;
      }
      for (const [name, label] of AREAS) {
        const v = enumMember(obj, name);
        if (!v || !AREA_PROBLEMS.has(v.value)) continue;
        ctx.report({
          range: v.prop.valueRange,
          messageId: 'area',
          data: { area: label, edge, status: v.value },
          fix: { fixId: 'fullSync', command: `Start-EdgeSynchronization -TargetServer ${target} -ForceFullSync` },
        });
      }
    }
  },
});
