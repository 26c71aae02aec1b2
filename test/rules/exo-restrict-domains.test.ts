import { ruleTester } from '../helpers/ruleTester';

ruleTester('exo-restrict-domains', {
  valid: [
    {
      name: 'restricted to the certificate it names',
      text: `
Enabled                      : True
ConnectorType                : Partner
ConnectorSource              : Default
SenderIPAddresses            : {}
SenderDomains                : {smtp:fabrikam.com;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : False
RestrictDomainsToCertificate : True
CloudServicesMailEnabled     : False
TreatMessagesAsInternal      : False
TlsSenderCertificateName     : mail.fabrikam.com
Identity                     : From Fabrikam
Name                         : From Fabrikam
`,
    },
    {
      name: 'restricted to the IP addresses it lists',
      text: `
Enabled                      : True
ConnectorType                : Partner
ConnectorSource              : Default
SenderIPAddresses            : {203.0.113.10}
SenderDomains                : {smtp:fabrikam.com;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : True
RestrictDomainsToCertificate : False
CloudServicesMailEnabled     : False
TreatMessagesAsInternal      : False
TlsSenderCertificateName     :
Identity                     : From Fabrikam
Name                         : From Fabrikam
`,
    },
  ],
  invalid: [
    {
      name: 'a Partner connector restricted to a certificate it does not name',
      text: `
Enabled                      : True
ConnectorType                : Partner
ConnectorSource              : Default
SenderIPAddresses            : {}
SenderDomains                : {smtp:fabrikam.com;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : False
RestrictDomainsToCertificate : True
CloudServicesMailEnabled     : False
TreatMessagesAsInternal      : False
TlsSenderCertificateName     :
# <----------------------- exo-restrict-domains[noCertificate] fixes: Set-InboundConnector -Identity "From Fabrikam" -TlsSenderCertificateName "<domain on the sender's certificate>" -RequireTls $true || Set-InboundConnector -Identity "From Fabrikam" -RestrictDomainsToCertificate $false
Identity                     : From Fabrikam
Name                         : From Fabrikam
`,
    },
    {
      name: 'a Partner connector restricted to IP addresses it does not list',
      text: `
Enabled                      : True
ConnectorType                : Partner
ConnectorSource              : Default
SenderIPAddresses            : {}
#                              ^^ exo-restrict-domains[noIpAddresses] fix: Set-InboundConnector -Identity "From Fabrikam" -SenderIPAddresses "<sender's public IPv4 addresses>"
SenderDomains                : {smtp:fabrikam.com;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : True
RestrictDomainsToCertificate : False
CloudServicesMailEnabled     : False
TreatMessagesAsInternal      : False
TlsSenderCertificateName     : mail.fabrikam.com
Identity                     : From Fabrikam
Name                         : From Fabrikam
`,
    },
    {
      name: 'both restrictions at once',
      text: `
Enabled                      : True
ConnectorType                : Partner
ConnectorSource              : Default
SenderIPAddresses            : {203.0.113.10}
SenderDomains                : {smtp:fabrikam.com;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : True
#                              ^^^^ exo-restrict-domains[both] fix: Set-InboundConnector -Identity "From Fabrikam" -RestrictDomainsToIPAddresses $false
RestrictDomainsToCertificate : True
CloudServicesMailEnabled     : False
TreatMessagesAsInternal      : False
TlsSenderCertificateName     : mail.fabrikam.com
Identity                     : From Fabrikam
Name                         : From Fabrikam
`,
    },
    {
      name: 'an OnPremises connector is reported too (one severity lower: the switch is documented for Partner connectors)',
      text: `
Enabled                      : True
ConnectorType                : OnPremises
ConnectorSource              : HybridWizard
SenderIPAddresses            : {}
#                              ^^ exo-restrict-domains[noIpAddresses]
SenderDomains                : {smtp:*;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : True
RestrictDomainsToCertificate : False
CloudServicesMailEnabled     : True
TreatMessagesAsInternal      : False
TlsSenderCertificateName     : mail.contoso.com
Identity                     : Inbound from 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
Name                         : Inbound from 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
`,
    },
  ],
});
