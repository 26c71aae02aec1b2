// Severity by consequence for the send connector and Exchange Online rules (the RuleTester checks ranges, message
// ids and fixes, not severities). A finding whose claim rests only on 2013-era validation, or on documentation that
// pulls two ways, is reported one severity below its rule's (see each rule's docs page).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, type Diagnostic, type Severity } from '../../server/src/service';
import {
  inboundConnector,
  list,
  outboundConnector,
  receiveConnector,
  renderDump,
  sendConnector,
  smartHostConnector,
  withProps,
  type Props,
} from '../helpers/dumps';

const service = createLanguageService();
const NOW = new Date('2024-06-01T00:00:00Z');

const PARTNER_IN = withProps(inboundConnector('From Fabrikam'), {
  ConnectorType: 'Partner',
  SenderDomains: list('smtp:fabrikam.com;1'),
  CloudServicesMailEnabled: 'False',
  TlsSenderCertificateName: 'mail.fabrikam.com',
});
const PARTNER_OUT = withProps(outboundConnector('To Fabrikam'), {
  ConnectorType: 'Partner',
  UseMXRecord: 'True',
  SmartHosts: list(),
  RecipientDomains: list('fabrikam.com'),
  CloudServicesMailEnabled: 'False',
  TlsDomain: null,
  TlsSettings: null,
});

// [case, objects, rule id, message id, severity]
const CASES: [string, Props, string, string, Severity][] = [
  ['IgnoreSTARTTLS', withProps(sendConnector(), { IgnoreSTARTTLS: 'True' }), 'ignore-starttls', 'ignoring', 'warning'],
  ['RequireTLS and IgnoreSTARTTLS', withProps(smartHostConnector(), { IgnoreSTARTTLS: 'True' }), 'require-tls-ignore-starttls', 'both', 'error'],
  [
    'TlsAuthLevel without RequireTLS',
    withProps(sendConnector(), { TlsAuthLevel: 'DomainValidation' }),
    'tls-auth-level-without-require-tls',
    'notRequired',
    'error',
  ],
  [
    'TlsDomain without DomainValidation',
    withProps(sendConnector(), { TlsDomain: 'fabrikam.com' }),
    'tls-domain-without-domain-validation',
    'unchecked',
    'error',
  ],
  ['smart host without TlsDomain', withProps(smartHostConnector(), { TlsDomain: null }), 'domain-validation-without-tls-domain', 'noDomain', 'error'],
  [
    'Domain Security via smart hosts',
    withProps(smartHostConnector(), { DomainSecureEnabled: 'True', TlsAuthLevel: null, TlsDomain: null }),
    'domain-secure-conflict',
    'viaSmartHosts',
    'error',
  ],
  ['no smart hosts', withProps(sendConnector(), { DNSRoutingEnabled: 'False' }), 'smart-hosts-missing', 'noSmartHosts', 'error'],
  ['no address space', withProps(sendConnector(), { AddressSpaces: list() }), 'address-space-missing', 'noAddressSpace', 'error'],
  [
    'no credential',
    withProps(smartHostConnector(), { SmartHostAuthMechanism: 'BasicAuthRequireTLS' }),
    'basic-auth-credential-missing',
    'noCredential',
    'error',
  ],
  [
    'send BasicAuth without TLS',
    withProps(smartHostConnector(), {
      SmartHostAuthMechanism: 'BasicAuth',
      RequireTLS: 'False',
      TlsAuthLevel: null,
      TlsDomain: null,
      AuthenticationCredential: 'System.Management.Automation.PSCredential',
    }),
    'basic-auth-cleartext',
    'sendCleartext',
    'warning',
  ],
  [
    'receive BasicAuth before TLS',
    withProps(receiveConnector('Client Frontend EX01'), { AuthMechanism: 'Tls, BasicAuth', PermissionGroups: 'ExchangeUsers' }),
    'basic-auth-cleartext',
    'receiveCleartext',
    'warning',
  ],
  [
    'to Microsoft 365 without RequireTLS',
    withProps(sendConnector('Mail to O365'), {
      DNSRoutingEnabled: 'False',
      SmartHosts: list('contoso-com.mail.protection.outlook.com'),
      Fqdn: 'mail.contoso.com',
      CloudServicesMailEnabled: 'True',
    }),
    'office365-connector-tls',
    'notRequired',
    'warning',
  ],
  // The docs call a TlsDomain without DomainValidation meaningless, not refused.
  [
    'EXO TlsDomain without DomainValidation',
    withProps(outboundConnector(), { TlsSettings: 'CertificateValidation' }),
    'exo-tls-domain-without-domain-validation',
    'unused',
    'warning',
  ],
  [
    'EXO DomainValidation without TlsDomain',
    withProps(outboundConnector(), { TlsDomain: null }),
    'exo-domain-validation-without-tls-domain',
    'noDomain',
    'error',
  ],
  ['EXO no smart hosts (documented)', withProps(outboundConnector(), { SmartHosts: list() }), 'exo-smart-hosts', 'noSmartHosts', 'error'],
  [
    'EXO unused smart hosts (refusal known from 2013-era validation only)',
    withProps(outboundConnector(), { UseMXRecord: 'True' }),
    'exo-smart-hosts',
    'unusedSmartHosts',
    'warning',
  ],
  [
    'EXO RouteAllMessagesViaOnPremises on Partner (documented)',
    withProps(PARTNER_OUT, { RouteAllMessagesViaOnPremises: 'True' }),
    'exo-requires-on-premises',
    'routeAllViaOnPremises',
    'error',
  ],
  [
    'EXO CloudServicesMailEnabled on Partner (not documented)',
    withProps(PARTNER_IN, { CloudServicesMailEnabled: 'True' }),
    'exo-requires-on-premises',
    'cloudServicesMail',
    'warning',
  ],
  [
    'EXO certificate name without RequireTls, OnPremises',
    withProps(inboundConnector(), { RequireTls: 'False' }),
    'exo-tls-certificate-without-require-tls',
    'certificateUnused',
    'warning',
  ],
  [
    'EXO certificate name without RequireTls, Partner',
    withProps(PARTNER_IN, { RequireTls: 'False' }),
    'exo-tls-certificate-without-require-tls',
    'certificateUnused',
    'warning',
  ],
  [
    'EXO restriction to no IP addresses, Partner',
    withProps(PARTNER_IN, { RestrictDomainsToIPAddresses: 'True' }),
    'exo-restrict-domains',
    'noIpAddresses',
    'error',
  ],
  [
    'EXO restriction to no IP addresses, OnPremises',
    withProps(inboundConnector(), { RestrictDomainsToIPAddresses: 'True' }),
    'exo-restrict-domains',
    'noIpAddresses',
    'warning',
  ],
  [
    'EXO both restrictions',
    withProps(PARTNER_IN, { RestrictDomainsToIPAddresses: 'True', RestrictDomainsToCertificate: 'True', SenderIPAddresses: list('203.0.113.10') }),
    'exo-restrict-domains',
    'both',
    'warning',
  ],
  [
    'EXO OnPremises without identity',
    withProps(inboundConnector(), { TlsSenderCertificateName: null }),
    'exo-on-premises-sender-identity',
    'noIdentity',
    'warning',
  ],
  [
    'EXO range wider than /24 (documented)',
    withProps(inboundConnector(), { SenderIPAddresses: list('198.51.100.0/23') }),
    'exo-on-premises-sender-identity',
    'tooWide',
    'error',
  ],
  [
    'EXO IPv6 sender address (documented)',
    withProps(inboundConnector(), { SenderIPAddresses: list('2001:db8::25') }),
    'exo-on-premises-sender-identity',
    'ipv6',
    'error',
  ],
];

function findings(objects: Props[], code: string): Diagnostic[] {
  return service.validate({ uri: 'case.txt', text: renderDump(objects).text }, { now: NOW }).filter((d) => d.code === code);
}

describe('connector rule severities', () => {
  for (const [name, obj, code, messageId, severity] of CASES) {
    it(`${name}: ${code}[${messageId}] is ${severity}`, () => {
      const hits = findings([obj], code);
      assert.deepEqual(
        hits.map((d) => [d.messageId, d.severity]),
        [[messageId, severity]],
      );
    });
  }
});

describe('related information points at the other half of the conflict', () => {
  it('tls-auth-level-without-require-tls links RequireTLS; domain-validation-without-tls-domain links TlsAuthLevel', () => {
    const obj = withProps(sendConnector(), { TlsAuthLevel: 'DomainValidation' });
    const d = renderDump([obj]);
    const [level] = findings([obj], 'tls-auth-level-without-require-tls');
    assert.deepEqual(
      level.relatedInformation?.map((r) => r.range.start),
      [d.value(0, 'RequireTLS').start],
    );
    const sh = withProps(smartHostConnector(), { TlsDomain: null });
    const [noDomain] = findings([sh], 'domain-validation-without-tls-domain');
    assert.deepEqual(
      noDomain.relatedInformation?.map((r) => r.range.start),
      [renderDump([sh]).value(0, 'TlsAuthLevel').start],
    );
  });
  it('exo-restrict-domains on an OnPremises connector says why it is lower: it links ConnectorType', () => {
    const obj = withProps(inboundConnector(), { RestrictDomainsToIPAddresses: 'True' });
    const [finding] = findings([obj], 'exo-restrict-domains');
    const d = renderDump([obj]);
    assert.ok(finding.relatedInformation?.some((r) => r.range.start.line === d.value(0, 'ConnectorType').start.line));
  });
});
