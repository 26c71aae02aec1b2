// EdgeSync and direct-trust events: the subscription no longer matches the certificates (re-subscribe, the removal
// last), in Event Viewer text, Get-WinEvent | fl and Get-EventLog | fl (a 1032 whose message DLL is missing).
import { readFileSync } from 'node:fs';
import { annotate, whole } from '../helpers/annotate';
import { viewer, winEvent } from '../helpers/events';
import { ruleTester } from '../helpers/ruleTester';

const DIR = 'test/fixtures/evidence/events';
const read = (f: string) => readFileSync(`${DIR}/${f}`, 'utf8');
const resubscribe = (edge: string) =>
  [
    `New-EdgeSubscription -FileName "<path>\\${edge}.xml"`,
    `New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('<path>\\${edge}.xml')) -Site "<site>"; Start-EdgeSynchronization -TargetServer ${edge} -ForceFullSync`,
    `Remove-EdgeSubscription -Identity ${edge}; New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('<path>\\${edge}.xml')) -Site "<site>"`,
  ].join(' || ');

ruleTester('event-edgesync', {
  valid: [
    {
      name: 'MSExchangeTransport 1035 is an authentication event, not EdgeSync 1035',
      text: read('1035-receive-exchangeauth-illegalmessage.reconstructed.txt'),
    },
    {
      name: 'Test-EdgeSynchronization success (monitoring 1000)',
      text: viewer({ source: 'MSExchange Monitoring EdgeSynchronization', id: 1000, level: 'Information', description: 'EdgeSync is working.' }),
    },
  ],
  invalid: [
    {
      name: '10104 and 2018 in a paste of several Event Viewer copies: the Edge, then the certificate',
      text: annotate(
        annotate(
          read('several-events-viewer.txt'),
          "Microsoft Exchange couldn't match",
          'edge01.contoso.com',
          `event-edgesync[directTrustMatch] fixes: ${resubscribe('edge01')}`,
        ),
        'Outbound direct trust',
        'CN=EDGE01',
        'event-edgesync[directTrustOut] fix: New-EdgeSubscription -FileName "<path>\\<edge>.xml"',
      ),
    },
    {
      name: '10104 through Get-WinEvent | fl',
      text: annotate(
        winEvent({
          source: 'MSExchange EdgeSync',
          id: 10104,
          description: "Microsoft Exchange couldn't match certificate when contacting edge02.contoso.com. The connection was stopped.",
        }),
        'Message',
        'edge02.contoso.com',
        `event-edgesync[directTrustMatch] fixes: ${resubscribe('edge02')}`,
      ),
    },
    {
      name: 'EdgeSync 1032 from Get-EventLog | fl: the Edge is the last replacement string',
      text: annotate(read('get-eventlog-fl.txt'), 'ReplacementStrings', 'edge01.contoso.com', `event-edgesync[noCredentials] fixes: ${resubscribe('edge01')}`, {
        after: "Event ID '1032'",
      }),
    },
    {
      name: 'EdgeSync 1035: a CNG key (the real text, granikos.eu)',
      text: annotate(
        viewer({
          source: 'MSExchange EdgeSync',
          id: 1035,
          description:
            "EdgeSync failed to synchronize because it only supports Cryptographic API certificates. The local Hub Transport server's default certificate with thumbprint 3C1A77D0B6F4E2A19C8D5E6F7A8B9C0D1E2F3A4B isn't a CAPI certificate. To set a CAPI certificate as the default certificate, use the Enable-ExchangeCertificate cmdlet with the Services parameter using the value of SMTP.",
        }),
        'EdgeSync failed',
        '3C1A77D0B6F4E2A19C8D5E6F7A8B9C0D1E2F3A4B',
        'event-edgesync[capi] no-fix: Remove-EdgeSubscription',
      ),
    },
    {
      name: 'transport 1036 (inbound direct trust failed): insertion strings from the XML',
      text: annotate(
        viewer({
          source: 'MSExchangeTransport',
          id: 1036,
          task: 'SmtpReceive',
          // The SCOM title of the event (its template is not documented): the values come from the XML.
          description: 'Inbound direct trust authentication failed for a certificate. Make sure the EdgeSync service (MSExchangeEdgeSync) is running.',
          data: ['CN=EDGE01', '192.0.2.25'],
        }),
        '    <Data>',
        'CN=EDGE01',
        'event-edgesync[directTrustIn]',
      ),
    },
    {
      name: 'Message Security 1006 (its SCOM title as the text): on the description',
      text: viewer({
        source: 'MSExchange Message Security',
        id: 1006,
        description: 'Renewal of EdgeSync credential failed for an Edge Transport server.',
      }).replace(
        'Renewal of EdgeSync credential failed for an Edge Transport server.',
        whole('Renewal of EdgeSync credential failed for an Edge Transport server.', 'event-edgesync[renewal]'),
      ),
    },
  ],
});
