// Clean dumps of every Exchange version give no findings. test/fixtures/versions/ holds real-shaped Format-List dumps
// (Exchange 2007 SP3 to 2019 Edge and Exchange Online; each with a .source note naming what its shape is taken
// from): CRLF, one of them UTF-16 LE as Out-File writes it, long values wrapped or cut at the console edge, lists cut
// by $FormatEnumerationLimit, several date cultures. Each is linted at an instant of its own era.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, decodeBytes, type Diagnostic } from '../../server/src/service';
import type { ObjectsFile } from '../../server/src/service/document';
import type { ObjectKind } from '../../server/src/service/catalogue/types';
import { parseByteSize } from '../../server/src/service/values/byteSize';

const service = createLanguageService();
const DIR = join(__dirname, '..', 'fixtures', 'versions');

interface Case {
  file: string;
  /** The instant the dump is linted at (its era: certificates in it are valid then). */
  now: string;
  /** Kind and name (Name, else Thumbprint) of every object, in file order. */
  objects: [ObjectKind, string][];
  /** Findings the dump must give: [rule, 1-based line]. Justified in the fixture's .source note. */
  expected?: [string, number][];
}

const CASES: Case[] = [
  {
    file: 'exchange2007-sp3-get-sendconnector-fl.txt',
    now: '2011-06-01T00:00:00Z',
    objects: [
      ['send-connector', 'Internet'],
      ['send-connector', 'Relay via ISP'],
      ['send-connector', 'Notes Gateway'],
    ],
  },
  {
    file: 'exchange2007-sp3-get-receiveconnector-fl.txt',
    now: '2011-06-01T00:00:00Z',
    objects: [
      ['receive-connector', 'Default EX2007'],
      ['receive-connector', 'Client EX2007'],
    ],
  },
  {
    file: 'exchange2010-sp3-get-sendconnector-fl.txt',
    now: '2014-03-01T00:00:00Z',
    objects: [
      ['send-connector', 'Internet'],
      ['send-connector', 'Outbound to Office 365'],
      ['send-connector', 'EdgeSync - Default-First-Site-Name to Internet'],
      ['send-connector', 'EdgeSync - Inbound to Default-First-Site-Name'],
      ['send-connector', 'Scanners via hygiene appliance'],
    ],
    // A send connector linked to a receive connector has no address spaces by design.
  },
  {
    file: 'exchange2010-sp3-get-receiveconnector-fl-utf16.txt',
    now: '2014-03-01T00:00:00Z',
    objects: [
      ['receive-connector', 'Default EX2010'],
      ['receive-connector', 'Client EX2010'],
      ['receive-connector', 'Relay - Scanners'],
    ],
  },
  {
    file: 'exchange2010-sp3-get-exchangecertificate-fl.txt',
    now: '2014-03-01T00:00:00Z',
    objects: [
      ['exchange-certificate', '8E1F4A6B2C9D3E7F0A5B1C6D2E8F4A0B3C7D9E15'],
      ['exchange-certificate', '0F4E2D1C3B5A69788796A5B4C3D2E1F00F1E2D3C'],
    ],
  },
  {
    file: 'exchange2010-sp3-get-exchangecertificate-fl-star.txt',
    now: '2014-03-01T00:00:00Z',
    objects: [['exchange-certificate', '0F4E2D1C3B5A69788796A5B4C3D2E1F00F1E2D3C']],
    // RawData of every certificate is longer than $FormatEnumerationLimit.
  },
  {
    file: 'exchange2013-cu23-get-sendconnector-fl.txt',
    now: '2019-05-01T00:00:00Z',
    objects: [
      ['send-connector', 'Internet'],
      ['send-connector', 'Smarthost EOP'],
    ],
  },
  {
    file: 'exchange2013-cu23-get-receiveconnector-fl.txt',
    now: '2019-05-01T00:00:00Z',
    objects: [
      ['receive-connector', 'Default EX2013A'],
      ['receive-connector', 'Client Proxy EX2013A'],
      ['receive-connector', 'Default Frontend EX2013A'],
      ['receive-connector', 'Outbound Proxy Frontend EX2013A'],
      ['receive-connector', 'Client Frontend EX2013A'],
      ['receive-connector', 'Relay - Printers'],
    ],
  },
  {
    file: 'exchange2016-cu23-get-sendconnector-fl.txt',
    now: '2022-02-01T00:00:00Z',
    objects: [
      ['send-connector', 'Outbound to Office 365 - 6f1cdb1e-1c1f-4d7b-8d3e-2b9d43c1a0f2'],
      ['send-connector', 'Internet'],
    ],
  },
  {
    file: 'exchange2016-cu23-get-receiveconnector-fl.txt',
    now: '2022-02-01T00:00:00Z',
    objects: [
      ['receive-connector', 'Default Frontend EX2016A'],
      ['receive-connector', 'Relay - Application Servers'],
    ],
    // The relay connector's RemoteIPRanges really is cut at 16 items: the information is right.
    expected: [['truncated-list', 122]],
  },
  {
    file: 'exchange2016-cu23-get-exchangecertificate-fl.txt',
    now: '2022-09-01T00:00:00Z',
    objects: [
      ['exchange-certificate', '5D3C2B1A09F8E7D6C5B4A39281706F5E4D3C2B1A'],
      ['exchange-certificate', 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678'],
      ['exchange-certificate', 'C9D8E7F6A5B4C3D2E1F00F1E2D3C4B5A69788796'],
    ],
    // AccessRules cut at the console edge (the real win-acme/win-acme#2191 line): only type names are lost.
  },
  {
    file: 'exchange2016-cu23-get-exchangecertificate-fl-star.txt',
    now: '2022-09-01T00:00:00Z',
    objects: [['exchange-certificate', '5D3C2B1A09F8E7D6C5B4A39281706F5E4D3C2B1A']],
    // Extensions (cut at 4) and RawData (cut at 16) are lists of .NET type names and bytes.
  },
  {
    file: 'exchange2019-edge-get-receiveconnector-fl-width80.txt',
    now: '2024-01-15T00:00:00Z',
    objects: [['receive-connector', 'Default internal receive connector EDGE01']],
  },
  {
    file: 'exchange2019-edge-get-sendconnector-fl-width80.txt',
    now: '2024-01-15T00:00:00Z',
    objects: [
      ['send-connector', 'EdgeSync - Default-First-Site-Name to Internet'],
      ['send-connector', 'EdgeSync - Inbound to Default-First-Site-Name'],
    ],
  },
  {
    file: 'exchange-online-get-outboundconnector-fl.txt',
    now: '2024-06-01T00:00:00Z',
    objects: [
      ['outbound-connector', 'Outbound to 6f1cdb1e-1c1f-4d7b-8d3e-2b9d43c1a0f2'],
      ['outbound-connector', 'Fabrikam forced TLS'],
      ['outbound-connector', 'Relay to archiving appliance'],
      ['outbound-connector', 'Opportunistic to Tailspin'],
    ],
  },
  {
    file: 'exchange-online-get-inboundconnector-fl.txt',
    now: '2024-06-01T00:00:00Z',
    objects: [
      ['inbound-connector', 'Inbound from 6f1cdb1e-1c1f-4d7b-8d3e-2b9d43c1a0f2'],
      ['inbound-connector', 'Partner - Wingtip via gateway'],
      ['inbound-connector', 'Partner - Fabrikam certificate'],
    ],
  },
];

function read(file: string): string {
  return decodeBytes(readFileSync(join(DIR, file))).text;
}

function analyzed(file: string): ObjectsFile {
  const f = service.analyze({ uri: join(DIR, file), text: read(file) }) as ObjectsFile;
  assert.equal(f.kind, 'format-list', file);
  return f;
}

function key(d: Diagnostic): string {
  return `${d.code}@${d.range.start.line + 1}`;
}

describe('clean Format-List dumps of every Exchange version', () => {
  for (const c of CASES) {
    describe(c.file, () => {
      it('every object is of the right kind', () => {
        const f = analyzed(c.file);
        const got = f.objects.map((o) => [o.kind, (o.byName.get('name') ?? o.byName.get('thumbprint'))?.text]);
        assert.deepEqual(got, c.objects);
      });

      it('the catalogue knows every property name in it', () => {
        const f = analyzed(c.file);
        const unknown = f.objects.flatMap((o) => o.properties.filter((p) => !p.def).map((p) => `${o.kind}.${p.name}`));
        assert.deepEqual(unknown, []);
      });

      it('gives no finding but the justified ones', () => {
        const diags = service.validate({ uri: join(DIR, c.file), text: read(c.file) }, { now: new Date(c.now) });
        const got = diags.map(key);
        assert.deepEqual(
          got,
          (c.expected ?? []).map(([code, line]) => `${code}@${line}`),
          diags.map((d) => `${key(d)} ${d.message}`).join('\n'),
        );
      });
    });
  }
});

describe('what the version-specific renderings read as', () => {
  const prop = (file: string, object: number, name: string) => {
    const p = analyzed(file).objects[object].byName.get(name.toLowerCase());
    assert.ok(p, `${file} #${object} ${name}`);
    return p;
  };

  it('Exchange 2007 sizes ("10MB", "64KB") and lower-case "unlimited"', () => {
    assert.deepEqual(parseByteSize(prop('exchange2007-sp3-get-receiveconnector-fl.txt', 0, 'MaxMessageSize').text), { value: { bytes: 10485760 } });
    assert.deepEqual(parseByteSize(prop('exchange2007-sp3-get-receiveconnector-fl.txt', 0, 'MaxHeaderSize').text), { value: { bytes: 65536 } });
    assert.equal(prop('exchange2007-sp3-get-sendconnector-fl.txt', 1, 'MaxMessageSize').text, 'unlimited');
    assert.equal(prop('exchange2007-sp3-get-receiveconnector-fl.txt', 0, 'MessageRateLimit').text, 'unlimited');
  });

  it('Exchange 2010 ErrorPolicies with DowngradeAuthFailures is a known value', () => {
    const p = prop('exchange2010-sp3-get-sendconnector-fl.txt', 1, 'ErrorPolicies');
    assert.equal(p.text, 'DowngradeAuthFailures, DowngradeDnsFailures');
    assert.equal(p.def?.type.kind, 'flags');
  });

  it('UTF-16 LE with BOM (Out-File) is read as text, IPv6 ranges included', () => {
    const bytes = readFileSync(join(DIR, 'exchange2010-sp3-get-receiveconnector-fl-utf16.txt'));
    assert.deepEqual([bytes[0], bytes[1]], [0xff, 0xfe]);
    assert.equal(decodeBytes(bytes).encoding, 'utf-16le');
    assert.deepEqual(
      prop('exchange2010-sp3-get-receiveconnector-fl-utf16.txt', 0, 'RemoteIPRanges').list?.map((i) => i.text),
      ['::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '0.0.0.0-255.255.255.255'],
    );
  });

  it('a value cut in the middle of a token at an 80-column console is joined without a space', () => {
    const f = 'exchange2019-edge-get-receiveconnector-fl-width80.txt';
    assert.deepEqual(
      prop(f, 0, 'RemoteIPRanges').list?.map((i) => i.text),
      ['::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '0.0.0.0-255.255.255.255'],
    );
    assert.match(
      prop(f, 0, 'DistinguishedName').text,
      /^CN=Default internal receive connector EDGE01,CN=SMTP Receive Connectors,CN=Protocols,CN=EDGE01,CN=Servers,CN=Exchange Administrative Group \(FYDIBOHF23SPDLT\),/,
    );
  });

  it('a list cut by $FormatEnumerationLimit over several wrapped lines keeps its 16 items', () => {
    const p = prop('exchange2016-cu23-get-receiveconnector-fl.txt', 1, 'RemoteIPRanges');
    assert.equal(p.truncated, true);
    assert.equal(p.list?.length, 16);
    assert.equal(p.list?.[15].text, '10.20.30.55');
  });

  it('certificate dates in en-CA and en-US, and Exchange Online dates in d.M.yyyy', () => {
    const ca = analyzed('exchange2016-cu23-get-exchangecertificate-fl.txt');
    assert.equal(ca.objects[0].certificate?.notAfter?.value.toISOString(), '2022-11-20T09:27:45.000Z');
    const us = analyzed('exchange2010-sp3-get-exchangecertificate-fl.txt');
    assert.equal(us.objects[1].certificate?.notAfter?.value.toISOString(), '2016-06-20T15:14:58.000Z');
    assert.equal(analyzed('exchange-online-get-outboundconnector-fl.txt').dateOrder, 'dmy');
  });

  it('Exchange Online: SenderDomains "smtp:*;1", CIDR and IPv6 smart hosts, a multi-line Comment', () => {
    assert.deepEqual(
      prop('exchange-online-get-inboundconnector-fl.txt', 0, 'SenderDomains').list?.map((i) => i.text),
      ['smtp:*;1'],
    );
    assert.deepEqual(
      prop('exchange-online-get-outboundconnector-fl.txt', 2, 'SmartHosts').list?.map((i) => i.text),
      ['203.0.113.0/28', '2001:db8:44::25'],
    );
    assert.equal(prop('exchange-online-get-outboundconnector-fl.txt', 2, 'Comment').text, 'Journal copies to the archiving appliance.\nOwner: messaging team');
    assert.equal(prop('exchange-online-get-outboundconnector-fl.txt', 0, 'TlsSettings').text, 'DomainValidation');
    assert.equal(prop('exchange-online-get-outboundconnector-fl.txt', 3, 'TlsSettings').empty, true);
  });
});
