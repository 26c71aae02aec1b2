import { certificatesToCheck } from './certificateContext';
import { RENEWAL_FIX_TITLES, renewalFixes } from './certificateFixes';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { defineRule } from './types';

export const certificateWeakSignature = defineRule({
  meta: {
    id: 'certificate-weak-signature',
    defaultSeverity: 'warning',
    category: 'certificate',
    kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'The certificate is signed with SHA-1 or MD5 (a self-signed one matters little: nothing checks that signature).',
    messages: {
      weakSignature: '{{name}} is signed with {{hash}}, which peers that validate the certificate may refuse.',
      weakSelfSigned: '{{name}} is self-signed with {{hash}}; no peer relies on that signature.',
    },
    fixes: RENEWAL_FIX_TITLES,
    sources: [
      { title: 'Renew an Exchange Server certificate', url: 'https://learn.microsoft.com/exchange/architecture/client-access/renew-certificates' },
      {
        title: 'TLS functionality and related terminology (direct trust)',
        url: 'https://learn.microsoft.com/exchange/tls-functionality-and-related-terminology-exchange-2013-help',
      },
    ],
  },
  check(ctx) {
    for (const c of certificatesToCheck(ctx.file)) {
      const s = c.facts.signature;
      if (!s || !s.value.weak) continue;
      // A self-signed certificate is trusted as itself (direct trust, pinning) or not at all: its own signature
      // protects nothing, so the finding is one severity lower.
      const selfSigned = c.selfSigned === true;
      ctx.report({
        range: s.range,
        messageId: selfSigned ? 'weakSelfSigned' : 'weakSignature',
        data: { name: c.facts.label, hash: s.value.hash },
        uncertain: selfSigned,
        fix: renewalFixes(c),
      });
    }
  },
});
