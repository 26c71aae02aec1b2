// Get-InboundConnector (Exchange Online): the settable properties, then the directory tail.
import { adObjectTail, computed, exchangeOnlineTail, remotingProperties, settable } from './common';
import type { ObjectKindDef, PropertyDef } from './types';

const SET = 'Set-InboundConnector';

const properties: PropertyDef[] = [
  settable(SET, {
    name: 'Enabled',
    type: { kind: 'bool' },
    default: 'True',
    summary: 'Whether the connector is used.',
  }),
  settable(SET, {
    name: 'ConnectorType',
    type: { kind: 'enum', enum: 'TenantConnectorType' },
    summary: 'OnPremises: mail comes from your own on-premises servers. Partner: from another organization or service.',
    security:
      'OnPremises connectors get special trust: mail matching them may be relayed to the internet through your tenant and, in hybrid, treated as internal. Identify the on-premises servers strictly (certificate or IP addresses).',
  }),
  settable(SET, {
    name: 'ConnectorSource',
    type: { kind: 'enum', enum: 'ConnectorSource' },
    default: 'Default',
    summary:
      'How the connector was created: by hand (Default), by the Hybrid Configuration Wizard, in the admin center, or migrated from FOPE. Do not change it.',
  }),
  settable(SET, {
    name: 'Comment',
    type: { kind: 'multiline-string' },
    summary: 'A free-text administrator note.',
  }),
  settable(SET, {
    name: 'SenderIPAddresses',
    type: { kind: 'list', item: 'ip-range' },
    summary: 'The IPv4 addresses the connector accepts mail from: single addresses or CIDR ranges from /24 to /32. IPv6 is not supported.',
    security:
      'For OnPremises connectors identified by IP address, anyone sending from these addresses gets the on-premises trust; keep the list to your own outbound gateways.',
  }),
  settable(SET, {
    name: 'SenderDomains',
    type: { kind: 'list', item: 'address-space' },
    summary: 'The sender domains the connector applies to, shown as smtp:domain;cost (smtp:*;1 is every domain); *.contoso.com covers subdomains.',
  }),
  settable(SET, {
    name: 'TrustedOrganizations',
    type: { kind: 'list', item: 'string' },
    summary: 'Other Microsoft 365 organizations whose mail is trusted through this connector (for example after a merger).',
    security: 'Mail from these tenants is trusted without further checks; list only organizations you control.',
  }),
  settable(SET, {
    name: 'AssociatedAcceptedDomains',
    type: { kind: 'list', item: 'smtp-domain' },
    summary: 'Limits the connector to senders in these accepted domains of your tenant.',
  }),
  settable(SET, {
    name: 'RequireTls',
    type: { kind: 'bool' },
    default: 'True',
    summary: 'True: mail through this connector must arrive over TLS, else it is rejected. Applies to Partner connectors.',
    security: 'With False, partner mail may arrive unencrypted. TlsSenderCertificateName requires it to be True.',
  }),
  settable(SET, {
    name: 'RestrictDomainsToIPAddresses',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: mail from SenderDomains is rejected unless it comes from SenderIPAddresses. Partner connectors only.',
    security: 'Stops others from using the partner domain names through this connector; it needs SenderIPAddresses.',
  }),
  settable(SET, {
    name: 'RestrictDomainsToCertificate',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: mail may use the connector only if the sending server presents a certificate matching TlsSenderCertificateName. Partner connectors only.',
    security: 'Binds the connector to the partner certificate; it needs TlsSenderCertificateName and excludes RestrictDomainsToIPAddresses.',
  }),
  settable(SET, {
    name: 'CloudServicesMailEnabled',
    type: { kind: 'bool' },
    default: 'False',
    summary:
      'True: cross-premises headers in mail from on-premises are promoted to internal organization headers (hybrid). Set by the Hybrid Configuration Wizard; OnPremises only.',
    security: 'Promoted headers make the mail internal and authenticated: enable it only on a connector that identifies your servers by certificate.',
  }),
  settable(SET, {
    name: 'TreatMessagesAsInternal',
    type: { kind: 'bool' },
    default: 'False',
    summary:
      'True: mail from on-premises senders in your domains is treated as internal, for on-premises systems that are not Exchange. OnPremises only, and not with CloudServicesMailEnabled.',
    security: 'Internal mail bypasses spam filtering; a loosely identified connector with this setting lets outsiders pose as internal senders.',
  }),
  settable(SET, {
    name: 'TlsSenderCertificateName',
    type: { kind: 'string' },
    summary: 'The name (domain, *.contoso.com allowed) the certificate of the sending server must carry. Requires RequireTls True.',
    security:
      'The strongest way to recognize your on-premises servers: use a name only your certificate holds, such as the subject of the certificate on your Edge or Exchange servers.',
  }),
  settable(SET, {
    name: 'EFTestMode',
    type: { kind: 'bool' },
    summary: 'Reserved for Microsoft (Enhanced Filtering test mode).',
  }),
  settable(SET, {
    name: 'ScanAndDropRecipients',
    type: { kind: 'list', item: 'string' },
    summary: 'Reserved for Microsoft.',
  }),
  settable(SET, {
    name: 'EFSkipLastIP',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'Enhanced Filtering: True skips only the last hop; False skips the addresses in EFSkipIPs (with none listed, Enhanced Filtering is off).',
  }),
  settable(SET, {
    name: 'EFSkipIPs',
    type: { kind: 'list', item: 'ip-range' },
    summary: 'Enhanced Filtering: the source addresses (single, range or CIDR) to skip to find the real sender when EFSkipLastIP is False.',
  }),
  settable(SET, {
    name: 'EFSkipMailGateway',
    type: { kind: 'list', item: 'string' },
    summary: 'Reserved for Microsoft.',
  }),
  settable(SET, {
    name: 'EFUsers',
    type: { kind: 'list', item: 'string' },
    summary: 'The recipients Enhanced Filtering applies to; empty means all.',
  }),
  // The first names of the Enhanced Filtering settings; tenants still showed them (next to the EF* ones) in 2017
  // (a real Get-InboundConnector | Format-List in EvotecIT/PSWinDocumentation.O365). No current cmdlet sets them.
  computed({
    name: 'DetectSenderIPBySkippingLastIP',
    type: { kind: 'bool' },
    releases: ['Online'],
    summary: 'Former name of EFSkipLastIP (Enhanced Filtering for Connectors); shown by older tenants, set with EFSkipLastIP.',
  }),
  computed({
    name: 'DetectSenderIPBySkippingTheseIPs',
    type: { kind: 'list', item: 'string' },
    releases: ['Online'],
    summary: 'Former name of EFSkipIPs (Enhanced Filtering for Connectors); shown by older tenants, set with EFSkipIPs.',
  }),
  computed({
    name: 'DetectSenderIPBySkippingTheseProviders',
    type: { kind: 'list', item: 'string' },
    releases: ['Online'],
    summary: 'Former Enhanced Filtering setting (services to skip when looking for the real sender); shown by older tenants.',
  }),
  computed({
    name: 'DetectSenderIPRecipientList',
    type: { kind: 'list', item: 'string' },
    releases: ['Online'],
    summary: 'Former name of EFUsers (the recipients Enhanced Filtering applies to); shown by older tenants, set with EFUsers.',
  }),
  computed({
    name: 'ClientHostNames',
    type: { kind: 'list', item: 'string' },
    setBy: 'New-InboundConnector -ClientHostNames',
    summary: 'Reserved for Microsoft.',
  }),
  ...adObjectTail(SET, 'inbound connector'),
  ...exchangeOnlineTail(),
  ...remotingProperties(),
];

export const INBOUND_CONNECTOR: ObjectKindDef = {
  kind: 'inbound-connector',
  label: 'inbound connector',
  getCmdlet: 'Get-InboundConnector',
  setCmdlet: SET,
  releases: ['Online'],
  signature: [
    'SenderDomains',
    'TlsSenderCertificateName',
    'RestrictDomainsToCertificate',
    'RestrictDomainsToIPAddresses',
    'SenderIPAddresses',
    'AssociatedAcceptedDomains',
    'TrustedOrganizations',
    'TreatMessagesAsInternal',
    'EFSkipLastIP',
    'EFSkipIPs',
    'EFUsers',
    'EFTestMode',
    'ScanAndDropRecipients',
    'EFSkipMailGateway',
  ],
  properties,
};
