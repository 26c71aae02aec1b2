import { ruleTester } from '../helpers/ruleTester';

ruleTester('basic-auth-credential-missing', {
  valid: [
    {
      name: 'a credential is set',
      text: `
Name                     : Via Relay
Identity                 : Via Relay
AddressSpaces            : {SMTP:*;1}
DNSRoutingEnabled        : False
SmartHosts               : {smtp.relay.example}
IgnoreSTARTTLS           : False
RequireTLS               : True
TlsAuthLevel             :
TlsDomain                :
DomainSecureEnabled      : False
SmartHostAuthMechanism   : BasicAuthRequireTLS
AuthenticationCredential : System.Management.Automation.PSCredential
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'ExchangeServer authentication needs no credential',
      text: `
Name                     : EdgeSync - Inbound to Default-First-Site-Name
Identity                 : EdgeSync - Inbound to Default-First-Site-Name
AddressSpaces            : {--}
DNSRoutingEnabled        : False
SmartHosts               : {--}
IgnoreSTARTTLS           : False
RequireTLS               : False
TlsAuthLevel             :
TlsDomain                :
DomainSecureEnabled      : False
SmartHostAuthMechanism   : ExchangeServer
AuthenticationCredential :
SourceTransportServers   : {EX01, EX02}
`,
    },
  ],
  invalid: [
    {
      name: 'BasicAuthRequireTLS without a credential, reported on the name',
      text: `
Name                     : Via Relay
Identity                 : Via Relay
AddressSpaces            : {SMTP:*;1}
DNSRoutingEnabled        : False
SmartHosts               : {smtp.relay.example}
IgnoreSTARTTLS           : False
RequireTLS               : True
TlsAuthLevel             :
TlsDomain                :
DomainSecureEnabled      : False
SmartHostAuthMechanism   : BasicAuthRequireTLS
AuthenticationCredential :
# <----------------------- basic-auth-credential-missing[noCredential] fix: Set-SendConnector -Identity "Via Relay" -AuthenticationCredential (Get-Credential)
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'BasicAuth without a credential',
      text: `
Name                     : Via Relay
Identity                 : Via Relay
AddressSpaces            : {SMTP:*;1}
DNSRoutingEnabled        : False
SmartHosts               : {smtp.relay.example}
IgnoreSTARTTLS           : False
RequireTLS               : True
TlsAuthLevel             :
TlsDomain                :
DomainSecureEnabled      : False
SmartHostAuthMechanism   : BasicAuth
AuthenticationCredential :
# <----------------------- basic-auth-credential-missing[noCredential]
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'an EdgeSync connector says where to change it',
      text: `
Name                     : EdgeSync - Default-First-Site-Name to Internet
Identity                 : EdgeSync - Default-First-Site-Name to Internet
AddressSpaces            : {SMTP:*;1}
DNSRoutingEnabled        : False
SmartHosts               : {smtp.relay.example}
IgnoreSTARTTLS           : False
RequireTLS               : True
TlsAuthLevel             :
TlsDomain                :
DomainSecureEnabled      : False
SmartHostAuthMechanism   : BasicAuthRequireTLS
AuthenticationCredential :
# <----------------------- basic-auth-credential-missing[noCredentialEdgeSync]
SourceTransportServers   : {EX01, EX02}
`,
    },
  ],
});
