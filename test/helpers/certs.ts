// Real X.509 certificates for tests, made with node-forge (RSA keys come from Node's native generator via forge).
import forge from 'node-forge';

const keyCache = new Map<number, forge.pki.rsa.KeyPair>();

export function rsaKey(bits: number): forge.pki.rsa.KeyPair {
  let k = keyCache.get(bits);
  if (!k) {
    k = forge.pki.rsa.generateKeyPair({ bits, e: 0x10001 });
    keyCache.set(bits, k);
  }
  return k;
}

export interface CertSpec {
  cn?: string;
  /** DNS SANs; none → no SAN extension. */
  dnsNames?: string[];
  notBefore?: Date;
  notAfter?: Date;
  keyBits?: number;
  hash?: 'sha1' | 'sha256' | 'md5' | 'sha384';
  serial?: string;
  issuerCn?: string;
}

/** DER as a forge binary string. */
export function makeCertificateDer(spec: CertSpec = {}): string {
  const keys = rsaKey(spec.keyBits ?? 2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = spec.serial ?? '0a1b2c3d';
  cert.validity.notBefore = spec.notBefore ?? new Date('2024-03-01T09:15:00Z');
  cert.validity.notAfter = spec.notAfter ?? new Date('2029-03-01T09:15:00Z');
  const subject = [{ shortName: 'CN', value: spec.cn ?? 'EDGE01' }];
  cert.setSubject(subject);
  cert.setIssuer(spec.issuerCn ? [{ shortName: 'CN', value: spec.issuerCn }] : subject);
  const exts: object[] = [
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true },
  ];
  const dns = spec.dnsNames ?? ['EDGE01', 'edge01.contoso.com'];
  if (dns.length > 0) exts.push({ name: 'subjectAltName', altNames: dns.map((value) => ({ type: 2, value })) });
  cert.setExtensions(exts);
  const md = { sha1: forge.md.sha1, sha256: forge.md.sha256, md5: forge.md.md5, sha384: forge.md.sha384 }[spec.hash ?? 'sha256'].create();
  cert.sign(keys.privateKey, md);
  return forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
}

export function thumbprintOf(der: string): string {
  return forge.md.sha1.create().update(der).digest().toHex().toUpperCase();
}

function u32le(n: number): string {
  return String.fromCharCode(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
}

/** The layout of X509Certificate2.Export(SerializedCert): property entries, then the certificate as property 32. */
export function serializedCertificate(der: string): string {
  const entry = (id: number, data: string) => u32le(id) + u32le(1) + u32le(data.length) + data;
  const sha1 = forge.md.sha1.create().update(der).digest().getBytes();
  const keyId = forge.md.sha1
    .create()
    .update('key' + der.length)
    .digest()
    .getBytes();
  return entry(3, sha1) + entry(20, keyId) + entry(32, der);
}

export function base64(bytes: string): string {
  return forge.util.encode64(bytes);
}

export function pem(der: string): string {
  return forge.pki.certificateToPem(forge.pki.certificateFromAsn1(forge.asn1.fromDer(der)));
}
