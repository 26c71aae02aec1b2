import { ruleTester } from '../helpers/ruleTester';

ruleTester('script-plaintext-password', {
  valid: [
    {
      name: 'a prompt',
      file: 'import.ps1',
      text: 'Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes("C:\\cert.pfx")) -Password (Read-Host -AsSecureString)\n',
    },
    { name: 'a string the script reads at run time', file: 'import.ps1', text: '$pw = ConvertTo-SecureString (Get-Content .\\pw.txt) -AsPlainText -Force\n' },
    { name: 'an encrypted standard string (no -AsPlainText)', file: 'import.ps1', text: '$pw = ConvertTo-SecureString $encrypted\n' },
    { name: 'a parameter of the script', file: 'import.ps1', text: 'param([string]$Password)\n$pw = ConvertTo-SecureString $Password -AsPlainText -Force\n' },
    { name: 'an expanded string', file: 'import.ps1', text: '$pw = ConvertTo-SecureString "$prefix-2024" -AsPlainText -Force\n' },
  ],
  invalid: [
    {
      name: 'a literal: the fix prompts for it',
      file: 'import.ps1',
      text: `$pw = ConvertTo-SecureString -String "P@ssw0rd!" -AsPlainText -Force
#                                    ^^^^^^^^^^^ script-plaintext-password[literal] edit: Read-Host -AsSecureString -Prompt "Password"
Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes("C:\\cert.pfx")) -Password $pw
`,
    },
    {
      name: 'positional, single-quoted, piped, inside a credential',
      file: 'import.ps1',
      text: `$a = ConvertTo-SecureString 'P@ss' -AsPlainText -Force
#                           ^^^^^^ script-plaintext-password[literal]
$b = 'P@ss' | ConvertTo-SecureString -AsPlainText -Force
#    ^^^^^^ script-plaintext-password[literal] edit: Read-Host -AsSecureString -Prompt "Password"
$c = New-Object System.Management.Automation.PSCredential("admin", (ConvertTo-SecureString "P@ss" -AsPlainText -Force))
#                                                                                          ^^^^^^ script-plaintext-password[literal]
`,
    },
    {
      name: 'through a variable assigned a literal: no edit, the assignment is pointed at',
      file: 'import.ps1',
      text: `$plain = "P@ssw0rd!"
$pw = ConvertTo-SecureString $plain -AsPlainText -Force
#                            ^^^^^^ script-plaintext-password[throughVariable]
`,
    },
  ],
});
