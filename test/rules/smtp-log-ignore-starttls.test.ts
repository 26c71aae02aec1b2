import { ruleTester } from '../helpers/ruleTester';
import { annotate, header, sendLines, spec, under, type Layout } from '../helpers/protocolLogs';

const ID = 'smtp-log-ignore-starttls';
const LAYOUTS: Layout[] = ['split', 'merged'];
const CONNECTOR = 'EdgeSync - Default-First-Site-Name to Internet';
const FIX = `fix: Set-SendConnector -Identity "${CONNECTOR}" -IgnoreSTARTTLS $false`;
const dump = (ignore: 'True' | 'False', what?: string) => {
  const lines = ['', `Name           : ${CONNECTOR}`, 'AddressSpaces  : {smtp:*;100}', `IgnoreSTARTTLS : ${ignore}`, 'RequireTLS     : False', ''];
  if (what) lines.splice(4, 0, under(lines[3], ignore, what));
  return lines.join('\n');
};
const log = (layout: Layout, o: { use?: 'STARTTLS'; refused?: boolean; connector?: string } = {}) => [
  ...header('send'),
  ...sendLines(spec(o.connector ?? CONNECTOR, '203.0.113.25:25'), { layout, use: o.use, refused: o.refused, self: 'edge01.contoso.test' }),
];

ruleTester(ID, {
  valid: [
    ...LAYOUTS.map((layout) => ({
      name: `IgnoreSTARTTLS False: the clear-text session is not explained by it (${layout} EHLO reply)`,
      files: { 'send.log.txt': log(layout).join('\n'), 'send-connectors.txt': dump('False') },
    })),
    {
      name: 'IgnoreSTARTTLS True but the logged sessions used TLS',
      files: { 'send.log.txt': log('split', { use: 'STARTTLS' }).join('\n'), 'send-connectors.txt': dump('True') },
    },
    {
      name: 'clear text on another connector',
      files: { 'send.log.txt': log('merged', { connector: 'Internet' }).join('\n'), 'send-connectors.txt': dump('True') },
    },
  ],
  invalid: [
    ...LAYOUTS.map((layout) => ({
      name: `clear text on the connector with IgnoreSTARTTLS True: both sides (${layout} EHLO reply)`,
      files: {
        'send.log.txt': annotate(log(layout), [['MAIL FROM:<alice@contoso.test> SIZE=2048', `${ID}[onLog] ${FIX}`]]),
        'send-connectors.txt': dump('True', `${ID}[onConnector] ${FIX}`),
      },
    })),
    {
      name: 'refused for not starting TLS',
      files: {
        'send.log.txt': annotate(log('merged', { refused: true }), [['530 5.7.0 Must issue a STARTTLS command first', `${ID}[onLog] ${FIX}`]]),
        'send-connectors.txt': dump('True', `${ID}[onConnector]`),
      },
    },
    {
      name: 'a script sets it: the script is fixed in place',
      files: {
        'send.log.txt': annotate(log('split'), [['MAIL FROM:<alice@contoso.test> SIZE=2048', `${ID}[onLog]`]]),
        'setup.ps1': ((line) => `${line}\n${under(line, '$true', `${ID}[onConnector] edit: $false`)}\n`)(
          `Set-SendConnector -Identity "${CONNECTOR}" -IgnoreSTARTTLS $true`,
        ),
      },
    },
  ],
});
