// Extracts DER certificate bytes from what an EdgeCertificateBlob (or a pasted value) may hold:
// 1. base64 of a Windows serialized certificate store element (X509ContentType.SerializedCert):
//    little-endian entries {u32 propId, u32 encodingType, u32 length, bytes}; the DER cert is propId 32;
// 2. base64 of plain DER; 3. PEM text, directly or base64-encoded.
import forge from './forge';

export type BlobFormat = 'serialized-cert' | 'der' | 'pem';

export interface SerializedProperty {
  id: number;
  length: number;
}

export type BlobResult = { ok: true; der: string; format: BlobFormat; properties: SerializedProperty[] } | { ok: false; reason: string };

const CERT_PROP_ID = 32;
const PEM_RE = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/;

/** `der` in the result is a forge binary string (one char per byte). */
export function decodeCertificateBlob(text: string): BlobResult {
  const pem = PEM_RE.exec(text);
  if (pem) return fromBase64(pem[1], 'pem');
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0) return { ok: false, reason: 'the element is empty' };
  const bad = /[^A-Za-z0-9+/=]/.exec(compact);
  if (bad) return { ok: false, reason: `it is not base64: character ${JSON.stringify(bad[0])} at position ${bad.index + 1}` };
  if (compact.length % 4 !== 0 || /=[^=]/.test(compact)) {
    return { ok: false, reason: `the base64 is truncated or malformed (${compact.length} characters, not a multiple of 4)` };
  }
  const bytes = forge.util.decode64(compact);
  const innerPem = PEM_RE.exec(bytes.slice(0, 64 * 1024));
  if (innerPem) return fromBase64(innerPem[1], 'pem');
  return fromBytes(bytes);
}

function fromBase64(b64: string, format: BlobFormat): BlobResult {
  const compact = b64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    return { ok: false, reason: 'the PEM body is not valid base64' };
  }
  return { ok: true, der: forge.util.decode64(compact), format, properties: [] };
}

function fromBytes(bytes: string): BlobResult {
  const serialized = walkSerializedElement(bytes);
  if (serialized.ok) return serialized;
  if (bytes.charCodeAt(0) === 0x30) return { ok: true, der: bytes, format: 'der', properties: [] };
  return serialized;
}

function u32(bytes: string, at: number): number {
  return (bytes.charCodeAt(at) | (bytes.charCodeAt(at + 1) << 8) | (bytes.charCodeAt(at + 2) << 16) | (bytes.charCodeAt(at + 3) << 24)) >>> 0;
}

function walkSerializedElement(bytes: string): BlobResult {
  const properties: SerializedProperty[] = [];
  let at = 0;
  while (at + 12 <= bytes.length) {
    const id = u32(bytes, at);
    const encoding = u32(bytes, at + 4);
    const length = u32(bytes, at + 8);
    if (encoding !== 1 || id > 0xffff) {
      return { ok: false, reason: `it is neither a serialized certificate (entry at byte ${at} has property ${id}, encoding ${encoding}) nor DER` };
    }
    const start = at + 12;
    if (start + length > bytes.length) {
      return { ok: false, reason: `the data is truncated: property ${id} declares ${length} bytes but only ${bytes.length - start} remain` };
    }
    properties.push({ id, length });
    if (id === CERT_PROP_ID) return { ok: true, der: bytes.slice(start, start + length), format: 'serialized-cert', properties };
    at = start + length;
  }
  return {
    ok: false,
    reason: properties.length > 0 ? 'the serialized element has no certificate entry (property 32)' : 'it is too short to hold a certificate',
  };
}
