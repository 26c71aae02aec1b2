// Get-OutboundConnector (Exchange Online). Order follows a real pasted Format-List (RunspaceId, Enabled,
// UseMXRecord, Comment, ConnectorType, ConnectorSource, RecipientDomains, SmartHosts, …), then the
// directory tail.
import { adObjectTail, computed, exchangeOnlineTail, remotingProperties, settable } from './common';
import type { ObjectKindDef, PropertyDef } from './types';

const SET = 'Set-OutboundConnector';
const NEW = 'New-OutboundConnector';

const properties: PropertyDef[] = [
  settable(SET, {
    name: 'Enabled',
    type: { kind: 'bool' },
    default: 'True',
    summary: 'Whether the connector is used.',
  }),
  settable(SET, {
    name: 'UseMXRecord',
    type: { kind: 'bool' },
    default: 'True',
    summary: 'True: mail is delivered to the MX hosts of the recipient domain. False: it goes to SmartHosts, which must then be set.',
    security:
      'In hybrid, connectors to on-premises normally use smart hosts (your Edge or Exchange servers): the names there must match the certificates those servers present when TlsSettings validates them.',
  }),
  settable(SET, {
    name: 'Comment',
    type: { kind: 'multiline-string' },
    summary: 'A free-text administrator note; it can span several lines.',
  }),
  settable(SET, {
    name: 'ConnectorType',
    type: { kind: 'enum', enum: 'TenantConnectorType' },
    summary: 'OnPremises: the connector delivers to your own on-premises servers. Partner: to another organization or service.',
    security:
      'RouteAllMessagesViaOnPremises, CloudServicesMailEnabled and AllAcceptedDomains require OnPremises; hybrid header handling happens only on OnPremises connectors.',
  }),
  settable(SET, {
    name: 'ConnectorSource',
    type: { kind: 'enum', enum: 'ConnectorSource' },
    default: 'Default',
    summary:
      'How the connector was created: by hand (Default), by the Hybrid Configuration Wizard, in the admin center, or migrated from FOPE. Do not change it.',
  }),
  settable(SET, {
    name: 'RecipientDomains',
    type: { kind: 'list', item: 'smtp-domain' },
    summary: 'The recipient domains this connector routes, such as contoso.com or *.contoso.com (all subdomains).',
    security: 'With * every external recipient is routed here, for example through on-premises servers or a filtering service.',
  }),
  settable(SET, {
    name: 'SmartHosts',
    type: { kind: 'list', item: 'string' },
    summary: 'Where mail goes when UseMXRecord is False: host names, IP addresses or CIDR ranges (for example 192.168.0.1/25).',
    security: 'All mail for RecipientDomains is handed to these hosts; with TlsSettings empty or EncryptionOnly their identity is not checked.',
  }),
  settable(SET, {
    name: 'TlsDomain',
    type: { kind: 'smtp-domain', wildcard: true },
    summary: 'The domain the remote certificate must match when TlsSettings is DomainValidation; *.contoso.com covers subdomains.',
    security: 'Exchange Online requires TlsDomain with DomainValidation and refuses it with any other TlsSettings value.',
  }),
  settable(SET, {
    name: 'TlsSettings',
    type: { kind: 'enum', enum: 'TlsAuthLevel' },
    summary: 'How strictly the certificate of the destination server is checked. Empty (the default) means opportunistic TLS without checks.',
    security:
      'Empty or EncryptionOnly accepts any certificate, so a man in the middle is not detected. Use CertificateValidation, or DomainValidation with TlsDomain, for connectors to your on-premises servers.',
  }),
  settable(SET, {
    name: 'IsTransportRuleScoped',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: the connector is used only for messages that a mail flow rule sends to it (RouteMessageOutboundConnector), not by recipient domain.',
  }),
  settable(SET, {
    name: 'RouteAllMessagesViaOnPremises',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: all mail serviced by this connector goes through your on-premises servers first (centralized mail transport). OnPremises connectors only.',
    security: 'Internet mail then leaves through your on-premises servers, so their send connectors and TLS settings apply to it.',
  }),
  settable(SET, {
    name: 'CloudServicesMailEnabled',
    type: { kind: 'bool' },
    default: 'False',
    summary:
      'True: hybrid mail keeps its internal Exchange organization headers (converted to cross-premises headers). Set by the Hybrid Configuration Wizard; OnPremises connectors only.',
    security: 'The on-premises side trusts these headers only from your own tenant; enable it only on connectors to your on-premises servers.',
  }),
  settable(SET, {
    name: 'AllAcceptedDomains',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: the connector serves recipients in every accepted domain of the tenant (hybrid). OnPremises connectors only.',
  }),
  settable(SET, {
    name: 'SenderRewritingEnabled',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: the Sender Rewriting Scheme (SRS) rewrites senders of forwarded mail routed through on-premises. OnPremises connectors only.',
  }),
  settable(SET, {
    name: 'TestMode',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'True: the connector is in test mode and not used for normal mail flow.',
  }),
  computed({
    name: 'LinkForModifiedConnector',
    type: { kind: 'guid' },
    setBy: `${NEW} -LinkForModifiedConnector`,
    summary: 'Reserved for Microsoft: links a test-mode copy to the connector it modifies.',
  }),
  settable(SET, {
    name: 'ValidationRecipients',
    type: { kind: 'list', item: 'string' },
    summary: 'The addresses Validate-OutboundConnector sends its test messages to.',
  }),
  settable(SET, {
    name: 'IsValidated',
    type: { kind: 'bool' },
    default: 'False',
    summary: 'Whether the connector passed Validate-OutboundConnector.',
  }),
  settable(SET, {
    name: 'LastValidationTimestamp',
    type: { kind: 'date' },
    summary: 'When the connector was last validated.',
  }),
  settable(NEW, {
    name: 'MtaStsMode',
    type: { kind: 'enum', enum: 'MtaStsMode' },
    default: 'Opportunistic',
    summary: 'Whether MTA-STS policies of destination domains are honoured for mail sent through this connector.',
    security: 'None ignores MTA-STS, so a forged MX record or a stripped STARTTLS goes unnoticed for domains that publish a policy.',
  }),
  settable(NEW, {
    name: 'SmtpDaneMode',
    type: { kind: 'enum', enum: 'SmtpDaneMode' },
    default: 'Opportunistic',
    summary: 'Whether DANE (TLSA records signed with DNSSEC) is checked for destinations of this connector.',
    security: 'None skips DANE, so a TLS downgrade or forged MX record is not detected even for DANE-protected domains.',
  }),
  ...adObjectTail(SET, 'outbound connector'),
  ...exchangeOnlineTail(),
  ...remotingProperties(),
];

export const OUTBOUND_CONNECTOR: ObjectKindDef = {
  kind: 'outbound-connector',
  label: 'outbound connector',
  getCmdlet: 'Get-OutboundConnector',
  setCmdlet: SET,
  releases: ['Online'],
  signature: [
    'UseMXRecord',
    'TlsSettings',
    'RecipientDomains',
    'RouteAllMessagesViaOnPremises',
    'IsTransportRuleScoped',
    'AllAcceptedDomains',
    'SenderRewritingEnabled',
    'ValidationRecipients',
    'IsValidated',
    'LastValidationTimestamp',
    'LinkForModifiedConnector',
    'MtaStsMode',
    'SmtpDaneMode',
  ],
  properties,
};
