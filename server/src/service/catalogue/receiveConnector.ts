// Get-ReceiveConnector (on-premises Exchange), in the order of the real Exchange 2019 Export-Clixml.
import { adObjectTail, computed, remotingProperties, settable } from './common';
import type { ObjectKindDef, PropertyDef } from './types';

const SET = 'Set-ReceiveConnector';
const NO_2007 = ['2010', '2013', '2016', '2019', 'SE'] as const;
const FROM_2013 = ['2013', '2016', '2019', 'SE'] as const;
const FROM_2016 = ['2016', '2019', 'SE'] as const;

const properties: PropertyDef[] = [
  settable(SET, {
    name: 'AuthMechanism',
    type: { kind: 'flags', enum: 'AuthMechanisms' },
    summary: 'The authentication and TLS methods the connector offers. The Edge default receive connector uses "Tls, ExchangeServer".',
    security:
      'Tls is needed for any encryption (and for RequireTLS and DomainSecureEnabled). BasicAuth without BasicAuthRequireTLS lets passwords travel before STARTTLS. ExternalAuthoritative trusts every host in RemoteIPRanges as an Exchange server: with a wide range that is an open relay.',
  }),
  settable(SET, {
    name: 'Banner',
    type: { kind: 'multiline-string' },
    summary:
      'A custom SMTP greeting. It must start with 220, be 7-bit ASCII, and have at most 50 lines of 2000 characters. Empty means the standard Exchange banner.',
  }),
  settable(SET, {
    name: 'BinaryMimeEnabled',
    type: { kind: 'bool' },
    default: 'True',
    summary: 'Whether the BINARYMIME extension (RFC 3030) is advertised; it needs ChunkingEnabled.',
  }),
  settable(SET, {
    name: 'Bindings',
    type: { kind: 'list', item: 'ip-binding' },
    summary: 'The local IP addresses and ports the connector listens on, such as 0.0.0.0:25 and [::]:25 (all IPv4 / all IPv6 addresses).',
    security:
      'Together with RemoteIPRanges this decides which connector a sender lands on: several connectors can share a binding when their remote ranges differ, and the most specific range wins.',
  }),
  settable(SET, {
    name: 'ChunkingEnabled',
    type: { kind: 'bool' },
    default: 'True',
    summary: 'Whether the CHUNKING (BDAT) extension (RFC 3030) is advertised.',
  }),
  settable(SET, {
    name: 'DefaultDomain',
    type: { kind: 'identity' },
    summary: 'The accepted domain used as the default domain of the organization (postmaster address, encapsulated addresses). Usually empty.',
  }),
  settable(SET, {
    name: 'DeliveryStatusNotificationEnabled',
    type: { kind: 'bool' },
    default: 'True',
    summary: 'Whether the DSN extension (RFC 3461) is advertised.',
  }),
  settable(SET, {
    name: 'EightBitMimeEnabled',
    type: { kind: 'bool' },
    default: 'True',
    summary: 'Whether the 8BITMIME extension (RFC 6152) is advertised.',
  }),
  settable(SET, {
    name: 'SmtpUtf8Enabled',
    type: { kind: 'bool' },
    releases: FROM_2013,
    summary: 'Whether the SMTPUTF8 extension (international addresses) is advertised. Microsoft reserves the parameter for internal use.',
  }),
  settable(SET, {
    name: 'BareLinefeedRejectionEnabled',
    type: { kind: 'bool' },
    default: 'False',
    releases: NO_2007,
    summary: 'True: messages containing line feeds without a carriage return are rejected.',
  }),
  settable(SET, {
    name: 'DomainSecureEnabled',
    type: { kind: 'bool' },
    default: 'False',
    summary:
      'Part of domain security (mutual TLS) for inbound mail: needs Tls in AuthMechanism and the partner domain in TLSReceiveDomainSecureList (Set-TransportConfig).',
    security: 'Mutual TLS authenticates the sending partner by certificate. Exchange refuses it without Tls or with ExternalAuthoritative.',
  }),
  settable(SET, {
    name: 'EnhancedStatusCodesEnabled',
    type: { kind: 'bool' },
    default: 'True',
    summary: 'Whether the ENHANCEDSTATUSCODES extension (RFC 2034) is advertised.',
  }),
  settable(SET, {
    name: 'LongAddressesEnabled',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: long X.400 addresses (up to 1,860 characters after encapsulation) are accepted and XLONGADDR is advertised. Only on Mailbox servers.',
  }),
  settable(SET, {
    name: 'OrarEnabled',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'Whether the XORAR extension (originator-requested alternate recipient) is advertised.',
  }),
  settable(SET, {
    name: 'SuppressXAnonymousTls',
    type: { kind: 'bool' },
    default: 'False',
    releases: NO_2007,
    summary:
      'True: the X-ANONYMOUSTLS extension is not advertised. Exchange servers use it to encrypt before Exchange authentication; suppressing it also needs UseDowngradedExchangeServerAuth on the transport service.',
    security:
      'Exchange server authentication (ExchangeServer) between Edge and Mailbox servers starts with anonymous TLS. Suppressing it without the matching transport setting breaks that authentication.',
  }),
  computed({
    name: 'ProxyEnabled',
    type: { kind: 'bool' },
    releases: FROM_2013,
    summary: 'An internal Exchange setting for proxied SMTP sessions between transport services. No cmdlet parameter sets it.',
  }),
  settable(SET, {
    name: 'AdvertiseClientSettings',
    type: { kind: 'bool' },
    default: 'False',
    releases: NO_2007,
    summary: "True: this connector's server name, port and authentication are shown to users as SMTP settings in Outlook on the web.",
  }),
  settable(SET, {
    name: 'Fqdn',
    type: { kind: 'fqdn' },
    summary: 'The name the connector announces in its banner and EHLO reply. Do not change it on the "Default <server>" connector of a Mailbox server.',
    security:
      'Exchange picks the certificate for STARTTLS by this name (unless TlsCertificateName is set): a certificate with this name must be enabled for SMTP, or TLS uses another certificate. Hybrid Edge connectors set it to the public certificate subject.',
  }),
  settable(SET, {
    name: 'ServiceDiscoveryFqdn',
    type: { kind: 'fqdn' },
    releases: FROM_2013,
    summary: 'The name used for service discovery of this connector. Usually empty.',
  }),
  settable(SET, {
    name: 'TlsCertificateName',
    type: { kind: 'smtp-x509-identifier' },
    releases: FROM_2013,
    summary: 'The certificate offered for STARTTLS, written as <I>issuer<S>subject. Empty means Exchange picks one by Fqdn.',
    security: 'The certificate must be on this server and enabled for SMTP. Hybrid receive connectors need the certificate whose name Microsoft 365 expects.',
  }),
  settable(SET, {
    name: 'Comment',
    type: { kind: 'multiline-string' },
    summary: 'A free-text administrator note.',
  }),
  settable(SET, {
    name: 'Enabled',
    type: { kind: 'bool' },
    default: 'True',
    summary: 'Whether the connector accepts connections.',
  }),
  settable(SET, {
    name: 'ConnectionTimeout',
    type: { kind: 'timespan', min: '00:00:01', max: '1.00:00:00' },
    default: '00:10:00',
    summary: 'The longest a connection may stay open, even while active. Must exceed ConnectionInactivityTimeout. Edge default: 00:05:00.',
  }),
  settable(SET, {
    name: 'ConnectionInactivityTimeout',
    type: { kind: 'timespan', min: '00:00:01', max: '1.00:00:00' },
    default: '00:05:00',
    summary: 'How long an idle connection stays open. Must be less than ConnectionTimeout. Edge default: 00:01:00.',
  }),
  settable(SET, {
    name: 'MessageRateLimit',
    type: { kind: 'int', min: 1, max: 2147483647, unlimited: true },
    default: 'Unlimited',
    summary: 'How many messages per minute one source (see MessageRateSource) may send. Edge default: 600.',
  }),
  settable(SET, {
    name: 'MessageRateSource',
    type: { kind: 'flags', enum: 'MessageRateSource' },
    releases: NO_2007,
    summary: 'What MessageRateLimit counts against: the sending host, the sending user, or both.',
  }),
  settable(SET, {
    name: 'MaxInboundConnection',
    type: { kind: 'int', min: 1, max: 2147483647, unlimited: true },
    default: '5000',
    summary: 'How many connections the connector serves at once.',
  }),
  settable(SET, {
    name: 'MaxInboundConnectionPerSource',
    type: { kind: 'int', min: 1, max: 10000, unlimited: true },
    default: '20',
    summary: 'How many connections one remote IP address may hold at once.',
  }),
  settable(SET, {
    name: 'MaxInboundConnectionPercentagePerSource',
    type: { kind: 'int', min: 1, max: 100 },
    default: '2',
    summary: 'How many of the remaining connection slots one remote IP address may use, in percent.',
  }),
  settable(SET, {
    name: 'MaxHeaderSize',
    type: { kind: 'byte-size', min: 1, max: 2147483647 },
    default: '256 KB (262,144 bytes)',
    summary: 'The largest message header accepted before the connection is closed.',
  }),
  settable(SET, {
    name: 'MaxHopCount',
    type: { kind: 'int', min: 1, max: 500 },
    default: '60',
    summary: 'How many Received headers a message may carry before it is rejected as looping. Exchange 2019 shows 60; the cmdlet help says 30.',
  }),
  settable(SET, {
    name: 'MaxLocalHopCount',
    type: { kind: 'int', min: 0, max: 50 },
    default: '5',
    summary: 'How many Received headers from local servers a message may carry; 0 disables the check. Exchange 2019 shows 5; the cmdlet help says 8.',
  }),
  settable(SET, {
    name: 'MaxLogonFailures',
    type: { kind: 'int', min: 0, max: 10 },
    default: '3',
    summary: 'How many failed logons are allowed before the connection is closed; 0 never closes it for that reason.',
  }),
  settable(SET, {
    name: 'MaxMessageSize',
    type: { kind: 'byte-size', min: 65536, max: 2147483647 },
    default: '36 MB (37,748,736 bytes)',
    summary: 'The largest message accepted. Base64 adds about a third, so 36 MB lets through about 25 MB of attachments.',
  }),
  settable(SET, {
    name: 'MaxProtocolErrors',
    type: { kind: 'int', min: 0, max: 2147483647, unlimited: true },
    default: '5',
    summary: 'How many SMTP protocol errors are allowed before the connection is closed.',
  }),
  settable(SET, {
    name: 'MaxRecipientsPerMessage',
    type: { kind: 'int', min: 1, max: 512000 },
    default: '200',
    summary: 'How many recipients one message may have on this connector.',
  }),
  settable(SET, {
    name: 'PermissionGroups',
    type: { kind: 'flags', enum: 'PermissionGroups' },
    summary:
      'Which groups of senders get rights on the connector (submit, relay, header trust). The Edge default receive connector has "AnonymousUsers, ExchangeServers, Partners".',
    security:
      'AnonymousUsers alone does not relay; ExchangeUsers relays for authenticated users; ExchangeServers together with ExternalAuthoritative relays for every host in RemoteIPRanges. Extra rights granted with Add-ADPermission do not show here: check Get-ADPermission.',
  }),
  settable(SET, {
    name: 'PipeliningEnabled',
    type: { kind: 'bool' },
    default: 'True',
    summary: 'Whether the PIPELINING extension (RFC 2920) is advertised.',
  }),
  settable(SET, {
    name: 'ProtocolLoggingLevel',
    type: { kind: 'enum', enum: 'ProtocolLoggingLevel' },
    default: 'None',
    summary: 'Verbose writes the SMTP conversations of this connector to the receive protocol log.',
  }),
  settable(SET, {
    name: 'RemoteIPRanges',
    type: { kind: 'list', item: 'ip-range' },
    summary:
      'The remote addresses this connector serves: single addresses, ranges (a-b) or CIDR blocks. The most specific match among the connectors on the same binding wins.',
    security:
      'Every right in PermissionGroups and AuthMechanism applies to these hosts. A world-wide range (0.0.0.0-255.255.255.255, ::/0) on a relay or ExternalAuthoritative connector opens it to everyone.',
  }),
  settable(SET, {
    name: 'RequireEHLODomain',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: the client must give a domain name in EHLO, or the connection is closed.',
  }),
  settable(SET, {
    name: 'RequireTLS',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: mail is accepted only after STARTTLS. Needs Tls in AuthMechanism.',
    security: 'Without it, senders may deliver in clear text even when TLS is offered.',
  }),
  settable(SET, {
    name: 'EnableAuthGSSAPI',
    type: { kind: 'bool' },
    summary: 'With Integrated authentication: True offers Kerberos and NTLM (AUTH GSSAPI NTLM), False offers NTLM only.',
  }),
  settable(SET, {
    name: 'ExtendedProtectionPolicy',
    type: { kind: 'enum', enum: 'ExtendedProtectionPolicy' },
    default: 'None',
    releases: NO_2007,
    summary: 'Extended Protection for Authentication for Integrated (NTLM) logons: binds the logon to the TLS channel.',
    security: 'Allow or Require protects NTLM logons against relay; they need RequireTLS unless TLS ends at a proxy in front of Exchange.',
  }),
  computed({
    name: 'LiveCredentialEnabled',
    type: { kind: 'bool' },
    default: 'False',
    releases: NO_2007,
    summary: 'Whether Windows Live credentials are accepted with basic authentication (needs BasicAuth). Not used on premises.',
  }),
  settable(SET, {
    name: 'TlsDomainCapabilities',
    type: { kind: 'list', item: 'tls-domain-capability' },
    releases: NO_2007,
    summary:
      'Extra rights for senders authenticated by TLS certificate, as domain:Capability, for example mail.protection.outlook.com:AcceptCloudServicesMail in hybrid.',
    security:
      'The capabilities are granted to whoever presents a certificate for that domain. A wrong domain gives outsiders hybrid-level trust; no * is allowed. Hybrid connectors use mail.protection.outlook.com with AcceptCloudServicesMail (2013 and later) or AcceptOorgProtocol (2010).',
  }),
  computed({
    name: 'Server',
    type: { kind: 'identity' },
    summary: 'The server the connector belongs to. It is chosen at creation (New-ReceiveConnector -Server) and cannot be changed.',
    setBy: 'New-ReceiveConnector -Server',
  }),
  settable(SET, {
    name: 'TransportRole',
    type: { kind: 'enum', enum: 'TransportRole' },
    default: 'HubTransport',
    releases: FROM_2013,
    summary:
      'Which transport service on a Mailbox server runs the connector: FrontendTransport (internet and client connections) or HubTransport (server-to-server and proxied mail). Not used on Edge.',
  }),
  settable(SET, {
    name: 'RejectReservedTopLevelRecipientDomains',
    type: { kind: 'bool' },
    default: 'False',
    releases: FROM_2016,
    summary: 'True: recipients in reserved top-level domains (.test, .example, .invalid, .localhost) are refused.',
  }),
  settable(SET, {
    name: 'RejectReservedSecondLevelRecipientDomains',
    type: { kind: 'bool' },
    default: 'False',
    releases: FROM_2016,
    summary: 'True: recipients in example.com, example.net and example.org are refused.',
  }),
  settable(SET, {
    name: 'RejectSingleLabelRecipientDomains',
    type: { kind: 'bool' },
    default: 'False',
    releases: FROM_2016,
    summary: 'True: recipients in single-label domains (user@contoso) are refused.',
  }),
  computed({
    name: 'AcceptConsumerMail',
    type: { kind: 'bool' },
    releases: FROM_2013,
    summary: 'Whether consumer (non-business) mail is accepted; a Microsoft service setting. No cmdlet parameter sets it.',
  }),
  settable(SET, {
    name: 'SizeEnabled',
    type: { kind: 'enum', enum: 'SizeMode' },
    default: 'Enabled',
    summary: 'How the SIZE extension (RFC 1870) is advertised: with the limit, without it, or not at all.',
  }),
  settable(SET, {
    name: 'TarpitInterval',
    type: { kind: 'timespan', min: '00:00:00', max: '00:10:00' },
    default: '00:00:05',
    summary: 'How long SMTP error replies are delayed for possibly abusive senders; 00:00:00 disables it.',
  }),
  settable(SET, {
    name: 'AuthTarpitInterval',
    type: { kind: 'timespan' },
    default: '00:00:05',
    releases: FROM_2016,
    summary: 'How long replies to failed authentication attempts are delayed; 00:00:00 disables it.',
    security: 'The delay slows down password guessing against the connector.',
  }),
  settable(SET, {
    name: 'MaxAcknowledgementDelay',
    type: { kind: 'timespan', min: '00:00:00', max: '00:10:00' },
    default: '00:00:30',
    releases: NO_2007,
    summary: 'How long Exchange 2010 delays its acknowledgement to senders without shadow redundancy. Later versions ignore it.',
  }),
  ...adObjectTail(SET, 'receive connector'),
  ...remotingProperties(),
];

export const RECEIVE_CONNECTOR: ObjectKindDef = {
  kind: 'receive-connector',
  label: 'receive connector',
  getCmdlet: 'Get-ReceiveConnector',
  setCmdlet: SET,
  releases: ['2007', '2010', '2013', '2016', '2019', 'SE'],
  signature: [
    'AuthMechanism',
    'Bindings',
    'RemoteIPRanges',
    'PermissionGroups',
    'Banner',
    'TlsDomainCapabilities',
    'TransportRole',
    'MaxInboundConnection',
    'MaxRecipientsPerMessage',
    'SizeEnabled',
    'TarpitInterval',
    'MaxHopCount',
    'EnableAuthGSSAPI',
    'ChunkingEnabled',
  ],
  properties,
};
