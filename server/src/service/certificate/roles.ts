// Certificates that are not like the others: the Exchange Server Auth (OAuth) certificate, renewed through
// Set-AuthConfig rather than enabled for services, and certificates Windows or Azure make in the same store, which
// Get-ExchangeCertificate lists but Exchange never uses (HealthChecker leaves them out too).

/** The subject Exchange setup gives the Auth certificate (and the one Microsoft's renewal steps recreate). */
export const AUTH_CERTIFICATE_SUBJECT = 'CN=Microsoft Exchange Server Auth Certificate';

/** A DN compared loosely: case-insensitive, spaces around `=` and `,` ignored. */
function flat(dn: string): string {
  return dn
    .trim()
    .replace(/\s*([=,])\s*/g, '$1')
    .toLowerCase();
}

export function isAuthCertificate(subject: string | undefined): boolean {
  return !!subject && flat(subject) === flat(AUTH_CERTIFICATE_SUBJECT);
}

/**
 * Made and renewed outside Exchange: matched on the subject or the issuer, as CSS-Exchange HealthChecker's exclusion
 * list does (Get-ExchangeServerCertificates.ps1).
 */
const FOREIGN: readonly { pattern: RegExp; owner: string }[] = [
  // The Azure VM agent's certificate for extension settings; the agent makes a new one when needed.
  { pattern: /^DC=Windows Azure CRP Certificate Generator$/i, owner: 'the Azure VM agent' },
  // Entra ID peer-to-peer access certificates, valid for a day.
  { pattern: /^CN=MS-Organization-P2P-Access \[[12][0-9]{3}\]$/i, owner: 'Entra ID device access' },
];

/** Who owns a certificate Exchange does not use, or undefined for every other certificate. */
export function foreignOwner(subject: string | undefined, issuer?: string): string | undefined {
  for (const dn of [subject, issuer]) {
    if (!dn) continue;
    const hit = FOREIGN.find((f) => f.pattern.test(flat(dn)));
    if (hit) return hit.owner;
  }
  return undefined;
}
