// Enumerations used by the property catalogue, with the numbers ConvertTo-Json and Export-Clixml (<I32>) carry.
//
// Sources (see /work/shared/domain/exchange-transport.md): §3.1 for the transport enums, §2.3 for certificates,
// the real Exchange 2019 CSS-Exchange exports for spot checks (each noted where used), and the
// New-/Set-*Connector pages on learn.microsoft.com for the Exchange Online enums.
//
// Members whose number is NOT verified are listed in UNVERIFIED_MEMBERS below: they carry the documented
// order as a placeholder so that flag arithmetic stays consistent, but decodeEnumNumber() refuses to turn a
// number into such a member name (a wrong name would be worse than none).
import type { EnumDef, EnumMember } from './types';

function m(name: string, value: number, summary: string): EnumMember {
  return { name, value, summary };
}

export const ENUMS: Record<string, EnumDef> = {
  /** Receive connector AuthMechanism (CLR Microsoft.Exchange.Data.Directory.SystemConfiguration.AuthMechanisms). */
  AuthMechanisms: {
    name: 'AuthMechanisms',
    flags: true,
    members: [
      m('None', 0, 'No authentication or TLS is offered; allowed only on its own.'),
      m('Tls', 1, 'STARTTLS is advertised, so senders can encrypt the session.'),
      m('Integrated', 2, 'NTLM/Kerberos (Integrated Windows authentication) is offered.'),
      m('BasicAuth', 4, 'AUTH LOGIN/PLAIN is offered, also before STARTTLS: the password can travel in clear text.'),
      m('BasicAuthRequireTLS', 8, 'Basic authentication is offered only after STARTTLS. Needs Tls and BasicAuth too.'),
      m('ExchangeServer', 16, 'Exchange server authentication (X-EXPS), used between Exchange servers, including Edge and Mailbox.'),
      m(
        'ExternalAuthoritative',
        32,
        'No authentication at all: every host in RemoteIPRanges is trusted as an externally secured Exchange server. Only Tls may accompany it.',
      ),
    ],
  },

  /** Send connector SmartHostAuthMechanism (CLR SmtpSendConnectorConfig+AuthMechanisms): one value at a time. */
  SmartHostAuthMechanism: {
    name: 'SmartHostAuthMechanism',
    flags: false,
    members: [
      m('None', 0, 'The connector does not authenticate to the smart host.'),
      m('BasicAuth', 2, 'Basic authentication with AuthenticationCredential, even without TLS: the password can go in clear text.'),
      m('BasicAuthRequireTLS', 4, 'Basic authentication with AuthenticationCredential, only inside a TLS session.'),
      m('ExchangeServer', 8, 'Exchange server authentication (Kerberos/direct trust), for smart hosts that are Exchange servers.'),
      m('ExternalAuthoritative', 16, 'No authentication: the connection is secured by other means (for example IPsec) and treated as trusted.'),
    ],
  },

  /** Send connector TlsAuthLevel and Exchange Online outbound TlsSettings. Null (empty) means "not set". */
  TlsAuthLevel: {
    name: 'TlsAuthLevel',
    flags: false,
    members: [
      m('EncryptionOnly', 1, 'TLS encrypts the session, but the remote certificate is not checked at all.'),
      m('CertificateValidation', 2, 'TLS with a check of the remote certificate chain and revocation, but not of its name.'),
      m(
        'DomainValidation',
        4,
        'Like CertificateValidation, and the certificate name must also match TlsDomain (or, on DNS-routed send connectors without TlsDomain, the recipient domain).',
      ),
    ],
  },

  /** Receive connector PermissionGroups. */
  PermissionGroups: {
    name: 'PermissionGroups',
    flags: true,
    members: [
      m('None', 0, 'No permission group: nobody gets rights through the connector except by explicit Add-ADPermission grants.'),
      m(
        'AnonymousUsers',
        1,
        'Unauthenticated senders may submit mail for accepted domains. This alone does not allow relay (no ms-Exch-SMTP-Accept-Any-Recipient).',
      ),
      m('ExchangeUsers', 2, 'Authenticated mailbox users may submit and relay to any recipient.'),
      m('ExchangeServers', 4, 'Exchange and Edge servers, and "externally secured servers" (ExternalAuthoritative), get full server rights, including relay.'),
      m('ExchangeLegacyServers', 8, 'Older Exchange versions (interop) get server rights, including relay. Not allowed on Edge.'),
      m('Partners', 16, 'Partner domains authenticated by mutual TLS (domain secure) may submit mail.'),
      m('Custom', 32, 'Rights are granted individually with Add-ADPermission; check them with Get-ADPermission.'),
    ],
  },

  /** ProtocolLoggingLevel of send and receive connectors. */
  ProtocolLoggingLevel: {
    name: 'ProtocolLoggingLevel',
    flags: false,
    members: [
      m('None', 0, 'No SMTP protocol log for this connector.'),
      m('Verbose', 1, 'The SMTP conversation is written to the protocol log (useful to check TLS negotiation).'),
    ],
  },

  /**
   * Send connector ErrorPolicies. Exchange 2010 SP1-SP3 has Default, DowngradeAuthFailures and
   * DowngradeDnsFailures (its Set-SendConnector syntax: <Default | DowngradeAuthFailures | DowngradeDnsFailures>);
   * Exchange 2013 and later replaced DowngradeAuthFailures with the two *CustomFailures members (numbers from
   * the 2013 CU23 enum). The number of DowngradeAuthFailures is not known: 2 is a placeholder.
   */
  ErrorPolicies: {
    name: 'ErrorPolicies',
    flags: true,
    members: [
      m('Default', 0, 'Communication errors produce a non-delivery report as usual.'),
      m('DowngradeAuthFailures', 2, 'Exchange 2010 only: authentication and TLS errors are treated as temporary, so messages are retried instead of bounced.'),
      m('DowngradeDnsFailures', 4, 'DNS errors are treated as temporary, so messages are retried instead of bounced.'),
      m('DowngradeCustomFailures', 8, 'Some permanent SMTP errors are treated as temporary.'),
      m('UpgradeCustomFailures', 16, 'Some temporary SMTP errors are treated as permanent.'),
    ],
  },

  /** Receive connector SizeEnabled (CLR Microsoft.Exchange.Data.SizeMode); 1 and 2 seen in the real export. */
  SizeMode: {
    name: 'SizeMode',
    flags: false,
    members: [
      m('Disabled', 0, 'The SIZE extension is not advertised.'),
      m('Enabled', 1, 'SIZE is advertised together with the MaxMessageSize limit.'),
      m('EnabledWithoutValue', 2, 'SIZE is advertised without revealing the limit; used between Mailbox servers.'),
    ],
  },

  /** Receive connector MessageRateSource (CLR MessageRateSourceFlags); 1 and 2 seen in the real export. */
  MessageRateSource: {
    name: 'MessageRateSource',
    flags: true,
    members: [
      m('None', 0, 'No message rate is measured.'),
      m('IPAddress', 1, 'The rate is counted per sending host.'),
      m('User', 2, 'The rate is counted per sending user.'),
      m('All', 3, 'The rate is counted per host and per user.'),
    ],
  },

  /** Receive connector ExtendedProtectionPolicy (CLR ExtendedProtectionPolicySetting). */
  ExtendedProtectionPolicy: {
    name: 'ExtendedProtectionPolicy',
    flags: false,
    members: [
      m('None', 0, 'Extended Protection for Authentication is not used.'),
      m('Allow', 1, 'Extended Protection is used when the client supports it.'),
      m('Require', 2, 'Extended Protection is required; clients without it are refused.'),
    ],
  },

  /**
   * Receive connector TransportRole (CLR ServerRole, a [Flags] enum in Exchange; a receive connector holds one
   * role). Only the members below are known; HubTransport=32 and FrontendTransport=16384 appear in the real export.
   */
  TransportRole: {
    name: 'TransportRole',
    flags: false,
    members: [
      m('Mailbox', 2, 'Mailbox server role.'),
      m('ClientAccess', 4, 'Client Access server role.'),
      m('HubTransport', 32, 'The Transport service on a Mailbox server: server-to-server and proxied client SMTP.'),
      m('Edge', 64, 'Edge Transport server role.'),
      m('FrontendTransport', 16384, 'The Front End Transport service: where internet and client SMTP connections arrive.'),
    ],
  },

  /**
   * Exchange certificate Services (CLR AllowedServices). Checked against the real export: the default
   * self-signed certificate carries 27 = IMAP, POP, IIS, SMTP; the Auth certificate 16 = SMTP.
   */
  AllowedServices: {
    name: 'AllowedServices',
    flags: true,
    members: [
      m('None', 0, 'The certificate is not assigned to any Exchange service.'),
      m('IMAP', 1, 'Used for IMAP4 over TLS.'),
      m('POP', 2, 'Used for POP3 over TLS.'),
      m('UM', 4, 'Used by Unified Messaging.'),
      m('IIS', 8, 'Bound to the IIS web sites (OWA, EWS, ActiveSync…).'),
      m('SMTP', 16, 'Used for SMTP STARTTLS and, as the default SMTP certificate, for Edge/Mailbox direct trust.'),
      m('Federation', 32, 'Used for federation (free/busy sharing).'),
      m('UMCallRouter', 64, 'Used by the UM Call Router service.'),
    ],
  },

  /**
   * Exchange certificate Status (CLR CertificateStatus). Order from §2.3; Valid=1 is confirmed by the
   * serialized certificates in the real export.
   */
  CertificateStatus: {
    name: 'CertificateStatus',
    flags: false,
    members: [
      m('Unknown', 0, 'Exchange could not determine the status.'),
      m('Valid', 1, 'The certificate chains to a trusted root and is within its validity period.'),
      m('Revoked', 2, 'The issuer has revoked the certificate.'),
      m('DateInvalid', 3, 'The certificate has expired or is not valid yet.'),
      m('Untrusted', 4, 'The certificate does not chain to a trusted root (self-signed certificates from other servers, missing intermediates).'),
      m('Invalid', 5, 'The certificate is not valid for another reason.'),
      m('RevocationCheckFailure', 6, 'The revocation list could not be checked (CRL not reachable).'),
      m('PendingRequest', 7, 'A certificate request that has not been completed yet.'),
    ],
  },

  /**
   * Exchange certificate RootCAType (CLR CertificateAuthorityType). Order from §2.3; None=0 (Auth certificate)
   * and Registry=3 (self-signed certificate) are confirmed by the real export.
   */
  RootCAType: {
    name: 'RootCAType',
    flags: false,
    members: [
      m('None', 0, 'No root CA: the Microsoft Exchange Server Auth Certificate and newly created self-signed certificates.'),
      m('ThirdParty', 1, 'Issued by a public (commercial) certification authority.'),
      m('Enterprise', 2, 'Issued by an internal enterprise CA.'),
      m('Registry', 3, 'Self-signed by Exchange and trusted through the local registry store.'),
      m('GroupPolicy', 4, 'The root is distributed by Group Policy.'),
      m('Unknown', 5, 'Unknown; pending certificate requests show this.'),
    ],
  },

  /** Send connector ConnectorType (CLR Microsoft.Exchange.Data.SendConnectorType). Default=0 seen in the real export. */
  SendConnectorType: {
    name: 'SendConnectorType',
    flags: false,
    members: [
      m('Default', 0, 'An ordinary send connector.'),
      // [?] Number not verified: 1 is the documented order.
      m('XPremises', 1, 'The connector sends to Microsoft 365 in a hybrid deployment.'),
    ],
  },

  /**
   * Send connector Region (CLR Microsoft.Exchange.Data.SendConnectorRegion). Only NotSpecified=0 is known (real
   * export); no other member is documented.
   */
  SendConnectorRegion: {
    name: 'SendConnectorRegion',
    flags: false,
    members: [m('NotSpecified', 0, 'No region is set (the on-premises value).')],
  },

  /**
   * Exchange Online connector ConnectorType (CLR Microsoft.Exchange.Data.TenantConnectorType): OnPremises = 1,
   * Partner = 2, as the enum is declared in Exchange 2013 CU23 (there is no member 0).
   */
  TenantConnectorType: {
    name: 'TenantConnectorType',
    flags: false,
    members: [
      m('OnPremises', 1, 'The connector serves your own on-premises organization; such connectors get extra trust (relay, internal headers).'),
      m('Partner', 2, 'The connector serves a partner organization or service outside yours.'),
    ],
  },

  /**
   * Exchange Online connector ConnectorSource (CLR Microsoft.Exchange.Data.TenantConnectorSource): Default = 0,
   * Migrated = 1, HybridWizard = 2 as declared in Exchange 2013 CU23. AdminUI (connectors made in the admin
   * center; seen in real Exchange Online dumps) came later: [?] its number 3 is a placeholder.
   */
  ConnectorSource: {
    name: 'ConnectorSource',
    flags: false,
    members: [
      m('Default', 0, 'Created manually (PowerShell).'),
      m('Migrated', 1, 'Migrated from Forefront Online Protection for Exchange.'),
      m('HybridWizard', 2, 'Created by the Hybrid Configuration Wizard.'),
      m('AdminUI', 3, 'Created in the admin center.'),
    ],
  },

  /** Exchange Online outbound MtaStsMode. [?] Numbers not verified: documented order. */
  MtaStsMode: {
    name: 'MtaStsMode',
    flags: false,
    members: [
      m('Opportunistic', 0, 'MTA-STS is honoured when the destination domain publishes a policy.'),
      m('None', 1, 'MTA-STS is ignored: no protection against TLS downgrade or forged MX records.'),
    ],
  },

  /** Exchange Online outbound SmtpDaneMode. [?] Numbers not verified: documented order. */
  SmtpDaneMode: {
    name: 'SmtpDaneMode',
    flags: false,
    members: [
      m('Opportunistic', 0, 'DANE (with DNSSEC) is enforced when the destination domain supports it.'),
      m('Mandatory', 1, 'DANE is required; mail to domains without DANE or failing validation is retried and then dropped.'),
      m('None', 2, 'DANE is not checked: no protection against TLS downgrade or forged MX records.'),
    ],
  },

  /** ObjectState of every ADObject. Only Unchanged=1 is seen in the real export. */
  ObjectState: {
    name: 'ObjectState',
    flags: false,
    members: [
      // [?] New, Changed, Deleted: numbers not verified (order of the usual declaration).
      m('New', 0, 'The object was created in this session and not saved yet.'),
      m('Unchanged', 1, 'The object is as it was read from the directory.'),
      m('Changed', 2, 'The object was modified in this session.'),
      m('Deleted', 3, 'The object was deleted in this session.'),
    ],
  },

  /**
   * Capability names in receive connector TlsDomainCapabilities (`domain:Cap1,Cap2`). They appear only as
   * text; [?] the numbers are placeholders (documented order as bits), never decode numbers with them.
   */
  TlsDomainCapability: {
    name: 'TlsDomainCapability',
    flags: true,
    members: [
      m('AcceptOorgHeader', 1, 'Accept the organization (Oorg) header from this domain.'),
      m('AcceptOorgProtocol', 2, 'Accept the XOORG protocol extension (Exchange 2010 hybrid).'),
      m('AcceptProxyProtocol', 4, 'Accept the XPROXY protocol extension.'),
      m('AcceptProxyFromProtocol', 8, 'Accept the XPROXYFROM protocol extension.'),
      m('AcceptProxyToProtocol', 16, 'Accept the XPROXYTO protocol extension.'),
      m('AcceptXAttrProtocol', 32, 'Accept the XATTR protocol extension.'),
      m('AcceptOrgHeaders', 64, 'Accept X-MS-Exchange-Organization headers from this domain.'),
      m('AcceptXSysProbeProtocol', 128, 'Accept the XSYSPROBE protocol extension.'),
      m('AcceptCrossForestMail', 256, 'Treat mail from this domain as cross-forest organization mail.'),
      m('AcceptCloudServicesMail', 512, 'Treat mail from this TLS-authenticated domain as hybrid mail from Microsoft 365 (Exchange 2013 and later).'),
      m('AllowSubmit', 1024, 'Allow submission from this domain.'),
      m('AcceptXOriginalFromProtocol', 2048, 'Accept the XORIGFROM protocol extension.'),
      m('AllowConsumerMail', 4096, 'Accept consumer mail from this domain.'),
      // Later members of Microsoft.Exchange.Data.SmtpReceiveCapabilities, as enumerated on a current server
      // (MicrosoftDocs/office-docs-powershell#6292). Microsoft documents none of them; they are listed so that
      // a connector that carries one is not taken for a typo.
      m('None', 0, 'No extra capability.'),
      m('AllowConsumerMailSubmission', 8192, 'Reserved for Microsoft (consumer mail submission).'),
      m('AcceptCrossTenantHeaders', 16384, 'Reserved for Microsoft (cross-tenant headers).'),
      m('AcceptReleasedMail', 32768, 'Reserved for Microsoft (mail released from quarantine).'),
      m('AcceptMailMdbGuid', 65536, 'Reserved for Microsoft.'),
      m('AcceptEprop', 131072, 'Reserved for Microsoft.'),
      m('AcceptAdrc', 262144, 'Reserved for Microsoft.'),
      m('AcceptCrossTenantCfm', 524288, 'Reserved for Microsoft.'),
      m('AcceptMailDeliveryPriority', 1048576, 'Reserved for Microsoft.'),
      m('AcceptTrafficTypeParam', 2097152, 'Reserved for Microsoft.'),
      m('AcceptMessageValue', 4194304, 'Reserved for Microsoft.'),
    ],
  },
};

/**
 * "Enum.Member" pairs whose number is a placeholder. decodeEnumNumber() returns undefined rather than name
 * one of these.
 */
export const UNVERIFIED_MEMBERS: ReadonlySet<string> = new Set([
  'ErrorPolicies.DowngradeAuthFailures',
  'SendConnectorType.XPremises',
  'ConnectorSource.AdminUI',
  'MtaStsMode.Opportunistic',
  'MtaStsMode.None',
  'SmtpDaneMode.Opportunistic',
  'SmtpDaneMode.Mandatory',
  'SmtpDaneMode.None',
  'ObjectState.New',
  'ObjectState.Changed',
  'ObjectState.Deleted',
  ...ENUMS.TlsDomainCapability.members.map((x) => `TlsDomainCapability.${x.name}`),
]);
