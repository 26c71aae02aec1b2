// The property catalogue against the real Exchange 2019 Export-Clixml dumps (CSS-Exchange) and its own rules.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { OBJECT_KINDS, decodeEnumNumber, detectObjectKind, encodeEnumNames, enumDef, kindDef, propertyDef } from '../../server/src/service/catalogue';
import { UNVERIFIED_MEMBERS } from '../../server/src/service/catalogue/enums';
import { EVIDENCE_ENUMS_UNVERIFIED } from '../../server/src/service/catalogue/evidenceEnums';
import type { ObjectKind } from '../../server/src/service/catalogue/types';

interface ClixmlProperty {
  name: string;
  /** <ToString> of an enum-like <Obj>. */
  text?: string;
  /** <I32> of an enum <Obj>. */
  number?: number;
}

interface ClixmlObject {
  /** Type names (<TN>/<T>, or those of the referenced <TNRef>). */
  types: string[];
  props: ClixmlProperty[];
}

type XmlNode = Record<string, unknown>;

/** Top-level objects of an Export-Clixml file: the names under <Props> and <MS>, with enum values. */
function readClixml(name: string): ClixmlObject[] {
  const text = readFileSync(new URL(`../fixtures/css-exchange/${name}`, import.meta.url), 'utf8');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (tag) => tag !== 'Objs',
    parseTagValue: false,
  });
  const doc = parser.parse(text) as { Objs: XmlNode };
  const typeNames = new Map<string, string[]>();
  const objects: ClixmlObject[] = [];
  for (const obj of (doc.Objs.Obj as XmlNode[]) ?? []) {
    const tn = (obj.TN as XmlNode[] | undefined)?.[0];
    let types: string[] = [];
    if (tn) {
      types = ((tn.T as unknown[]) ?? []).map(String);
      typeNames.set(String(tn['@RefId']), types);
    } else {
      const ref = (obj.TNRef as XmlNode[] | undefined)?.[0];
      types = ref ? (typeNames.get(String(ref['@RefId'])) ?? []) : [];
    }
    // Nested objects define type names too; record them so later TNRefs resolve.
    collectTypeNames(obj, typeNames);
    const props: ClixmlProperty[] = [];
    for (const section of ['Props', 'MS']) {
      for (const block of (obj[section] as XmlNode[] | undefined) ?? []) {
        for (const [tag, items] of Object.entries(block)) {
          if (tag.startsWith('@')) continue;
          for (const item of items as XmlNode[]) {
            if (typeof item !== 'object' || item === null || !('@N' in item)) continue;
            const prop: ClixmlProperty = { name: String(item['@N']) };
            if (tag === 'Obj') {
              const toString = (item.ToString as unknown[] | undefined)?.[0];
              const i32 = (item.I32 as unknown[] | undefined)?.[0];
              if (toString !== undefined) prop.text = String(toString);
              if (i32 !== undefined) prop.number = Number(i32);
            }
            props.push(prop);
          }
        }
      }
    }
    objects.push({ types, props });
  }
  return objects;
}

function collectTypeNames(node: unknown, into: Map<string, string[]>): void {
  if (Array.isArray(node)) {
    for (const n of node) collectTypeNames(n, into);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const obj = node as XmlNode;
  for (const tn of (obj.TN as XmlNode[] | undefined) ?? []) {
    if (typeof tn === 'object' && tn !== null && '@RefId' in tn) into.set(String(tn['@RefId']), ((tn.T as unknown[]) ?? []).map(String));
  }
  for (const [k, v] of Object.entries(obj)) if (!k.startsWith('@') && k !== 'TN') collectTypeNames(v, into);
}

const REAL: { file: string; kind: ObjectKind; count: number }[] = [
  { file: 'GetSendConnector.xml', kind: 'send-connector', count: 1 },
  { file: 'GetReceiveConnector.xml', kind: 'receive-connector', count: 5 },
  { file: 'GetExchangeCertificate.xml', kind: 'exchange-certificate', count: 3 },
  { file: 'GetInternalTransportCertificateFromServer.xml', kind: 'exchange-certificate', count: 1 },
];

function enumOf(kind: ObjectKind, name: string): string | undefined {
  const type = propertyDef(kind, name)?.type;
  return type && (type.kind === 'enum' || type.kind === 'flags') ? type.enum : undefined;
}

describe('catalogue against the real CSS-Exchange exports', () => {
  for (const { file, kind, count } of REAL) {
    const objects = readClixml(file);

    it(`${file}: reads ${count} object(s)`, () => {
      assert.equal(objects.length, count);
      for (const o of objects) assert.ok(o.props.length > 0);
    });

    it(`${file}: every property name is in the ${kind} catalogue with the exact spelling`, () => {
      for (const o of objects) {
        for (const p of o.props) {
          const def = propertyDef(kind, p.name);
          assert.ok(def, `${kind} lacks ${p.name}`);
          assert.equal(def.name, p.name, `spelling of ${p.name}`);
        }
      }
    });

    it(`${file}: detectObjectKind finds ${kind}`, () => {
      for (const o of objects) {
        assert.equal(detectObjectKind(o.props.map((p) => p.name.toLowerCase())), kind, o.types[0]);
      }
    });

    it(`${file}: enum numbers decode to the text Exchange printed, and back`, () => {
      let checked = 0;
      for (const o of objects) {
        for (const p of o.props) {
          if (p.number === undefined || p.text === undefined) continue;
          const enumName = enumOf(kind, p.name);
          assert.ok(enumName, `${p.name} carries an enum number but its type is not an enum`);
          assert.equal(decodeEnumNumber(enumName, p.number), p.text, `${p.name} = ${p.number}`);
          assert.equal(encodeEnumNames(enumName, p.text), p.number, `${p.name} = ${p.text}`);
          checked++;
        }
      }
      if (kind !== 'exchange-certificate') assert.ok(checked > 0);
    });
  }

  it('the real PermissionGroups values round-trip', () => {
    const seen = new Map<number, string>();
    for (const o of readClixml('GetReceiveConnector.xml')) {
      const p = o.props.find((x) => x.name === 'PermissionGroups');
      assert.ok(p?.number !== undefined && p.text !== undefined);
      seen.set(p.number, p.text);
    }
    assert.deepEqual(
      [...seen.entries()].sort((a, b) => a[0] - b[0]),
      [
        [2, 'ExchangeUsers'],
        [4, 'ExchangeServers'],
        [6, 'ExchangeUsers, ExchangeServers'],
        [13, 'AnonymousUsers, ExchangeServers, ExchangeLegacyServers'],
        [14, 'ExchangeUsers, ExchangeServers, ExchangeLegacyServers'],
      ],
    );
    for (const [n, text] of seen) {
      assert.equal(decodeEnumNumber('PermissionGroups', n), text);
      assert.equal(encodeEnumNames('PermissionGroups', text), n);
    }
  });
});

describe('enum decoding', () => {
  it('decodes flags in member order', () => {
    assert.equal(decodeEnumNumber('AuthMechanisms', 17), 'Tls, ExchangeServer');
    assert.equal(decodeEnumNumber('AuthMechanisms', 31), 'Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer');
    assert.equal(decodeEnumNumber('AllowedServices', 27), 'IMAP, POP, IIS, SMTP');
  });

  it('decodes 0 to the zero member', () => {
    assert.equal(decodeEnumNumber('AuthMechanisms', 0), 'None');
    assert.equal(decodeEnumNumber('PermissionGroups', 0), 'None');
    assert.equal(decodeEnumNumber('ErrorPolicies', 0), 'Default');
    assert.equal(decodeEnumNumber('TlsAuthLevel', 0), undefined);
  });

  it('prefers an exact member, as .NET does', () => {
    assert.equal(decodeEnumNumber('MessageRateSource', 3), 'All');
  });

  it('refuses unknown bits, unknown enums, non-flags combinations and unverified numbers', () => {
    assert.equal(decodeEnumNumber('AuthMechanisms', 64), undefined);
    assert.equal(decodeEnumNumber('NoSuchEnum', 1), undefined);
    assert.equal(decodeEnumNumber('TlsAuthLevel', 3), undefined);
    assert.equal(decodeEnumNumber('TransportRole', 32), 'HubTransport');
    assert.equal(decodeEnumNumber('TransportRole', 16384), 'FrontendTransport');
    assert.equal(decodeEnumNumber('SendConnectorType', 0), 'Default');
    assert.equal(decodeEnumNumber('SendConnectorType', 1), undefined);
    assert.equal(decodeEnumNumber('TenantConnectorType', 0), undefined);
  });

  it('encodes names case-insensitively', () => {
    assert.equal(encodeEnumNames('AuthMechanisms', 'Tls, ExchangeServer'), 17);
    assert.equal(encodeEnumNames('authmechanisms', ' tls ,exchangeserver '), 17);
    assert.equal(encodeEnumNames('TlsAuthLevel', 'DomainValidation'), 4);
    assert.equal(encodeEnumNames('TlsAuthLevel', 'DomainValidation, EncryptionOnly'), undefined);
    assert.equal(encodeEnumNames('AuthMechanisms', 'Tls, Kerberos'), undefined);
    assert.equal(encodeEnumNames('AuthMechanisms', ''), undefined);
  });

  it('every verified member round-trips', () => {
    for (const kind of OBJECT_KINDS) {
      for (const p of kind.properties) {
        if (p.type.kind !== 'enum' && p.type.kind !== 'flags') continue;
        const def = enumDef(p.type.enum);
        assert.ok(def);
        for (const m of def.members) {
          if (UNVERIFIED_MEMBERS.has(`${def.name}.${m.name}`) || EVIDENCE_ENUMS_UNVERIFIED.has(def.name)) continue;
          assert.equal(decodeEnumNumber(def.name, m.value), m.name, `${def.name}.${m.name}`);
          assert.equal(encodeEnumNames(def.name, m.name), m.value, `${def.name}.${m.name}`);
        }
      }
    }
  });
});

describe('catalogue consistency', () => {
  it('has the configuration kinds and the evidence kinds, each once', () => {
    assert.deepEqual(OBJECT_KINDS.map((k) => k.kind).sort(), [
      'edgesync-result',
      'edgesync-sync',
      'exchange-certificate',
      'inbound-connector',
      'outbound-connector',
      'queue',
      'queued-message',
      'receive-connector',
      'send-connector',
    ]);
    for (const k of OBJECT_KINDS) assert.equal(kindDef(k.kind), k);
  });

  it('has no duplicate property names in a kind (case-insensitive)', () => {
    for (const k of OBJECT_KINDS) {
      const seen = new Set<string>();
      for (const p of k.properties) {
        const lower = p.name.toLowerCase();
        assert.ok(!seen.has(lower), `${k.kind}: ${p.name} twice`);
        seen.add(lower);
      }
    }
  });

  it('looks properties up case-insensitively', () => {
    assert.equal(propertyDef('send-connector', 'ignorestarttls')?.name, 'IgnoreSTARTTLS');
    assert.equal(propertyDef('receive-connector', 'CONNECTIONINACTIVITYTIMEOUT')?.name, 'ConnectionInactivityTimeout');
    assert.equal(propertyDef('send-connector', 'ConnectionInactivityTimeout')?.name, 'ConnectionInactivityTimeOut');
    assert.equal(propertyDef('send-connector', 'NoSuchProperty'), undefined);
  });

  it('references only enums that exist, with members', () => {
    for (const k of OBJECT_KINDS) {
      for (const p of k.properties) {
        if (p.type.kind === 'enum' || p.type.kind === 'flags') {
          const def = enumDef(p.type.enum);
          assert.ok(def, `${k.kind}.${p.name}: enum ${p.type.enum} missing`);
          assert.ok(def.members.length > 0);
          assert.equal(def.flags, p.type.kind === 'flags', `${k.kind}.${p.name}: flags/enum mismatch with ${def.name}`);
        }
      }
    }
  });

  it('enum members have unique names and values', () => {
    for (const k of OBJECT_KINDS) {
      for (const p of k.properties) {
        if (p.type.kind !== 'enum' && p.type.kind !== 'flags') continue;
        const def = enumDef(p.type.enum);
        assert.ok(def);
        assert.equal(new Set(def.members.map((m) => m.name.toLowerCase())).size, def.members.length, def.name);
        assert.equal(new Set(def.members.map((m) => m.value)).size, def.members.length, def.name);
      }
    }
  });

  it("every setBy names the kind's set cmdlet (or its New- counterpart) and a parameter", () => {
    for (const k of OBJECT_KINDS) {
      // Evidence kinds (what Exchange reports) have no Set cmdlet: every property is read-only.
      if (!k.setCmdlet) {
        for (const p of k.properties) assert.ok(p.readOnly && !p.setBy, `${k.kind}.${p.name}: evidence is read-only`);
        continue;
      }
      const noun = k.setCmdlet.replace(/^[A-Za-z]+-/, '');
      const getNoun = k.getCmdlet.replace(/^Get-/, '');
      for (const p of k.properties) {
        if (p.setBy === undefined) {
          assert.ok(p.readOnly, `${k.kind}.${p.name}: neither settable nor read-only`);
          continue;
        }
        const ok = p.setBy.startsWith(`${k.setCmdlet} -`) || p.setBy.startsWith(`New-${getNoun} -`) || p.setBy.startsWith(`New-${noun} -`);
        assert.ok(ok, `${k.kind}.${p.name}: setBy "${p.setBy}"`);
      }
    }
  });

  it('docs links point at learn.microsoft.com cmdlet pages', () => {
    for (const k of OBJECT_KINDS) {
      for (const p of k.properties) {
        if (p.docs === undefined) continue;
        assert.match(p.docs, /^https:\/\/learn\.microsoft\.com\/powershell\/module\/exchange\/[a-z]+-[a-z]+(#-[a-z0-9]+)?$/, `${k.kind}.${p.name}`);
        if (p.setBy) {
          const [cmdlet, param] = p.setBy.split(' -');
          assert.equal(p.docs, `https://learn.microsoft.com/powershell/module/exchange/${cmdlet.toLowerCase()}#-${param.toLowerCase()}`);
        }
      }
    }
  });

  it('summaries are short paragraphs', () => {
    for (const k of OBJECT_KINDS) {
      for (const p of k.properties) {
        for (const text of [p.summary, p.security]) {
          if (text === undefined) continue;
          assert.ok(text.trim().length > 10, `${k.kind}.${p.name}`);
          assert.ok(!text.includes('\n'), `${k.kind}.${p.name}`);
          assert.ok(text.length <= 400, `${k.kind}.${p.name}: ${text.length} characters`);
        }
      }
    }
  });

  it('property releases are within the releases of their kind', () => {
    for (const k of OBJECT_KINDS) {
      for (const p of k.properties) {
        for (const r of p.releases ?? []) assert.ok(k.releases.includes(r), `${k.kind}.${p.name}: ${r}`);
      }
    }
  });

  it('signatures are properties of their kind and of no other kind', () => {
    for (const k of OBJECT_KINDS) {
      assert.ok(k.signature.length >= 2, k.kind);
      for (const s of k.signature) {
        assert.equal(propertyDef(k.kind, s)?.name, s, `${k.kind}: signature ${s} is not one of its properties`);
        for (const other of OBJECT_KINDS) {
          if (other !== k) assert.equal(propertyDef(other.kind, s), undefined, `${k.kind}: signature ${s} is also a ${other.kind} property`);
        }
      }
    }
  });

  it('detects kinds from their signatures and rejects ambiguous or unknown sets', () => {
    for (const k of OBJECT_KINDS) {
      assert.equal(detectObjectKind(k.properties.map((p) => p.name.toLowerCase())), k.kind);
      assert.equal(detectObjectKind(k.signature.slice(0, 2).map((n) => n.toLowerCase())), k.kind);
    }
    assert.equal(detectObjectKind([]), undefined);
    assert.equal(detectObjectKind(['name', 'identity', 'runspaceid']), undefined);
    assert.equal(detectObjectKind(['smarthosts', 'tlsdomain', 'enabled', 'comment']), undefined);
    // One hit, but another name the kind does not have: not enough.
    assert.equal(detectObjectKind(['thumbprint', 'bindings']), undefined);
    assert.equal(detectObjectKind(['thumbprint', 'runspaceid']), 'exchange-certificate');
  });

  it('marks directory and computed properties read-only', () => {
    for (const k of OBJECT_KINDS) {
      for (const name of ['RunspaceId', 'PSComputerName', 'PSShowComputerName']) {
        assert.equal(propertyDef(k.kind, name)?.readOnly, true, `${k.kind}.${name}`);
      }
      if (k.kind.endsWith('-connector')) {
        for (const name of ['Guid', 'DistinguishedName', 'WhenChanged', 'ObjectClass', 'IsValid', 'Identity']) {
          assert.equal(propertyDef(k.kind, name)?.readOnly, true, `${k.kind}.${name}`);
        }
      }
    }
  });

  it('carries the key TLS facts', () => {
    const ignore = propertyDef('send-connector', 'IgnoreSTARTTLS');
    assert.equal(ignore?.setBy, 'Set-SendConnector -IgnoreSTARTTLS');
    assert.equal(ignore?.docs, 'https://learn.microsoft.com/powershell/module/exchange/set-sendconnector#-ignorestarttls');
    assert.match(ignore?.security ?? '', /clear text/);
    assert.deepEqual(propertyDef('outbound-connector', 'TlsSettings')?.type, { kind: 'enum', enum: 'TlsAuthLevel' });
    assert.deepEqual(propertyDef('receive-connector', 'AuthMechanism')?.type, { kind: 'flags', enum: 'AuthMechanisms' });
    assert.equal(propertyDef('send-connector', 'Port')?.default, '25');
  });
});

describe('properties and values of older and newer Exchange versions', () => {
  it('Exchange 2010 ErrorPolicies DowngradeAuthFailures is a member, with a number that is only a placeholder', () => {
    assert.equal(encodeEnumNames('ErrorPolicies', 'DowngradeAuthFailures, DowngradeDnsFailures') !== undefined, true);
    assert.ok(UNVERIFIED_MEMBERS.has('ErrorPolicies.DowngradeAuthFailures'));
    assert.equal(decodeEnumNumber('ErrorPolicies', 4), 'DowngradeDnsFailures');
  });

  it('Exchange Online ConnectorType numbers are those of TenantConnectorType (OnPremises 1, Partner 2)', () => {
    assert.equal(decodeEnumNumber('TenantConnectorType', 1), 'OnPremises');
    assert.equal(decodeEnumNumber('TenantConnectorType', 2), 'Partner');
    assert.equal(decodeEnumNumber('TenantConnectorType', 0), undefined);
    assert.equal(decodeEnumNumber('ConnectorSource', 2), 'HybridWizard');
    assert.equal(decodeEnumNumber('ConnectorSource', 3), undefined, 'AdminUI has no verified number');
  });

  it('knows every SmtpReceiveCapabilities name, none of them by number', () => {
    for (const name of ['AcceptCloudServicesMail', 'AcceptOorgProtocol', 'AllowConsumerMailSubmission', 'AcceptCrossTenantHeaders', 'AcceptMessageValue']) {
      assert.ok(
        enumDef('TlsDomainCapability')?.members.some((m) => m.name === name),
        name,
      );
      assert.ok(UNVERIFIED_MEMBERS.has(`TlsDomainCapability.${name}`), name);
    }
  });

  it('has the properties only some versions print', () => {
    const cases: [ObjectKind, string, readonly string[] | undefined][] = [
      ['send-connector', 'LinkedReceiveConnector', ['2007', '2010']],
      ['send-connector', 'IsCoexistenceConnector', ['2010']],
      ['send-connector', 'RequireOorg', ['2010', '2013', '2016', '2019', 'SE']],
      ['receive-connector', 'MessageRateSource', ['2010', '2013', '2016', '2019', 'SE']],
      ['receive-connector', 'TlsDomainCapabilities', ['2010', '2013', '2016', '2019', 'SE']],
      ['receive-connector', 'TransportRole', ['2013', '2016', '2019', 'SE']],
      ['inbound-connector', 'DetectSenderIPBySkippingLastIP', ['Online']],
      ['inbound-connector', 'DetectSenderIPRecipientList', ['Online']],
      ['exchange-certificate', 'EnrollmentPolicyEndPoint', undefined],
      ['exchange-certificate', 'PolicyId', undefined],
    ];
    for (const [kind, name, releases] of cases) {
      const def = propertyDef(kind, name);
      assert.ok(def, `${kind}.${name}`);
      assert.deepEqual(def.releases, releases, `${kind}.${name}`);
    }
    assert.equal(propertyDef('inbound-connector', 'DetectSenderIPBySkippingTheseIPs')?.readOnly, true);
  });

  it('routing group, delivery agent and foreign connectors (other send connector classes) are not SMTP send connectors', () => {
    const base = ['sourceroutinggroup', 'sourcetransportservers', 'homemta', 'homemtaserverid', 'maxmessagesize', 'name', 'identity'];
    const gateway = ['addressspaces', 'connecteddomains', 'isscopedconnector', 'issmtpconnector', 'comment'];
    assert.equal(detectObjectKind([...base, 'targetroutinggroup', 'cost', 'targettransportservers', 'publicfolderreferralsenabled']), undefined);
    assert.equal(detectObjectKind([...base, ...gateway, 'deliveryprotocol', 'maxconcurrentconnections', 'maxmessagesperconnection']), undefined);
    assert.equal(detectObjectKind([...base, ...gateway, 'dropdirectory', 'dropdirectoryquota', 'relaydsnrequired']), undefined);
    // A partial Get-SendConnector dump with only shared names is still a send connector.
    assert.equal(detectObjectKind(['name', 'addressspaces', 'sourcetransportservers', 'isscopedconnector']), 'send-connector');
  });
});
