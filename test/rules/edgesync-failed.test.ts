// Test-EdgeSynchronization | Format-List (Exchange 2013+ names, layout of the derived samples in
// test/fixtures/evidence/edgesync) and the same result exported with Export-Clixml.
import { readFileSync } from 'node:fs';
import { under } from '../helpers/annotate';
import { ruleTester } from '../helpers/ruleTester';

const NOW = '2024-05-06T09:00:00Z';
const SAMPLES = 'test/fixtures/evidence/edgesync';
const NO_CREDENTIALS =
  'EdgeSync service cannot connect to this subscription because of error "No EdgeSync credentials were found for Edge Transport server edge01.contoso.test on the local Mailbox server. Remove the Edge subscription and re-subscribe the Edge Transport server.".';
const NO_CREDENTIALS_PART = 'No EdgeSync credentials were found for Edge Transport server edge01.contoso.test on the local Mailbox server';

/** A Test-EdgeSynchronization object as Format-List prints it; `detail` is the whole FailureDetail line(s). */
function result(status: string, detail: string, lease = 'None'): string {
  return `
RunspaceId                  : 0f0f0f0f-1111-2222-3333-444444444444
SyncStatus                  : ${status}
UtcNow                      : 5/6/2024 8:10:00 AM
Name                        : EDGE01
LeaseHolder                 :
LeaseType                   : ${lease}
${detail}
LeaseExpiryUtc              : 1/1/0001 12:00:00 AM
LastSynchronizedUtc         : 1/1/0001 12:00:00 AM
TransportServerStatus       : Skipped
TransportConfigStatus       : Skipped
AcceptedDomainStatus        : Skipped
RemoteDomainStatus          : Skipped
SendConnectorStatus         : Skipped
MessageClassificationStatus : Skipped
RecipientStatus             : Skipped
CredentialRecords           : Number of credentials 0
CookieRecords               : Number of cookies 0
`;
}
const detail = (text: string) => `FailureDetail               : ${text}`;

const RESUBSCRIBE = [
  'New-EdgeSubscription -FileName "<path>\\EDGE01.xml"',
  `New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('<path>\\EDGE01.xml')) -Site "<site>"; Start-EdgeSynchronization -TargetServer EDGE01 -ForceFullSync`,
  `Remove-EdgeSubscription -Identity EDGE01; New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('<path>\\EDGE01.xml')) -Site "<site>"`,
].join(' || ');

const sample02 = readFileSync(`${SAMPLES}/02-test-edgesynchronization-fl-nocredentials.derived.txt`, 'utf8');
const sample02Line = sample02.split(/\r?\n/).find((l) => l.startsWith('FailureDetail'))!;

ruleTester('edgesync-failed', {
  valid: [
    { name: 'Normal (sample 01)', now: NOW, text: readFileSync(`${SAMPLES}/01-test-edgesynchronization-fl-normal.derived.txt`, 'utf8') },
    { name: 'Inconclusive is not a failure', now: NOW, text: result('Inconclusive', detail(''), 'Lock') },
    { name: 'a Status and Result of another object are not read', now: NOW, text: '\nName   : EDGE01\nStatus : Failed\nResult : Failed\n' },
  ],
  invalid: [
    {
      name: 'no credentials (sample 02, the seed case): re-subscribe, the removal last',
      now: NOW,
      text: sample02.replace(sample02Line, under(sample02Line, NO_CREDENTIALS_PART, `edgesync-failed[noCredentials] fixes: ${RESUBSCRIBE}`)),
    },
    {
      name: 'FailedUrgent counts too',
      now: NOW,
      text: result('FailedUrgent', under(detail(NO_CREDENTIALS), NO_CREDENTIALS_PART, 'edgesync-failed[noCredentials]')),
    },
    {
      name: 'a FailureDetail wrapped at the console width is read across its lines',
      now: NOW,
      text: result(
        'Failed',
        [
          under(
            'FailureDetail               : EdgeSync service cannot connect to this subscription because of error "No EdgeSync credentials were found for Edge',
            'No EdgeSync credentials were found for Edge',
            'edgesync-failed[noCredentials]',
          ),
          '                              Transport server edge01.contoso.test on the local Mailbox server. Remove the Edge subscription and re-subscribe the',
          '                              Edge Transport server.".',
        ].join('\n'),
      ),
    },
    {
      name: 'the LDAP server is unavailable: test the port first',
      now: NOW,
      text: result(
        'Failed',
        under(
          detail('EdgeSync service cannot connect to this subscription because of error "The LDAP server is unavailable.".'),
          'The LDAP server is unavailable',
          'edgesync-failed[ldapUnavailable] fix: Test-NetConnection -ComputerName EDGE01 -Port 50636',
        ),
      ),
    },
    {
      name: 'the credential is refused',
      now: NOW,
      text: result(
        'Failed',
        under(
          detail('EdgeSync service cannot connect to this subscription because of error "The supplied credential is invalid.".'),
          'The supplied credential is invalid',
          'edgesync-failed[credentialInvalid]',
        ),
      ),
    },
    {
      name: 'lease expired: start the service',
      now: NOW,
      text: result(
        'Failed',
        under(
          detail('The EdgeSync lease has expired. This might indicate that EdgeSync services are not running on the Mailbox servers in the subscribed site.'),
          'The EdgeSync lease has expired',
          'edgesync-failed[leaseExpired] fixes: Get-Service MSExchangeEdgeSync | Start-Service || Start-EdgeSynchronization -TargetServer EDGE01',
        ),
        'Option',
      ),
    },
    {
      name: 'cookie not updated: turn on the EdgeSync log',
      now: NOW,
      text: result(
        'Failed',
        under(
          detail(
            'The EdgeSync cookie has not been updated as expected. It may indicate EdgeSync has encountered synchronization errors. For more information, check the EdgeSync logs.',
          ),
          'The EdgeSync cookie has not been updated',
          'edgesync-failed[cookieNotUpdated] fix: Get-EdgeSyncServiceConfig | Set-EdgeSyncServiceConfig -LogEnabled $true -LogLevel High',
        ),
        'Option',
      ),
    },
    {
      name: 'another connection error: the inner error',
      now: NOW,
      text: result(
        'Failed',
        under(
          detail('EdgeSync service cannot connect to this subscription because of error "The server is not operational.".'),
          'The server is not operational.',
          'edgesync-failed[connection]',
        ),
      ),
    },
    {
      name: 'Failed without a FailureDetail: on the status',
      now: NOW,
      text: result('Failed', detail('')).replace(
        'SyncStatus                  : Failed\n',
        'SyncStatus                  : Failed\n#                             ^^^^^^ edgesync-failed[failed]\n',
      ),
    },
    {
      name: 'Export-Clixml of the same result (the collector writes edge/test-edgesync.xml): the whole value',
      now: NOW,
      file: 'test-edgesync.xml',
      text: `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>Deserialized.Microsoft.Exchange.EdgeSync.Validation.EdgeSubscriptionStatus</T>
      <T>Deserialized.System.Object</T>
    </TN>
    <ToString>Microsoft.Exchange.EdgeSync.Validation.EdgeSubscriptionStatus</ToString>
    <Props>
      <S N="SyncStatus">Failed</S>
      <DT N="UtcNow">2024-05-06T08:10:00Z</DT>
      <S N="Name">EDGE01</S>
      <S N="LeaseType">None</S>
${under(`      <S N="FailureDetail">${NO_CREDENTIALS.replace(/"/g, '&quot;')}</S>`, NO_CREDENTIALS.replace(/"/g, '&quot;'), 'edgesync-failed[noCredentials]', { comment: '<!--' })}
    </Props>
  </Obj>
</Objs>
`,
    },
  ],
});
