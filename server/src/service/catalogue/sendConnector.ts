// Get-SendConnector (on-premises Exchange), in the order of the real Exchange 2019 Export-Clixml.
import { adObjectTail, computed, remotingProperties, settable } from './common';
import type { ObjectKindDef, PropertyDef } from './types';

const SET = 'Set-SendConnector';
const NO_2007 = ['2010', '2013', '2016', '2019', 'SE'] as const;
const FROM_2013 = ['2013', '2016', '2019', 'SE'] as const;
const FROM_2016 = ['2016', '2019', 'SE'] as const;

const properties: PropertyDef[] = [
  settable(SET, {
    name: 'DNSRoutingEnabled',
    type: { kind: 'bool' },
    default: 'True',
    summary:
      'True: the connector looks up the MX records of each recipient domain. False: it hands all mail to the hosts in SmartHosts, which must then be set.',
    security:
      'Domain security (DomainSecureEnabled) works only with DNS routing. With False, whatever the smart hosts are is where all mail of the address spaces goes, so they must be trusted.',
  }),
  settable(SET, {
    name: 'TlsDomain',
    type: { kind: 'smtp-domain', wildcard: true },
    releases: NO_2007,
    summary:
      'The domain the remote certificate must match when TlsAuthLevel is DomainValidation, for example mail.protection.outlook.com. A bare * is not allowed.',
    security:
      'Only meaningful with TlsAuthLevel DomainValidation (Exchange refuses it otherwise). A smart-host connector with DomainValidation and no TlsDomain is rejected.',
  }),
  settable(SET, {
    name: 'TlsAuthLevel',
    type: { kind: 'enum', enum: 'TlsAuthLevel' },
    releases: NO_2007,
    summary: 'How strictly the remote server certificate is checked on TLS sessions. Empty means not set (no check beyond opportunistic TLS).',
    security:
      'EncryptionOnly encrypts but accepts any certificate, so a man in the middle is not detected. CertificateValidation checks the chain; DomainValidation also checks the name. Exchange requires RequireTLS True and DomainSecureEnabled False when this is set.',
  }),
  settable(SET, {
    name: 'ErrorPolicies',
    type: { kind: 'flags', enum: 'ErrorPolicies' },
    default: 'Default',
    releases: NO_2007,
    summary:
      'How delivery errors on this connector are classified (Exchange 2010 SP1 and later). Change it from Default only for reliable, well-known links such as a partner connection. Exchange 2010 offers DowngradeAuthFailures and DowngradeDnsFailures; later versions DowngradeDnsFailures, DowngradeCustomFailures and UpgradeCustomFailures.',
  }),
  settable(SET, {
    name: 'SmartHosts',
    type: { kind: 'list', item: 'smart-host' },
    summary:
      'The hosts (names or IP addresses) all mail is handed to when DNSRoutingEnabled is False. On EdgeSync inbound connectors, -- stands for every Mailbox server of the subscribed site.',
    security: 'Mail for the address spaces, and any credential in AuthenticationCredential, goes to these hosts: each must be a server you trust.',
  }),
  settable(SET, {
    name: 'Port',
    type: { kind: 'int', min: 0, max: 65535 },
    default: '25',
    summary: 'The TCP port used to reach the smart hosts or MX hosts.',
  }),
  settable(SET, {
    name: 'ConnectionInactivityTimeOut',
    type: { kind: 'timespan', min: '00:00:01', max: '1.00:00:00' },
    default: '00:10:00',
    summary: 'How long an idle outbound connection stays open before it is closed.',
  }),
  settable(SET, {
    name: 'ForceHELO',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: the connector greets with HELO instead of EHLO, which disables all SMTP extensions, STARTTLS included.',
    security: 'With HELO no ESMTP extension is negotiated, so STARTTLS cannot be used and mail goes in clear text.',
  }),
  settable(SET, {
    name: 'FrontendProxyEnabled',
    type: { kind: 'bool' },
    default: 'False',
    releases: FROM_2013,
    summary: 'True: outbound mail is proxied through the Front End Transport service, so it leaves from the front-end (Client Access) IP addresses.',
  }),
  settable(SET, {
    name: 'IgnoreSTARTTLS',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: the connector ignores the STARTTLS offer of the remote server and never encrypts.',
    security:
      'True: this connector never uses STARTTLS, so mail to its targets goes in clear text, even when the receiver offers TLS. Exchange refuses it together with RequireTLS or DomainSecureEnabled.',
  }),
  settable(SET, {
    name: 'CloudServicesMailEnabled',
    type: { kind: 'bool' },
    default: 'False',
    releases: FROM_2013,
    summary:
      'True: the connector carries hybrid mail to Microsoft 365, keeping internal X-MS-Exchange-Organization headers (as cross-premises headers). Set by the Hybrid Configuration Wizard.',
    security:
      'Organization headers tell the receiver that a message is internal and authenticated. Enable it only on connectors to your own Microsoft 365 tenant, over TLS with a certificate (TlsCertificateName).',
  }),
  settable(SET, {
    name: 'Fqdn',
    type: { kind: 'fqdn' },
    summary: 'The name the connector announces in EHLO. Empty means the FQDN of the source server.',
    security:
      'Exchange also picks the certificate it presents for TLS by this name (unless TlsCertificateName is set), so a certificate with this name must be enabled for SMTP on every source server.',
  }),
  settable(SET, {
    name: 'TlsCertificateName',
    type: { kind: 'smtp-x509-identifier' },
    releases: FROM_2013,
    summary: 'The certificate the connector presents for TLS, written as <I>issuer<S>subject. Hybrid connectors to Microsoft 365 need it.',
    security:
      'The certificate must exist and be enabled for SMTP on every source server, else TLS falls back to another certificate or fails. Renewing the certificate changes the issuer or subject this name must match.',
  }),
  settable(SET, {
    name: 'RequireTLS',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: messages are sent only over TLS; if the remote server offers no TLS, the messages stay queued.',
    security: 'Without it TLS is opportunistic and an attacker can strip STARTTLS. It is required for TlsAuthLevel and conflicts with IgnoreSTARTTLS.',
  }),
  settable(SET, {
    name: 'RequireOorg',
    type: { kind: 'bool' },
    default: 'False',
    releases: NO_2007,
    summary: 'Reserved for Microsoft: requires the organization (XOORG) extension from the receiving server.',
  }),
  settable(SET, {
    name: 'Enabled',
    type: { kind: 'bool' },
    default: 'True',
    summary: 'Whether the connector is used for routing. A disabled connector is ignored, and mail may take another connector or stay queued.',
  }),
  settable(SET, {
    name: 'ProtocolLoggingLevel',
    type: { kind: 'enum', enum: 'ProtocolLoggingLevel' },
    default: 'None',
    summary: 'Verbose writes the SMTP conversations of this connector to the send protocol log (path set with Set-TransportService).',
  }),
  settable(SET, {
    name: 'SmartHostAuthMechanism',
    type: { kind: 'enum', enum: 'SmartHostAuthMechanism' },
    default: 'None',
    summary: 'How the connector authenticates to its smart hosts. Only for smart-host connectors (DNSRoutingEnabled False).',
    security:
      'BasicAuth can send the credential before TLS, in clear text; prefer BasicAuthRequireTLS. ExternalAuthoritative means no authentication: the link is trusted as secured by other means. EdgeSync inbound connectors use ExchangeServer.',
  }),
  settable(SET, {
    name: 'AuthenticationCredential',
    type: { kind: 'credential' },
    summary: 'The user name and password used with BasicAuth or BasicAuthRequireTLS. Dumps show only the type name, never the password.',
    security: 'The password is sent to the smart hosts; with BasicAuth and no TLS it travels in clear text.',
  }),
  settable(SET, {
    name: 'UseExternalDNSServersEnabled',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: MX lookups use the external DNS servers configured with Set-TransportService -ExternalDNSServers instead of the server DNS.',
  }),
  settable(SET, {
    name: 'DomainSecureEnabled',
    type: { kind: 'bool' },
    default: 'False',
    summary:
      'Part of domain security (mutual TLS) for the domains of this connector. Needs DNSRoutingEnabled True, IgnoreSTARTTLS False and the domain in TLSSendDomainSecureList. Default True on the Edge "EdgeSync - <site> to Internet" connector.',
    security:
      'Mutual TLS authenticates both servers by certificate. Exchange refuses it with IgnoreSTARTTLS, without DNS routing, and together with TlsAuthLevel; wildcard domains are not supported.',
  }),
  settable(SET, {
    name: 'SourceIPAddress',
    type: { kind: 'ip-address', unicast: true },
    default: '0.0.0.0',
    summary: 'The local IP address outbound connections come from; 0.0.0.0 means any. Only used on Edge servers; no multicast or broadcast address.',
  }),
  settable(SET, {
    name: 'SmtpMaxMessagesPerConnection',
    type: { kind: 'int', min: 0 },
    default: '20',
    releases: NO_2007,
    summary: 'How many messages the connector sends over one connection before opening a new one.',
  }),
  settable(SET, {
    name: 'ConnectorType',
    type: { kind: 'enum', enum: 'SendConnectorType' },
    default: 'Default',
    releases: FROM_2016,
    summary: 'XPremises marks a hybrid connector that sends to Microsoft 365; Default is any other connector.',
  }),
  computed({
    name: 'SmartHostsString',
    type: { kind: 'string' },
    summary: 'SmartHosts as one text, the way they are stored (separated by semicolons). Change SmartHosts instead.',
  }),
  computed({
    name: 'CertificateSubject',
    type: { kind: 'string' },
    releases: FROM_2013,
    summary: 'A certificate subject kept by Exchange for this connector; usually empty. Not set by Set-SendConnector.',
  }),
  computed({
    name: 'Region',
    type: { kind: 'enum', enum: 'SendConnectorRegion' },
    releases: FROM_2013,
    summary: 'A region tag Exchange keeps for service connectors; on-premises connectors show NotSpecified.',
  }),
  settable(SET, {
    name: 'AddressSpaces',
    type: { kind: 'list', item: 'address-space' },
    summary:
      'The recipient domains the connector routes, as type:domain;cost (SMTP:*;1 is all external domains, lower cost wins). On EdgeSync inbound connectors, -- means all accepted domains.',
    security:
      'SMTP:* makes this the route to the whole internet, so its TLS settings apply to all external mail. Connectors created by an Edge subscription are managed by EdgeSync: Exchange warns before their address spaces or smart hosts change.',
  }),
  computed({
    name: 'ConnectedDomains',
    type: { kind: 'list', item: 'string' },
    summary: 'Routing-group domains of Exchange 2003 routing; empty on SMTP send connectors.',
  }),
  settable(SET, {
    name: 'IsScopedConnector',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: only transport servers in the same Active Directory site as the source servers can use the connector.',
  }),
  computed({
    name: 'IsSmtpConnector',
    type: { kind: 'bool' },
    summary: 'True for SMTP send connectors (as opposed to foreign or routing-group connectors).',
  }),
  settable(SET, {
    name: 'Comment',
    type: { kind: 'multiline-string' },
    summary: 'A free-text administrator note.',
  }),
  computed({
    name: 'SourceRoutingGroup',
    type: { kind: 'identity' },
    summary: 'The routing group the connector belongs to: "Exchange Routing Group (DWBGZMFD01QNBJR)" on Exchange 2007 and later.',
  }),
  settable(SET, {
    name: 'SourceTransportServers',
    type: { kind: 'list', item: 'identity' },
    summary:
      'The servers that may send through this connector. For connectors created by EdgeSync, these are the subscribed Edge servers (their subscription names).',
    security: 'Each source server must hold the TLS certificate the connector uses (Fqdn or TlsCertificateName). Servers in different sites cause a warning.',
  }),
  computed({
    name: 'HomeMTA',
    type: { kind: 'identity' },
    summary: 'Legacy message transfer agent link, normally "Microsoft MTA"; not used by SMTP routing.',
  }),
  computed({
    name: 'HomeMtaServerId',
    type: { kind: 'identity' },
    summary: 'The server that owns the legacy MTA link, usually the first source server.',
  }),
  settable(SET, {
    name: 'MaxMessageSize',
    type: { kind: 'byte-size', min: 0, max: 2147483647, unlimited: true },
    default: '35 MB (36,700,160 bytes)',
    summary:
      'The largest message the connector sends, or Unlimited. Connectors created by Exchange 2013 and later get 35 MB (the cmdlet help still says 25 MB).',
  }),
  ...adObjectTail(SET, 'send connector'),
  ...remotingProperties(),
  settable(SET, {
    name: 'IsCoexistenceConnector',
    type: { kind: 'bool' },
    default: 'False',
    releases: ['2010'],
    summary: 'Exchange 2010 only: marks the connector that carries secure hybrid mail to the cloud organization.',
  }),
  settable(SET, {
    name: 'LinkedReceiveConnector',
    type: { kind: 'identity' },
    releases: ['2007', '2010'],
    summary: 'Exchange 2007 and 2010 only: every message received by this receive connector leaves through this send connector.',
    security: 'Used to chain a relay through a filtering device: all mail of the linked receive connector bypasses normal routing.',
  }),
];

export const SEND_CONNECTOR: ObjectKindDef = {
  kind: 'send-connector',
  label: 'send connector',
  getCmdlet: 'Get-SendConnector',
  setCmdlet: SET,
  releases: ['2007', '2010', '2013', '2016', '2019', 'SE'],
  // Only names of SMTP send connectors: SourceTransportServers, HomeMTA, HomeMtaServerId, SourceRoutingGroup and
  // MaxMessageSize belong to every Exchange send connector class, IsScopedConnector and ConnectedDomains to every
  // mail gateway, so routing group, delivery agent and foreign connectors (Get-RoutingGroupConnector,
  // Get-DeliveryAgentConnector, Get-ForeignConnector) have them too. AddressSpaces is shared with the last two, but
  // alone it decides only when every other name is a send connector's.
  signature: [
    'SmartHostAuthMechanism',
    'IgnoreSTARTTLS',
    'AddressSpaces',
    'DNSRoutingEnabled',
    'SmartHostsString',
    'ForceHELO',
    'UseExternalDNSServersEnabled',
    'SmtpMaxMessagesPerConnection',
    'FrontendProxyEnabled',
  ],
  properties,
};
