// Content detection of Exchange Format-List dumps (client/src/dumpSniffer.ts): what turns a plain-text document
// into `exchange-format-list`, and, as important, what must stay plain text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { looksLikeExchangeDump, sniffExchangeDump, SNIFF_MAX_CHARS, SNIFF_MAX_LINES } from '../../client/src/dumpSniffer';

const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

/** Format-List rendering: names padded to the longest one, ` : `, CRLF like the real thing. */
function fl(...objects: [string, string][][]): string {
  const out = ['', ''];
  for (const props of objects) {
    const width = Math.max(...props.map(([n]) => n.length));
    for (const [name, value] of props) out.push(`${name.padEnd(width)} :${value === '' ? '' : ' ' + value}`);
    out.push('');
  }
  return out.join('\r\n');
}

describe('dump sniffer: recognises Exchange transport dumps by content', () => {
  for (const name of ['send-connectors.txt', 'receive-connectors.txt', 'exchange-certificates.txt']) {
    it(`synthetic corpus sample ${name} (CRLF)`, () => {
      assert.ok(fixture(name).includes('\r\n'));
      assert.equal(looksLikeExchangeDump(fixture(name)), true);
    });
  }

  it('decides on the first lines that settle it, after one pass over the head for quoting and evidence markers', () => {
    const text = fixture('receive-connectors.txt');
    const r = sniffExchangeDump(text);
    assert.equal(r.isDump, true);
    // RunspaceId, AuthMechanism, Banner: three property lines, AuthMechanism; Bindings on line 5 makes two names.
    assert.deepEqual(r.characteristic, ['AuthMechanism', 'Bindings']);
    assert.equal(r.propertyLines, 5);
    // The head is read once (quoting, indentation and not-a-dump markers can be anywhere in it): 200 lines at most.
    let end = 0;
    for (let i = 0; i < SNIFF_MAX_LINES; i++) end = text.indexOf('\n', end) + 1;
    assert.equal(r.charsRead, end);
  });

  it('Exchange Online Get-OutboundConnector | fl', () => {
    const text = fl([
      ['RunspaceId', '1f0e2d3c-4b5a-4697-8877-665544332211'],
      ['Enabled', 'True'],
      ['UseMXRecord', 'False'],
      ['Comment', ''],
      ['ConnectorType', 'OnPremises'],
      ['RecipientDomains', '{}'],
      ['SmartHosts', '{mail.contoso.com}'],
      ['TlsDomain', 'mail.contoso.com'],
      ['TlsSettings', 'DomainValidation'],
    ]);
    assert.deepEqual(sniffExchangeDump(text).characteristic, ['UseMXRecord', 'RecipientDomains']);
    assert.equal(looksLikeExchangeDump(text), true);
  });

  it('Exchange Online Get-InboundConnector | fl', () => {
    const text = fl([
      ['RunspaceId', '1f0e2d3c-4b5a-4697-8877-665544332211'],
      ['Enabled', 'True'],
      ['ConnectorType', 'Partner'],
      ['SenderIPAddresses', '{203.0.113.0/24}'],
      ['SenderDomains', '{smtp:*;1}'],
      ['RequireTls', 'True'],
      ['TlsSenderCertificateName', 'mail.fabrikam.com'],
    ]);
    assert.equal(looksLikeExchangeDump(text), true);
  });

  it('a selected-properties dump: Get-ExchangeCertificate | fl Thumbprint,Services,NotAfter', () => {
    const text = fl(
      [
        ['Thumbprint', '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B'],
        ['Services', 'IIS, SMTP'],
        ['NotAfter', '8/12/2024 6:14:02 PM'],
      ],
      [
        ['Thumbprint', 'D5846F8DC46F1F273124A908C0FFFDD9DEB5365D'],
        ['Services', 'IMAP, POP, SMTP'],
        ['NotAfter', '3/1/2029 10:15:00 AM'],
      ],
    );
    assert.equal(looksLikeExchangeDump(text), true);
  });

  it('a selected-properties dump: Get-ReceiveConnector | fl Name,Bindings,RemoteIPRanges', () => {
    const text = fl([
      ['Name', 'Default Frontend EX01'],
      ['Bindings', '{[::]:25, 0.0.0.0:25}'],
      ['RemoteIPRanges', '{0.0.0.0-255.255.255.255}'],
    ]);
    assert.equal(looksLikeExchangeDump(text), true);
  });

  it('property names are matched case-insensitively (EXO writes RequireTls, on-premises RequireTLS)', () => {
    assert.equal(looksLikeExchangeDump('requiretls : True\nIGNORESTARTTLS : False\nPort : 25\n'), true);
  });

  it('tolerates a BOM, LF or CRLF line endings, pasted prompts, comments and blank lines', () => {
    const body = [
      '\ufeffPS C:\\> Get-SendConnector | fl',
      '',
      '# exported by admin',
      'RunspaceId        : 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      'DNSRoutingEnabled : False',
      'SmartHosts        : {mx.fabrikam.com}',
    ];
    assert.equal(looksLikeExchangeDump(body.join('\n')), true);
    assert.equal(looksLikeExchangeDump(body.join('\r\n')), true);
  });

  it('empty values (`Name :` without a trailing space) count as property lines', () => {
    assert.equal(looksLikeExchangeDump('TlsDomain :\nTlsAuthLevel :\nComment :\n'), true);
    assert.equal(looksLikeExchangeDump('TlsDomain :\r\nTlsAuthLevel :\r\nComment :\r\n'), true);
  });
});

describe('dump sniffer: leaves other text alone', () => {
  it('empty and whitespace-only text', () => {
    assert.equal(looksLikeExchangeDump(''), false);
    assert.equal(looksLikeExchangeDump('\r\n\r\n   \r\n'), false);
  });

  it('Format-List output of other cmdlets (Get-Service | fl)', () => {
    const text = fl([
      ['Name', 'MSExchangeTransport'],
      ['DisplayName', 'Microsoft Exchange Transport'],
      ['Status', 'Running'],
      ['DependentServices', '{}'],
      ['ServicesDependedOn', '{MSExchangeADTopology}'],
      ['CanPauseAndContinue', 'False'],
      ['ServiceType', 'Win32OwnProcess'],
    ]);
    assert.equal(looksLikeExchangeDump(text), false);
  });

  it('Get-ChildItem Cert:\\LocalMachine\\My | fl: only names other certificate listings share', () => {
    const text = fl([
      ['Subject', 'CN=mail.contoso.com'],
      ['Issuer', "CN=R11, O=Let's Encrypt, C=US"],
      ['Thumbprint', '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B'],
      ['FriendlyName', ''],
      ['NotBefore', '5/14/2024 6:14:03 PM'],
      ['NotAfter', '8/12/2024 6:14:02 PM'],
      ['Extensions', '{System.Security.Cryptography.Oid, System.Security.Cryptography.Oid}'],
    ]);
    const r = sniffExchangeDump(text);
    assert.deepEqual(r.characteristic, ['Thumbprint', 'NotBefore', 'NotAfter']);
    assert.equal(r.isDump, false);
  });

  it('key: value text without the Format-List padding (YAML, mail headers, INI-like notes)', () => {
    const yaml = 'AddressSpaces: ["*"]\nSmartHosts: [mx.fabrikam.com]\nRequireTLS: true\nIgnoreSTARTTLS: false\n';
    assert.equal(sniffExchangeDump(yaml).propertyLines, 0);
    assert.equal(looksLikeExchangeDump(yaml), false);
    const headers = 'From: a@contoso.com\nTo: b@fabrikam.com\nSubject: RequireTLS : on our SmartHosts\n';
    assert.equal(looksLikeExchangeDump(headers), false);
  });

  it('prose that mentions Exchange property names', () => {
    const text = [
      'Checklist for the Edge migration:',
      '  RequireTLS : must be True on the send connector',
      '  AuthMechanism : keep ExternalAuthoritative off',
      '- set SmartHosts : see ticket',
      'Set-SendConnector "Internet" -RequireTLS $true -TlsAuthLevel DomainValidation',
    ].join('\n');
    assert.equal(looksLikeExchangeDump(text), false);
  });

  it('two characteristic names in fewer than three property lines', () => {
    assert.equal(looksLikeExchangeDump('RequireTLS : True\nIgnoreSTARTTLS : False\n'), false);
  });

  it('many property lines but a single characteristic name', () => {
    const text = fl([
      ['Name', 'x'],
      ['Enabled', 'True'],
      ['RequireTLS', 'True'],
      ['Port', '25'],
      ['Comment', ''],
    ]);
    assert.equal(looksLikeExchangeDump(text), false);
  });

  it('a repeated name counts once', () => {
    const text = fl(
      [
        ['RequireTLS', 'True'],
        ['Port', '25'],
      ],
      [
        ['RequireTLS', 'False'],
        ['Port', '587'],
      ],
    );
    assert.equal(looksLikeExchangeDump(text), false);
  });

  it(`reads only the first ${SNIFF_MAX_LINES} lines`, () => {
    const dump = 'AddressSpaces  : {SMTP:*;1}\r\nSmartHosts     : {}\r\nIgnoreSTARTTLS : False\r\n';
    assert.equal(looksLikeExchangeDump('\r\n'.repeat(SNIFF_MAX_LINES - 3) + dump), true);
    assert.equal(looksLikeExchangeDump('\r\n'.repeat(SNIFF_MAX_LINES) + dump), false);
    assert.equal(sniffExchangeDump('\r\n'.repeat(SNIFF_MAX_LINES) + dump).charsRead, 2 * SNIFF_MAX_LINES);
  });

  it(`reads only the first ${SNIFF_MAX_CHARS / 1024} KB (one huge line is not scanned whole)`, () => {
    const dump = 'AddressSpaces  : {SMTP:*;1}\nSmartHosts     : {}\nIgnoreSTARTTLS : False\n';
    assert.equal(looksLikeExchangeDump('x'.repeat(SNIFF_MAX_CHARS - 200) + '\n' + dump), true);
    assert.equal(looksLikeExchangeDump('x'.repeat(SNIFF_MAX_CHARS) + '\n' + dump), false);
    // A 50 MB single line is rejected after reading its first 64 KB, not scanned whole (the figure: npm run bench).
    const huge = sniffExchangeDump('y'.repeat(50 * 1024 * 1024));
    assert.equal(huge.isDump, false);
    assert.equal(huge.charsRead, SNIFF_MAX_CHARS);
    assert.equal(sniffExchangeDump('\ufeff' + 'y'.repeat(SNIFF_MAX_CHARS * 2)).charsRead, SNIFF_MAX_CHARS);
  });

  it('XML exports of the same objects are not Format-List dumps', () => {
    const xml =
      '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">\n' +
      '  <Obj RefId="0"><Props><B N="RequireTLS">false</B><B N="IgnoreSTARTTLS">false</B></Props></Obj>\n</Objs>\n';
    assert.equal(looksLikeExchangeDump(xml), false);
  });
});

describe('dump sniffer: pastes (the engine reads the same ones: test/unit/pastes.test.ts)', () => {
  it('quoted, indented and double-spaced dumps', () => {
    assert.equal(looksLikeExchangeDump('> RequireTLS     : True\n> IgnoreSTARTTLS : False\n> Port           : 25\n'), true);
    assert.equal(
      looksLikeExchangeDump('Our connector:\n\n    AuthMechanism    : Tls\n    PermissionGroups : AnonymousUsers\n    Enabled          : True\n'),
      true,
    );
    assert.equal(looksLikeExchangeDump('Name           : Internet\n\nAddressSpaces  : {SMTP:*;1}\n\nIgnoreSTARTTLS : True\n'), true);
  });

  it('two lines of one object (colons lined up), or one under a pasted command line', () => {
    assert.equal(looksLikeExchangeDump('RequireTLS     : True\nIgnoreSTARTTLS : False\n'), true);
    assert.equal(looksLikeExchangeDump('[PS] C:\\Windows\\system32>Get-ReceiveConnector "Default EX01" | fl Name\n\nName : Default EX01\n'), true);
    assert.equal(looksLikeExchangeDump('Get-SendConnector | fl Name\n\nName : Internet\n'), true);
  });

  it('table headers of the objects this linter reads', () => {
    assert.equal(
      looksLikeExchangeDump('Thumbprint                                Services   Subject\n----------                                --------   -------\n'),
      true,
    );
    assert.equal(looksLikeExchangeDump('Identity          Bindings                Enabled\n--------          --------                -------\n'), true);
  });

  it('event text is claimed: the engine reads it (issue 9), so it opens in the dump language', () => {
    const event = 'Log Name:      Application\nSource:        MSExchangeTransport\nEvent ID:      12014\nLevel:         Error\n';
    assert.equal(looksLikeExchangeDump(event), true);
  });
  it('not: a command line of another cmdlet, a table of another cmdlet, evidence of another kind', () => {
    assert.equal(looksLikeExchangeDump('PS C:\\> Get-Service MSExchangeTransport | fl Name\n\nName : MSExchangeTransport\n'), false);
    assert.equal(looksLikeExchangeDump('Name   ID State   PhysicalPath Bindings\n----   -- -----   ------------ --------\n'), false);
    const monitoring = 'CRITICAL - connector Internet\nRequireTLS     : False\nIgnoreSTARTTLS : True\nTlsAuthLevel   :\n';
    assert.equal(looksLikeExchangeDump(monitoring), false);
    assert.equal(
      looksLikeExchangeDump('Exchange Health Checker version 24.05.06.1510\n\nRequireTLS     : False\nIgnoreSTARTTLS : True\nTlsAuthLevel   :\n'),
      false,
    );
  });
});
