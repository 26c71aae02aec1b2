import { ruleTester } from '../helpers/ruleTester';

ruleTester('script-byte-encoding', {
  valid: [
    {
      name: 'ReadAllBytes',
      file: 'import.ps1',
      text: 'New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes("C:\\Data\\edge.xml")) -Site "Default-First-Site-Name"\n',
    },
    { name: 'Get-Content of a text file, for something else', file: 'read.ps1', text: '$lines = Get-Content -Path C:\\Data\\servers.txt -Encoding Byte\n' },
    {
      name: 'PowerShell 7: -AsByteStream',
      file: 'import.ps1',
      text: 'New-EdgeSubscription -FileData (Get-Content -Path C:\\Data\\edge.xml -AsByteStream -Raw) -Site S\n',
    },
  ],
  invalid: [
    {
      name: 'the older docs form: the fix reads the file with ReadAllBytes',
      file: 'import.ps1',
      text: `New-EdgeSubscription -FileData ([byte[]]$(Get-Content -Path "C:\\Data\\edge.xml" -Encoding Byte -ReadCount 0)) -Site "Default-First-Site-Name"
#                                                                                        ^^^^ script-byte-encoding[subscription] edit: ([System.IO.File]::ReadAllBytes("C:\\Data\\edge.xml"))
`,
    },
    {
      name: 'a relative path is resolved by PowerShell, not by the process',
      file: 'import.ps1',
      text: `$data = [byte[]](Get-Content .\\EdgeSubscriptionExport.xml -Encoding Byte -ReadCount 0)
#                                                                   ^^^^ script-byte-encoding[subscription] edit: [System.IO.File]::ReadAllBytes((Resolve-Path .\\EdgeSubscriptionExport.xml).ProviderPath)
New-EdgeSubscription -FileData $data -Site "Default-First-Site-Name"
`,
    },
    {
      name: 'a certificate import',
      file: 'import.ps1',
      text: `Import-ExchangeCertificate -FileData ([byte[]]$(Get-Content -Path C:\\certs\\mail.pfx -Encoding byte -ReadCount 0)) -Password (Read-Host -AsSecureString)
#                                                                                             ^^^^ script-byte-encoding[certificate] edit: ([System.IO.File]::ReadAllBytes('C:\\certs\\mail.pfx'))
`,
    },
  ],
});
