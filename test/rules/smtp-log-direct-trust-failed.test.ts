import { ruleTester } from '../helpers/ruleTester';
import { annotate, header, receiveLines, sendLines, spec, type CertSpec, type Layout } from '../helpers/protocolLogs';

const ID = 'smtp-log-direct-trust-failed';
const LAYOUTS: Layout[] = ['split', 'merged'];
const EDGE: CertSpec = {
  subject: 'CN=EDGE01',
  issuer: 'CN=EDGE01',
  serial: '5A1B2C3D4E5F60718293A4B5C6D7E8F9',
  thumbprint: '2222222222222222222222222222222222222222',
  sans: 'EDGE01;edge01.contoso.test',
};
const fromEdge = (layout: Layout, directTrust: 'ok' | 'failed') => [
  ...header('receive'),
  ...receiveLines(spec('EX01\\Default EX01', '192.0.2.50:41000'), {
    layout,
    offer: ['STARTTLS', 'X-ANONYMOUSTLS'],
    use: 'X-ANONYMOUSTLS',
    sent: EDGE,
    peer: 'edge01.contoso.test',
    directTrust,
  }),
];

ruleTester(ID, {
  valid: [
    ...LAYOUTS.map((layout) => ({ name: `direct trust succeeded (${layout} layout)`, text: fromEdge(layout, 'ok').join('\n') })),
    {
      name: 'X-ANONYMOUSTLS negotiated without a direct-trust row',
      text: [
        ...header('send'),
        ...sendLines(spec('Intra-Organization SMTP Send Connector'), {
          layout: 'split',
          offer: ['X-ANONYMOUSTLS'],
          use: 'X-ANONYMOUSTLS',
          received: EDGE.thumbprint,
        }),
      ].join('\n'),
    },
  ],
  invalid: [
    ...LAYOUTS.map((layout) => ({
      name: `the Edge's certificate failed direct trust (${layout} layout)`,
      text: annotate(fromEdge(layout, 'failed'), [
        [
          'DirectTrust certificate failed',
          `${ID}[certificate] fixes: Start-EdgeSynchronization || New-EdgeSubscription -FileName "C:\\Temp\\EdgeSubscription.xml"`,
          0,
          "DirectTrust certificate failed to authenticate for 'CN=EDGE01'",
        ],
      ]),
    })),
    ...LAYOUTS.map((layout) => ({
      name: `X-ANONYMOUSTLS handshake failed (${layout} layout)`,
      text: annotate(
        [
          ...header('send'),
          ...sendLines(spec('Intra-Organization SMTP Send Connector', '192.0.2.50:25'), {
            layout,
            offer: ['STARTTLS', 'X-ANONYMOUSTLS'],
            use: 'X-ANONYMOUSTLS',
            result: { error: 'UnknownCredentials' },
            peer: 'edge01.contoso.test',
          }),
        ],
        [
          [
            'UnknownCredentials',
            `${ID}[handshake] fix: Get-ExchangeCertificate | Where-Object { $_.Services -match 'SMTP' } | Format-List Subject,Thumbprint,NotAfter,HasPrivateKey`,
          ],
        ],
      ),
    })),
  ],
});
