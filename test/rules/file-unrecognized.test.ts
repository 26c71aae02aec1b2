import { ruleTester } from '../helpers/ruleTester';

// Reported only for files named explicitly (the CLI's reportUnrecognized).
const named = { reportUnrecognized: true };

ruleTester('file-unrecognized', {
  valid: [
    {
      name: 'an SMTP protocol log is read as its own kind',
      settings: named,
      text: `#Software: Microsoft Exchange Server
#Log-type: SMTP Send Protocol Log
#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context
`,
    },
    {
      name: 'Event Viewer text is read as its own kind',
      settings: named,
      text: `Log Name:      Application
Source:        MSExchangeFrontEndTransport
Event ID:      12014
Level:         Error
Description:
Microsoft Exchange could not find a certificate that contains the domain name mail.contoso.com.
`,
    },
    { name: 'a dump', settings: named, text: 'AddressSpaces  : {SMTP:*;1}\nSmartHosts     : {}\nIgnoreSTARTTLS : False\n' },
    {
      name: 'a dump whose Comment quotes event fields',
      settings: named,
      text: 'Name          : Default Frontend EX02\nComment       : After this event:\n                Event ID: 12014\n                Source: MSExchangeFrontEndTransport\nAuthMechanism : Tls\nRequireTLS    : False\n',
    },
    { name: 'an unknown file open in the editor (not named)', text: 'hello\n' },
  ],
  invalid: [
    {
      name: 'prose',
      settings: named,
      text: `Checklist for the Edge migration:
#<-------------------------------- file-unrecognized[unknown]
  RequireTLS: must be True
`,
    },
    {
      name: 'HealthChecker output',
      settings: named,
      text: `Exchange Health Checker version 24.05.06.1510
#<-------------------------------------------- file-unrecognized[healthChecker]
        Name:                          EX01
        SMTP Certificate:              5D3C2B1A09F8E7D6C5B4A39281706F5E4D3C2B1A
`,
    },
    {
      name: 'a monitoring alert',
      settings: named,
      text: `CRITICAL - Send connector Internet: RequireTLS False
#<--------------------------------------------------- file-unrecognized[monitoring]
RequireTLS : False
TlsAuthLevel : (none)
`,
    },
    {
      name: 'an Export-Csv file',
      settings: named,
      text: `#TYPE Microsoft.Exchange.Data.Directory.SystemConfiguration.ReceiveConnector
#<--------------------------------------------------------------------------- file-unrecognized[csv]
"Name","AuthMechanism"
"Scanner Relay","Tls"
`,
    },
  ],
});
