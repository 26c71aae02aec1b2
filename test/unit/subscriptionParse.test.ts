// Exact ranges from the XML parser, entities, encodings and line endings.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService, decodeBytes } from '../../server/src/service';
import type { EdgeSubscriptionFile } from '../../server/src/service/document';
import { defaultSpec, subscriptionXml } from '../helpers/subscription';

const service = createLanguageService();
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

function model(text: string) {
  const file = service.analyze({ uri: 'x.xml', text }) as EdgeSubscriptionFile;
  assert.equal(file.kind, 'edge-subscription');
  assert.ok(file.subscription, JSON.stringify(file.syntaxErrors));
  return file.subscription;
}

function textAt(text: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split(/\r\n|\n|\r/);
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  return [lines[r.start.line].slice(r.start.character), ...lines.slice(r.start.line + 1, r.end.line), lines[r.end.line].slice(0, r.end.character)].join('\n');
}

describe('element ranges', () => {
  for (const eol of ['\r\n', '\n']) {
    it(`name and value ranges cover exactly the name and the value (${JSON.stringify(eol)})`, () => {
      const xml = subscriptionXml(defaultSpec(), [], eol);
      const sub = model(xml);
      for (const el of sub.elements) {
        assert.equal(textAt(xml, el.nameRange), el.name);
        if (!el.isEmpty) assert.equal(textAt(xml, el.valueRange), el.value);
      }
      assert.equal(textAt(xml, sub.xml.rootNameRange), 'EdgeSubscriptionData');
    });
  }
  it('an empty element <ProductID /> has its whole element as value range', () => {
    const xml = subscriptionXml(defaultSpec());
    const el = model(xml).byName.get('ProductID')!;
    assert.equal(el.isEmpty, true);
    assert.equal(textAt(xml, el.valueRange), '<ProductID />');
  });
  it('values spread over lines and surrounded by whitespace are trimmed', () => {
    const xml = subscriptionXml(defaultSpec()).replace('<AdamSslPort>50636</AdamSslPort>', '<AdamSslPort>\r\n    50636\r\n  </AdamSslPort>');
    const el = model(xml).byName.get('AdamSslPort')!;
    assert.equal(el.value, '50636');
    assert.equal(textAt(xml, el.valueRange), '50636');
  });
  it('a BOM left in the text does not shift ranges', () => {
    const xml = '\ufeff' + subscriptionXml(defaultSpec());
    const sub = model(xml);
    const el = sub.byName.get('EdgeServerName')!;
    assert.equal(textAt(xml, el.valueRange), 'EDGE01');
  });
});

describe('values', () => {
  it('decodes entities: the corpus file with &gt; in the password', () => {
    const text = fixture('synthetic-edgesubscription-expired-cert.xml');
    const pw = model(text).byName.get('ESRAPassword')!;
    assert.equal(pw.value.length, 20);
    assert.ok(pw.value.includes('>'));
    assert.equal(textAt(text, pw.valueRange).includes('&gt;'), true);
  });
  it('reads the corpus subscription: ticks, duration, version', () => {
    const sub = model(fixture('synthetic-edgesubscription.xml'));
    assert.equal(sub.effectiveDate?.toISOString(), '2024-05-14T10:30:00.000Z');
    assert.equal(sub.expires?.toISOString(), '2024-05-15T10:30:00.000Z');
    const v = sub.byName.get('VersionNumber')!.decoded;
    assert.deepEqual(v?.type === 'version' && v.version, { major: 15, minor: 2, build: 1544 });
    const cert = sub.certificate?.parsed;
    assert.ok(cert?.ok);
    assert.equal(cert.info.thumbprint, 'D5846F8DC46F1F273124A908C0FFFDD9DEB5365D');
  });
});

describe('encodings', () => {
  const xml = subscriptionXml(defaultSpec());
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
  const utf16be = Buffer.from(Buffer.from(xml, 'utf16le').map((_, i, b) => b[i ^ 1]));
  const cases: [string, Uint8Array, string][] = [
    ['UTF-8', Buffer.from(xml), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', utf16le, 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), 'utf-16be'],
    ['UTF-16 LE without BOM', Buffer.from(xml, 'utf16le'), 'utf-16le'],
  ];
  for (const [label, bytes, encoding] of cases) {
    it(`${label} decodes to the same text`, () => {
      const d = decodeBytes(bytes);
      assert.equal(d.encoding, encoding);
      assert.equal(d.text, xml);
      assert.equal(model(d.text).byName.get('EdgeServerName')?.value, 'EDGE01');
    });
  }
  it('random bytes are binary', () => {
    assert.equal(decodeBytes(Uint8Array.from([0x41, 0x00, 0x00, 0x9f, 0x13, 0x00, 0x01])).binary, true);
  });
});
