import { ruleTester } from '../helpers/ruleTester';
import { annotate, header, receiveLines, sendLines, spec, type Layout } from '../helpers/protocolLogs';

const ID = 'smtp-log-starttls-not-offered';
const LAYOUTS: Layout[] = ['split', 'merged'];
const SHOW_RECEIVE = 'fix: Get-ReceiveConnector -Identity "EX01\\Relay EX01" | Format-List Identity,AuthMechanism,Fqdn,TlsCertificateName,RequireTLS';
const recv = (lines: string[]) => [...header('receive'), ...lines];

ruleTester(ID, {
  valid: [
    ...LAYOUTS.map((layout) => ({
      name: `this server offers STARTTLS (${layout} EHLO reply); after TLS the second reply has none, which is right`,
      text: recv(receiveLines(spec('EX01\\Relay EX01', '192.0.2.80:50000'), { layout, use: 'STARTTLS' })).join('\n'),
    })),
    {
      name: 'a client that only sent HELO (no extensions to offer)',
      text: recv([
        '2024-05-06T09:00:00.100Z,EX01\\Relay EX01,08DC6D0000000060,0,192.0.2.10:25,192.0.2.80:50000,+,,',
        '2024-05-06T09:00:00.110Z,EX01\\Relay EX01,08DC6D0000000060,1,192.0.2.10:25,192.0.2.80:50000,<,HELO printer,',
        '2024-05-06T09:00:00.111Z,EX01\\Relay EX01,08DC6D0000000060,2,192.0.2.10:25,192.0.2.80:50000,>,250 ex01.contoso.test Hello [192.0.2.80],',
      ]).join('\n'),
    },
    {
      name: 'a Send connector without RequireTLS to a server without STARTTLS (that is clear text, another rule)',
      text: [...header('send'), ...sendLines(spec('Internet'), { layout: 'split', offer: [] })].join('\n'),
    },
  ],
  invalid: [
    ...LAYOUTS.map((layout) => ({
      name: `this server did not offer STARTTLS (${layout} EHLO reply)`,
      text: annotate(recv(receiveLines(spec('EX01\\Relay EX01', '192.0.2.80:50000'), { layout, offer: [] })), [
        [
          '250',
          `${ID}[notOfferedByUs] ${SHOW_RECEIVE}`,
          0,
          layout === 'split' ? '250-ex01.contoso.test Hello [192.0.2.10]' : '250  ex01.contoso.test Hello [192.0.2.10] SIZE 37748736 AUTH NTLM 8BITMIME',
        ],
      ]),
    })),
    {
      name: 'one finding per Receive connector, whatever the clients',
      text: annotate(
        recv([
          ...receiveLines(spec('EX01\\Relay EX01', '192.0.2.80:50000'), { layout: 'merged', offer: [] }),
          ...receiveLines(spec('EX01\\Relay EX01', '192.0.2.81:50000'), { layout: 'merged', offer: [] }),
        ]),
        [[',>,250  ex01', `${ID}[notOfferedByUs]`, 0, '250  ex01.contoso.test Hello [192.0.2.10] SIZE 37748736 AUTH NTLM 8BITMIME']],
      ),
    },
    ...LAYOUTS.map((layout) => ({
      name: `a RequireTLS Send connector met a server without STARTTLS (${layout} EHLO reply)`,
      text: annotate(
        [...header('send'), ...sendLines(spec('Partner'), { layout, offer: [], requireTlsUnmet: true })],
        [
          [
            'Connector is configured',
            `${ID}[requireTls] fix: Get-SendConnector -Identity "Partner" | Format-List Name,RequireTLS,TlsAuthLevel,TlsDomain,SmartHosts`,
            0,
            "Connector is configured to send mail only over TLS connections and remote doesn't support TLS",
          ],
        ],
      ),
    })),
  ],
});
