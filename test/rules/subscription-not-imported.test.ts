import { ruleTester } from '../helpers/ruleTester';
import { annotated, defaultSpec, elementLines, subscriptionLines } from '../helpers/subscription';

// EDGE02's file, made 2024-05-14 10:30 UTC: importable until 10:25 UTC the next day.
const MADE = new Date('2024-05-14T10:30:00Z');
const SPEC = {
  ...defaultSpec(MADE),
  EdgeServerName: 'EDGE02',
  EdgeServerFQDN: 'edge02.contoso.com',
  ESRAUsername: 'CN=ESRA.EDGE02,CN=Services,CN=Configuration,CN={5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d}',
};
const LINES = elementLines(SPEC);
const SOON = '2024-05-14T12:00:00Z';
const CHECK = 'Get-EdgeSubscription -Identity "EDGE02" | Format-List Name,Site';

const connector = (name: string, servers: string, inbound = false) => `
Name                   : ${name}
Identity               : ${name}
AddressSpaces          : {${inbound ? 'smtp:--;100' : 'smtp:*;100'}}
DNSRoutingEnabled      : ${inbound ? 'False' : 'True'}
DomainSecureEnabled    : ${inbound ? 'False' : 'True'}
SmartHosts             : {${inbound ? '--' : ''}}
SmartHostAuthMechanism : ${inbound ? 'ExchangeServer' : 'None'}
SourceTransportServers : {${servers}}
`;
const INTERNET = (servers: string) => connector('EdgeSync - Default-First-Site-Name to Internet', servers);
const INBOUND = (servers: string) => connector('EdgeSync - Inbound to Default-First-Site-Name', servers, true);
const unlisted = (finding: string) => subscriptionLines(annotated(LINES, 'EdgeServerName', 'EDGE02', finding));

ruleTester('subscription-not-imported', {
  valid: [
    {
      name: 'listed by both EdgeSync connectors',
      now: SOON,
      files: { 'EDGE02.xml': subscriptionLines(LINES), 'send.txt': INTERNET('EDGE01, EDGE02') + INBOUND('EDGE01, EDGE02') },
    },
    {
      name: 'subscribed with -CreateInternetSendConnector $false: only "EdgeSync - Inbound to <site>" lists it',
      now: SOON,
      files: { 'EDGE02.xml': subscriptionLines(LINES), 'send.txt': INTERNET('EDGE01') + INBOUND('EDGE02') },
    },
    {
      name: 'the EdgeSync connector was renamed',
      now: SOON,
      files: { 'EDGE02.xml': subscriptionLines(LINES), 'send.txt': INTERNET('EDGE01') + connector('Internet via EDGE02', 'EDGE02') },
    },
    {
      name: 'a server list cut by $FormatEnumerationLimit may hold it past the cut',
      now: SOON,
      files: { 'EDGE02.xml': subscriptionLines(LINES), 'send.txt': INTERNET('EDGE01, EDGE03, EDGE04, EDGE05...') },
    },
    {
      name: 'no EdgeSync connector in the exports: nothing to tell by',
      now: SOON,
      files: { 'EDGE02.xml': subscriptionLines(LINES), 'send.txt': connector('Internet', 'EX01, EX02') },
    },
  ],
  invalid: [
    {
      name: 'EdgeSync connectors that list other Edges only: look first, then import the file (still valid)',
      now: SOON,
      files: {
        'EDGE02.xml': unlisted(
          `subscription-not-imported[notListed] fixes: ${CHECK} || New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('C:\\Temp\\EDGE02.xml')) -Site "Default-First-Site-Name" no-fix: Remove-EdgeSubscription`,
        ),
        'send.txt': INTERNET('EDGE01') + INBOUND('EDGE01'),
      },
    },
    {
      name: 'the file has expired: a new one is needed to subscribe',
      now: '2024-06-01T00:00:00Z',
      files: {
        'EDGE02.xml': unlisted(`subscription-not-imported[notListed] fixes: ${CHECK} || New-EdgeSubscription -FileName "C:\\Temp\\EDGE02.xml"`),
        'send.txt': INBOUND('EDGE01'),
      },
    },
    {
      name: 'a renamed inbound connector is still recognised as EdgeSync by its "--" smart hosts',
      now: SOON,
      files: {
        'EDGE02.xml': unlisted(
          `subscription-not-imported[notListed] fixes: ${CHECK} || New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('C:\\Temp\\EDGE02.xml')) -Site "<site>"`,
        ),
        'send.txt': connector('From the Edges', 'EDGE01', true),
      },
    },
  ],
});
