// The commands fixes run name the object they change (rules/objectRules.ts). An object the dump shows without
// Identity or Name (a partial `Format-List Prop1,Prop2` paste) must not get a made-up name such as "(unnamed)" in
// a command: it gets a visible placeholder, and the fix titles show the same placeholder.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, type Diagnostic } from '../../server/src/service';
import { inboundConnector, list, outboundConnector, receiveConnector, renderDump, sendConnector, withProps, without, type Props } from '../helpers/dumps';

const service = createLanguageService();
const NOW = new Date('2024-06-01T00:00:00Z');

function lint(objects: Props[]): Diagnostic[] {
  return service.validate({ uri: 'partial.txt', text: renderDump(objects).text }, { now: NOW });
}

/** Connectors with many findings each, printed without Identity and Name. */
const UNNAMED: Props[] = [
  without(
    withProps(sendConnector(), {
      IgnoreSTARTTLS: 'True',
      RequireTLS: 'True',
      TlsAuthLevel: 'EncryptionOnly',
      TlsDomain: 'fabrikam.com',
      DomainSecureEnabled: 'True',
      DNSRoutingEnabled: 'False',
      SmartHosts: list(),
      AddressSpaces: list(),
      SmartHostAuthMechanism: 'BasicAuth',
    }),
    'Identity',
    'Name',
  ),
  without(
    withProps(receiveConnector(), {
      AuthMechanism: 'Tls, BasicAuth, ExternalAuthoritative',
      PermissionGroups: 'ExchangeServers',
      ConnectionTimeout: '00:01:00',
      TlsCertificateName: '<S>CN=mail.contoso.com',
    }),
    'Identity',
    'Name',
  ),
  without(
    withProps(outboundConnector(), {
      UseMXRecord: 'True',
      TlsSettings: 'CertificateValidation',
      ConnectorType: 'Partner',
      RouteAllMessagesViaOnPremises: 'True',
    }),
    'Identity',
    'Name',
  ),
  without(
    withProps(inboundConnector(), {
      RequireTls: 'False',
      ConnectorType: 'Partner',
      RestrictDomainsToIPAddresses: 'True',
      SenderIPAddresses: list('198.51.100.0/23'),
    }),
    'Identity',
    'Name',
  ),
];

describe('fix commands for objects without Identity or Name', () => {
  const diags = lint(UNNAMED);
  const fixes = diags.flatMap((d) => (d.fixes ?? []).map((f) => ({ code: d.code, ...f })));
  const commands = fixes.filter((f) => f.command?.includes('-Identity'));

  it('the partial dump raises many findings with -Identity commands (so the checks below are not vacuous)', () => {
    assert.ok(new Set(commands.map((f) => f.code)).size >= 15, [...new Set(commands.map((f) => f.code))].join(', '));
  });

  it('no command of any rule names "(unnamed)" or another made-up identity', () => {
    for (const f of commands) {
      assert.doesNotMatch(f.command!, /\(unnamed\)/, `${f.code}: ${f.command}`);
      assert.match(f.command!, /-Identity "(<connector name>|<server>\\<connector name>)"/, `${f.code}: ${f.command}`);
    }
  });

  it("the send and Exchange Online rules' fix titles show the placeholder, so the title says there is a blank to fill", () => {
    const mine = commands.filter((f) =>
      /^(exo-|office365-|tls-auth|tls-domain|domain-|smart-hosts|address-space|basic-auth|require-tls-ignore|ignore-starttls)/.test(f.code),
    );
    assert.ok(mine.length >= 10);
    for (const f of mine) assert.match(f.title, /<(server>\\<)?connector name>/, `${f.code}: ${f.title}`);
  });

  it('a named object keeps its own name, quoted for PowerShell', () => {
    const named = lint([withProps(sendConnector('Relay "$Partner" `1'), { IgnoreSTARTTLS: 'True' })]);
    assert.deepEqual(
      named.flatMap((d) => (d.fixes ?? []).map((f) => f.command)),
      ['Set-SendConnector -Identity "Relay `"`$Partner`" ``1" -IgnoreSTARTTLS $false'],
    );
  });
});
