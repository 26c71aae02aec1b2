import { ruleTester } from '../helpers/ruleTester';
import { annotate, header, receiveLines, sendLines, spec, type Layout } from '../helpers/protocolLogs';

const ID = 'smtp-log-clear-text';
const USE_TLS = 'fix: Set-SendConnector -Identity "Internet" -IgnoreSTARTTLS $false';
const LAYOUTS: Layout[] = ['split', 'merged'];
const send = (lines: string[]) => [...header('send'), ...lines];

ruleTester(ID, {
  valid: [
    ...LAYOUTS.map((layout) => ({
      name: `STARTTLS offered and used (${layout} EHLO reply)`,
      text: send(sendLines(spec('Internet'), { layout, use: 'STARTTLS' })).join('\n'),
    })),
    {
      name: 'inbound clear text is not reported unless the inbound option is on',
      text: [...header('receive'), ...receiveLines(spec('EX01\\Default EX01', '192.0.2.80:50000'), { layout: 'merged' })].join('\n'),
    },
    {
      name: 'a session that offered STARTTLS but sent no mail',
      text: send(sendLines(spec('Internet'), { layout: 'split', mail: false })).join('\n'),
    },
  ],
  invalid: [
    ...LAYOUTS.map((layout) => ({
      name: `STARTTLS offered, not used (${layout} EHLO reply)`,
      text: annotate(send(sendLines(spec('Internet'), { layout })), [['MAIL FROM:<alice@contoso.test> SIZE=2048', `${ID}[ignoredOffer] ${USE_TLS}`]]),
    })),
    {
      name: 'X-ANONYMOUSTLS offered, not used',
      text: annotate(send(sendLines(spec('Internet'), { layout: 'merged', offer: ['X-ANONYMOUSTLS'] })), [
        ['MAIL FROM:<alice@contoso.test> SIZE=2048', `${ID}[ignoredOffer] ${USE_TLS}`],
      ]),
    },
    {
      name: "Exchange's retry without STARTTLS after a TLS failure with the same address",
      text: annotate(
        send([
          ...sendLines(spec('Internet', '198.51.100.9:25', '2024-05-06T08:00:00.000Z'), {
            layout: 'split',
            use: 'STARTTLS',
            result: { error: 'UnknownCredentials' },
          }),
          ...sendLines(spec('Internet', '198.51.100.9:25', '2024-05-06T08:00:05.000Z'), { layout: 'split' }),
        ]),
        [
          [
            'MAIL FROM:<alice@contoso.test> SIZE=2048',
            `${ID}[afterFailure] fixes: Get-SendConnector -Identity "Internet" | Format-List Name,IgnoreSTARTTLS,RequireTLS,TlsAuthLevel,TlsDomain || Set-SendConnector -Identity "Internet" -RequireTLS $true`,
          ],
        ],
      ),
    },
    {
      name: 'a TLS failure an hour before is no retry',
      text: annotate(
        send([
          ...sendLines(spec('Internet', '198.51.100.9:25', '2024-05-06T07:00:00.000Z'), {
            layout: 'split',
            use: 'STARTTLS',
            result: { error: 'UnknownCredentials' },
          }),
          ...sendLines(spec('Internet', '198.51.100.9:25', '2024-05-06T08:00:05.000Z'), { layout: 'merged' }),
        ]),
        [['MAIL FROM:<alice@contoso.test> SIZE=2048', `${ID}[ignoredOffer]`]],
      ),
    },
    ...LAYOUTS.map((layout) => ({
      name: `no STARTTLS in the EHLO reply (${layout})`,
      text: annotate(send(sendLines(spec('Internet'), { layout, offer: [] })), [
        [
          'MAIL FROM:<alice@contoso.test> SIZE=2048',
          `${ID}[notOffered] fix: Get-SendConnector -Identity "Internet" | Format-List Name,IgnoreSTARTTLS,RequireTLS,TlsAuthLevel,TlsDomain`,
        ],
      ]),
    })),
    {
      name: 'the remote server requires TLS and Exchange did not start it',
      text: annotate(send(sendLines(spec('Internet'), { layout: 'merged', refused: true })), [
        ['530 5.7.0 Must issue a STARTTLS command first', `${ID}[refused] ${USE_TLS}`],
      ]),
    },
    {
      name: "Exchange's own connectors get no Set-SendConnector",
      text: annotate(send(sendLines(spec('Intra-Organization SMTP Send Connector'), { layout: 'split' })), [
        ['MAIL FROM:<alice@contoso.test> SIZE=2048', `${ID}[ignoredOffer] no-fix: Set-SendConnector`],
      ]),
    },
    {
      name: 'the same with the same peer: one finding for all sessions',
      text: annotate(
        send([
          ...sendLines(spec('Internet'), { layout: 'split' }),
          ...sendLines(spec('Internet'), { layout: 'split' }),
          ...sendLines(spec('Internet'), { layout: 'split' }),
        ]),
        [['MAIL FROM:<alice@contoso.test> SIZE=2048', `${ID}[ignoredOffer]`]],
      ),
    },
    {
      name: 'inbound clear text, with the inbound option on',
      settings: { ruleOptions: { [ID]: { inbound: true } } },
      text: annotate(
        [...header('receive'), ...receiveLines(spec('EX01\\Default EX01', '192.0.2.80:50000'), { layout: 'split' })],
        [['MAIL FROM:<app@contoso.test>', `${ID}[inbound]`]],
      ),
    },
    {
      name: 'a pasted fragment without the header reads the same',
      file: 'paste.txt',
      text: annotate(sendLines(spec('Internet'), { layout: 'split' }), [['MAIL FROM:<alice@contoso.test> SIZE=2048', `${ID}[ignoredOffer] ${USE_TLS}`]]),
    },
  ],
});
