import { ruleTester } from '../helpers/ruleTester';

ruleTester('script-smtp-certificate-force', {
  valid: [
    {
      name: 'without -Force, Exchange asks before replacing the default',
      file: 'renew.ps1',
      text: 'Enable-ExchangeCertificate -Thumbprint $new -Services SMTP\n',
    },
    { name: 'not for SMTP', file: 'renew.ps1', text: 'Enable-ExchangeCertificate -Thumbprint $new -Services IIS -Force\n' },
    { name: '-Force:$false', file: 'renew.ps1', text: 'Enable-ExchangeCertificate -Thumbprint $new -Services SMTP -Force:$false\n' },
    { name: 'services the script computes', file: 'renew.ps1', text: 'Enable-ExchangeCertificate -Thumbprint $new -Services $services -Force\n' },
    {
      name: 'a certificate request enables nothing',
      file: 'request.ps1',
      text: 'New-ExchangeCertificate -GenerateRequest -SubjectName "cn=mail.contoso.com" -DomainName mail.contoso.com -Force\n',
    },
    { name: 'a self-signed certificate for IIS only', file: 'new.ps1', text: 'New-ExchangeCertificate -SubjectName "cn=web" -Services IIS -Force\n' },
    { name: 'in a comment', file: 'renew.ps1', text: '# Enable-ExchangeCertificate -Thumbprint $new -Services SMTP -Force\n' },
  ],
  invalid: [
    {
      name: 'Enable-ExchangeCertificate -Services SMTP -Force: the fix drops -Force',
      file: 'renew.ps1',
      text: `Enable-ExchangeCertificate -Thumbprint $new -Services SMTP -Force
#                                                          ^^^^^^ script-smtp-certificate-force[enable] edit:
`,
    },
    {
      name: 'SMTP among several services, in a list or in one string, abbreviated parameters',
      file: 'renew.ps1',
      text: `Enable-ExchangeCertificate -Thumbprint $new -Services IIS, SMTP -Force
#                                                               ^^^^^^ script-smtp-certificate-force[enable]
Enable-ExchangeCertificate -Thumbprint $new -Services "IIS,SMTP" -Force:$true
#                                                                ^^^^^^^^^^^^ script-smtp-certificate-force[enable]
Enable-ExchangeCertificate -Thumb $new -Services:SMTP -f
#                                                     ^^ script-smtp-certificate-force[enable]
`,
    },
    {
      name: 'a self-signed certificate without -Services is enabled for IMAP, POP and SMTP',
      file: 'auth.ps1',
      text: `New-ExchangeCertificate -KeySize 2048 -SubjectName "cn=Microsoft Exchange Server Auth Certificate" -DomainName @() -Force
#                                                                                                                  ^^^^^^ script-smtp-certificate-force[create]
`,
    },
    {
      name: 'splatted: the finding and the fix are on the hashtable entry',
      file: 'renew.ps1',
      text: `$options = @{ Services = 'IIS, SMTP'; Force = $true }
#                                     ^^^^^^^^^^^^^ script-smtp-certificate-force[enable] edit:
Enable-ExchangeCertificate -Thumbprint $new @options
`,
    },
    {
      name: 'in a function, an if and a script block',
      file: 'renew.ps1',
      text: `function Set-SmtpCertificate {
    param([string]$Thumbprint)
    if ($Thumbprint) {
        Enable-ExchangeCertificate -Thumbprint $Thumbprint -Services SMTP -Force
#                                                                         ^^^^^^ script-smtp-certificate-force[enable]
    }
}
$servers | ForEach-Object { Enable-ExchangeCertificate -Server $_ -Thumbprint $t -Services SMTP -Force }
#                                                                                               ^^^^^^ script-smtp-certificate-force[enable]
`,
    },
  ],
});
