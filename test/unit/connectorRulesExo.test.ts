// Exchange Online connector rules (exo-*, domain facts §3.4) on `Get-OutboundConnector | fl` and
// `Get-InboundConnector | fl` dumps: each rule positive and negative, exact range, runnable fix naming the connector.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, RULES, type Diagnostic, type Range } from '../../server/src/service';
import { inboundConnector, list, outboundConnector, renderDump, withProps, type Dump, type DumpOptions, type Props } from '../helpers/dumps';

const service = createLanguageService();
const NOW = new Date('2024-06-01T00:00:00Z');

function plain(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

interface Finding {
  code: string;
  at: Range;
}

function check(objects: Props[], expected: (d: Dump) => Finding[], options: DumpOptions = {}): Diagnostic[] {
  const d = renderDump(objects, options);
  const diags = service.validate({ uri: 'exo.txt', text: d.text }, { now: NOW });
  assert.deepEqual(
    diags.map((x) => ({ code: x.code, at: plain(x.range) })),
    expected(d).map((f) => ({ code: f.code, at: plain(f.at) })),
  );
  for (const x of diags) assert.equal(x.severity, 'error', x.code);
  return diags;
}

function assertFix(diag: Diagnostic, command: string): void {
  assert.ok(diag.message.includes(command), `message of ${diag.code} lacks\n  ${command}\nmessage:\n  ${diag.message}`);
}

const OUT = outboundConnector('Outbound to Contoso');
const IN = inboundConnector('Inbound from Contoso');

describe('Exchange Online connectors', () => {
  it('every exo-* rule of the registry is covered here', () => {
    const ids = RULES.map((r) => r.meta.id)
      .filter((id) => id.startsWith('exo-'))
      .sort();
    assert.deepEqual(ids, [
      'exo-domain-validation-without-tls-domain',
      'exo-on-premises-sender-identity',
      'exo-requires-on-premises',
      'exo-restrict-domains',
      'exo-smart-hosts',
      'exo-tls-certificate-without-require-tls',
      'exo-tls-domain-without-domain-validation',
    ]);
  });
  it('healthy hybrid connectors give no findings, also wrapped at 80 columns', () => {
    check([OUT, IN], () => []);
    check([OUT, IN], () => [], { width: 80 });
  });
  it('are detected as outbound and inbound connectors', () => {
    const file = service.analyze({ uri: 'exo.txt', text: renderDump([OUT, IN]).text });
    assert.ok(file.kind === 'format-list');
    assert.deepEqual(
      (file as { objects: { kind?: string }[] }).objects.map((o) => o.kind),
      ['outbound-connector', 'inbound-connector'],
    );
  });
});

describe('exo-tls-domain-without-domain-validation', () => {
  it('fires on TlsDomain when TlsSettings is CertificateValidation', () => {
    const [diag] = check([withProps(OUT, { TlsSettings: 'CertificateValidation' })], (d) => [
      { code: 'exo-tls-domain-without-domain-validation', at: d.value(0, 'TlsDomain') },
    ]);
    assertFix(diag, 'Set-OutboundConnector -Identity "Outbound to Contoso" -TlsSettings DomainValidation');
  });
  it('fires when TlsSettings is empty (opportunistic)', () => {
    const [diag] = check([withProps(OUT, { TlsSettings: null })], (d) => [{ code: 'exo-tls-domain-without-domain-validation', at: d.value(0, 'TlsDomain') }]);
    assert.match(diag.message, /not set/);
  });
  it('does not fire without a TlsDomain', () => {
    check([withProps(OUT, { TlsDomain: null, TlsSettings: 'CertificateValidation' })], () => []);
  });
});

describe('exo-domain-validation-without-tls-domain', () => {
  it('fires on the TlsDomain name when DomainValidation has no TlsDomain', () => {
    const [diag] = check([withProps(OUT, { TlsDomain: null })], (d) => [{ code: 'exo-domain-validation-without-tls-domain', at: d.name(0, 'TlsDomain') }]);
    assertFix(diag, 'Set-OutboundConnector -Identity "Outbound to Contoso" -TlsDomain ');
  });
  it('falls back to the TlsSettings value when TlsDomain is not in the dump', () => {
    const objects = [withProps(OUT, { TlsDomain: undefined })];
    check(objects, (d) => [{ code: 'exo-domain-validation-without-tls-domain', at: d.value(0, 'TlsSettings') }]);
  });
  it('does not fire with a TlsDomain', () => {
    check([OUT], () => []);
  });
});

describe('exo-smart-hosts', () => {
  it('fires on SmartHosts {} when UseMXRecord is False', () => {
    const [diag] = check([withProps(OUT, { SmartHosts: list() })], (d) => [{ code: 'exo-smart-hosts', at: d.value(0, 'SmartHosts') }]);
    assertFix(diag, 'Set-OutboundConnector -Identity "Outbound to Contoso" -SmartHosts ');
  });
  it('fires on SmartHosts when UseMXRecord is True', () => {
    const [diag] = check([withProps(OUT, { UseMXRecord: 'True' })], (d) => [{ code: 'exo-smart-hosts', at: d.value(0, 'SmartHosts') }]);
    assertFix(diag, 'Set-OutboundConnector -Identity "Outbound to Contoso" -UseMXRecord $false');
  });
  it('does not fire on MX delivery without smart hosts', () => {
    check(
      [
        withProps(outboundConnector('To Fabrikam'), {
          UseMXRecord: 'True',
          SmartHosts: list(),
          ConnectorType: 'Partner',
          CloudServicesMailEnabled: 'False',
          TlsDomain: null,
          TlsSettings: null,
          RecipientDomains: list('fabrikam.com'),
        }),
      ],
      () => [],
    );
  });
});

describe('exo-requires-on-premises', () => {
  it('fires on CloudServicesMailEnabled True of a Partner outbound connector', () => {
    const [diag] = check([withProps(outboundConnector('To Partner'), { ConnectorType: 'Partner' })], (d) => [
      { code: 'exo-requires-on-premises', at: d.value(0, 'CloudServicesMailEnabled') },
    ]);
    assertFix(diag, 'Set-OutboundConnector -Identity "To Partner" -ConnectorType OnPremises');
  });
  it('fires once per hybrid-only setting (RouteAllMessagesViaOnPremises, AllAcceptedDomains)', () => {
    check(
      [
        withProps(outboundConnector('To Partner'), {
          ConnectorType: 'Partner',
          CloudServicesMailEnabled: 'False',
          RouteAllMessagesViaOnPremises: 'True',
          AllAcceptedDomains: 'True',
        }),
      ],
      (d) => [
        { code: 'exo-requires-on-premises', at: d.value(0, 'RouteAllMessagesViaOnPremises') },
        { code: 'exo-requires-on-premises', at: d.value(0, 'AllAcceptedDomains') },
      ],
    );
  });
  it('fires on CloudServicesMailEnabled True of a Partner inbound connector', () => {
    const [diag] = check([withProps(inboundConnector('From Partner'), { ConnectorType: 'Partner' })], (d) => [
      { code: 'exo-requires-on-premises', at: d.value(0, 'CloudServicesMailEnabled') },
    ]);
    assertFix(diag, 'Set-InboundConnector -Identity "From Partner" -ConnectorType OnPremises');
  });
  it('does not fire on OnPremises connectors', () => {
    check([withProps(OUT, { RouteAllMessagesViaOnPremises: 'True' }), IN], () => []);
  });
});

describe('exo-on-premises-sender-identity', () => {
  it('fires on TlsSenderCertificateName of an OnPremises inbound connector with neither certificate nor IPs', () => {
    const [diag] = check([withProps(IN, { TlsSenderCertificateName: null })], (d) => [
      { code: 'exo-on-premises-sender-identity', at: d.name(0, 'TlsSenderCertificateName') },
    ]);
    assertFix(diag, 'Set-InboundConnector -Identity "Inbound from Contoso" -TlsSenderCertificateName ');
  });
  it('fires on a sender IP range wider than /24, on that item', () => {
    check([withProps(IN, { SenderIPAddresses: list('203.0.113.0/24', '198.51.100.0/23') })], (d) => [
      { code: 'exo-on-premises-sender-identity', at: d.within(0, 'SenderIPAddresses', '198.51.100.0/23') },
    ]);
  });
  it('does not fire when the connector is identified by IP addresses from /24 to /32', () => {
    check([withProps(IN, { TlsSenderCertificateName: null, SenderIPAddresses: list('203.0.113.0/24', '198.51.100.7') })], () => []);
  });
});

describe('exo-tls-certificate-without-require-tls', () => {
  it('fires on RequireTls False when a TlsSenderCertificateName is set', () => {
    const [diag] = check([withProps(IN, { RequireTls: 'False' })], (d) => [{ code: 'exo-tls-certificate-without-require-tls', at: d.value(0, 'RequireTls') }]);
    assertFix(diag, 'Set-InboundConnector -Identity "Inbound from Contoso" -RequireTls $true');
  });
  it('does not fire without a certificate name', () => {
    check([withProps(IN, { RequireTls: 'False', TlsSenderCertificateName: null, SenderIPAddresses: list('203.0.113.10') })], () => []);
  });
});

describe('exo-restrict-domains', () => {
  it('fires when RestrictDomainsToCertificate has no certificate name', () => {
    const [diag] = check(
      [withProps(IN, { RestrictDomainsToCertificate: 'True', TlsSenderCertificateName: null, SenderIPAddresses: list('203.0.113.10') })],
      (d) => [{ code: 'exo-restrict-domains', at: d.name(0, 'TlsSenderCertificateName') }],
    );
    assertFix(diag, 'Set-InboundConnector -Identity "Inbound from Contoso" -TlsSenderCertificateName ');
  });
  it('fires on SenderIPAddresses {} when RestrictDomainsToIPAddresses is True', () => {
    const [diag] = check([withProps(IN, { RestrictDomainsToIPAddresses: 'True' })], (d) => [
      { code: 'exo-restrict-domains', at: d.value(0, 'SenderIPAddresses') },
    ]);
    assertFix(diag, 'Set-InboundConnector -Identity "Inbound from Contoso" -SenderIPAddresses ');
  });
  it('fires on RestrictDomainsToIPAddresses when both restrictions are on', () => {
    const [diag] = check(
      [withProps(IN, { RestrictDomainsToIPAddresses: 'True', RestrictDomainsToCertificate: 'True', SenderIPAddresses: list('203.0.113.10') })],
      (d) => [{ code: 'exo-restrict-domains', at: d.value(0, 'RestrictDomainsToIPAddresses') }],
    );
    assertFix(diag, 'Set-InboundConnector -Identity "Inbound from Contoso" -RestrictDomainsToIPAddresses $false');
  });
  it('does not fire when the restriction has what it restricts to', () => {
    check(
      [
        withProps(IN, { RestrictDomainsToCertificate: 'True' }),
        withProps(inboundConnector('By IP'), { RestrictDomainsToIPAddresses: 'True', TlsSenderCertificateName: null, SenderIPAddresses: list('203.0.113.10') }),
      ],
      () => [],
    );
  });
});
