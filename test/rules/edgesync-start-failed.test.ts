// Start-EdgeSynchronization | Format-List (KB 4052493's layout, sample 20) for every Result that is not Success.
import { readFileSync } from 'node:fs';
import { annotate, under } from '../helpers/annotate';
import { ruleTester } from '../helpers/ruleTester';

const sample20 = readFileSync('test/fixtures/evidence/edgesync/20-start-edgesynchronization-incomplete.reconstructed.txt', 'utf8');

function status(result: string, type = 'Configuration'): string {
  return `
RunspaceId    : 0f0f0f0f-1111-2222-3333-444444444444
${result}
Type          : ${type}
Name          : EDGE01
FailureDetails:
StartUTC      : 5/6/2024 8:00:00 AM
EndUTC        : 5/6/2024 8:00:03 AM
Added         : 0
Deleted       : 0
Updated       : 0
Scanned       : 0
TargetScanned : 0
`;
}
const result = (v: string) => `Result        : ${v}`;
const LONG_NAME = `<I>CN=Contoso Issuing CA 2024 for Mail and Hybrid Transport Services, OU=Public Key Infrastructure Services, O=Contoso Corporation, L=Redmond, S=Washington, C=US<S>CN=mail.contoso.com, OU=Messaging and Collaboration Infrastructure Team, O=Contoso Corporation, L=Redmond, S=Washington, C=US`;

ruleTester('edgesync-start-failed', {
  valid: [
    { name: 'Success for both types', text: status(result('Success')) + status(result('Success'), 'Recipients') },
    { name: 'InProgress', text: status(result('InProgress')) },
  ],
  invalid: [
    {
      name: 'Incomplete (sample 20, KB 4052493): turn on the EdgeSync log',
      text: sample20.replace(
        'Result        : Incomplete',
        under(
          'Result        : Incomplete',
          'Incomplete',
          'edgesync-start-failed[incomplete] fix: Get-EdgeSyncServiceConfig | Set-EdgeSyncServiceConfig -LogEnabled $true -LogLevel High',
        ),
      ),
    },
    {
      name: 'CouldNotConnect: the port first, then a new subscription',
      text: status(
        under(
          result('CouldNotConnect'),
          'CouldNotConnect',
          `edgesync-start-failed[couldNotConnect] fixes: Test-NetConnection -ComputerName EDGE01 -Port 50636 || New-EdgeSubscription -FileName "<path>\\EDGE01.xml" || New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('<path>\\EDGE01.xml')) -Site "<site>"; Start-EdgeSynchronization -TargetServer EDGE01 -ForceFullSync`,
        ),
      ),
    },
    {
      name: 'Incomplete with a Send connector of that Edge whose TlsCertificateName is over 256 characters (KB 4052493): both files',
      files: {
        'start-edgesync.txt': sample20.replace(
          'Result        : Incomplete',
          // One finding: the cross-file reading names the connector and replaces the single-file one.
          annotate('Result        : Incomplete', 'Result', 'Incomplete', 'edgesync-start-failed[incompleteLongName]'),
        ),
        'send.txt': annotate(
          `
Name                   : Outbound to Office 365 - 6f1c
AddressSpaces          : {smtp:contoso.mail.onmicrosoft.com;1}
DNSRoutingEnabled      : False
SmartHosts             : {contoso-mail-onmicrosoft-com.mail.protection.outlook.com}
TlsCertificateName     : ${LONG_NAME}
SourceTransportServers : {EDGE01}
`,
          'TlsCertificateName',
          LONG_NAME,
          'edgesync-start-failed[onConnector]',
        ),
      },
    },
    {
      name: 'Incomplete does not blame the long TlsCertificateName of a connector of another Edge',
      files: {
        'start-edgesync.txt': sample20.replace(
          'Result        : Incomplete',
          annotate('Result        : Incomplete', 'Result', 'Incomplete', 'edgesync-start-failed[incomplete]'),
        ),
        'send.txt': `
Name                   : Outbound to Office 365 - 6f1c
AddressSpaces          : {smtp:contoso.mail.onmicrosoft.com;1}
DNSRoutingEnabled      : False
TlsCertificateName     : ${LONG_NAME}
SourceTransportServers : {EDGE02}
`,
      },
    },
    {
      name: 'CouldNotLease',
      text: status(under(result('CouldNotLease'), 'CouldNotLease', 'edgesync-start-failed[lease] fix: Start-EdgeSynchronization -TargetServer EDGE01')),
    },
    { name: 'LostLease', text: status(under(result('LostLease'), 'LostLease', 'edgesync-start-failed[lease]')) },
    { name: 'Aborted', text: status(under(result('Aborted'), 'Aborted', 'edgesync-start-failed[aborted]'), 'Recipients') },
    { name: 'NoSubscriptions', text: status(under(result('NoSubscriptions'), 'NoSubscriptions', 'edgesync-start-failed[noSubscriptions]')) },
    { name: 'SyncDisabled', text: status(under(result('SyncDisabled'), 'SyncDisabled', 'edgesync-start-failed[disabled]')) },
  ],
});
