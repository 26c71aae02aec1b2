import { ruleTester } from '../helpers/ruleTester';
import { base64, makeCertificateDer, serializedCertificate, thumbprintOf } from '../helpers/certs';
import { defaultSpec, subscriptionXml } from '../helpers/subscription';
import { annotate, header, receiveLines, sendLines, spec, type CertSpec, type Layout } from '../helpers/protocolLogs';

const ID = 'smtp-log-subscription-stale';
const LAYOUTS: Layout[] = ['split', 'merged'];
const der = makeCertificateDer({ cn: 'EDGE01' });
const SUBSCRIBED = thumbprintOf(der).toUpperCase();
const RENEWED = '2222222222222222222222222222222222222222';
const FIX = 'fix: New-EdgeSubscription -FileName "C:\\Temp\\EDGE01.xml"';
const blob = base64(serializedCertificate(der));

/** The subscription file of EDGE01 (edge01.contoso.com), with carets under its certificate blob when `what` is given. */
function subscription(what?: string): string {
  const xml = subscriptionXml({ ...defaultSpec(), EdgeCertificateBlob: blob }, [], '\n');
  if (!what) return xml;
  const lines = xml.split('\n');
  const i = lines.findIndex((l) => l.includes('<EdgeCertificateBlob>'));
  const at = lines[i].indexOf(blob);
  lines.splice(i + 1, 0, `<!--${' '.repeat(at - 4)}${'^'.repeat(blob.length)} ${what} -->`);
  return lines.join('\n');
}

const edgeCert = (thumbprint: string): CertSpec => ({
  subject: 'CN=EDGE01',
  issuer: 'CN=EDGE01',
  serial: '5A1B2C3D',
  thumbprint,
  sans: 'EDGE01;edge01.contoso.com',
});

/** A Mailbox server's Send log: X-ANONYMOUSTLS to the Edge, which presents `thumbprint`. */
const hubToEdge = (layout: Layout, thumbprint: string, verb: 'X-ANONYMOUSTLS' | 'STARTTLS' = 'X-ANONYMOUSTLS') => [
  ...header('send'),
  ...sendLines(spec('Intra-Organization SMTP Send Connector', '192.0.2.50:25'), {
    layout,
    offer: ['STARTTLS', 'X-ANONYMOUSTLS'],
    use: verb,
    received: thumbprint,
    peer: 'edge01.contoso.com',
    self: 'ex01.contoso.com',
  }),
];

/** The Edge's own Receive log: a Mailbox server connects, the Edge presents `cert`. */
const edgeReceive = (layout: Layout, thumbprint: string) => [
  ...header('receive'),
  ...receiveLines(spec('EDGE01\\Default internal receive connector EDGE01', '192.0.2.10:40000'), {
    layout,
    offer: ['STARTTLS', 'X-ANONYMOUSTLS'],
    use: 'X-ANONYMOUSTLS',
    sent: edgeCert(thumbprint),
    peer: 'ex01.contoso.com',
    self: 'edge01.contoso.com',
  }),
];

ruleTester(ID, {
  valid: [
    ...LAYOUTS.map((layout) => ({
      name: `the Edge presents the subscribed certificate (${layout} layout)`,
      files: {
        'EDGE01.xml': subscription(),
        'send.log.txt': hubToEdge(layout, SUBSCRIBED).join('\n'),
        'recv.log.txt': edgeReceive(layout, SUBSCRIBED).join('\n'),
      },
    })),
    {
      name: 'STARTTLS with the Edge (Internet-facing certificate, no direct trust): not compared',
      files: { 'EDGE01.xml': subscription(), 'send.log.txt': hubToEdge('split', RENEWED, 'STARTTLS').join('\n') },
    },
    {
      name: 'X-ANONYMOUSTLS with another server than the subscribed Edge',
      files: {
        'EDGE01.xml': subscription(),
        'send.log.txt': hubToEdge('merged', RENEWED)
          .join('\n')
          .replace(/edge01\.contoso\.com/g, 'edge02.contoso.com'),
      },
    },
  ],
  invalid: [
    ...LAYOUTS.map((layout) => ({
      name: `a Mailbox server received another certificate from the Edge (${layout} layout)`,
      files: {
        'EDGE01.xml': subscription(`${ID}[onSubscription] ${FIX}`),
        'send.log.txt': annotate(hubToEdge(layout, RENEWED), [[RENEWED, `${ID}[onLog] ${FIX}`]]),
      },
    })),
    ...LAYOUTS.map((layout) => ({
      name: `the Edge's own log shows it presenting another certificate (${layout} layout)`,
      files: {
        'EDGE01.xml': subscription(`${ID}[onSubscription]`),
        'recv.log.txt': annotate(edgeReceive(layout, RENEWED), [[RENEWED, `${ID}[onLog] ${FIX}`]]),
      },
    })),
  ],
});
