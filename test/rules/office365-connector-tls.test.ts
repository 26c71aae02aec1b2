import { ruleTester } from '../helpers/ruleTester';

ruleTester('office365-connector-tls', {
  valid: [
    {
      name: 'the connector the Hybrid Configuration Wizard creates',
      text: `
Name                     : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
Identity                 : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
AddressSpaces            : {smtp:contoso.mail.onmicrosoft.com;1}
DNSRoutingEnabled        : True
SmartHosts               : {}
IgnoreSTARTTLS           : False
RequireTLS               : True
TlsAuthLevel             : DomainValidation
TlsDomain                : mail.protection.outlook.com
DomainSecureEnabled      : False
CloudServicesMailEnabled : True
Fqdn                     : mail.contoso.com
TlsCertificateName       : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'relaying through Microsoft 365 with CertificateValidation (HealthChecker accepts it)',
      text: `
Name                     : Mail to O365
Identity                 : Mail to O365
AddressSpaces            : {SMTP:*;1}
DNSRoutingEnabled        : False
SmartHosts               : {contoso-com.mail.protection.outlook.com}
IgnoreSTARTTLS           : False
RequireTLS               : True
TlsAuthLevel             : CertificateValidation
TlsDomain                :
DomainSecureEnabled      : False
CloudServicesMailEnabled : True
Fqdn                     : mail.contoso.com
TlsCertificateName       : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'a connector that does not go to Microsoft 365',
      text: `
Name                   : Internet
Identity               : Internet
AddressSpaces          : {SMTP:*;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : False
TlsAuthLevel           :
TlsDomain              :
DomainSecureEnabled    : False
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'an unreadable TlsAuthLevel is left to invalid-value',
      text: `
Name                     : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
Identity                 : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
AddressSpaces            : {smtp:contoso.mail.onmicrosoft.com;1}
DNSRoutingEnabled        : True
SmartHosts               : {}
IgnoreSTARTTLS           : False
RequireTLS               : True
TlsAuthLevel             : DomainValidaton
TlsDomain                : mail.protection.outlook.com
DomainSecureEnabled      : False
CloudServicesMailEnabled : True
Fqdn                     : mail.contoso.com
TlsCertificateName       : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
SourceTransportServers   : {EX01, EX02}
`,
    },
  ],
  invalid: [
    {
      name: 'relaying everything through Microsoft 365 without RequireTLS (the shape of the real CSS-Exchange export)',
      text: `
Name                     : Mail to O365
Identity                 : Mail to O365
AddressSpaces            : {SMTP:*;1}
DNSRoutingEnabled        : False
SmartHosts               : {contoso-com.mail.protection.outlook.com}
IgnoreSTARTTLS           : False
RequireTLS               : False
#                          ^^^^^ office365-connector-tls[notRequired] fix: Set-SendConnector -Identity "Mail to O365" -RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain mail.protection.outlook.com
TlsAuthLevel             :
TlsDomain                :
DomainSecureEnabled      : False
CloudServicesMailEnabled : True
Fqdn                     : mail.contoso.com
TlsCertificateName       : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'RequireTLS with EncryptionOnly: the certificate is not validated',
      text: `
Name                     : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
Identity                 : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
AddressSpaces            : {smtp:contoso.mail.onmicrosoft.com;1}
DNSRoutingEnabled        : True
SmartHosts               : {}
IgnoreSTARTTLS           : False
RequireTLS               : True
TlsAuthLevel             : EncryptionOnly
#                          ^^^^^^^^^^^^^^ office365-connector-tls[notValidated] fix: Set-SendConnector -Identity "Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97" -RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain mail.protection.outlook.com
TlsDomain                :
DomainSecureEnabled      : False
CloudServicesMailEnabled : True
Fqdn                     : mail.contoso.com
TlsCertificateName       : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'RequireTLS with no level, reported on the name',
      text: `
Name                     : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
Identity                 : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
AddressSpaces            : {smtp:contoso.mail.onmicrosoft.com;1}
DNSRoutingEnabled        : True
SmartHosts               : {}
IgnoreSTARTTLS           : False
RequireTLS               : True
TlsAuthLevel             :
# <----------- office365-connector-tls[notValidated]
TlsDomain                :
DomainSecureEnabled      : False
CloudServicesMailEnabled : True
Fqdn                     : mail.contoso.com
TlsCertificateName       : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'DomainValidation against another name',
      text: `
Name                     : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
Identity                 : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
AddressSpaces            : {smtp:contoso.mail.onmicrosoft.com;1}
DNSRoutingEnabled        : True
SmartHosts               : {}
IgnoreSTARTTLS           : False
RequireTLS               : True
TlsAuthLevel             : DomainValidation
TlsDomain                : outlook.com
#                          ^^^^^^^^^^^ office365-connector-tls[wrongTlsDomain] fix: Set-SendConnector -Identity "Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97" -RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain mail.protection.outlook.com
DomainSecureEnabled      : False
CloudServicesMailEnabled : True
Fqdn                     : mail.contoso.com
TlsCertificateName       : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'DomainValidation without a TlsDomain, reported on the name',
      text: `
Name                     : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
Identity                 : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
AddressSpaces            : {smtp:contoso.mail.onmicrosoft.com;1}
DNSRoutingEnabled        : True
SmartHosts               : {}
IgnoreSTARTTLS           : False
RequireTLS               : True
TlsAuthLevel             : DomainValidation
TlsDomain                :
# <-------- office365-connector-tls[noTlsDomain] fix: Set-SendConnector -Identity "Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97" -RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain mail.protection.outlook.com
DomainSecureEnabled      : False
CloudServicesMailEnabled : True
Fqdn                     : mail.contoso.com
TlsCertificateName       : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'GCC High: the TLS name follows the cloud of the smart host',
      text: `
Name                     : To GCC High
Identity                 : To GCC High
AddressSpaces            : {SMTP:*;1}
DNSRoutingEnabled        : False
SmartHosts               : {contoso-com.mail.protection.office365.us}
IgnoreSTARTTLS           : False
RequireTLS               : False
#                          ^^^^^ office365-connector-tls[notRequired] fix: Set-SendConnector -Identity "To GCC High" -RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain mail.protection.office365.us
TlsAuthLevel             :
TlsDomain                :
DomainSecureEnabled      : False
CloudServicesMailEnabled : True
Fqdn                     : mail.contoso.com
TlsCertificateName       : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'CloudServicesMailEnabled $false: the hybrid headers are dropped (a 2013+ parameter)',
      text: `
Name                     : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
Identity                 : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
AddressSpaces            : {smtp:contoso.mail.onmicrosoft.com;1}
DNSRoutingEnabled        : True
SmartHosts               : {}
IgnoreSTARTTLS           : False
RequireTLS               : True
TlsAuthLevel             : DomainValidation
TlsDomain                : mail.protection.outlook.com
DomainSecureEnabled      : False
CloudServicesMailEnabled : False
#                          ^^^^^ office365-connector-tls[headersDropped] fix: Set-SendConnector -Identity "Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97" -CloudServicesMailEnabled $true
Fqdn                     : mail.contoso.com
TlsCertificateName       : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'no Fqdn and no TlsCertificateName: naming the certificate comes first, the Fqdn second',
      text: `
Name                     : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
Identity                 : Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97
AddressSpaces            : {smtp:contoso.mail.onmicrosoft.com;1}
DNSRoutingEnabled        : True
SmartHosts               : {}
IgnoreSTARTTLS           : False
RequireTLS               : True
TlsAuthLevel             : DomainValidation
TlsDomain                : mail.protection.outlook.com
DomainSecureEnabled      : False
CloudServicesMailEnabled : True
Fqdn                     :
TlsCertificateName       :
# <----------------- office365-connector-tls[noCertificateName] fixes: Set-SendConnector -Identity "Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97" -TlsCertificateName "<I><issuer of your hybrid certificate><S><its subject>" || Set-SendConnector -Identity "Outbound to Office 365 - 6f1c3a2e-9b7d-4e21-8c5a-0d4f6e2b1a97" -Fqdn "<name on your hybrid certificate>"
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'an Exchange 2010 connector (no TlsCertificateName or CloudServicesMailEnabled): only the Fqdn fix, no 2013+ parameter',
      text: `
Name                   : Hybrid 2010
Identity               : Hybrid 2010
AddressSpaces          : {smtp:contoso.mail.onmicrosoft.com;1}
DNSRoutingEnabled      : True
SmartHosts             : {}
IgnoreSTARTTLS         : False
RequireTLS             : True
TlsAuthLevel           : DomainValidation
TlsDomain              : mail.protection.outlook.com
DomainSecureEnabled    : False
Fqdn                   :
# <--- office365-connector-tls[noCertificateName] fixes: Set-SendConnector -Identity "Hybrid 2010" -Fqdn "<name on your hybrid certificate>" no-fix: -TlsCertificateName
SourceTransportServers : {EX01, EX02}
`,
    },
    {
      name: 'an EdgeSync connector relaying through Microsoft 365 says where to change it',
      text: `
Name                     : EdgeSync - Default-First-Site-Name to Internet
Identity                 : EdgeSync - Default-First-Site-Name to Internet
AddressSpaces            : {smtp:*;100}
DNSRoutingEnabled        : False
SmartHosts               : {contoso-com.mail.protection.outlook.com}
IgnoreSTARTTLS           : False
RequireTLS               : False
#                          ^^^^^ office365-connector-tls[tlsEdgeSync]
TlsAuthLevel             :
TlsDomain                :
DomainSecureEnabled      : False
CloudServicesMailEnabled : True
Fqdn                     : mail.contoso.com
TlsCertificateName       : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
SourceTransportServers   : {EX01, EX02}
`,
    },
  ],
});
