import { ruleTester } from '../helpers/ruleTester';

ruleTester('redacted-value', {
  valid: [
    {
      name: 'TlsCertificateName markers, wildcards and real names are not placeholders',
      text: `
Name               : Internet
AddressSpaces      : {SMTP:*;1, SMTP:*.contoso.com;1}
Fqdn               : mail.contoso.com
TlsCertificateName : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
SourceIPAddress    : 0.0.0.0
`,
    },
    {
      name: 'free text is not reported',
      text: `
Name          : Internet
AddressSpaces : {SMTP:*;1}
Comment       : owner <helpdesk>, ticket XXXX
`,
    },
  ],
  invalid: [
    {
      name: 'a send connector redacted for a forum',
      text: `
Name               : Smarthost
AddressSpaces      : {SMTP:*;1}
SmartHosts         : {smtp.<domain>.com}
#                     ^^^^^^^^^^^^^^^^^ redacted-value[redactedItem]
Fqdn               : mail.XXXX.com
#                    ^^^^^^^^^^^^^ redacted-value[redacted]
SourceIPAddress    : x.x.x.x
#                    ^^^^^^^ redacted-value[redacted]
TlsCertificateName : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.<domain>.com
#                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redacted-value[redacted]
`,
    },
    {
      name: 'masked remote IP ranges and a thumbprint in a table',
      files: {
        'relay.txt': `
Name           : Relay
Bindings       : {0.0.0.0:25}
RemoteIPRanges : {10.0.x.x, *****, 192.168.1.0/24}
#                 ^^^^^^^^ redacted-value[redactedItem]
#                           ^^^^^ redacted-value[redactedItem]
AuthMechanism  : Tls
`,
        'certs.txt': `
Thumbprint                                Services   Subject
----------                                --------   -------
5D3C2B1A09F8E7D6***81706F5E4D3C2B1A       I..WS..    CN=mail.<domain>.com
#<---------------------------------- redacted-value[redacted]
`,
      },
    },
  ],
});
