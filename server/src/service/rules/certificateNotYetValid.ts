import { dateReadingNote } from '../certificate/facts';
import { certificatesToCheck } from './certificateContext';
import { day, judgeDate } from './certificateDates';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { defineRule } from './types';

export const certificateNotYetValid = defineRule({
  meta: {
    id: 'certificate-not-yet-valid',
    defaultSeverity: 'error',
    category: 'certificate',
    kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'The certificate is not valid yet (NotBefore is in the future): a clock or issuance problem.',
    messages: {
      notYetValid: '{{name}} is not valid until {{date}}.',
      notYetValidEitherReading: '{{name}} is not valid until {{date}} or {{other}}: its NotBefore reads both ways.',
      mayNotBeValidYet: '{{name}} may not be valid yet: its NotBefore reads as {{date}} or {{other}}.',
    },
    sources: [{ title: 'Renew an Exchange Server certificate', url: 'https://learn.microsoft.com/exchange/architecture/client-access/renew-certificates' }],
  },
  check(ctx) {
    const now = ctx.settings.now.getTime();
    for (const c of certificatesToCheck(ctx.file)) {
      const notBefore = c.facts.notBefore;
      if (!notBefore) continue;
      const v = judgeDate(notBefore, (start) => start > now);
      if (v.kind === 'none') continue;
      ctx.report({
        range: notBefore.range,
        messageId: v.kind === 'possible' ? 'mayNotBeValidYet' : v.other ? 'notYetValidEitherReading' : 'notYetValid',
        data: { name: c.facts.label, date: day(v.date), other: v.other ? day(v.other) : '' },
        uncertain: v.kind === 'possible',
        relatedInformation: dateReadingNote(notBefore, 'NotBefore'),
      });
    }
  },
});
