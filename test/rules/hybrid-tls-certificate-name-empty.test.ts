import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleTester } from '../helpers/ruleTester';

// The en-AU hybrid Default Frontend connector of an Exchange 2019 server, as the Hybrid Configuration Wizard leaves it.
const HYBRID = readFileSync(join(__dirname, '..', 'fixtures', 'dates', 'en-au-hybrid-get-receiveconnector-fl.txt'), 'utf8');
const FIX =
  '$c = Get-ExchangeCertificate -Thumbprint "<thumbprint>"; Set-ReceiveConnector -Identity "EX01\\Default Frontend EX01" -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"';

/** The same connector with TlsCertificateName emptied, the finding annotated under it. */
const emptied = HYBRID.replace(
  /^TlsCertificateName( +):.*$/m,
  `TlsCertificateName$1:\r\n# <----------------- hybrid-tls-certificate-name-empty[empty] fix: ${FIX}`,
);

ruleTester('hybrid-tls-certificate-name-empty', {
  valid: [
    { name: 'the wizard named the certificate (Exchange 2019, en-AU)', file: 'rc.txt', text: HYBRID },
    {
      name: 'an Edge connector picks its certificate by Fqdn (TransportRole HubTransport)',
      text: `
Name                  : Default internal receive connector EDGE01
Identity              : EDGE01\\Default internal receive connector EDGE01
AuthMechanism         : Tls, ExchangeServer
Bindings              : {[::]:25, 0.0.0.0:25}
Fqdn                  : mail.contoso.com
TlsCertificateName    :
PermissionGroups      : AnonymousUsers, ExchangeServers, Partners
RemoteIPRanges        : {::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 0.0.0.0-255.255.255.255}
TlsDomainCapabilities : {mail.protection.outlook.com:AcceptOorgProtocol}
TransportRole         : HubTransport
`,
    },
    {
      name: 'a Front End connector without cloud capabilities',
      text: `
Name                  : Default Frontend EX01
Identity              : EX01\\Default Frontend EX01
AuthMechanism         : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
Bindings              : {[::]:25, 0.0.0.0:25}
TlsCertificateName    :
PermissionGroups      : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
TlsDomainCapabilities : {}
TransportRole         : FrontendTransport
`,
    },
    {
      name: 'Exchange 2010 has no TlsCertificateName on receive connectors',
      text: `
Name                  : Default EX2010
Identity              : EX2010\\Default EX2010
AuthMechanism         : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
Bindings              : {0.0.0.0:25}
PermissionGroups      : AnonymousUsers, ExchangeUsers, ExchangeServers, ExchangeLegacyServers
TlsDomainCapabilities : {mail.protection.outlook.com:AcceptOorgProtocol}
`,
    },
  ],
  invalid: [
    { name: 'the wizard ran, then TlsCertificateName was cleared (KB 2989382)', file: 'rc.txt', text: emptied },
    {
      name: 'AcceptOorgProtocol, and no TransportRole shown: the Default Frontend connector',
      text: `
Name                  : Default Frontend EX01
Identity              : EX01\\Default Frontend EX01
Bindings              : {[::]:25, 0.0.0.0:25}
TlsCertificateName    :
# <----------------- hybrid-tls-certificate-name-empty[empty]
PermissionGroups      : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
TlsDomainCapabilities : {contoso.mail.onmicrosoft.com:AcceptOorgHeader, mail.protection.outlook.com:AcceptOorgProtocol}
`,
    },
  ],
});
