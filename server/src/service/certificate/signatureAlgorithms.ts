// Signature algorithms by OID, with the hash strength verdict HealthChecker uses (SHA-1, MD5, MD4, MD2 = weak).

export interface SignatureAlgorithmInfo {
  oid: string;
  name: string;
  hash: string;
  weak: boolean;
}

const TABLE: Record<string, Omit<SignatureAlgorithmInfo, 'oid'>> = {
  '1.2.840.113549.1.1.2': { name: 'md2WithRSAEncryption', hash: 'MD2', weak: true },
  '1.2.840.113549.1.1.3': { name: 'md4WithRSAEncryption', hash: 'MD4', weak: true },
  '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', hash: 'MD5', weak: true },
  '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', hash: 'SHA-1', weak: true },
  '1.3.14.3.2.29': { name: 'sha1WithRSASignature', hash: 'SHA-1', weak: true },
  '1.2.840.10040.4.3': { name: 'dsa-with-sha1', hash: 'SHA-1', weak: true },
  '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', hash: 'SHA-1', weak: true },
  '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', hash: 'SHA-256', weak: false },
  '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', hash: 'SHA-384', weak: false },
  '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', hash: 'SHA-512', weak: false },
  '1.2.840.113549.1.1.14': { name: 'sha224WithRSAEncryption', hash: 'SHA-224', weak: false },
  '1.2.840.113549.1.1.10': { name: 'RSASSA-PSS', hash: 'SHA-2 (PSS)', weak: false },
  '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', hash: 'SHA-256', weak: false },
  '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', hash: 'SHA-384', weak: false },
  '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', hash: 'SHA-512', weak: false },
  '1.3.101.112': { name: 'Ed25519', hash: 'Ed25519', weak: false },
};

export function signatureAlgorithmFor(oid: string): SignatureAlgorithmInfo {
  const known = TABLE[oid];
  return known ? { oid, ...known } : { oid, name: oid, hash: 'unknown', weak: false };
}
