import { ruleTester } from '../helpers/ruleTester';

const CHECK =
  'Get-ReceiveConnector -Identity "EX01\\Default Frontend EX01" | Get-ADPermission | Where-Object { $_.ExtendedRights -like "*ms-Exch-SMTP-Accept-Any-Recipient*" } | Format-Table User, ExtendedRights, Deny, IsInherited';
const REMOVE =
  'Get-ReceiveConnector -Identity "EX01\\Default Frontend EX01" | Remove-ADPermission -User "NT AUTHORITY\\ANONYMOUS LOGON" -ExtendedRights ms-Exch-SMTP-Accept-Any-Recipient';

/** A Default Frontend connector (Exchange 2016/2019) with the given permission groups and remote ranges. */
function frontend(groups: string, ranges: string, annotation = ''): string {
  return `
AuthMechanism         : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
Bindings              : {[::]:25, 0.0.0.0:25}
Fqdn                  : mail.contoso.com
PermissionGroups      : ${groups}
${annotation}RemoteIPRanges        : ${ranges}
RequireTLS            : False
TlsDomainCapabilities : {mail.protection.outlook.com:AcceptCloudServicesMail}
TransportRole         : FrontendTransport
Name                  : Default Frontend EX01
Identity              : EX01\\Default Frontend EX01
`;
}

const EVERYWHERE = '{::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 0.0.0.0-255.255.255.255}';

ruleTester('internet-connector-custom-permissions', {
  valid: [
    { name: 'the default permissions of Default Frontend', text: frontend('AnonymousUsers, ExchangeServers, ExchangeLegacyServers', EVERYWHERE) },
    { name: 'custom permissions on a relay limited to two hosts', text: frontend('AnonymousUsers, Custom', '{10.0.5.20, 10.0.5.21}') },
    { name: 'custom permissions without anonymous senders', text: frontend('ExchangeServers, Custom', EVERYWHERE) },
  ],
  invalid: [
    {
      name: "the forum thread's open relay: anonymous and custom on Default Frontend, every address",
      text: frontend(
        'AnonymousUsers, ExchangeServers, ExchangeLegacyServers, Custom',
        EVERYWHERE,
        `#                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ internet-connector-custom-permissions[custom] fixes: ${CHECK} || ${REMOVE}\n`,
      ),
    },
    {
      name: 'an Edge default connector pasted without its remote ranges',
      text: `
Name             : Default internal receive connector EDGE01
Identity         : EDGE01\\Default internal receive connector EDGE01
AuthMechanism    : Tls, ExchangeServer
Bindings         : {[::]:25, 0.0.0.0:25}
PermissionGroups : AnonymousUsers, ExchangeServers, Partners, Custom
#                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ internet-connector-custom-permissions[custom]
`,
    },
  ],
});
