import { ruleTester } from '../helpers/ruleTester';

ruleTester('basic-auth-cleartext', {
  valid: [
    {
      name: 'send: BasicAuth with RequireTLS (the password always goes over TLS)',
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
AuthenticationCredential : System.Management.Automation.PSCredential
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'send: BasicAuthRequireTLS',
      text: `
Name                     : Via Relay
Identity                 : Via Relay
AddressSpaces            : {SMTP:*;1}
DNSRoutingEnabled        : False
SmartHosts               : {smtp.relay.example}
IgnoreSTARTTLS           : False
RequireTLS               : False
TlsAuthLevel             :
TlsDomain                :
DomainSecureEnabled      : False
SmartHostAuthMechanism   : BasicAuthRequireTLS
AuthenticationCredential : System.Management.Automation.PSCredential
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'receive: BasicAuth offered after STARTTLS only',
      text: `
RunspaceId        : 4f1c2a9e-8d3b-4c6f-9a2e-7b5d1e0c3f48
AuthMechanism     : Tls, Integrated, BasicAuth, BasicAuthRequireTLS
Banner            :
BinaryMimeEnabled : True
Bindings          : {[::]:587, 0.0.0.0:587}
Fqdn              : EX01.contoso.com
PermissionGroups  : ExchangeUsers
RemoteIPRanges    : {::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 0.0.0.0-255.255.255.255}
RequireTLS        : False
TransportRole     : FrontendTransport
Server            : EX01
Identity          : EX01\\Client Frontend EX01
Name              : Client Frontend EX01
`,
    },
  ],
  invalid: [
    {
      name: 'send: BasicAuth without RequireTLS',
      text: `
Name                     : Via Relay
Identity                 : Via Relay
AddressSpaces            : {SMTP:*;1}
DNSRoutingEnabled        : False
SmartHosts               : {smtp.relay.example}
IgnoreSTARTTLS           : False
RequireTLS               : False
TlsAuthLevel             :
TlsDomain                :
DomainSecureEnabled      : False
SmartHostAuthMechanism   : BasicAuth
#                          ^^^^^^^^^ basic-auth-cleartext[sendCleartext] fix: Set-SendConnector -Identity "Via Relay" -SmartHostAuthMechanism BasicAuthRequireTLS
AuthenticationCredential : System.Management.Automation.PSCredential
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'send: with IgnoreSTARTTLS the password always goes in clear text, and the fix turns STARTTLS back on',
      text: `
Name                     : Legacy Relay
Identity                 : Legacy Relay
AddressSpaces            : {SMTP:*;1}
DNSRoutingEnabled        : False
SmartHosts               : {smtp.relay.example}
IgnoreSTARTTLS           : True
RequireTLS               : False
TlsAuthLevel             :
TlsDomain                :
DomainSecureEnabled      : False
SmartHostAuthMechanism   : BasicAuth
#                          ^^^^^^^^^ basic-auth-cleartext[sendNeverTls] fix: Set-SendConnector -Identity "Legacy Relay" -SmartHostAuthMechanism BasicAuthRequireTLS -IgnoreSTARTTLS $false
AuthenticationCredential : System.Management.Automation.PSCredential
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'send: an EdgeSync connector says where to change it',
      text: `
Name                     : EdgeSync - Default-First-Site-Name to Internet
Identity                 : EdgeSync - Default-First-Site-Name to Internet
AddressSpaces            : {SMTP:*;1}
DNSRoutingEnabled        : False
SmartHosts               : {smtp.relay.example}
IgnoreSTARTTLS           : False
RequireTLS               : False
TlsAuthLevel             :
TlsDomain                :
DomainSecureEnabled      : False
SmartHostAuthMechanism   : BasicAuth
#                          ^^^^^^^^^ basic-auth-cleartext[sendEdgeSync]
AuthenticationCredential : System.Management.Automation.PSCredential
SourceTransportServers   : {EX01, EX02}
`,
    },
    {
      name: 'receive: BasicAuth without BasicAuthRequireTLS',
      text: `
RunspaceId        : 4f1c2a9e-8d3b-4c6f-9a2e-7b5d1e0c3f48
AuthMechanism     : Tls, Integrated, BasicAuth
#                   ^^^^^^^^^^^^^^^^^^^^^^^^^^ basic-auth-cleartext[receiveCleartext] fix: Set-ReceiveConnector -Identity "EX01\\Client Frontend EX01" -AuthMechanism "Tls, Integrated, BasicAuth, BasicAuthRequireTLS"
Banner            :
BinaryMimeEnabled : True
Bindings          : {[::]:587, 0.0.0.0:587}
Fqdn              : EX01.contoso.com
PermissionGroups  : ExchangeUsers
RemoteIPRanges    : {::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 0.0.0.0-255.255.255.255}
RequireTLS        : False
TransportRole     : FrontendTransport
Server            : EX01
Identity          : EX01\\Client Frontend EX01
Name              : Client Frontend EX01
`,
    },
    {
      name: 'receive: beside ExternalAuthoritative the fix drops Basic instead of adding BasicAuthRequireTLS (Exchange refuses that pair)',
      text: `
RunspaceId        : 4f1c2a9e-8d3b-4c6f-9a2e-7b5d1e0c3f48
AuthMechanism     : Tls, BasicAuth, ExternalAuthoritative
#                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ basic-auth-cleartext[receiveCleartext] fix: Set-ReceiveConnector -Identity "EX01\\Ext" -AuthMechanism "Tls, ExternalAuthoritative" no-fix: BasicAuthRequireTLS
Banner            :
BinaryMimeEnabled : True
Bindings          : {[::]:587, 0.0.0.0:587}
Fqdn              : EX01.contoso.com
PermissionGroups  : ExchangeUsers
RemoteIPRanges    : {::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 0.0.0.0-255.255.255.255}
RequireTLS        : False
TransportRole     : FrontendTransport
Server            : EX01
Identity          : EX01\\Ext
Name              : Ext
`,
    },
  ],
});
