import { ruleTester } from '../helpers/ruleTester';

ruleTester('exo-on-premises-sender-identity', {
  valid: [
    {
      name: 'identified by certificate (the HCW way)',
      text: `
Enabled                      : True
ConnectorType                : OnPremises
ConnectorSource              : HybridWizard
SenderIPAddresses            : {}
SenderDomains                : {smtp:*;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : False
RestrictDomainsToCertificate : False
CloudServicesMailEnabled     : True
TreatMessagesAsInternal      : False
TlsSenderCertificateName     : mail.contoso.com
Identity                     : Inbound from 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
Name                         : Inbound from 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
`,
    },
    {
      name: 'identified by IP addresses from /24 to /32',
      text: `
Enabled                      : True
ConnectorType                : OnPremises
ConnectorSource              : HybridWizard
SenderIPAddresses            : {203.0.113.0/24, 198.51.100.7}
SenderDomains                : {smtp:*;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : False
RestrictDomainsToCertificate : False
CloudServicesMailEnabled     : True
TreatMessagesAsInternal      : False
TlsSenderCertificateName     :
Identity                     : Inbound from 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
Name                         : Inbound from 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
`,
    },
    {
      name: 'a Partner connector needs neither',
      text: `
Enabled                      : True
ConnectorType                : Partner
ConnectorSource              : Default
SenderIPAddresses            : {}
SenderDomains                : {smtp:fabrikam.com;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : False
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
      name: 'an OnPremises connector with neither certificate nor IP addresses: the certificate (as the HCW sets it) comes first',
      text: `
Enabled                      : True
ConnectorType                : OnPremises
ConnectorSource              : HybridWizard
SenderIPAddresses            : {}
SenderDomains                : {smtp:*;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : False
RestrictDomainsToCertificate : False
CloudServicesMailEnabled     : True
TreatMessagesAsInternal      : False
TlsSenderCertificateName     :
# <----------------------- exo-on-premises-sender-identity[noIdentity] fixes: Set-InboundConnector -Identity "Inbound from 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76" -TlsSenderCertificateName "<domain on your servers' certificate>" -RequireTls $true || Set-InboundConnector -Identity "Inbound from 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76" -SenderIPAddresses "<your servers' public IPv4 addresses>"
Identity                     : Inbound from 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
Name                         : Inbound from 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
`,
    },
    {
      name: 'a sender range wider than /24, on that item',
      text: `
Enabled                      : True
ConnectorType                : OnPremises
ConnectorSource              : HybridWizard
SenderIPAddresses            : {203.0.113.0/24, 198.51.100.0/23}
#                                               ^^^^^^^^^^^^^^^ exo-on-premises-sender-identity[tooWide]
SenderDomains                : {smtp:*;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : False
RestrictDomainsToCertificate : False
CloudServicesMailEnabled     : True
TreatMessagesAsInternal      : False
TlsSenderCertificateName     : mail.contoso.com
Identity                     : Inbound from 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
Name                         : Inbound from 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76
`,
    },
    {
      name: 'an IPv6 sender address, on that item',
      text: `
Enabled                      : True
ConnectorType                : OnPremises
ConnectorSource              : HybridWizard
SenderIPAddresses            : {203.0.113.10, 2001:db8::25}
#                                             ^^^^^^^^^^^^ exo-on-premises-sender-identity[ipv6]
SenderDomains                : {smtp:*;1}
RequireTls                   : True
RestrictDomainsToIPAddresses : False
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
