// Events about the default SMTP (internal transport) certificate, in Event Viewer text and Get-WinEvent | fl.
import { readFileSync } from 'node:fs';
import { annotate, whole } from '../helpers/annotate';
import { viewer, winEvent } from '../helpers/events';
import { ruleTester } from '../helpers/ruleTester';

const SHOW =
  'Get-ExchangeCertificate -Thumbprint (Get-TransportService $env:COMPUTERNAME).InternalTransportCertificateThumbprint | Format-List Thumbprint,Subject,Status,HasPrivateKey,NotAfter,Services';
const T = '3C1A77D0B6F4E2A19C8D5E6F7A8B9C0D1E2F3A4B';

ruleTester('event-internal-certificate', {
  valid: [
    { name: 'a 12013 from the EdgeSync provider is not this event', text: viewer({ source: 'MSExchange EdgeSync', id: 12013, description: 'Another text.' }) },
    {
      name: 'PoisonMessage 10003 is not a certificate event',
      text: viewer({
        source: 'MSExchangeTransport',
        id: 10003,
        description: 'The transport process failed during message processing with the following call stack: x.',
      }),
    },
  ],
  invalid: [
    {
      name: '12013 in a paste of several Event Viewer copies: the thumbprint',
      text: annotate(
        readFileSync('test/fixtures/evidence/events/several-events-viewer.txt', 'utf8'),
        'Microsoft Exchange could not load',
        T,
        `event-internal-certificate[notInStore] fix: ${SHOW}`,
      ),
    },
    {
      name: '12013 through Get-WinEvent | fl',
      text: annotate(
        winEvent({
          source: 'MSExchangeTransport',
          id: 12013,
          description: `Microsoft Exchange could not load the certificate with thumbprint of ${T} from the personal store on the local computer.`,
        }),
        '',
        T,
        'event-internal-certificate[notInStore]',
      ),
    },
    {
      name: '12012: not in Active Directory (on the description)',
      text: viewer({
        source: 'MSExchangeTransport',
        id: 12012,
        description: 'The internal transport certificate that is used for SMTP authentication by Microsoft Exchange could not be read from Active Directory.',
      }).replace(
        'The internal transport certificate that is used for SMTP authentication by Microsoft Exchange could not be read from Active Directory.',
        whole(
          'The internal transport certificate that is used for SMTP authentication by Microsoft Exchange could not be read from Active Directory.',
          `event-internal-certificate[notInAd] fix: ${SHOW}`,
        ),
      ),
    },
    {
      name: '12015 expired and 12017 expiring (Thumbprint: without a space)',
      text: annotate(
        annotate(
          viewer({ source: 'MSExchangeTransport', id: 12015, description: `An internal transport certificate expired. Thumbprint:${T}` }) +
            '\n' +
            viewer({
              source: 'MSExchangeTransport',
              id: 12017,
              level: 'Warning',
              description: `An internal transport certificate will expire soon. Thumbprint:${T}, hours remaining: 120`,
            }),
          'An internal transport certificate expired',
          T,
          'event-internal-certificate[expired]',
        ),
        'An internal transport certificate will',
        T,
        'event-internal-certificate[expiring]',
      ),
    },
    {
      name: '12024: the ephemeral fallback no Edge trusts',
      text: annotate(
        viewer({
          source: 'MSExchangeTransport',
          id: 12024,
          level: 'Warning',
          description: `Microsoft Exchange could not load the internal transport certificate. Meanwhile, an ephemeral, self-signed certificate with thumbprint ${T} is being used.`,
        }),
        'Microsoft Exchange',
        T,
        'event-internal-certificate[ephemeral]',
      ),
    },
    {
      name: '12019: the remote certificate expired (no fix on this server)',
      text: annotate(
        viewer({
          source: 'MSExchangeTransport',
          id: 12019,
          computer: 'EX01.contoso.com',
          description: 'The remote internal transport certificate expired. Certificate subject: CN=EDGE01.',
        }),
        'The remote',
        'CN=EDGE01',
        'event-internal-certificate[remoteExpired] no-fix: Get-',
      ),
    },
  ],
});
