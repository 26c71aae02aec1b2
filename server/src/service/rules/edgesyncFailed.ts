import { enumMember } from '../objects/access';
import { rangeIn } from '../evidence/ranges';
import { displayName, property } from '../objects/model';
import { classifyEdgeSyncFailure } from '../evidence/edgeSyncFailure';
import { EDGE_SUBSCRIPTIONS, RESUBSCRIBE_TITLES, resubscribeFixes, serverArg } from './evidenceRules';
import { OBJECT_KINDS_OF_FILES, objectsOf } from './objectRules';
import { defineRule, type Fix } from './types';

type FixId = keyof typeof RESUBSCRIBE_TITLES | 'testPort' | 'startService' | 'enableLog' | 'syncNow';

export const edgesyncFailed = defineRule({
  meta: {
    id: 'edgesync-failed',
    defaultSeverity: 'error',
    category: 'evidence',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A Test-EdgeSynchronization result with SyncStatus Failed: why (FailureDetail), and what to run for it.',
    messages: {
      noCredentials: 'This Mailbox server has no EdgeSync credentials for {{edge}}, so it cannot synchronize it.',
      ldapUnavailable: 'EdgeSync cannot reach the directory (AD LDS) of {{edge}}: the LDAP server is unavailable.',
      credentialInvalid: '{{edge}} refused the EdgeSync account: the credential is invalid.',
      leaseExpired: 'The EdgeSync lease on {{edge}} expired: no Mailbox server of the site is synchronizing it.',
      cookieNotUpdated: 'EdgeSync has not completed a synchronization of {{edge}} in time (cookie not updated).',
      connection: 'EdgeSync cannot connect to {{edge}}.',
      failed: 'The EdgeSync test failed for {{edge}}.',
    },
    fixes: {
      ...RESUBSCRIBE_TITLES,
      testPort: 'Test the EdgeSync port (TCP 50636) from this Mailbox server to {{edge}}',
      startService: 'Start the EdgeSync service on this Mailbox server (and on the others of the site)',
      enableLog: 'Turn on the EdgeSync log (level High) to see why synchronization fails',
      syncNow: 'Synchronize {{edge}} now',
    },
    sources: ['Test-EdgeSynchronization', EDGE_SUBSCRIPTIONS, 'New-EdgeSubscription', 'Remove-EdgeSubscription'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'edgesync-result')) {
      const status = enumMember(obj, 'SyncStatus');
      if (!status || (status.value !== 'Failed' && status.value !== 'FailedUrgent')) continue;
      const detail = property(obj, 'FailureDetail');
      const failure = detail && !detail.empty ? classifyEdgeSyncFailure(detail.text) : undefined;
      const name = displayName(obj) === '(unnamed)' ? undefined : displayName(obj);
      const edge = name ?? failure?.subject ?? 'the Edge';
      const target = serverArg(name ?? failure?.subject ?? '<edge>');
      const testPort: Fix<FixId> = { fixId: 'testPort', command: `Test-NetConnection -ComputerName ${target} -Port 50636` };
      const enableLog: Fix<FixId> = { fixId: 'enableLog', command: 'Get-EdgeSyncServiceConfig | Set-EdgeSyncServiceConfig -LogEnabled $true -LogLevel High' };
      const syncNow: Fix<FixId> = { fixId: 'syncNow', command: `Start-EdgeSynchronization -TargetServer ${target}` };
      let messageId: 'noCredentials' | 'ldapUnavailable' | 'credentialInvalid' | 'leaseExpired' | 'cookieNotUpdated' | 'connection' | 'failed' = 'failed';
      let fix: Fix<FixId>[] = [enableLog];
      switch (failure?.kind) {
        case 'noCredentials':
        case 'credentialInvalid':
          messageId = failure.kind;
          fix = resubscribeFixes(name ?? failure.subject);
          break;
        case 'ldapUnavailable':
          messageId = 'ldapUnavailable';
          fix = [testPort, ...resubscribeFixes(name).slice(0, 2)];
          break;
        case 'leaseExpired':
          messageId = 'leaseExpired';
          fix = [{ fixId: 'startService', command: 'Get-Service MSExchangeEdgeSync | Start-Service' }, syncNow];
          break;
        case 'cookieNotUpdated':
          messageId = 'cookieNotUpdated';
          fix = [enableLog, syncNow];
          break;
        case 'connection':
          messageId = 'connection';
          fix = [testPort, enableLog];
          break;
      }
      ctx.report({ range: detail && failure ? rangeIn(ctx.file, detail, failure.start, failure.end) : status.prop.valueRange, messageId, data: { edge }, fix });
    }
  },
});
