import { ruleTester } from '../helpers/ruleTester';
import { annotate, CERT, certificateDump, header, receiveLines, sendLines, spec, under, type DumpCert, type Layout } from '../helpers/protocolLogs';

const ID = 'smtp-log-certificate';
const LAYOUTS: Layout[] = ['split', 'merged'];
const OTHER = '0123456789ABCDEF0123456789ABCDEF01234567';
/** The certificate the sessions present, as the export shows it: valid until 30 April 2024, enabled for SMTP. */
const dumped = (over: Partial<DumpCert> = {}): DumpCert => ({
  subject: CERT.subject,
  issuer: CERT.issuer,
  thumbprint: CERT.thumbprint,
  notBefore: '1/31/2024 6:14:03 PM',
  notAfter: '4/30/2024 6:14:02 PM',
  services: 'IIS, SMTP',
  ...over,
});
/** A Send log of 6 May 2024 whose session presents CERT. */
const sendLog = (layout: Layout, start = '2024-05-06T08:00:00.000Z') => [
  ...header('send'),
  ...sendLines(spec('Internet', '198.51.100.7:25', start), { layout, use: 'STARTTLS' }),
];
/** The export with carets under the certificate's thumbprint. */
const dumpWith = (certs: DumpCert[], what?: string) => {
  const text = certificateDump(certs);
  if (!what) return text;
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith('Thumbprint') && l.includes(certs[0].thumbprint));
  lines.splice(i + 1, 0, under(lines[i], certs[0].thumbprint, what));
  return lines.join('\n');
};
const LIST = 'fix: Get-ExchangeCertificate | Format-List Subject,Thumbprint,Services,HasPrivateKey,NotAfter';

ruleTester(ID, {
  valid: [
    ...LAYOUTS.map((layout) => ({
      name: `the certificate was valid and enabled for SMTP at the time (${layout} certificate rows)`,
      files: { 'send.log.txt': sendLog(layout, '2024-04-06T08:00:00.000Z').join('\n'), 'certs.txt': certificateDump([dumped()]) },
    })),
    { name: 'no certificate export: nothing to compare with', files: { 'send.log.txt': sendLog('split').join('\n') } },
    {
      name: 'a certificate in no export, of an unknown server: nothing said',
      files: { 'send.log.txt': sendLog('merged').join('\n'), 'certs.txt': certificateDump([dumped({ thumbprint: OTHER, subject: 'CN=other.contoso.test' })]) },
    },
  ],
  invalid: [
    ...LAYOUTS.map((layout) => ({
      name: `presented after it expired, on both sides (${layout} certificate rows)`,
      files: {
        'send.log.txt': annotate(sendLog(layout), [[CERT.thumbprint, `${ID}[sentExpired] ${LIST}`]]),
        'certs.txt': dumpWith([dumped()], `${ID}[usedExpired] ${LIST}`),
      },
    })),
    {
      name: "received from the other side after it expired (the other side's certificate is in an export)",
      files: {
        'send.log.txt': annotate(
          [
            ...header('send'),
            ...sendLines(spec('Internet'), { layout: 'split', use: 'STARTTLS', received: OTHER, sent: { ...CERT, thumbprint: 'F'.repeat(40) } }),
          ],
          [[OTHER, `${ID}[receivedExpired]`]],
        ),
        'certs.txt': dumpWith([dumped({ thumbprint: OTHER, subject: 'CN=mx.partner.example' })], `${ID}[usedExpired]`),
      },
    },
    ...LAYOUTS.map((layout) => ({
      name: `presented though the export shows it not enabled for SMTP (${layout} certificate rows)`,
      files: {
        'send.log.txt': annotate(sendLog(layout, '2024-04-06T08:00:00.000Z'), [
          [CERT.thumbprint, `${ID}[notSmtp] fix: Enable-ExchangeCertificate -Thumbprint ${CERT.thumbprint} -Services SMTP`],
        ]),
        'certs.txt': dumpWith(
          [dumped({ services: 'IIS' })],
          `${ID}[usedNotSmtp] fix: Enable-ExchangeCertificate -Thumbprint ${CERT.thumbprint} -Services SMTP`,
        ),
      },
    })),
    ...LAYOUTS.map((layout) => ({
      name: `the export holds another certificate of that name: renewed (${layout} certificate rows)`,
      files: {
        'send.log.txt': annotate(sendLog(layout, '2024-04-06T08:00:00.000Z'), [[CERT.thumbprint, `${ID}[replaced] ${LIST}`]]),
        'certs.txt': certificateDump([dumped({ thumbprint: OTHER, notAfter: '7/30/2024 6:14:02 PM' })]),
      },
    })),
    {
      name: "not in the export of the server that wrote the log (the Receive connector's id names it)",
      files: {
        'recv.log.txt': annotate(
          [
            ...header('receive'),
            ...receiveLines(spec('EX01\\Default Frontend EX01', '203.0.113.5:41000', '2024-04-06T08:00:00.000Z'), { layout: 'merged', use: 'STARTTLS' }),
          ],
          [[CERT.thumbprint, `${ID}[notFound] fix: Get-ExchangeCertificate -Server EX01 | Format-List Subject,Thumbprint,Services,HasPrivateKey,NotAfter`]],
        ),
        'certs.txt': certificateDump([dumped({ thumbprint: OTHER, subject: 'CN=EX01', issuer: 'CN=EX01', identity: `EX01\\${OTHER}` })]),
      },
    },
  ],
});
