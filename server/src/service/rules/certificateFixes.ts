// How a certificate is renewed depends on which certificate it is (docs/rules/certificate-expired.md, "How to fix"):
// - the Auth (OAuth) certificate: a new one made active with Set-AuthConfig, never enabled for services;
// - an Exchange self-signed certificate: `Get-ExchangeCertificate -Thumbprint X | New-ExchangeCertificate`;
// - a CA certificate: a renewal request to the same CA, then import and enable the issued certificate;
// - the Edge certificate of a subscription: renewed as the Edge's default SMTP certificate, then a new subscription.
// Making or enabling a certificate for SMTP asks whether to replace the default SMTP (internal transport)
// certificate; every title says what to answer.
import { AUTH_CERTIFICATE_SUBJECT } from '../certificate/roles';
import type { CertificateContext } from './certificateContext';
import type { Fix } from './types';

export type RenewalFixId = 'renewAuthStaged' | 'renewAuthNow' | 'renewSelfSigned' | 'requestRenewal' | 'renewEdge' | 'requestEdgeRenewal';

/** Titles of the renewal fixes, for the `fixes` of every rule that offers them. */
export const RENEWAL_FIX_TITLES: Readonly<Record<RenewalFixId, string>> = {
  renewAuthStaged: 'Stage a new Auth certificate, active in 48 hours (Set-AuthConfig; answer No if asked to replace the default SMTP certificate)',
  renewAuthNow: 'Replace the Auth certificate now (Set-AuthConfig, publish, clear the old one; answer No if asked to replace the default SMTP certificate)',
  renewSelfSigned: 'Renew self-signed {{subject}} (answer No to replacing the default SMTP certificate unless this one is the default)',
  requestRenewal: 'Request a renewal of {{subject}} from its CA (writes a request file; import and enable the issued certificate after)',
  renewEdge: 'On the Edge: renew {{subject}}, answer Yes to make it the default SMTP certificate, and make a new subscription file',
  requestEdgeRenewal: 'On the Edge: request a renewal of {{subject}} from its CA (then enable it for SMTP as the default and subscribe again)',
};

const NEW_AUTH_CERTIFICATE = `$c = New-ExchangeCertificate -KeySize 2048 -PrivateKeyExportable $true -SubjectName "${AUTH_CERTIFICATE_SUBJECT.replace('CN=', 'cn=')}" -FriendlyName "Microsoft Exchange Server Auth Certificate" -DomainName @()`;

/** `-Thumbprint` argument: the thumbprint, or a quoted placeholder (PowerShell reserves an unquoted `<`). */
export function thumbprintArg(thumbprint: string | undefined, placeholder = '<thumbprint>'): string {
  return thumbprint ?? `"${placeholder}"`;
}

export interface RenewalNeed {
  /** Already unusable (expired, revoked): the Auth certificate is replaced at once instead of staged. */
  now?: boolean;
  /** The renewed certificate needs this RSA key size (the old one is too short). */
  keySize?: number;
}

/** The fixes that renew a certificate, the one that cannot hurt first. */
export function renewalFixes(c: CertificateContext, need: RenewalNeed = {}): Fix<RenewalFixId>[] {
  const data = { subject: c.facts.subject || 'the certificate' };
  if (c.auth) {
    return need.now
      ? [
          {
            fixId: 'renewAuthNow',
            data,
            command: `${NEW_AUTH_CERTIFICATE}; Set-AuthConfig -NewCertificateThumbprint $c.Thumbprint -NewCertificateEffectiveDate (Get-Date); Set-AuthConfig -PublishCertificate; Set-AuthConfig -ClearPreviousCertificate`,
          },
        ]
      : [
          {
            fixId: 'renewAuthStaged',
            data,
            command: `${NEW_AUTH_CERTIFICATE}; Set-AuthConfig -NewCertificateThumbprint $c.Thumbprint -NewCertificateEffectiveDate (Get-Date).AddHours(48)`,
          },
        ];
  }
  const get = `Get-ExchangeCertificate -Thumbprint ${thumbprintArg(c.facts.thumbprint)}`;
  const key = need.keySize ? ` -KeySize ${need.keySize}` : '';
  // -RequestFile exists only in Exchange 2013: the reference's way for every release writes the request itself.
  const request = (file: string) =>
    `$request = ${get} | New-ExchangeCertificate -GenerateRequest${key}; [System.IO.File]::WriteAllBytes("$env:TEMP\\${file}", [System.Text.Encoding]::Unicode.GetBytes($request))`;
  if (c.edgeSubscription) {
    return c.selfSigned === false
      ? [{ fixId: 'requestEdgeRenewal', data, command: request('edge-renewal.req') }]
      : [{ fixId: 'renewEdge', data, command: `${get} | New-ExchangeCertificate${key}; New-EdgeSubscription -FileName "$env:TEMP\\EdgeSubscription.xml"` }];
  }
  const selfSigned: Fix<RenewalFixId> = { fixId: 'renewSelfSigned', data, command: `${get} | New-ExchangeCertificate${key}` };
  const ca: Fix<RenewalFixId> = { fixId: 'requestRenewal', data, command: request('renewal.req') };
  if (c.selfSigned === true) return [selfSigned];
  if (c.selfSigned === false) return [ca];
  // Unknown issuer: a request changes nothing on the server, so it comes first.
  return [ca, selfSigned];
}
