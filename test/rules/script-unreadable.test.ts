import { ruleTester } from '../helpers/ruleTester';

ruleTester('script-unreadable', {
  valid: [
    {
      name: 'lists, splatting, continuations, pipelines, blocks',
      file: 'setup.ps1',
      text: `$tls = @{ RequireTLS = $true; TlsAuthLevel = 'DomainValidation'; TlsDomain = 'contoso.com' }
Set-SendConnector "Outbound" -SmartHosts relay1.contoso.com, relay2.contoso.com \`
    -AddressSpaces "SMTP:contoso.com;1", 'SMTP:fabrikam.com;1' @tls
Get-ReceiveConnector "EX01\\Relay" | Set-ReceiveConnector -RemoteIPRanges 10.0.0.1,10.0.0.2
foreach ($s in Get-ExchangeServer) { if ($s.IsHubTransportServer) { Get-TransportService $s.Name } }
`,
    },
    {
      name: 'a script that runs no Exchange cmdlet is none of its business',
      file: 'other.ps1',
      text: 'Write-Host "a" "b" ((( \n',
    },
  ],
  invalid: [
    {
      name: 'an unclosed block in a script that runs Exchange cmdlets',
      file: 'setup.ps1',
      text: `Set-SendConnector Internet -RequireTLS $true
if ($x) { Set-SendConnector Other -Port 25
#<----------------------------------------- script-unreadable[unreadable]
`,
    },
  ],
});
