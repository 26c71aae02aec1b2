import { ruleTester } from '../helpers/ruleTester';

ruleTester('not-checked', {
  valid: [
    {
      name: 'a dump of a known kind',
      text: `
Name           : Internet
AddressSpaces  : {SMTP:*;1}
IgnoreSTARTTLS : False
`,
    },
    {
      name: 'a partial dump typed by a name only send connectors have',
      text: `
Name         : Partner TLS
RequireTLS   : True
TlsAuthLevel : CertificateValidation
`,
    },
    {
      name: 'a partial dump typed by the command line above it',
      text: `PS C:\\> Get-ReceiveConnector "Default EX01" | fl Name,Enabled

Name    : Default EX01
Enabled : True
`,
    },
    {
      name: 'a table that shows TLS columns is checked',
      text: `
Identity          AuthMechanism PermissionGroups RequireTLS
--------          ------------- ---------------- ----------
EX01\\Partner In   Tls           Partners         True
`,
    },
    {
      name: 'a certificate table with NotAfter',
      text: `
Thumbprint                                Services NotAfter             Subject
----------                                -------- --------             -------
9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B  ....S..  8/12/2027 6:14:02 PM CN=EDGE01
`,
    },
  ],
  invalid: [
    {
      name: 'no object of a known kind in the whole text',
      text: `
Name           : Default Frontend EX01
#<------------------------------------- not-checked[noKnownObject]
Enabled        : True
MaxMessageSize : 36 MB (37,748,736 bytes)
`,
    },
    {
      name: 'one object of another cmdlet among checked ones',
      text: `
Name           : Internet
AddressSpaces  : {SMTP:*;1}
IgnoreSTARTTLS : False

Name                            : EX01
#<------------------------------------- not-checked[unknownObject]
MaxOutboundConnections          : 1000
MaxPerDomainOutboundConnections : 20
`,
    },
    {
      name: 'the default Get-SendConnector table hides the TLS settings',
      text: `PS C:\\> Get-SendConnector

Identity             AddressSpaces          Enabled
#<-------------------------------------------------- not-checked[connectorTable] fix: Get-SendConnector | Format-List
--------             -------------          -------
Internet             {SMTP:*;1}             True
To Fabrikam (TLS)    {SMTP:fabrikam.com;1}  True
`,
    },
    {
      name: 'the default Get-ExchangeCertificate table has no dates; a row cut to the column is left out',
      text: `
Thumbprint                                Services   Subject
#<----------------------------------------------------------- not-checked[certificateTable] fix: Get-ExchangeCertificate | Format-List
----------                                --------   -------
9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B  IP.WS..    CN=mail.contoso.com
D5846F8DC46F1F273124A908C0FFFDD9DEB5365D  ....S..    CN=legacy.contoso.com, OU=Messaging, O=Contoso Ltd, L=Redm...
#                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ not-checked[cutRow] fix: Get-ExchangeCertificate | Format-List
`,
    },
  ],
});
