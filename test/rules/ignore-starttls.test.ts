import { ruleTester } from '../helpers/ruleTester';

ruleTester('ignore-starttls', {
  valid: [
    {
      name: 'STARTTLS used',
      text: `
Name           : Internet
Identity       : Internet
AddressSpaces  : {SMTP:*;1}
IgnoreSTARTTLS : False
RequireTLS     : False
`,
    },
  ],
  invalid: [
    {
      name: 'a dump',
      text: `
Name           : Legacy Relay
Identity       : Legacy Relay
AddressSpaces  : {SMTP:partner.example;1}
IgnoreSTARTTLS : True
#                ^^^^ ignore-starttls[ignoring] fix: Set-SendConnector -Identity "Legacy Relay" -IgnoreSTARTTLS $false
RequireTLS     : False
`,
    },
    {
      name: 'an EdgeSync connector says where to change it',
      text: `
Name           : EdgeSync - Default-First-Site-Name to Internet
AddressSpaces  : {smtp:*;100}
IgnoreSTARTTLS : True
#                ^^^^ ignore-starttls[ignoringEdgeSync]
`,
    },
    {
      name: 'with RequireTLS also $true, the fix title says TLS becomes mandatory',
      text: `
Name           : To Fabrikam
Identity       : To Fabrikam
AddressSpaces  : {SMTP:fabrikam.com;1}
IgnoreSTARTTLS : True
#                ^^^^ ignore-starttls[ignoring] fix: Set-SendConnector -Identity "To Fabrikam" -IgnoreSTARTTLS $false
RequireTLS     : True
`,
    },
    {
      name: 'a connector without Name or Identity gets a visible placeholder, never "(unnamed)"',
      text: `
AddressSpaces  : {SMTP:*;1}
IgnoreSTARTTLS : True
#                ^^^^ ignore-starttls[ignoring] fix: Set-SendConnector -Identity "<connector name>" -IgnoreSTARTTLS $false no-fix: (unnamed)
RequireTLS     : False
`,
    },
    {
      name: 'a script is fixed in place',
      file: 'setup.ps1',
      text: `Set-SendConnector -Identity Internet -IgnoreSTARTTLS $true
#                                                    ^^^^^ ignore-starttls edit: $false
`,
    },
  ],
});
