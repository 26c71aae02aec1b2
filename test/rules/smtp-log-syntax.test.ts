import { ruleTester } from '../helpers/ruleTester';
import { annotate, header, sendLines, spec, under } from '../helpers/protocolLogs';

const ID = 'smtp-log-syntax';
const good = () => sendLines(spec('Internet'), { layout: 'split', use: 'STARTTLS' });
const row = (fields: string) => `2024-05-06T10:00:00.150Z,Internet,${fields}`;

ruleTester(ID, {
  valid: [
    { name: 'a log as Exchange writes it', text: [...header('send'), ...good()].join('\r\n') },
    { name: 'comments and blank lines', text: [...header('send'), '# exported from EX01 on 6 May', '', ...good()].join('\n') },
    {
      name: 'a concatenated export: two header blocks',
      text: [...header('send'), ...good(), ...header('send', '2024-05-06T01:00:00.000Z'), ...good()].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a row wrapped by a copy: both halves reported',
      text: (() => {
        const lines = [...header('send'), ...good()];
        const i = lines.findIndex((l) => l.includes(',<,250-mx.partner.example Hello'));
        const [a, b] = [lines[i].slice(0, lines[i].indexOf(' Hello')), lines[i].slice(lines[i].indexOf(' Hello') + 1)];
        lines.splice(i, 1, a, `# <${'-'.repeat(a.length - 1)} ${ID}[malformed]`, b, `# <${'-'.repeat(b.length - 1)} ${ID}[malformed]`);
        return lines.join('\n');
      })(),
    },
    {
      name: 'a quoted field without its closing quote',
      text: annotate(
        [...header('send'), ...good(), row('08DC6D0000000070,3,192.0.2.10:1,198.51.100.7:25,<,"220 mx ESMTP,')],
        [['"220 mx ESMTP,', `${ID}[malformed]`]],
      ),
    },
    {
      name: 'an event that is not one of + - > < *',
      text: annotate(
        [...header('send'), ...good(), row('08DC6D0000000070,3,192.0.2.10:1,198.51.100.7:25,!,220 mx ESMTP,')],
        [[',!,', `${ID}[malformed]`, 0, '!']],
      ),
    },
    {
      name: 'a session id that is not 16 hexadecimal digits',
      text: annotate(
        [
          ...header('send'),
          ...good(),
          row('08DC6D00000000ZZ,3,192.0.2.10:1,198.51.100.7:25,<,220 mx ESMTP,'),
          row('08DC6D,3,192.0.2.10:1,198.51.100.7:25,<,220 mx ESMTP,'),
        ],
        [
          ['08DC6D00000000ZZ', `${ID}[malformed]`],
          [',08DC6D,', `${ID}[malformed]`, 0, '08DC6D'],
        ],
      ),
    },
    {
      name: 'a date-time in another format',
      text: (() => {
        const bad = '06.05.2024 10:00:00,Internet,08DC6D0000000070,3,192.0.2.10:1,198.51.100.7:25,<,220 mx ESMTP,';
        return [...header('send'), ...good(), bad, `# <${'-'.repeat(18)} ${ID}[malformed]`].join('\n');
      })(),
    },
    {
      name: 'fields that are not those of a protocol log',
      text: (() => {
        const fields = '#Fields: date-time,session-id,event,data';
        const lines = [
          '#Software: Microsoft Exchange Server',
          '#Log-type: SMTP Send Protocol Log',
          fields,
          under(fields, 'date-time,session-id,event,data', `${ID}[malformed]`),
          ...good(),
        ];
        return lines.join('\n');
      })(),
    },
  ],
});
