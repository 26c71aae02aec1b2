import { OBJECT_KINDS_OF_FILES } from './objectRules';
import type { Rule } from './types';

export const certificateUnreadable: Rule = {
  meta: {
    id: 'certificate-unreadable',
    defaultSeverity: 'error',
    category: 'certificate',
    kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'A certificate in the file cannot be decoded (bad base64, truncated data, not X.509).',
  },
  check(ctx) {
    for (const u of ctx.file.unreadableCertificates) {
      ctx.report({ range: u.range, message: `${u.what} cannot be read as a certificate: ${u.reason}. ${u.remedy}` });
    }
  },
};
