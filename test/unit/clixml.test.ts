// Export-Clixml reader: the real Exchange 2019 exports from CSS-Exchange (what each must report, and where),
// Ref/TNRef resolution, enums with their numbers, encodings, broken files, and the value mapping of each
// CLIXML element. Every rule runs unchanged on the objects the reader builds.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, decodeBytes, type Diagnostic } from '../../server/src/service';
import { propertyDef } from '../../server/src/service/catalogue';
import { readClixml } from '../../server/src/service/clixml/read';
import { durationToTimeSpan } from '../../server/src/service/clixml/duration';
import { decodeXmlConvert } from '../../server/src/service/clixml/xmlConvert';
import { isObjectsFile, type ObjectsFile } from '../../server/src/service/document';
import { property, type ExchangeObject, type PropertyValue } from '../../server/src/service/objects/model';
import { LineIndex } from '../../server/src/service/text/lineIndex';

const service = createLanguageService();
const REAL = join(__dirname, '..', 'fixtures', 'css-exchange');
const OURS = join(__dirname, '..', 'fixtures', 'clixml');
/** Before the Auth certificate expires (2024-11-06 22:47:32 UTC): it is 17 days from expiry. */
const OCT_2024 = new Date('2024-10-20T00:00:00Z');
/** After the Auth certificate (2024-11-06) and Solo-E19A (2024-12-03) expired. */
const JAN_2025 = new Date('2025-01-15T12:00:00Z');

/** The file as an editor gets it: UTF-8 with its BOM kept (offsets count it). */
function real(name: string): string {
  return readFileSync(join(REAL, name), 'utf8');
}

function ours(name: string): string {
  return readFileSync(join(OURS, name), 'utf8');
}

function lint(text: string, now: Date, uri = 'export.xml'): Diagnostic[] {
  return service.validate({ uri, text }, { now });
}

function analyzed(text: string, uri = 'export.xml'): ObjectsFile {
  const file = service.analyze({ uri, text });
  assert.ok(isObjectsFile(file), `expected an objects file, got ${file.kind}`);
  assert.equal(file.kind, 'clixml');
  return file;
}

function prop(obj: ExchangeObject, name: string): PropertyValue {
  const p = property(obj, name);
  assert.ok(p, `${name} is missing`);
  return p;
}

/** code@line (0-based) of each diagnostic, in the order the linter gives them. */
function found(diags: Diagnostic[]): string[] {
  return diags.map((d) => `${d.code}@${d.range.start.line}`);
}

/** 0-based line of the first line containing `needle` (to cross-check the hard-coded lines below). */
function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `${needle} not found`);
  return text.slice(0, at).split('\n').length - 1;
}

describe('GetSendConnector.xml (real Exchange 2019 export, one connector to Microsoft 365)', () => {
  const text = real('GetSendConnector.xml');

  it('reads one send connector, "Mail to O365", with every property of the export', () => {
    const file = analyzed(text);
    assert.equal(file.objects.length, 1);
    const obj = file.objects[0];
    assert.equal(obj.kind, 'send-connector');
    assert.equal(obj.format, 'clixml');
    assert.equal(prop(obj, 'Name').text, 'Mail to O365');
    // 54 <Props> properties plus 4 <MS> members (PSComputerName, RunspaceId, PSShowComputerName, SerializationData).
    assert.equal(obj.properties.length, 58);
    assert.deepEqual(obj.range, { start: { line: 1, character: 2 }, end: { line: 435, character: 8 } });
    // Every property is one the catalogue knows.
    assert.deepEqual(
      obj.properties.filter((p) => !p.def).map((p) => p.name),
      [],
    );
  });

  it("reads the M365 connector's TLS settings exactly: no TlsAuthLevel, no TlsDomain, RequireTLS False", () => {
    const obj = analyzed(text).objects[0];
    assert.equal(prop(obj, 'TlsAuthLevel').empty, true); // <Nil N="TlsAuthLevel" />
    assert.equal(prop(obj, 'TlsDomain').empty, true);
    assert.equal(prop(obj, 'RequireTLS').text, 'False');
    assert.equal(prop(obj, 'IgnoreSTARTTLS').text, 'False');
    assert.equal(prop(obj, 'CloudServicesMailEnabled').text, 'True');
    assert.equal(prop(obj, 'DNSRoutingEnabled').text, 'False');
    assert.equal(prop(obj, 'TlsCertificateName').text, '<I>CN=localhost<S>CN=localhost');
    assert.deepEqual(
      prop(obj, 'SmartHosts').list?.map((i) => i.text),
      ['microsoft-com.mail.protection.outlook.com'],
    );
    assert.equal(prop(obj, 'SmartHosts').text, '{microsoft-com.mail.protection.outlook.com}');
    assert.deepEqual(
      prop(obj, 'AddressSpaces').list?.map((i) => i.text),
      ['SMTP:*;1'],
    );
    assert.equal(prop(obj, 'ConnectionInactivityTimeOut').text, '00:10:00');
    assert.equal(prop(obj, 'MaxMessageSize').text, '35 MB (36,700,160 bytes)');
    assert.equal(prop(obj, 'SmartHostAuthMechanism').text, 'None');
    assert.equal(prop(obj, 'SmartHostAuthMechanism').number, 0);
    assert.equal(prop(obj, 'ConnectedDomains').text, '{}');
    assert.deepEqual(prop(obj, 'ConnectedDomains').list, []);
    assert.equal(prop(obj, 'ObjectClass').text, '{top, msExchConnector, mailGateway, msExchRoutingSMTPConnector}');
    assert.equal(prop(obj, 'WhenChangedUTC').text, '2022-03-23T17:00:30Z');
  });

  it('reports office365-connector-tls on "Mail to O365": RequireTLS False and no TlsAuthLevel (HealthChecker\'s EXO TLS advice)', () => {
    const d = lint(text, JAN_2025);
    assert.deepEqual(found(d), ['office365-connector-tls@116']);
    assert.equal(d[0].messageId, 'notRequired');
    assert.equal(
      d[0].fixes?.[0].command,
      'Set-SendConnector -Identity "Mail to O365" -RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain mail.protection.outlook.com',
    );
  });

  it('puts ranges on the element: <B N="IgnoreSTARTTLS">false</B> is line 98', () => {
    const obj = analyzed(text).objects[0];
    const p = prop(obj, 'IgnoreSTARTTLS');
    assert.equal(lineOf(text, '<B N="IgnoreSTARTTLS">'), 98);
    assert.deepEqual(p.nameRange, { start: { line: 98, character: 12 }, end: { line: 98, character: 26 } });
    assert.deepEqual(p.valueRange, { start: { line: 98, character: 28 }, end: { line: 98, character: 33 } });
    // An enum: the value is its <ToString> (line 136, "None"), the name is on the <Obj N=...> line 129.
    const mech = prop(obj, 'SmartHostAuthMechanism');
    assert.equal(mech.nameRange.start.line, 129);
    assert.deepEqual(mech.valueRange, { start: { line: 136, character: 18 }, end: { line: 136, character: 22 } });
    // A <Nil>: the whole element.
    assert.deepEqual(prop(obj, 'TlsDomain').valueRange, { start: { line: 16, character: 6 }, end: { line: 16, character: 27 } });
    // A collection: the whole <Obj> (lines 28-69); its item on the item's <ToString> (line 40).
    const hosts = prop(obj, 'SmartHosts');
    assert.equal(hosts.valueRange.start.line, 28);
    assert.equal(hosts.valueRange.end.line, 69);
    assert.equal(hosts.list?.[0].range.start.line, 40);
  });

  it('a diagnostic lands on the <B N="IgnoreSTARTTLS"> element that is wrong', () => {
    const bad = text.replace('<B N="IgnoreSTARTTLS">false</B>', '<B N="IgnoreSTARTTLS">true</B>');
    const diags = lint(bad, JAN_2025);
    assert.deepEqual(found(diags), ['ignore-starttls@98', 'office365-connector-tls@116']);
    assert.deepEqual(diags[0].range, { start: { line: 98, character: 28 }, end: { line: 98, character: 32 } });
    assert.equal(diags[0].messageId, 'ignoring');
    assert.match(diags[0].message, /"Mail to O365"/);
  });

  it('resolves <Ref>s to the earlier <Obj RefId>, ranged on the <Ref> itself', () => {
    const obj = analyzed(text).objects[0];
    // <Ref N="SourceIPAddress" RefId="4" /> (line 142) → the IPAddress inside the SmartHost item.
    const ip = prop(obj, 'SourceIPAddress');
    assert.equal(ip.text, '0.0.0.0');
    assert.deepEqual(ip.valueRange, { start: { line: 142, character: 6 }, end: { line: 142, character: 43 } });
    // <Ref N="Id" RefId="21" /> (line 415) → the Identity ADObjectId.
    assert.equal(prop(obj, 'Id').text, 'Mail to O365');
    assert.equal(prop(obj, 'Id').valueRange.start.line, 415);
  });
});

describe('GetReceiveConnector.xml (real export, 314 KB, five default connectors)', () => {
  const text = real('GetReceiveConnector.xml');
  const NAMES = [
    'Default WIN-CTD3L0RGEN4',
    'Client Proxy WIN-CTD3L0RGEN4',
    'Default Frontend WIN-CTD3L0RGEN4',
    'Outbound Proxy Frontend WIN-CTD3L0RGEN4',
    'Client Frontend WIN-CTD3L0RGEN4',
  ];

  it('reads five receive connectors with their enum numbers', () => {
    const objs = analyzed(text).objects;
    assert.deepEqual(
      objs.map((o) => o.kind),
      Array(5).fill('receive-connector'),
    );
    assert.deepEqual(
      objs.map((o) => prop(o, 'Name').text),
      NAMES,
    );
    assert.deepEqual(
      objs.map((o) => o.range.start.line),
      [1, 561, 1011, 1490, 1939],
    );
    assert.deepEqual(
      objs.map((o) => prop(o, 'AuthMechanism').number),
      [31, 31, 31, 31, 15],
    );
    assert.equal(prop(objs[0], 'AuthMechanism').text, 'Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer');
    assert.deepEqual(
      objs.map((o) => prop(o, 'PermissionGroups').number),
      [14, 6, 13, 4, 2],
    );
    assert.equal(prop(objs[2], 'PermissionGroups').text, 'AnonymousUsers, ExchangeServers, ExchangeLegacyServers');
    assert.deepEqual(
      objs.map((o) => prop(o, 'TransportRole').text),
      ['HubTransport', 'HubTransport', 'FrontendTransport', 'FrontendTransport', 'FrontendTransport'],
    );
    assert.deepEqual(
      prop(objs[0], 'Bindings').list?.map((i) => i.text),
      ['0.0.0.0:2525', '[::]:2525'],
    );
    assert.deepEqual(
      prop(objs[4], 'RemoteIPRanges').list?.map((i) => i.text),
      ['::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '0.0.0.0-255.255.255.255'],
    );
    assert.equal(prop(objs[4], 'MaxHeaderSize').text, '256 KB (262,144 bytes)');
    for (const o of objs)
      assert.deepEqual(
        o.properties.filter((p) => !p.def).map((p) => p.name),
        [],
      );
    // <Ref N="OrganizationId" RefId="34" /> in connectors 2-5 points into connector 1.
    assert.equal(prop(objs[1], 'OrganizationId').valueRange.start.line, 994);
  });

  it('reports nothing: every connector offers Tls, and BasicAuth always comes with BasicAuthRequireTLS; the only anonymous connector is the default frontend', () => {
    assert.deepEqual(found(lint(text, JAN_2025)), []);
  });

  it('a connector without Tls and with BasicAuth before TLS gets both findings on its AuthMechanism line (1945)', () => {
    const from = '<ToString>Tls, Integrated, BasicAuth, BasicAuthRequireTLS</ToString>\n        <I32>15</I32>';
    assert.equal(text.split(from).length, 2, 'Client Frontend is the only connector with AuthMechanism 15');
    const bad = text.replace(from, '<ToString>Integrated, BasicAuth</ToString>\n        <I32>6</I32>');
    const diags = lint(bad, JAN_2025);
    assert.equal(lineOf(text, from), 1945);
    assert.deepEqual(found(diags).sort(), ['basic-auth-cleartext@1945', 'starttls-not-offered@1945']);
    for (const d of diags) assert.match(d.message, /"Client Frontend WIN-CTD3L0RGEN4"/);
  });

  // The time it takes is a figure in npm run bench.
  it('reads the 314 KB export into its five connectors', () => {
    assert.equal(readClixml(text, new LineIndex(text)).objects.length, 5);
  });
});

describe('GetExchangeCertificate.xml (real export: RawData + ToString only)', () => {
  const text = real('GetExchangeCertificate.xml');

  it('reads three certificates, with Subject/Issuer/SerialNumber/NotBefore/NotAfter/Thumbprint from the ToString sections', () => {
    const objs = analyzed(text).objects;
    assert.deepEqual(
      objs.map((o) => o.kind),
      ['exchange-certificate', 'exchange-certificate', 'exchange-certificate'],
    );
    assert.deepEqual(
      objs.map((o) => prop(o, 'Subject').text),
      ['CN=Microsoft Exchange Server Auth Certificate', 'CN=Solo-E19A', 'CN=WMSvc-WIN-K300A9DA9VA'],
    );
    assert.deepEqual(
      objs.map((o) => prop(o, 'Thumbprint').text),
      ['C3EDCF181EF4F9B53D01768ECA99564014BCA6E7', '6C7DE09FB39A40144F57EFEBC3DF0148E3A9AB28', '38247AD2B76244411748274C508D13446311830B'],
    );
    const auth = objs[0];
    assert.equal(prop(auth, 'Issuer').text, 'CN=Microsoft Exchange Server Auth Certificate');
    assert.equal(prop(auth, 'SerialNumber').text, '22AEC57F54869DBD4B2AC9FA4C14AB89');
    assert.equal(prop(auth, 'NotBefore').text, '12/03/2019 14:47:32');
    assert.equal(prop(auth, 'NotAfter').text, '11/06/2024 14:47:32');
    // Ranges point into the ToString (line 8): the value, and the section title.
    const line8 = text.split('\n')[8];
    const na = prop(auth, 'NotAfter');
    assert.equal(na.valueRange.start.line, 8);
    assert.equal(line8.slice(na.valueRange.start.character, na.valueRange.end.character), '11/06/2024 14:47:32');
    assert.equal(line8.slice(na.nameRange.start.character, na.nameRange.end.character), 'Not After');
    assert.equal(
      line8.slice(prop(auth, 'Thumbprint').valueRange.start.character, prop(auth, 'Thumbprint').valueRange.end.character),
      'C3EDCF181EF4F9B53D01768ECA99564014BCA6E7',
    );
    // RawData is kept (the certificate rules decode it); in file order the ToString properties come first.
    assert.equal(prop(auth, 'RawData').valueRange.start.line, 10);
    assert.deepEqual(auth.properties.map((p) => p.name).slice(0, 7), ['Subject', 'Issuer', 'SerialNumber', 'NotBefore', 'NotAfter', 'Thumbprint', 'RawData']);
  });

  it('on 2024-10-20: the Auth certificate expires within 30 days, and it and Solo-E19A are signed with SHA-1', () => {
    const diags = lint(text, OCT_2024);
    assert.deepEqual(found(diags), ['certificate-expiring@8', 'certificate-weak-signature@10', 'certificate-weak-signature@23']);
    assert.deepEqual(
      diags.map((d) => [d.messageId, d.severity]),
      [
        ['expiringAuth', 'warning'],
        // Both are self-signed: nothing validates their signature, so the finding is information.
        ['weakSelfSigned', 'information'],
        ['weakSelfSigned', 'information'],
      ],
    );
    // The Auth certificate is renewed through Set-AuthConfig, staged ahead of time; never enabled for SMTP.
    const stage = diags[0].fixes?.[0].command ?? '';
    assert.match(stage, /^\$c = New-ExchangeCertificate .*-SubjectName "cn=Microsoft Exchange Server Auth Certificate"/);
    assert.match(stage, /Set-AuthConfig -NewCertificateThumbprint \$c\.Thumbprint -NewCertificateEffectiveDate \(Get-Date\)\.AddHours\(48\)$/);
    for (const d of diags) for (const f of d.fixes ?? []) assert.doesNotMatch(f.command ?? '', /Enable-ExchangeCertificate/);
  });

  it('on 2025-01-15: the Auth certificate (2024-11-06) and Solo-E19A (2024-12-03) have expired; WMSvc (SHA-256, 2029) is clean', () => {
    const diags = lint(text, JAN_2025);
    assert.deepEqual(found(diags), ['certificate-expired@8', 'certificate-weak-signature@10', 'certificate-expired@21', 'certificate-weak-signature@23']);
    assert.deepEqual(
      diags.map((d) => [d.messageId, d.severity]),
      [
        ['expiredAuth', 'error'],
        ['weakSelfSigned', 'information'],
        ['expired', 'error'],
        ['weakSelfSigned', 'information'],
      ],
    );
    assert.match(
      diags[0].fixes?.[0].command ?? '',
      /Set-AuthConfig -NewCertificateThumbprint \$c\.Thumbprint -NewCertificateEffectiveDate \(Get-Date\); Set-AuthConfig -PublishCertificate; Set-AuthConfig -ClearPreviousCertificate$/,
    );
    // Solo-E19A is Exchange's own self-signed certificate: the documented renewal pipes it into New-ExchangeCertificate.
    assert.deepEqual(
      diags[2].fixes?.map((f) => f.command),
      ['Get-ExchangeCertificate -Thumbprint 6C7DE09FB39A40144F57EFEBC3DF0148E3A9AB28 | New-ExchangeCertificate'],
    );
    // The expiry lands on the "[Not After]" value inside the ToString.
    const line8 = text.split('\n')[8];
    assert.equal(line8.slice(diags[0].range.start.character, diags[0].range.end.character), '11/06/2024 14:47:32');
  });
});

describe('GetInternalTransportCertificateFromServer.xml (real export: a bare X509Certificate2)', () => {
  const text = real('GetInternalTransportCertificateFromServer.xml');

  it('is read as a certificate (SHA-256, valid 2022-12-30 to 2027-12-30): nothing to report in 2025', () => {
    const objs = analyzed(text).objects;
    assert.equal(objs.length, 1);
    assert.equal(objs[0].kind, 'exchange-certificate');
    assert.equal(prop(objs[0], 'Subject').text, 'CN=E2k16-1');
    assert.equal(prop(objs[0], 'NotAfter').text, '12/30/2027 2:39:08 PM');
    assert.deepEqual(found(lint(text, JAN_2025)), []);
  });

  it('is reported expired after 2027-12-30', () => {
    assert.deepEqual(found(lint(text, new Date('2028-01-10T00:00:00Z'))), ['certificate-expired@7']);
  });
});

describe('encodings', () => {
  const files = ['GetSendConnector.xml', 'GetReceiveConnector.xml', 'GetExchangeCertificate.xml', 'GetInternalTransportCertificateFromServer.xml'];
  for (const name of files) {
    it(`${name} as UTF-16 LE (with BOM) gives the same findings as UTF-8`, () => {
      const bytes = readFileSync(join(REAL, name));
      const utf8 = decodeBytes(bytes);
      assert.equal(utf8.encoding, 'utf-8-bom');
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8.text, 'utf16le')]);
      const utf16 = decodeBytes(le);
      assert.equal(utf16.encoding, 'utf-16le');
      assert.equal(utf16.text, utf8.text);
      for (const now of [OCT_2024, JAN_2025]) {
        const a = lint(utf8.text, now);
        assert.deepEqual(lint(utf16.text, now), a);
        // The editor's text keeps the BOM: the same findings on the same lines.
        assert.deepEqual(found(lint(real(name), now)), found(a));
      }
    });
  }
  it('offsets count a leading BOM: the same columns with and without it', () => {
    const withBom = real('GetSendConnector.xml');
    assert.equal(withBom.charCodeAt(0), 0xfeff);
    const a = prop(analyzed(withBom).objects[0], 'IgnoreSTARTTLS').valueRange;
    const b = prop(analyzed(withBom.slice(1)).objects[0], 'IgnoreSTARTTLS').valueRange;
    assert.deepEqual(a, b); // line 98 does not move
    const first = readClixml(withBom, new LineIndex(withBom)).objects[0].range;
    const second = readClixml(withBom.slice(1), new LineIndex(withBom.slice(1))).objects[0].range;
    assert.deepEqual(first, second); // <Obj> on line 1 starts at column 2 either way
  });
});

describe('Ref, TNRef and Deserialized type names (send-connectors-refs.xml)', () => {
  const text = ours('send-connectors-refs.xml');

  it('knows both connectors: the first from Deserialized.…SmtpSendConnectorConfig, the second through <TNRef RefId="0">', () => {
    const objs = analyzed(text).objects;
    assert.deepEqual(
      objs.map((o) => o.kind),
      ['send-connector', 'send-connector'],
    );
    assert.deepEqual(
      objs.map((o) => prop(o, 'Name').text),
      ['Relay via ISP', 'Partner TLS'],
    );
  });

  it('resolves <Ref> to an enum and to collections, with the <Ref> element as range', () => {
    const second = analyzed(text).objects[1];
    const level = prop(second, 'TlsAuthLevel');
    assert.equal(level.text, 'DomainValidation');
    assert.equal(level.number, 4);
    const refLine = lineOf(text, '<Ref N="TlsAuthLevel" RefId="1" />');
    assert.equal(refLine, 67);
    assert.deepEqual(level.valueRange, { start: { line: 67, character: 6 }, end: { line: 67, character: 40 } });
    assert.deepEqual(level.nameRange, { start: { line: 67, character: 14 }, end: { line: 67, character: 26 } });
    const hosts = prop(second, 'SmartHosts');
    assert.equal(hosts.text, '{smtp.isp.example, [192.0.2.25]}');
    assert.deepEqual(
      hosts.list?.map((i) => [i.text, i.range.start.line]),
      [
        ['smtp.isp.example', 68],
        ['[192.0.2.25]', 68],
      ],
    );
    assert.deepEqual(
      prop(second, 'AddressSpaces').list?.map((i) => i.text),
      ['SMTP:*;1'],
    );
    // <TS>PT10M</TS> reads as the EnhancedTimeSpan text.
    assert.equal(prop(second, 'ConnectionInactivityTimeOut').text, '00:10:00');
    // The first connector's own collection items are ranged on their <S> elements.
    const first = analyzed(text).objects[0];
    assert.deepEqual(
      prop(first, 'SmartHosts').list?.map((i) => i.range.start.line),
      [28, 29],
    );
    assert.equal(prop(first, 'Comment').text, 'Relay through the ISP\r\nuntil the new line is ready');
  });

  it("reports the first connector's five problems on their elements, and nothing for the second", () => {
    const diags = lint(text, JAN_2025);
    assert.deepEqual(found(diags), [
      'domain-validation-without-tls-domain@10', // <Nil N="TlsDomain" />: a smart-host connector with DomainValidation
      'tls-auth-level-without-require-tls@18', // <ToString>DomainValidation</ToString> with RequireTLS false
      'ignore-starttls@33', // <B N="IgnoreSTARTTLS">true</B>
      'basic-auth-cleartext@42', // <ToString>BasicAuth</ToString>
      'basic-auth-credential-missing@45', // <Nil N="AuthenticationCredential" />
    ]);
    for (const d of diags) assert.match(d.message, /"Relay via ISP"/);
  });

  it('a dangling <Ref> reads as an empty value, not a crash', () => {
    const dangling = text.replace('<Ref N="SmartHosts" RefId="2" />', '<Ref N="SmartHosts" RefId="99" />');
    const second = analyzed(dangling).objects[1];
    assert.equal(prop(second, 'SmartHosts').empty, true);
    assert.ok(found(lint(dangling, JAN_2025)).includes('smart-hosts-missing@68'));
  });
});

describe('Exchange Online connectors (exo-connectors.xml)', () => {
  const text = ours('exo-connectors.xml');
  it('reads TenantOutboundConnector and TenantInboundConnector and runs the Exchange Online rules', () => {
    const objs = analyzed(text).objects;
    assert.deepEqual(
      objs.map((o) => o.kind),
      ['outbound-connector', 'inbound-connector'],
    );
    assert.equal(prop(objs[0], 'TlsSettings').number, 4);
    assert.deepEqual(found(lint(text, JAN_2025)), ['exo-domain-validation-without-tls-domain@38', 'exo-tls-certificate-without-require-tls@77']);
  });
});

describe('richer certificate exports (certificates-rich.xml)', () => {
  const text = ours('certificates-rich.xml');
  it('reads Services and Status as enums; properties in <Props> win over the ToString sections', () => {
    const objs = analyzed(text).objects;
    const services = prop(objs[0], 'Services');
    assert.equal(services.text, 'IMAP, POP, IIS, SMTP');
    assert.equal(services.number, 27);
    assert.equal(prop(objs[0], 'NotAfter').text, '2026-01-15T09:00:00Z'); // the <DT>, not the ToString's culture date
    assert.equal(prop(objs[0], 'Issuer').text, 'CN=Contoso Issuing CA, DC=contoso, DC=com'); // only in the ToString
    assert.equal(objs[0].properties.filter((p) => p.name === 'Subject').length, 1);
    assert.deepEqual(
      prop(objs[0], 'CertificateDomains').list?.map((i) => i.text),
      ['mail.contoso.com', 'autodiscover.contoso.com'],
    );
    assert.equal(prop(objs[1], 'Subject').text, 'CN=edge01.contoso.com');
  });
  it('reports the 1024-bit key, the expiring Edge certificate and its Untrusted status', () => {
    assert.deepEqual(found(lint(text, OCT_2024)), ['certificate-weak-key@13', 'certificate-expiring@50', 'certificate-status@58']);
  });
});

describe('objects of unknown kinds (unknown-objects.xml)', () => {
  const text = ours('unknown-objects.xml');
  it('are read but left alone: no kind, no findings (even with a connector-like property)', () => {
    const objs = analyzed(text).objects;
    assert.equal(objs.length, 2); // the bare <S> under <Objs> is not an object
    assert.deepEqual(
      objs.map((o) => o.kind),
      [undefined, undefined],
    );
    assert.equal(prop(objs[0], 'DomainType').number, 0);
    assert.deepEqual(lint(text, JAN_2025), []);
  });
  it('hover says the object was not recognised', () => {
    const h = service.hover({ uri: 'u.xml', text }, { line: lineOf(text, 'N="IgnoreSTARTTLS"'), character: 12 }, { now: JAN_2025 });
    assert.match(h?.contents ?? '', /IgnoreSTARTTLS\*\*: this object's kind was not recognised/);
  });
});

describe('broken CLIXML', () => {
  const text = real('GetSendConnector.xml');
  it('a truncated export is an xml-syntax error, and no objects', () => {
    const cut = text.slice(0, text.indexOf('<B N="IgnoreSTARTTLS">') + 10);
    const r = service.check({ uri: 'cut.xml', text: cut }, { now: JAN_2025 });
    assert.equal(r.kind, 'clixml');
    assert.deepEqual(
      r.diagnostics.map((d) => d.code),
      ['xml-syntax'],
    );
    assert.equal(r.diagnostics[0].messageId, 'unclosed');
    assert.deepEqual(analyzed(cut).objects, []);
  });
  it('a mismatched closing tag is reported on its line', () => {
    const bad = text.replace('<B N="ForceHELO">false</B>', '<B N="ForceHELO">false</b>');
    const diags = lint(bad, JAN_2025);
    assert.deepEqual(
      diags.map((d) => d.code),
      ['xml-syntax'],
    );
    assert.equal(diags[0].range.start.line, 96);
  });
  it('a DOCTYPE is refused, never expanded', () => {
    const bomb =
      '<?xml version="1.0"?>\n<!DOCTYPE Objs [<!ENTITY a "aaaa">]>\n<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj RefId="0"><MS><S N="Name">&a;</S></MS></Obj></Objs>';
    const r = service.check({ uri: 'bomb.xml', text: bomb }, { now: JAN_2025 });
    assert.deepEqual(
      r.diagnostics.map((d) => d.code),
      ['xml-syntax'],
    );
    assert.equal(r.diagnostics[0].messageId, 'doctype');
  });
  it('readClixml on another XML root says so', () => {
    const other = '<Root><Obj/></Root>';
    const r = readClixml(other, new LineIndex(other));
    assert.deepEqual(r.objects, []);
    assert.deepEqual([r.syntax[0].id, r.syntax[0].data], ['notClixml', { name: 'Root' }]);
  });
});

describe('hover on CLIXML properties', () => {
  const receive = real('GetReceiveConnector.xml');
  const send = real('GetSendConnector.xml');

  it("decodes the AuthMechanism number (31) with the catalogue's flags table", () => {
    // Line 19: <ToString>Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer</ToString>
    const h = service.hover({ uri: 'r.xml', text: receive }, { line: 19, character: 30 }, { now: JAN_2025 });
    assert.ok(h);
    assert.match(h.contents, /^\*\*AuthMechanism\*\* · receive connector "Default WIN-CTD3L0RGEN4"/);
    assert.match(h.contents, /Value: 31 = \*\*Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer\*\*/);
    assert.match(h.contents, /\*\*✓ ExchangeServer = 16\*\*/);
    assert.equal(h.range.start.line, 19);
  });

  it('shows the catalogue text on a property name (N="IgnoreSTARTTLS")', () => {
    const h = service.hover({ uri: 's.xml', text: send }, { line: 98, character: 15 }, { now: JAN_2025 });
    assert.ok(h);
    assert.match(h.contents, /^\*\*IgnoreSTARTTLS\*\* · send connector "Mail to O365"/);
    assert.ok(h.contents.includes(propertyDef('send-connector', 'IgnoreSTARTTLS')!.summary));
    assert.deepEqual(h.range, { start: { line: 98, character: 12 }, end: { line: 98, character: 26 } });
  });

  it('shows a list item of a collection (Bindings) and a certificate section', () => {
    const item = service.hover({ uri: 'r.xml', text: receive }, { line: lineOf(receive, '<ToString>[::]:2525</ToString>'), character: 22 }, { now: JAN_2025 });
    assert.match(item?.contents ?? '', /^\*\*Bindings\*\*/);
    const cert = real('GetExchangeCertificate.xml');
    const col = cert.split('\n')[8].indexOf('11/06/2024');
    const h = service.hover({ uri: 'c.xml', text: cert }, { line: 8, character: col + 2 }, { now: JAN_2025 });
    assert.match(h?.contents ?? '', /^\*\*NotAfter\*\* · Exchange certificate "CN=Microsoft Exchange Server Auth Certificate"/);
  });
});

describe('CLIXML element mapping', () => {
  function one(props: string, type = 'System.Management.Automation.PSCustomObject'): ExchangeObject {
    const text = `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">\n<Obj RefId="0"><TN RefId="0"><T>${type}</T></TN><Props>\n${props}\n</Props></Obj>\n</Objs>`;
    const r = readClixml(text, new LineIndex(text));
    assert.deepEqual(r.syntax, []);
    assert.equal(r.objects.length, 1);
    return r.objects[0];
  }

  it('scalars render as Format-List prints them', () => {
    const o = one(
      [
        '<B N="Yes">true</B><B N="No">false</B>',
        '<I32 N="Int">-5</I32><I64 N="Long">9000000000</I64><U32 N="U">7</U32><By N="Byte">255</By><SB N="SByte">-1</SB><I16 N="Short">3</I16><U16 N="UShort">4</U16><U64 N="ULong">5</U64>',
        '<Db N="Double">0.5</Db><D N="Decimal">1.25</D><Sg N="Single">2.5</Sg>',
        '<DT N="When">2024-08-12T18:14:02.1234567+02:00</DT><G N="Guid">75d6aeb5-cd4a-4c58-ab2c-76304ea198ab</G>',
        '<URI N="Url">https://contoso.com/a</URI><Version N="Ver">15.2.1118.7</Version><C N="Char">65</C>',
        '<TS N="Span">P1DT2H3M4.5S</TS><BA N="Bytes">AAEC\n  AwQ=</BA><SS N="Secret">01000000d08c9ddf</SS>',
        '<S N="Text">a &amp; b &lt;c&gt; _x005F_x_x000A_z</S><S N="Blank"></S><S N="Closed" /><Nil N="Nothing" />',
        '<S N="Odd_x0020_Name">v</S>',
      ].join('\n'),
    );
    const t = (n: string) => prop(o, n).text;
    assert.equal(t('Yes'), 'True');
    assert.equal(t('No'), 'False');
    assert.deepEqual(['Int', 'Long', 'U', 'Byte', 'SByte', 'Short', 'UShort', 'ULong'].map(t), ['-5', '9000000000', '7', '255', '-1', '3', '4', '5']);
    assert.deepEqual(['Double', 'Decimal', 'Single'].map(t), ['0.5', '1.25', '2.5']);
    assert.equal(t('When'), '2024-08-12T18:14:02.1234567+02:00');
    assert.equal(t('Guid'), '75d6aeb5-cd4a-4c58-ab2c-76304ea198ab');
    assert.equal(t('Url'), 'https://contoso.com/a');
    assert.equal(t('Ver'), '15.2.1118.7');
    assert.equal(t('Char'), 'A');
    assert.equal(t('Span'), '1.02:03:04.5000000');
    assert.equal(t('Bytes'), 'AAECAwQ=');
    assert.equal(t('Secret'), 'System.Security.SecureString');
    assert.equal(t('Text'), 'a & b <c> _x\nz');
    for (const n of ['Blank', 'Closed', 'Nothing']) {
      assert.equal(prop(o, n).empty, true, n);
      assert.equal(t(n), '');
    }
    // Plain scalars carry no enum number.
    assert.equal(prop(o, 'Int').number, undefined);
    // An escaped property name: the name is decoded, its range covers the raw attribute value.
    const odd = prop(o, 'Odd Name');
    assert.equal(odd.nameRange.end.character - odd.nameRange.start.character, 'Odd_x0020_Name'.length);
  });

  it('collections of every kind render as {a, b} with one item each', () => {
    const o = one(
      [
        '<Obj N="List" RefId="1"><TN RefId="1"><T>System.Collections.ArrayList</T></TN><LST><S>a</S><I32>2</I32><Nil /><Obj RefId="2"><ToString>x, y</ToString><Props><S N="Inner">i</S></Props></Obj></LST></Obj>',
        '<Obj N="Enum" RefId="3"><IE><S>e1</S></IE></Obj>',
        '<Obj N="Queue" RefId="4"><QUE><S>q1</S><S>q2</S></QUE></Obj>',
        '<Obj N="Stack" RefId="5"><STK><S>s1</S></STK></Obj>',
        '<Obj N="Dict" RefId="6"><DCT><En><S N="Key">k1</S><I32 N="Value">1</I32></En><En><S N="Key">k2</S><Nil N="Value" /></En></DCT></Obj>',
        '<Obj N="Empty" RefId="7"><LST /></Obj>',
        '<Obj N="Nested" RefId="8"><LST><Obj RefId="9"><LST><S>n1</S><S>n2</S></LST></Obj></LST></Obj>',
      ].join('\n'),
    );
    assert.equal(prop(o, 'List').text, '{a, 2, , x, y}');
    assert.deepEqual(
      prop(o, 'List').list?.map((i) => i.text),
      ['a', '2', '', 'x, y'],
    );
    assert.deepEqual(
      prop(o, 'Enum').list?.map((i) => i.text),
      ['e1'],
    );
    assert.deepEqual(
      prop(o, 'Queue').list?.map((i) => i.text),
      ['q1', 'q2'],
    );
    assert.deepEqual(
      prop(o, 'Stack').list?.map((i) => i.text),
      ['s1'],
    );
    assert.deepEqual(
      prop(o, 'Dict').list?.map((i) => i.text),
      ['[k1, 1]', '[k2, ]'],
    );
    assert.equal(prop(o, 'Empty').text, '{}');
    assert.equal(prop(o, 'Empty').empty, false);
    assert.deepEqual(prop(o, 'Empty').list, []);
    assert.deepEqual(
      prop(o, 'Nested').list?.map((i) => i.text),
      ['{n1, n2}'],
    );
  });

  it('rich values use <ToString>; an Obj without one shows its type name; a bare enum number is kept', () => {
    const o = one(
      [
        '<Obj N="Size" RefId="1"><TN RefId="1"><T>Deserialized.Microsoft.Exchange.Data.Unlimited`1[[Microsoft.Exchange.Data.ByteQuantifiedSize]]</T></TN><ToString>Unlimited</ToString><Props><B N="IsUnlimited">true</B></Props></Obj>',
        '<Obj N="Cred" RefId="2"><TN RefId="2"><T>Deserialized.System.Management.Automation.PSCredential</T></TN><Props><S N="UserName">svc</S></Props></Obj>',
        '<Obj N="Level" RefId="3"><I32>2</I32></Obj>',
        '<Obj N="Wrapped" RefId="4"><S>plain</S><MS><S N="Extra">e</S></MS></Obj>',
        '<Obj N="Blank" RefId="5"><ToString></ToString></Obj>',
      ].join('\n'),
    );
    assert.equal(prop(o, 'Size').text, 'Unlimited');
    assert.equal(prop(o, 'Cred').text, 'System.Management.Automation.PSCredential');
    assert.equal(prop(o, 'Level').text, '2');
    assert.equal(prop(o, 'Level').number, 2);
    assert.equal(prop(o, 'Wrapped').text, 'plain');
    assert.equal(prop(o, 'Blank').empty, true);
  });

  it('properties come from <Props> and <MS>; the first of two equal names is the one byName keeps', () => {
    const text =
      '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj RefId="0"><Props><S N="Name">a</S></Props><MS><S N="name">b</S><S N="PSComputerName">ex01</S></MS></Obj><Ref RefId="0" /></Objs>';
    const r = readClixml(text, new LineIndex(text));
    assert.equal(r.objects.length, 1); // the top-level <Ref> repeats object 0
    assert.deepEqual(
      r.objects[0].properties.map((p) => p.text),
      ['a', 'b', 'ex01'],
    );
    assert.equal(property(r.objects[0], 'NAME')?.text, 'a');
  });

  it('an <Obj> with no properties at all is not an object', () => {
    const text = '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj RefId="0"><ToString>just text</ToString></Obj></Objs>';
    assert.deepEqual(readClixml(text, new LineIndex(text)).objects, []);
  });

  it('a cycle of Refs does not hang', () => {
    const o = one('<Obj N="Loop" RefId="1"><LST><Ref RefId="1" /></LST></Obj>');
    assert.ok(prop(o, 'Loop').text.startsWith('{'));
  });
});

describe('xs:duration and XmlConvert escapes', () => {
  it('durationToTimeSpan', () => {
    assert.equal(durationToTimeSpan('PT10M'), '00:10:00');
    assert.equal(durationToTimeSpan('PT0S'), '00:00:00');
    assert.equal(durationToTimeSpan('P1D'), '1.00:00:00');
    assert.equal(durationToTimeSpan('PT36H'), '1.12:00:00');
    assert.equal(durationToTimeSpan('-PT5M30S'), '-00:05:30');
    assert.equal(durationToTimeSpan('PT0.5S'), '00:00:00.5000000');
    assert.equal(durationToTimeSpan('PT1.0000000S'), '00:00:01');
    assert.equal(durationToTimeSpan('10 minutes'), undefined);
    assert.equal(durationToTimeSpan('P'), undefined);
    assert.equal(durationToTimeSpan('PT'), undefined);
  });
  it('decodeXmlConvert', () => {
    assert.equal(decodeXmlConvert('a_x000D__x000A_b'), 'a\r\nb');
    assert.equal(decodeXmlConvert('no escapes'), 'no escapes');
    assert.equal(decodeXmlConvert('_x005F_x0041_'), '_x0041_');
    assert.equal(decodeXmlConvert('_x0001F600_'), '😀');
  });
});
