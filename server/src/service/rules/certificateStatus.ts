import { OBJECT_KINDS_OF_FILES } from './objectRules';
import type { Rule } from './types';

const MEANING: Record<string, string> = {
  dateinvalid: 'it is outside its validity period (expired or not yet valid)',
  revoked: 'its issuer has revoked it',
  invalid: 'Windows considers it invalid (broken chain or signature)',
  untrusted: 'its chain does not end in a trusted root on this server',
  revocationcheckfailed: 'the revocation list or OCSP responder could not be reached',
  revocationcheckfailure: 'the revocation list or OCSP responder could not be reached',
  pendingrequest: 'it is a certificate request that was never completed',
  unknown: 'its status could not be determined',
};

export const certificateStatus: Rule = {
  meta: {
    id: 'certificate-status',
    defaultSeverity: 'warning',
    category: 'certificate',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'Get-ExchangeCertificate reports a Status other than Valid.',
  },
  check(ctx) {
    for (const c of ctx.file.certificates) {
      if (!c.status || c.status.value.toLowerCase() === 'valid') continue;
      const why = MEANING[c.status.value.toLowerCase()] ?? 'Exchange does not consider it usable';
      ctx.report({
        range: c.status.range,
        message: `${c.label} has Status ${c.status.value}: ${why}. Servers that validate it refuse TLS with it. Check it with Get-ExchangeCertificate -Thumbprint ${c.thumbprint ?? '<thumbprint>'} | Format-List Status,NotAfter,Issuer, then complete, renew or replace it. ${c.remedy}`,
      });
    }
  },
};
