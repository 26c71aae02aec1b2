// "No EdgeSync credentials" (and the other connection failures) tied to the Edge's subscription file: on the
// result, whether that file can still be imported; on the file, that the Edge must be re-subscribed.
import { annotate } from '../helpers/annotate';
import { ruleTester } from '../helpers/ruleTester';
import { defaultSpec, subscriptionXml } from '../helpers/subscription';

const RULE = 'edgesync-subscription';
const NO_CREDENTIALS =
  'EdgeSync service cannot connect to this subscription because of error "No EdgeSync credentials were found for Edge Transport server edge01.contoso.com on the local Mailbox server. Remove the Edge subscription and re-subscribe the Edge Transport server.".';
const PART = 'No EdgeSync credentials were found for Edge Transport server edge01.contoso.com on the local Mailbox server';

function result(detail: string, name = 'EDGE01', status = 'Failed'): string {
  return `
SyncStatus                  : ${status}
UtcNow                      : 5/14/2024 11:10:00 AM
Name                        : ${name}
LeaseType                   : None
FailureDetail               : ${detail}
LastSynchronizedUtc         : 1/1/0001 12:00:00 AM
CredentialRecords           : Number of credentials 0
CookieRecords               : Number of cookies 0
`;
}
const subscription = subscriptionXml(defaultSpec());
const onFile = (expectation: string) => annotate(subscription, '  <EdgeServerName>', 'EDGE01', expectation, { comment: '<!--' });
const RESUBSCRIBE = [
  'New-EdgeSubscription -FileName "<path>\\EDGE01.xml"',
  `New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('<path>\\EDGE01.xml')) -Site "<site>"; Start-EdgeSynchronization -TargetServer EDGE01 -ForceFullSync`,
  `Remove-EdgeSubscription -Identity EDGE01; New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('<path>\\EDGE01.xml')) -Site "<site>"`,
].join(' || ');

ruleTester(RULE, {
  valid: [
    { name: 'a Normal result', files: { 'test-edgesync.txt': result('', 'EDGE01', 'Normal'), 'EDGE01.xml': subscription } },
    {
      name: 'the failure is about another Edge',
      files: { 'test-edgesync.txt': result(NO_CREDENTIALS.replace(/edge01/g, 'edge02'), 'EDGE02'), 'EDGE01.xml': subscription },
    },
    { name: 'no subscription file in the workspace', files: { 'test-edgesync.txt': result(NO_CREDENTIALS) } },
  ],
  invalid: [
    {
      name: 'the file of 14 May expired long ago: a new one from the Edge (the removal last)',
      now: '2024-06-01T00:00:00Z',
      files: {
        'test-edgesync.txt': annotate(result(NO_CREDENTIALS), 'FailureDetail', PART, `${RULE}[fileExpired] fixes: ${RESUBSCRIBE}`),
        'EDGE01.xml': onFile(`${RULE}[onSubscription] fixes: ${RESUBSCRIBE}`),
      },
    },
    {
      name: 'the file is still within its 24 hours: import it',
      now: '2024-05-14T12:00:00Z',
      files: {
        'test-edgesync.txt': annotate(
          result(NO_CREDENTIALS),
          'FailureDetail',
          PART,
          `${RULE}[fileValid] fix: New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('<path>\\EDGE01.xml')) -Site "<site>"; Start-EdgeSynchronization -TargetServer EDGE01 -ForceFullSync`,
        ),
        'EDGE01.xml': onFile(`${RULE}[onSubscription]`),
      },
    },
    {
      name: 'the LDAP server is unavailable (the Edge certificate may have changed)',
      now: '2024-06-01T00:00:00Z',
      files: {
        'test-edgesync.txt': annotate(
          result('EdgeSync service cannot connect to this subscription because of error "The LDAP server is unavailable.".'),
          'FailureDetail',
          'The LDAP server is unavailable',
          `${RULE}[fileExpired]`,
        ),
        'EDGE01.xml': onFile(`${RULE}[onSubscription]`),
      },
    },
  ],
});
