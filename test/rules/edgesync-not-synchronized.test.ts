// Test-EdgeSynchronization results that show no synchronization: NoSyncConfigured (both FailureDetail texts),
// Inconclusive (a lock held, or never started) and per-area statuses of -FullCompareMode.
import { under } from '../helpers/annotate';
import { ruleTester } from '../helpers/ruleTester';

const NOW = '2024-05-06T09:00:00Z';

function result(lines: Record<string, string>): string {
  const props: [string, string][] = [
    ['SyncStatus', 'Normal'],
    ['UtcNow', '5/6/2024 8:10:00 AM'],
    ['Name', 'EDGE01'],
    ['LeaseHolder', ''],
    ['LeaseType', 'Option'],
    ['FailureDetail', ''],
    ['LeaseExpiryUtc', '5/6/2024 8:37:41 AM'],
    ['LastSynchronizedUtc', '5/6/2024 8:07:41 AM'],
    ['TransportServerStatus', 'Synchronized'],
    ['TransportConfigStatus', 'Synchronized'],
    ['AcceptedDomainStatus', 'Synchronized'],
    ['RemoteDomainStatus', 'Synchronized'],
    ['SendConnectorStatus', 'Synchronized'],
    ['MessageClassificationStatus', 'Synchronized'],
    ['RecipientStatus', 'Synchronized'],
    ['CredentialRecords', 'Number of credentials 3'],
    ['CookieRecords', 'Number of cookies 2'],
  ];
  return (
    '\n' +
    props
      .map(([n, v]) => {
        const line = `${n.padEnd(27)} :${v === '' ? '' : ` ${v}`}`;
        return lines[n] ?? line;
      })
      .join('\n') +
    '\n'
  );
}
const line = (name: string, value: string) => `${name.padEnd(27)} : ${value}`;

ruleTester('edgesync-not-synchronized', {
  valid: [
    { name: 'Normal, every area synchronized', now: NOW, text: result({}) },
    { name: 'Skipped areas (no -FullCompareMode) say nothing', now: NOW, text: result({ SendConnectorStatus: line('SendConnectorStatus', 'Skipped') }) },
  ],
  invalid: [
    {
      name: 'no subscription for the site',
      now: NOW,
      text: result({
        SyncStatus: line('SyncStatus', 'NoSyncConfigured'),
        FailureDetail: under(
          line('FailureDetail', 'There are no Edge subscriptions for current site "Default-First-Site-Name".'),
          'There are no Edge subscriptions for current site "Default-First-Site-Name"',
          `edgesync-not-synchronized[noSubscription] fix: New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('<path>\\<edge>.xml')) -Site "Default-First-Site-Name"`,
        ),
      }),
    },
    {
      name: 'no EdgeSync configuration for the site',
      now: NOW,
      text: result({
        SyncStatus: line('SyncStatus', 'NoSyncConfigured'),
        FailureDetail: under(
          line('FailureDetail', 'EdgeSyncServiceConfig is missing for current site "Branch". Run New-EdgeSyncServiceConfig to resolve this problem.'),
          'EdgeSyncServiceConfig is missing for current site "Branch"',
          'edgesync-not-synchronized[noServiceConfig] fix: New-EdgeSyncServiceConfig -Site "Branch"',
        ),
      }),
    },
    {
      name: 'NoSyncConfigured without a detail: on the status',
      now: NOW,
      text: result({ SyncStatus: under(line('SyncStatus', 'NoSyncConfigured'), 'NoSyncConfigured', 'edgesync-not-synchronized[notConfigured]') }),
    },
    {
      name: 'Inconclusive with a Lock: a synchronization was running',
      now: NOW,
      text: result({
        SyncStatus: under(
          line('SyncStatus', 'Inconclusive'),
          'Inconclusive',
          'edgesync-not-synchronized[inProgress] fix: Test-EdgeSynchronization -TargetServer EDGE01 -ExcludeRecipientTest',
        ),
        LeaseType: line('LeaseType', 'Lock'),
        SendConnectorStatus: line('SendConnectorStatus', 'InProgress'),
      }),
    },
    {
      name: 'Inconclusive without a lease: never synchronized',
      now: NOW,
      text: result({
        SyncStatus: under(
          line('SyncStatus', 'Inconclusive'),
          'Inconclusive',
          'edgesync-not-synchronized[notStarted] fix: Start-EdgeSynchronization -TargetServer EDGE01',
        ),
        LeaseType: line('LeaseType', 'None'),
      }),
    },
    {
      name: '-FullCompareMode: the send connectors differ, recipients could not be read',
      now: NOW,
      text: result({
        SendConnectorStatus: under(
          line('SendConnectorStatus', 'NotSynchronized'),
          'NotSynchronized',
          'edgesync-not-synchronized[area] fix: Start-EdgeSynchronization -TargetServer EDGE01 -ForceFullSync',
        ),
        RecipientStatus: under(line('RecipientStatus', 'DirectoryError'), 'DirectoryError', 'edgesync-not-synchronized[area]'),
      }),
    },
  ],
});
