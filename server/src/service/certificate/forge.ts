// The parts of node-forge the engine uses: ASN.1 with its OID names, base64 and hex, SHA-1 and SHA-256. The package's
// main module loads all of forge (TLS, ciphers, RSA, PKCS#7/#12, ed25519...): three times the code, parsed and kept
// by every process that loads the engine. Each part below registers itself on the shared forge object.
import forge from 'node-forge/lib/forge';
import 'node-forge/lib/asn1';
import 'node-forge/lib/sha1';
import 'node-forge/lib/sha256';

export default forge;
