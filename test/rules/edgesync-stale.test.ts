// Staleness of a Test-EdgeSynchronization result: the last synchronization against the time of the test (twice
// the longer sync interval plus 30 minutes), and the test itself against the time of the check (settings.now).
import { under } from '../helpers/annotate';
import { ruleTester } from '../helpers/ruleTester';

function result(utcNow: string, last: string, status = 'Normal'): string {
  return `
SyncStatus                  : ${status}
UtcNow                      : ${utcNow}
Name                        : EDGE01
LeaseType                   : Option
FailureDetail               :
LeaseExpiryUtc              : 5/6/2024 8:37:41 AM
${last}
CookieRecords               : Number of cookies 2
`;
}
const last = (v: string) => `LastSynchronizedUtc         : ${v}`;

ruleTester('edgesync-stale', {
  valid: [
    {
      name: 'synchronized 3 minutes before the test, checked within the hour',
      now: '2024-05-06T09:00:00Z',
      text: result('5/6/2024 8:10:00 AM', last('5/6/2024 8:07:41 AM')),
    },
    {
      name: 'Failed results are edgesync-failed findings (Exchange already says it)',
      now: '2024-05-06T09:00:00Z',
      text: result('5/6/2024 8:10:00 AM', last('5/6/2024 6:00:00 AM'), 'Failed'),
    },
    { name: 'never synchronized (1/1/0001) is not staleness', now: '2024-05-06T09:00:00Z', text: result('5/6/2024 8:10:00 AM', last('1/1/0001 12:00:00 AM')) },
    {
      name: 'longer intervals configured: 2 x 20 + 30 minutes allowed',
      now: '2024-05-06T09:00:00Z',
      settings: { ruleOptions: { 'edgesync-stale': { recipientSyncIntervalMinutes: 20 } } },
      text: result('5/6/2024 8:10:00 AM', last('5/6/2024 7:10:00 AM')),
    },
  ],
  invalid: [
    {
      name: 'last synchronized 2 hours before the test (both dates read the same way)',
      now: '2024-05-06T09:00:00Z',
      text: result(
        '5/6/2024 8:10:00 AM',
        under(last('5/6/2024 6:05:00 AM'), '5/6/2024 6:05:00 AM', 'edgesync-stale[lastSync] fix: Start-EdgeSynchronization -TargetServer EDGE01'),
      ),
    },
    {
      name: 'a day-first culture (13/05 settles it)',
      now: '2024-05-13T09:00:00Z',
      text: result('13/05/2024 08:10:00', under(last('13/05/2024 06:05:00'), '13/05/2024 06:05:00', 'edgesync-stale[lastSync]')),
    },
    {
      name: 'the order of day and month decides (1 month or 20 minutes): reported as uncertain',
      now: '2024-06-06T01:00:00Z',
      text: result('6/6/2024 12:10:00 AM', under(last('5/6/2024 11:50:00 PM'), '5/6/2024 11:50:00 PM', 'edgesync-stale[lastSyncMaybe]')),
    },
    {
      name: 'a last synchronization after the test is impossible: that reading is ruled out',
      now: '2024-07-06T09:00:00Z',
      text: result('6/7/2024 8:10:00 AM', under(last('7/6/2024 7:00:00 AM'), '7/6/2024 7:00:00 AM', 'edgesync-stale[lastSync]')),
    },
    {
      name: 'a Normal result taken two weeks before the check (settings.now, CLI --now)',
      now: '2024-05-20T09:00:00Z',
      text: result('5/6/2024 8:10:00 AM', last('5/6/2024 8:07:41 AM')).replace(
        'UtcNow                      : 5/6/2024 8:10:00 AM',
        under(
          'UtcNow                      : 5/6/2024 8:10:00 AM',
          '5/6/2024 8:10:00 AM',
          'edgesync-stale[oldResult] fix: Test-EdgeSynchronization -TargetServer EDGE01 -ExcludeRecipientTest',
        ),
      ),
    },
    {
      name: 'ConvertTo-Json: exact dates (/Date(ms)/), no culture to guess',
      now: '2024-05-06T09:00:00Z',
      file: 'test-edgesync.json',
      text: [
        '[',
        '  {',
        '    "SyncStatus": "Normal",',
        '    "UtcNow": "/Date(1714983000000)/",',
        '    "Name": "EDGE01",',
        '    "LeaseType": "Option",',
        '    "LastSynchronizedUtc": "/Date(1714975500000)/"',
        '//                          ^^^^^^^^^^^^^^^^^^^^^ edgesync-stale[lastSync]',
        '  }',
        ']',
        '',
      ].join('\n'),
    },
    {
      name: 'a shorter limit for old results',
      now: '2024-05-06T20:00:00Z',
      settings: { ruleOptions: { 'edgesync-stale': { maxResultAgeHours: 6 } } },
      text: result('5/6/2024 8:10:00 AM', last('5/6/2024 8:07:41 AM')).replace(
        'UtcNow                      : 5/6/2024 8:10:00 AM',
        under('UtcNow                      : 5/6/2024 8:10:00 AM', '5/6/2024 8:10:00 AM', 'edgesync-stale[oldResult]'),
      ),
    },
  ],
});
