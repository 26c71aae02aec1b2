import { dateReadingNote } from '../certificate/facts';
import { boundToNoService, certificatesToCheck } from './certificateContext';
import { day, judgeDate, type DateVerdict } from './certificateDates';
import { RENEWAL_FIX_TITLES, renewalFixes, thumbprintArg } from './certificateFixes';
import { CONNECTOR_FIX_TITLES, reportConnectorsPresenting } from './certificateOnConnectors';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { defineRule, type Fix } from './types';

type ExpiredMessage = 'expired' | 'expiredAuth' | 'expiredAuthEitherReading' | 'expiredUnbound' | 'expiredEitherReading' | 'mayHaveExpired';

/** When two readings of the date both make the finding, the message gives both: it never states one as the date. */
function messageFor(v: Exclude<DateVerdict, { kind: 'none' }>, auth: boolean, unbound: boolean): ExpiredMessage {
  if (v.kind === 'possible') return 'mayHaveExpired';
  if (auth) return v.other ? 'expiredAuthEitherReading' : 'expiredAuth';
  if (v.other) return 'expiredEitherReading';
  return unbound ? 'expiredUnbound' : 'expired';
}

export const certificateExpired = defineRule({
  meta: {
    id: 'certificate-expired',
    defaultSeverity: 'error',
    category: 'certificate',
    kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'The certificate has expired: peers that check it refuse TLS, and STARTTLS with it may stop.',
    messages: {
      expired: '{{name}} expired on {{date}}.',
      expiredAuth: 'The Exchange Server Auth (OAuth) certificate expired on {{date}}.',
      expiredAuthEitherReading: 'The Exchange Server Auth (OAuth) certificate expired on {{date}} or {{other}}: its NotAfter reads both ways.',
      expiredUnbound: '{{name}} expired on {{date}}, but it is bound to no Exchange service.',
      expiredEitherReading: '{{name}} expired on {{date}} or {{other}}: its NotAfter reads both ways.',
      mayHaveExpired: '{{name}} may have expired: its NotAfter reads as {{date}} or {{other}}.',
      connectorExpired: '{{kind}} "{{connector}}" presents {{name}}, which expired on {{date}}.',
      connectorExpiredEitherReading: '{{kind}} "{{connector}}" presents {{name}}, which expired on {{date}} or {{other}}.',
      connectorMayHaveExpired: '{{kind}} "{{connector}}" presents {{name}}, which may have expired ({{date}} or {{other}}).',
    },
    fixes: {
      ...RENEWAL_FIX_TITLES,
      ...CONNECTOR_FIX_TITLES,
      removeUnbound: 'Remove {{subject}} (bound to no Exchange service; first check that IIS or WMSvc do not use it)',
    },
    sources: [
      { title: 'Renew an Exchange Server certificate', url: 'https://learn.microsoft.com/exchange/architecture/client-access/renew-certificates' },
      'Enable-ExchangeCertificate',
      'Set-AuthConfig',
      {
        title: 'Maintain (assign) the OAuth certificate used by Exchange',
        url: 'https://learn.microsoft.com/exchange/plan-and-deploy/integration-with-sharepoint-and-skype/maintain-oauth-certificate',
      },
      { title: 'Edge Subscriptions in Exchange Server', url: 'https://learn.microsoft.com/exchange/architecture/edge-transport-servers/edge-subscriptions' },
    ],
  },
  check(ctx) {
    const now = ctx.settings.now.getTime();
    for (const c of certificatesToCheck(ctx.file)) {
      const notAfter = c.facts.notAfter;
      if (!notAfter) continue;
      const v = judgeDate(notAfter, (end) => end <= now);
      if (v.kind === 'none') continue;
      const unbound = boundToNoService(c);
      const data = { name: c.facts.label, date: day(v.date), other: v.other ? day(v.other) : '' };
      const messageId = messageFor(v, c.auth, unbound);
      const remove: Fix<'removeUnbound'> = {
        fixId: 'removeUnbound',
        data: { subject: c.facts.subject || 'the certificate' },
        command: `Remove-ExchangeCertificate -Thumbprint ${thumbprintArg(c.facts.thumbprint)}`,
      };
      ctx.report({
        range: notAfter.range,
        messageId,
        data,
        // A certificate no Exchange service uses changes nothing when it expires: one severity lower.
        uncertain: v.kind === 'possible' || unbound,
        fix: unbound ? remove : renewalFixes(c, { now: true }),
        relatedInformation: dateReadingNote(notAfter, 'NotAfter'),
      });
    }
  },
  checkProject(ctx) {
    const now = ctx.settings.now.getTime();
    reportConnectorsPresenting(
      ctx,
      () => (end) => end <= now,
      { certain: 'connectorExpired', either: 'connectorExpiredEitherReading', possible: 'connectorMayHaveExpired' },
      { now: true },
    );
  },
});
