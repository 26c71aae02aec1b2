// Reads what a linter needs from a DER X.509 certificate with node-forge's ASN.1 parser.
// forge.pki.certificateFromAsn1 only accepts RSA keys, so the TBSCertificate is walked with forge.asn1
// directly: RSA, EC and other keys all decode the same way.
import forge from './forge';
import { signatureAlgorithmFor, type SignatureAlgorithmInfo } from './signatureAlgorithms';

const { asn1 } = forge;

type RdnAttribute = { type: string; shortName?: string; name?: string; value: unknown };
const fromDer = asn1.fromDer as unknown as (bytes: string, options: { strict: boolean; parseAllBytes: boolean; decodeBitStrings: boolean }) => forge.asn1.Asn1;

export interface CertificateInfo {
  subject: string;
  issuer: string;
  commonName?: string;
  dnsNames: string[];
  ipAddresses: string[];
  serialNumber: string;
  /** SHA-1 of the DER, upper-case hex: what Get-ExchangeCertificate calls Thumbprint. */
  thumbprint: string;
  notBefore: Date;
  notAfter: Date;
  keyAlgorithm: 'RSA' | 'EC' | 'DSA' | 'Ed25519' | 'Ed448' | 'unknown';
  /** Bits: RSA modulus length, EC curve size. */
  keySize?: number;
  curve?: string;
  signature: SignatureAlgorithmInfo;
  selfIssued: boolean;
  extendedKeyUsage: string[];
}

export type CertificateParseResult = { ok: true; info: CertificateInfo } | { ok: false; reason: string };

const OID_RSA = '1.2.840.113549.1.1.1';
const OID_EC = '1.2.840.10045.2.1';
const OID_DSA = '1.2.840.10040.4.1';
const CURVES: Record<string, { name: string; bits: number }> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
  '1.3.132.0.34': { name: 'P-384', bits: 384 },
  '1.3.132.0.35': { name: 'P-521', bits: 521 },
};
const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'Server Authentication',
  '1.3.6.1.5.5.7.3.2': 'Client Authentication',
};

/** `der` is a forge binary string. Never throws. */
export function parseCertificate(der: string): CertificateParseResult {
  try {
    return { ok: true, info: readCertificate(der) };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

function readCertificate(der: string): CertificateInfo {
  const root = fromDer(der, { strict: true, parseAllBytes: true, decodeBitStrings: false });
  const top = seq(root, 'certificate');
  const tbs = seq(top[0], 'TBSCertificate');
  const sigAlg = seq(top[1], 'signatureAlgorithm');
  let i = 0;
  if (tbs[0]?.tagClass === asn1.Class.CONTEXT_SPECIFIC && tbs[0].type === 0) i++;
  const serial = tbs[i++];
  i++; // inner signature algorithm, same as the outer one
  const issuer = tbs[i++];
  const validity = seq(tbs[i++], 'validity');
  const subject = tbs[i++];
  const spki = seq(tbs[i++], 'subjectPublicKeyInfo');
  const extensions = tbs.slice(i).find((n) => n.tagClass === asn1.Class.CONTEXT_SPECIFIC && n.type === 3);

  const subjectAttrs = rdnAttributes(subject);
  const issuerAttrs = rdnAttributes(issuer);
  const subjectDn = formatDn(subjectAttrs);
  const issuerDn = formatDn(issuerAttrs);
  const cn = subjectAttrs.find((a) => a.shortName === 'CN' || a.type === '2.5.4.3')?.value as string | undefined;

  const names = { dns: [] as string[], ip: [] as string[] };
  const eku: string[] = [];
  if (extensions) readExtensions(extensions, names, eku);

  const key = readKey(spki);
  const sigOid = asn1.derToOid(sigAlg[0].value as string);
  return {
    subject: subjectDn,
    issuer: issuerDn,
    commonName: cn,
    dnsNames: names.dns,
    ipAddresses: names.ip,
    serialNumber: forge.util.bytesToHex(serial.value as string).toUpperCase(),
    thumbprint: forge.md.sha1.create().update(der).digest().toHex().toUpperCase(),
    notBefore: readTime(validity[0]),
    notAfter: readTime(validity[1]),
    ...key,
    signature: signatureAlgorithmFor(sigOid),
    selfIssued: subjectDn === issuerDn,
    extendedKeyUsage: eku,
  };
}

// The short names node-forge's x509.js gives these attribute names (it is not loaded: see ./forge.ts).
const SHORT_NAMES: Record<string, string> = {
  commonName: 'CN',
  countryName: 'C',
  localityName: 'L',
  stateOrProvinceName: 'ST',
  organizationName: 'O',
  organizationalUnitName: 'OU',
  emailAddress: 'E',
};

/** A Name's attributes in the order of the DER, as node-forge's pki.RDNAttributesAsArray reads them. */
function rdnAttributes(rdn: forge.asn1.Asn1): RdnAttribute[] {
  const out: RdnAttribute[] = [];
  for (const set of rdn.value as forge.asn1.Asn1[]) {
    for (const attr of set.value as forge.asn1.Asn1[]) {
      const [oid, value] = attr.value as forge.asn1.Asn1[];
      const type = asn1.derToOid(oid.value as string);
      const name = Object.hasOwn(forge.pki.oids, type) ? forge.pki.oids[type] : undefined;
      const shortName = name !== undefined && Object.hasOwn(SHORT_NAMES, name) ? SHORT_NAMES[name] : undefined;
      out.push({ type, value: value.value, ...(name !== undefined ? { name } : {}), ...(shortName ? { shortName } : {}) });
    }
  }
  return out;
}

function seq(node: forge.asn1.Asn1 | undefined, what: string): forge.asn1.Asn1[] {
  if (!node || node.type !== asn1.Type.SEQUENCE || !Array.isArray(node.value)) {
    throw new Error(`the ${what} is not an ASN.1 SEQUENCE`);
  }
  return node.value as forge.asn1.Asn1[];
}

function readTime(node: forge.asn1.Asn1): Date {
  const text = node.value as string;
  if (node.type === asn1.Type.UTCTIME) return asn1.utcTimeToDate(text);
  if (node.type === asn1.Type.GENERALIZEDTIME) return asn1.generalizedTimeToDate(text);
  throw new Error('a validity date is neither UTCTime nor GeneralizedTime');
}

/** Windows order: most specific first (CN=..., O=..., C=...), as Get-ExchangeCertificate shows it. */
function formatDn(attrs: RdnAttribute[]): string {
  return attrs
    .map((a) => `${a.shortName ?? a.type}=${String(a.value)}`)
    .reverse()
    .join(', ');
}

function readKey(spki: forge.asn1.Asn1[]): Pick<CertificateInfo, 'keyAlgorithm' | 'keySize' | 'curve'> {
  const alg = seq(spki[0], 'public key algorithm');
  const oid = asn1.derToOid(alg[0].value as string);
  const bits = spki[1].value as string; // BIT STRING: first byte = unused bits
  if (oid === OID_RSA) {
    const rsa = seq(asn1.fromDer(bits.slice(1)), 'RSA public key');
    let modulus = rsa[0].value as string;
    while (modulus.length > 1 && modulus.charCodeAt(0) === 0) modulus = modulus.slice(1);
    const top = modulus.charCodeAt(0);
    return { keyAlgorithm: 'RSA', keySize: (modulus.length - 1) * 8 + (32 - Math.clz32(top)) };
  }
  if (oid === OID_EC) {
    const curveOid = alg[1] && alg[1].type === asn1.Type.OID ? asn1.derToOid(alg[1].value as string) : '';
    const curve = CURVES[curveOid];
    return { keyAlgorithm: 'EC', keySize: curve?.bits, curve: curve?.name ?? curveOid };
  }
  if (oid === OID_DSA) return { keyAlgorithm: 'DSA', keySize: undefined };
  if (oid === '1.3.101.112') return { keyAlgorithm: 'Ed25519', keySize: 256 };
  if (oid === '1.3.101.113') return { keyAlgorithm: 'Ed448', keySize: 456 };
  return { keyAlgorithm: 'unknown' };
}

function readExtensions(node: forge.asn1.Asn1, names: { dns: string[]; ip: string[] }, eku: string[]): void {
  const list = seq((node.value as forge.asn1.Asn1[])[0], 'extensions');
  for (const ext of list) {
    const parts = seq(ext, 'extension');
    const oid = asn1.derToOid(parts[0].value as string);
    const octets = parts[parts.length - 1].value as string;
    if (oid === '2.5.29.17') {
      for (const gn of seq(asn1.fromDer(octets), 'subjectAltName')) {
        if (gn.tagClass !== asn1.Class.CONTEXT_SPECIFIC) continue;
        if (gn.type === 2) names.dns.push(gn.value as string);
        else if (gn.type === 7) names.ip.push(formatIp(gn.value as string));
      }
    } else if (oid === '2.5.29.37') {
      for (const p of seq(asn1.fromDer(octets), 'extendedKeyUsage')) {
        const o = asn1.derToOid(p.value as string);
        eku.push(EKU_NAMES[o] ?? o);
      }
    }
  }
}

function formatIp(bytes: string): string {
  if (bytes.length === 4) return Array.from(bytes, (c) => c.charCodeAt(0)).join('.');
  const groups: string[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) groups.push(((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1)).toString(16));
  return groups.join(':');
}
