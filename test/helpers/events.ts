// Event-log text in the shapes admins paste: Event Viewer's "Copy details as text" (with or without the
// `Event Xml:` block), `Get-WinEvent | Format-List` and `Get-EventLog | Format-List` with the message wrapped at a
// console width (English: at spaces). The Exchange texts themselves are the templates of evidence-formats.md §3.

export interface EventText {
  source?: string;
  id: number | string;
  level?: string;
  computer?: string;
  date?: string;
  task?: string;
  description: string;
  /** Insertion strings for the `Event Xml:` block (Event Viewer only). */
  data?: string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Event Viewer, Copy > Copy details as text. */
export function viewer(e: EventText): string {
  const lines = [
    'Log Name:      Application',
    ...(e.source ? [`Source:        ${e.source}`] : []),
    `Date:          ${e.date ?? '5/6/2024 8:12:40 AM'}`,
    `Event ID:      ${e.id}`,
    `Task Category: ${e.task ?? 'TransportService'}`,
    `Level:         ${e.level ?? 'Error'}`,
    'Keywords:      Classic',
    'User:          N/A',
    `Computer:      ${e.computer ?? 'EX01.contoso.com'}`,
    'Description:',
    ...e.description.split('\n'),
  ];
  if (e.data) {
    lines.push(
      'Event Xml:',
      '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">',
      '  <System>',
      `    <Provider Name="${e.source ?? ''}" />`,
      `    <EventID Qualifiers="49156">${e.id}</EventID>`,
      '    <TimeCreated SystemTime="2024-05-06T08:12:40.1234567Z" />',
      `    <Computer>${e.computer ?? 'EX01.contoso.com'}</Computer>`,
      '  </System>',
      '  <EventData>',
      ...e.data.map((d) => `    <Data>${esc(d)}</Data>`),
      '  </EventData>',
      '</Event>',
    );
  }
  return lines.join('\n') + '\n';
}

/** A value wrapped as Format-List does it at `width` columns, continuation lines indented to `column`. */
function wrap(text: string, column: number, width: number): string[] {
  const room = width - column;
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if (line && line.length + 1 + word.length > room) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out.map((l, i) => (i === 0 ? l : l === '' ? '' : ' '.repeat(column) + l));
}

function fl(props: [string, string][], width: number): string {
  const pad = Math.max(...props.map(([n]) => n.length));
  const lines: string[] = [];
  for (const [n, v] of props) {
    const head = `${n.padEnd(pad)} : `;
    if (v === '') {
      lines.push(`${n.padEnd(pad)} :`);
      continue;
    }
    const [first, ...rest] = wrap(v, head.length, width);
    lines.push(head + first, ...rest);
  }
  return lines.join('\n') + '\n';
}

/** `Get-WinEvent -FilterHashtable @{LogName='Application'; ...} | Format-List` (default view). */
export function winEvent(e: EventText, width = 120): string {
  return fl(
    [
      ['TimeCreated', e.date ?? '5/6/2024 8:12:40 AM'],
      ['ProviderName', e.source ?? ''],
      ['Id', String(e.id)],
      ['Message', e.description],
    ],
    width,
  );
}

/** `Get-EventLog -LogName Application | Format-List` (default list view; InstanceId carries the severity bits). */
export function eventLog(e: EventText & { instanceId: number; replacementStrings?: string[] }, width = 120): string {
  return fl(
    [
      ['Index', '812345'],
      ['EntryType', e.level ?? 'Error'],
      ['InstanceId', String(e.instanceId)],
      ['Message', e.description],
      ['Category', e.task ?? 'TransportService'],
      ['CategoryNumber', '12'],
      ['ReplacementStrings', `{${(e.replacementStrings ?? []).join(', ')}}`],
      ['Source', e.source ?? ''],
      ['TimeGenerated', e.date ?? '5/6/2024 8:12:40 AM'],
      ['TimeWritten', e.date ?? '5/6/2024 8:12:40 AM'],
      ['UserName', ''],
    ],
    width,
  );
}

/** The 12014 description (Exchange 2010 template, also logged by 2013 and later with TlsCertificateName as %1). */
export function text12014(name: string, connector: string, fqdn: string): string {
  return `Microsoft Exchange could not find a certificate that contains the domain name ${name} in the personal store on the local computer. Therefore, it is unable to support the STARTTLS SMTP verb for the connector ${connector} with a FQDN parameter of ${fqdn}. If the connector's FQDN is not specified, the computer's FQDN is used. Verify the connector configuration and the installed certificates to make sure that there is a certificate with a domain name for that FQDN. If this certificate exists, run Enable-ExchangeCertificate -Services SMTP to make sure that the Microsoft Exchange Transport service has access to the certificate key.`;
}
