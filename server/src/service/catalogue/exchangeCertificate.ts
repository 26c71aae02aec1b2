// Get-ExchangeCertificate (on-premises Exchange): the default Format-List view, then the extra properties of
// Format-List * (the object is an X509Certificate2 with Exchange additions), then the remoting note properties.
// Real Export-Clixml dumps carry only RawData plus the remoting properties.
import { computed, docsUrl, remotingProperties, settable } from './common';
import type { ObjectKindDef, PropertyDef } from './types';

const GET_DOCS = docsUrl('Get-ExchangeCertificate');

/** A property of the certificate itself: read-only, documented on the Get-ExchangeCertificate page. */
function cert(def: Omit<PropertyDef, 'readOnly' | 'docs'>): PropertyDef {
  return computed({ ...def, docs: GET_DOCS });
}

const properties: PropertyDef[] = [
  // Default Format-List view.
  cert({
    name: 'AccessRules',
    type: { kind: 'list', item: 'string' },
    summary: 'Who may use the private key, as a list of CryptoKeyAccessRule objects (only their type names show in text dumps).',
  }),
  cert({
    name: 'CertificateDomains',
    type: { kind: 'list', item: 'string' },
    summary: 'The host names in the certificate (subject alternative names and subject common name), wildcards included.',
    security:
      'Exchange picks the certificate for SMTP TLS by these names: a connector Fqdn must appear here. The Edge default certificate holds the Edge NetBIOS name and FQDN.',
  }),
  cert({
    name: 'HasPrivateKey',
    type: { kind: 'bool' },
    summary: 'Whether the server holds the private key. Without it the certificate cannot be used for TLS.',
  }),
  cert({
    name: 'IsSelfSigned',
    type: { kind: 'bool' },
    summary: 'Whether the certificate signed itself instead of being issued by a certification authority.',
    security:
      'Fine between Edge and Mailbox servers (direct trust compares the certificate itself, stored in Active Directory). Internet senders, partners and Microsoft 365 do not trust self-signed certificates.',
  }),
  cert({
    name: 'Issuer',
    type: { kind: 'string' },
    summary: 'The distinguished name of the issuing authority. With Subject it forms the <I>issuer<S>subject value of TlsCertificateName.',
  }),
  cert({
    name: 'NotAfter',
    type: { kind: 'date' },
    summary: 'When the certificate expires, shown in the local time and date format of the machine that ran the command.',
    security:
      'An expired SMTP certificate breaks TLS with partners and Microsoft 365; on an Edge server it also breaks the direct trust used by EdgeSync. Renewing the Edge certificate requires a new Edge subscription.',
  }),
  cert({
    name: 'NotBefore',
    type: { kind: 'date' },
    summary: 'When the certificate becomes valid, in the local time of the machine that ran the command.',
  }),
  cert({
    name: 'PublicKeySize',
    type: { kind: 'int', min: 0 },
    summary: 'The length of the public key in bits (the help says bytes, but the values are bits, such as 2048).',
    security: 'RSA keys shorter than 2048 bits are considered weak.',
  }),
  cert({
    name: 'RootCAType',
    type: { kind: 'enum', enum: 'RootCAType' },
    summary: 'What kind of authority the certificate chains to: a public CA, an enterprise CA, Exchange itself (Registry) and so on.',
    security: 'Registry (Exchange self-signed) certificates are trusted only by Exchange direct trust, not by external servers.',
  }),
  cert({
    name: 'SerialNumber',
    type: { kind: 'string' },
    summary: 'The serial number the issuer gave the certificate, in hexadecimal.',
  }),
  settable('Enable-ExchangeCertificate', {
    name: 'Services',
    type: { kind: 'flags', enum: 'AllowedServices' },
    summary: 'The Exchange services the certificate is enabled for. None is normal for certificates Exchange does not use (such as the WMSvc certificate).',
    security:
      'SMTP makes it usable for STARTTLS. On an Edge server, the default SMTP certificate is the one published by the Edge subscription for direct trust: enabling another one for SMTP breaks EdgeSync until you subscribe again.',
  }),
  cert({
    name: 'Status',
    type: { kind: 'enum', enum: 'CertificateStatus' },
    summary: 'Whether the certificate is valid, as this server sees it (chain, dates, revocation).',
    security: 'Anything but Valid needs attention: DateInvalid, Revoked and Invalid certificates fail TLS validation.',
  }),
  cert({
    name: 'Subject',
    type: { kind: 'string' },
    summary: 'The distinguished name of the certificate holder; the CN= part usually names the server or service.',
  }),
  cert({
    name: 'Thumbprint',
    type: { kind: 'thumbprint' },
    summary: 'The SHA-1 hash of the certificate, 40 hexadecimal digits; the key Exchange cmdlets use to select it.',
    security:
      'Direct trust compares the Edge certificate with the copy stored in Active Directory when the Edge was subscribed: if the Edge SMTP certificate now has another thumbprint, resubscribe the Edge.',
  }),
  // Format-List * extras.
  cert({
    name: 'Archived',
    type: { kind: 'bool' },
    summary: 'Whether the certificate is archived in the Windows store (hidden from normal listings).',
  }),
  cert({
    name: 'CertificateRequest',
    type: { kind: 'multiline-string' },
    summary: 'For a pending request: the certificate signing request to send to the CA. Empty for issued certificates.',
  }),
  cert({
    name: 'DnsNameList',
    type: { kind: 'list', item: 'string' },
    summary: 'The DNS names of the certificate, as .NET reads them.',
  }),
  cert({
    name: 'EnhancedKeyUsageList',
    type: { kind: 'list', item: 'string' },
    summary: 'What the certificate may be used for, typically Server Authentication (1.3.6.1.5.5.7.3.1).',
    security: 'A certificate without Server Authentication usage can be refused by TLS clients.',
  }),
  cert({
    name: 'Extensions',
    type: { kind: 'list', item: 'string' },
    summary: 'The X.509 extensions; text dumps show only their .NET type names.',
  }),
  computed({
    name: 'FriendlyName',
    type: { kind: 'string' },
    setBy: 'New-ExchangeCertificate -FriendlyName',
    docs: docsUrl('New-ExchangeCertificate', 'FriendlyName'),
    summary: 'A display label for the certificate, set when it is created or imported; Exchange does not use it for selection.',
  }),
  cert({
    name: 'Handle',
    type: { kind: 'string' },
    summary: 'A memory handle of the certificate in the process that read it; meaningless outside that process.',
  }),
  cert({
    name: 'Identity',
    type: { kind: 'identity' },
    summary: 'ServerFQDN\\Thumbprint: the value to pass to -Identity.',
  }),
  cert({
    name: 'IISServices',
    type: { kind: 'list', item: 'string' },
    summary: 'The IIS web sites the certificate is bound to.',
  }),
  cert({
    name: 'IssuerName',
    type: { kind: 'string' },
    summary: 'The issuer as a .NET X500DistinguishedName object (text dumps show only the type name); see Issuer.',
  }),
  cert({
    name: 'KeyIdentifier',
    type: { kind: 'string' },
    summary: 'An identifier of the key pair, as Exchange reports it.',
  }),
  cert({
    name: 'PrivateKey',
    type: { kind: 'string' },
    summary: 'The private key object (text dumps show only its type name, never the key).',
  }),
  computed({
    name: 'PrivateKeyExportable',
    type: { kind: 'bool' },
    setBy: 'New-ExchangeCertificate -PrivateKeyExportable',
    docs: docsUrl('New-ExchangeCertificate', 'PrivateKeyExportable'),
    summary: 'Whether the private key can be exported with the certificate. Exchange self-signed certificates are not exportable.',
    security: 'An exportable key can be copied to another machine by anyone with administrative access to this server.',
  }),
  cert({
    name: 'PublicKey',
    type: { kind: 'string' },
    summary: 'The public key object (text dumps show only its type name).',
  }),
  cert({
    name: 'RawData',
    type: { kind: 'string' },
    summary: 'The whole certificate in DER form (base64 in Export-Clixml). Everything else can be read from it.',
  }),
  cert({
    name: 'SendAsTrustedIssuer',
    type: { kind: 'bool' },
    summary: 'An Exchange flag on the certificate with no documented effect on transport.',
  }),
  cert({
    name: 'ServicesStringForm',
    type: { kind: 'string' },
    summary: 'The Services value in a compact text form used by Exchange internally.',
  }),
  cert({
    name: 'SignatureAlgorithm',
    type: { kind: 'string' },
    summary: 'The algorithm the issuer signed with (text dumps may show only the Oid type name).',
    security: 'SHA-1 and MD5 signatures are weak; use SHA-256 or better.',
  }),
  cert({
    name: 'SubjectKeyIdentifier',
    type: { kind: 'string' },
    summary: 'The subject key identifier extension, in hexadecimal.',
  }),
  cert({
    name: 'SubjectName',
    type: { kind: 'string' },
    summary: 'The subject as a .NET X500DistinguishedName object (text dumps show only the type name); see Subject.',
  }),
  // Script properties PowerShell 3.0 and later (Microsoft.PowerShell.Security type data) add to every
  // X509Certificate2; Format-List * shows them before the .NET properties. EnhancedKeyUsageList, DnsNameList and
  // SendAsTrustedIssuer are above.
  computed({
    name: 'EnrollmentPolicyEndPoint',
    type: { kind: 'string' },
    summary: 'The certificate enrollment policy end point, a PowerShell certificate-provider extra; text dumps show only its type name.',
  }),
  computed({
    name: 'EnrollmentServerEndPoint',
    type: { kind: 'string' },
    summary: 'The certificate enrollment server end point, a PowerShell certificate-provider extra; text dumps show only its type name.',
  }),
  computed({
    name: 'PolicyId',
    type: { kind: 'string' },
    summary: 'The enrollment policy ID the certificate was requested under, a PowerShell certificate-provider extra; usually empty.',
  }),
  cert({
    name: 'Version',
    type: { kind: 'int', min: 1, max: 3 },
    summary: 'The X.509 format version, normally 3.',
  }),
  ...remotingProperties(),
];

export const EXCHANGE_CERTIFICATE: ObjectKindDef = {
  kind: 'exchange-certificate',
  label: 'Exchange certificate',
  getCmdlet: 'Get-ExchangeCertificate',
  setCmdlet: 'Enable-ExchangeCertificate',
  releases: ['2007', '2010', '2013', '2016', '2019', 'SE'],
  signature: [
    'Thumbprint',
    'NotAfter',
    'NotBefore',
    'CertificateDomains',
    'Services',
    'RootCAType',
    'RawData',
    'HasPrivateKey',
    'IsSelfSigned',
    'PublicKeySize',
    'SerialNumber',
    'Issuer',
    'AccessRules',
  ],
  properties,
};
