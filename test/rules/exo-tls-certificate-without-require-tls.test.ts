import { ruleTester } from '../helpers/ruleTester';

ruleTester('exo-tls-certificate-without-require-tls', {
  valid: [
    {
      name: 'the hybrid inbound connector the HCW creates (OnPremises, RequireTls $true)',
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
      name: 'no certificate name',
      text: `
Enabled                      : True
ConnectorType                : Partner
ConnectorSource              : Default
SenderIPAddresses            : {203.0.113.10}
SenderDomains                : {smtp:fabrikam.com;1}
RequireTls                   : False
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
      name: 'an OnPremises connector with RequireTls $false, unlike what the HCW creates',
      text: `
Enabled                      : True
ConnectorType                : OnPremises
ConnectorSource              : HybridWizard
SenderIPAddresses            : {}
SenderDomains                : {smtp:*;1}
RequireTls                   : False
#                              ^^^^^ exo-tls-certificate-without-require-tls[certificateUnused] fix: Set-InboundConnector -Identity "Inbound from 6fc3a33e-3ca2-4528-8e3c-75e5d4e9db76" -RequireTls $true
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
      name: 'a narrow Partner connector that names the partner certificate without requiring TLS',
      text: `
Enabled                      : True
ConnectorType                : Partner
ConnectorSource              : Default
SenderIPAddresses            : {}
SenderDomains                : {smtp:fabrikam.com;1}
RequireTls                   : False
#                              ^^^^^ exo-tls-certificate-without-require-tls[certificateUnused] fix: Set-InboundConnector -Identity "From Fabrikam" -RequireTls $true
RestrictDomainsToIPAddresses : False
RestrictDomainsToCertificate : False
CloudServicesMailEnabled     : False
TreatMessagesAsInternal      : False
TlsSenderCertificateName     : mail.fabrikam.com
Identity                     : From Fabrikam
Name                         : From Fabrikam
`,
    },
  ],
});
