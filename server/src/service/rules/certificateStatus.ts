import { certificatesToCheck } from './certificateContext';
import { RENEWAL_FIX_TITLES, renewalFixes, thumbprintArg } from './certificateFixes';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { defineRule, type Fix } from './types';

type StatusMessage = 'dateInvalid' | 'revoked' | 'invalid' | 'untrusted' | 'revocationCheckFailed' | 'pendingRequest' | 'unknown' | 'other';

/** Each Status value Exchange prints (lower case), its message and whether the certificate must be replaced. */
const STATUSES: Readonly<Record<string, { messageId: StatusMessage; renew: boolean }>> = {
  dateinvalid: { messageId: 'dateInvalid', renew: true },
  revoked: { messageId: 'revoked', renew: true },
  invalid: { messageId: 'invalid', renew: true },
  untrusted: { messageId: 'untrusted', renew: false },
  revocationcheckfailure: { messageId: 'revocationCheckFailed', renew: false },
  revocationcheckfailed: { messageId: 'revocationCheckFailed', renew: false },
  pendingrequest: { messageId: 'pendingRequest', renew: false },
  unknown: { messageId: 'unknown', renew: false },
};

export const certificateStatus = defineRule({
  meta: {
    id: 'certificate-status',
    defaultSeverity: 'warning',
    category: 'certificate',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'Get-ExchangeCertificate reports a Status other than Valid.',
    messages: {
      dateInvalid: '{{name}} has Status DateInvalid: it is outside its validity period.',
      revoked: '{{name}} has Status Revoked: its issuer has revoked it.',
      invalid: '{{name}} has Status Invalid: Windows cannot verify its chain or signature.',
      untrusted: '{{name}} has Status Untrusted: its chain ends in no root this server trusts.',
      revocationCheckFailed: '{{name}} has Status {{status}}: its revocation list or OCSP responder was unreachable.',
      pendingRequest: '{{name}} is a certificate request that was never completed (Status PendingRequest).',
      unknown: '{{name}} has Status Unknown: Exchange could not determine whether it is usable.',
      other: '{{name}} has Status {{status}}, not Valid.',
    },
    fixes: {
      ...RENEWAL_FIX_TITLES,
      completeRequest: 'Complete the request with the certificate file the CA issued (Import-ExchangeCertificate)',
      removeRequest: 'Remove the abandoned request {{subject}}',
    },
    sources: ['Get-ExchangeCertificate', 'Import-ExchangeCertificate', 'Remove-ExchangeCertificate'],
  },
  check(ctx) {
    for (const c of certificatesToCheck(ctx.file)) {
      const status = c.facts.status;
      if (!status || status.value.toLowerCase() === 'valid') continue;
      const known = STATUSES[status.value.toLowerCase()];
      const thumbprint = thumbprintArg(c.facts.thumbprint);
      const subject = c.facts.subject || 'the request';
      const pending: Fix<'completeRequest' | 'removeRequest'>[] = [
        { fixId: 'completeRequest', command: `Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes('<certificate file from the CA>'))` },
        { fixId: 'removeRequest', data: { subject }, command: `Remove-ExchangeCertificate -Thumbprint ${thumbprint}` },
      ];
      ctx.report({
        range: status.range,
        messageId: known?.messageId ?? 'other',
        data: { name: c.facts.label, status: status.value },
        fix: known?.messageId === 'pendingRequest' ? pending : known?.renew ? renewalFixes(c, { now: true }) : undefined,
      });
    }
  },
});
