import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { defineRule } from './types';

/** Decoder errors can be long (node-forge's ASN.1 messages): the message keeps their start. */
const MAX_REASON = 120;

export const certificateUnreadable = defineRule({
  meta: {
    id: 'certificate-unreadable',
    defaultSeverity: 'error',
    category: 'certificate',
    kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'A certificate in the file cannot be decoded (bad base64, truncated data, not X.509).',
    messages: {
      unreadable: '{{what}} cannot be read as a certificate: {{reason}}.',
    },
    sources: ['New-EdgeSubscription', 'Get-ExchangeCertificate'],
  },
  check(ctx) {
    for (const u of ctx.file.unreadableCertificates) {
      const reason = u.reason.replace(/\.$/, '');
      ctx.report({
        range: u.range,
        messageId: 'unreadable',
        data: { what: u.what, reason: reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason },
        // What to do depends on where the certificate came from: the reader says (a new export, a new subscription file).
        relatedInformation: [{ range: u.range, message: u.remedy }],
      });
    }
  },
});
