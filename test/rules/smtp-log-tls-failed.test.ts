import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/ruleTester';
import { annotate, CERT, header, receiveLines, sendLines, spec, type Layout } from '../helpers/protocolLogs';

const ID = 'smtp-log-tls-failed';
const LAYOUTS: Layout[] = ['split', 'merged'];
const FIXTURES = 'test/fixtures/evidence/protocol-log/';
const send = (lines: string[]) => [...header('send'), ...lines];
const failing = (error: string, layout: Layout = 'split', connector = 'Internet') =>
  send(sendLines(spec(connector), { layout, use: 'STARTTLS', result: { error } }));
const SHOW_TLS =
  "fix: Get-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client','HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server' -ErrorAction SilentlyContinue | Format-List PSPath,Enabled,DisabledByDefault";

ruleTester(ID, {
  valid: [
    ...LAYOUTS.map((layout) => ({
      name: `TLS 1.2 negotiated (${layout} certificate rows)`,
      text: send(sendLines(spec('Internet'), { layout, use: 'STARTTLS' })).join('\n'),
    })),
    {
      name: 'an X-ANONYMOUSTLS failure is a direct-trust finding, not this one',
      text: send(
        sendLines(spec('Intra-Organization SMTP Send Connector'), {
          layout: 'split',
          offer: ['X-ANONYMOUSTLS'],
          use: 'X-ANONYMOUSTLS',
          result: { error: 'UnknownCredentials' },
        }),
      ).join('\n'),
    },
  ],
  invalid: [
    ...LAYOUTS.map((layout) => ({
      name: `UnknownCredentials: enable the certificate the session presented (${layout} certificate rows)`,
      text: annotate(failing('UnknownCredentials', layout), [
        ['UnknownCredentials', `${ID}[unknownCredentials] fix: Enable-ExchangeCertificate -Thumbprint ${CERT.thumbprint} -Services SMTP`],
      ]),
    })),
    {
      name: 'UnknownCredentials in a Receive log: the certificate of the server named in the connector id',
      text: annotate(
        [
          ...header('receive'),
          ...receiveLines(spec('EX01\\Default Frontend EX01', '203.0.113.5:41000'), {
            layout: 'merged',
            use: 'STARTTLS',
            result: { error: 'UnknownCredentials' },
          }),
        ],
        [['UnknownCredentials', `${ID}[unknownCredentials] fix: Enable-ExchangeCertificate -Thumbprint ${CERT.thumbprint} -Services SMTP -Server EX01`]],
      ),
    },
    {
      name: 'NoCredentials: check the private key',
      text: annotate(failing('NoCredentials', 'merged'), [
        [
          'NoCredentials',
          `${ID}[noCredentials] fix: Get-ExchangeCertificate -Thumbprint ${CERT.thumbprint} | Format-List Subject,HasPrivateKey,Services,NotAfter`,
        ],
      ]),
    },
    ...['InvalidToken', 'IllegalMessage', 'SocketError', 'TimedOut'].map((error) => ({
      name: `${error}: a handshake problem`,
      text: annotate(failing(error), [[error, `${ID}[handshake] ${SHOW_TLS}`]]),
    })),
    ...['UntrustedRoot', 'CertExpired'].map((error) => ({
      name: `${error}: a certificate not accepted`,
      text: annotate(failing(error, 'merged'), [
        [error, `${ID}[certificate] fix: Get-ExchangeCertificate -Thumbprint ${CERT.thumbprint} | Format-List Subject,Issuer,Status,RootCAType,NotAfter`],
      ]),
    })),
    {
      name: 'an unknown status',
      text: annotate(failing('InternalError'), [['InternalError', `${ID}[other]`]]),
    },
    {
      name: 'TlsAuthLevel validation failed',
      text: annotate(
        send([
          '2024-05-06T08:00:00.000Z,Partner,08DC6D0000000050,0,192.0.2.10:50000,198.51.100.7:25,*,,Outbound TLS authentication failed for auth level DomainValidation with error SubjectMismatch',
        ]),
        [['SubjectMismatch', `${ID}[authLevel] fix: Get-SendConnector -Identity "Partner" | Format-List Name,TlsAuthLevel,TlsDomain,RequireTLS`]],
      ),
    },
    {
      name: 'sample 02 (KB 4051498): split certificate rows without their block row',
      text: annotate(
        readFileSync(FIXTURES + '02-send-kb4051498-o365-unknowncredentials-split-cert.reconstructed.log', 'utf8')
          .trimEnd()
          .split('\n'),
        [
          [
            'UnknownCredentials',
            `${ID}[unknownCredentials] fix: Enable-ExchangeCertificate -Thumbprint ABCDEF0123456789ABCDEF0123456789ABCDEF01 -Services SMTP`,
          ],
        ],
      ),
    },
    {
      name: 'sample 05: InvalidToken after a multi-row EHLO reply',
      text: annotate(
        readFileSync(FIXTURES + '05-send-e2013-smarthost-invalidtoken-multirow-ehlo.reconstructed.log', 'utf8')
          .trimEnd()
          .split('\n'),
        [['InvalidToken', `${ID}[handshake]`, 0]],
      ),
    },
  ],
});
