import { dateReadingNote, type CertificateFacts } from '../certificate/facts';
import { formatDuration } from '../time/ticks';
import { boundToNoService, certificatesToCheck } from './certificateContext';
import { day, judgeDate, type DateVerdict } from './certificateDates';
import { RENEWAL_FIX_TITLES, renewalFixes } from './certificateFixes';
import { CONNECTOR_FIX_TITLES, reportConnectorsPresenting } from './certificateOnConnectors';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { defineRule } from './types';

const DAY_MS = 86400000;

/**
 * How long before NotAfter to warn: the configured days, or a third of the certificate's lifetime when that is
 * shorter (short-lived certificates are renewed then, as ACME clients do).
 */
function windowMs(facts: CertificateFacts, days: number): number {
  const configured = days * DAY_MS;
  const from = facts.notBefore?.value.getTime();
  const to = facts.notAfter?.value.getTime();
  if (from === undefined || to === undefined || facts.notBefore?.alternative || facts.notAfter?.alternative || to <= from) return configured;
  return Math.min(configured, (to - from) / 3);
}

type ExpiringMessage = 'expiring' | 'expiringAuth' | 'expiringAuthEitherReading' | 'expiringUnbound' | 'expiringEitherReading' | 'mayExpireSoon';

/** As certificate-expired: two readings that both make the finding are both given. */
function messageFor(v: Exclude<DateVerdict, { kind: 'none' }>, auth: boolean, unbound: boolean): ExpiringMessage {
  if (v.kind === 'possible') return 'mayExpireSoon';
  if (auth) return v.other ? 'expiringAuthEitherReading' : 'expiringAuth';
  if (v.other) return 'expiringEitherReading';
  return unbound ? 'expiringUnbound' : 'expiring';
}

export const certificateExpiring = defineRule({
  meta: {
    id: 'certificate-expiring',
    defaultSeverity: 'warning',
    category: 'certificate',
    kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'The certificate expires within the configured number of days (default 30), or within a third of its lifetime if shorter.',
    messages: {
      expiring: '{{name}} expires on {{date}}, in {{left}}.',
      expiringAuth: 'The Exchange Server Auth (OAuth) certificate expires on {{date}}, in {{left}}.',
      expiringAuthEitherReading: 'The Exchange Server Auth (OAuth) certificate expires on {{date}} or {{other}}: its NotAfter reads both ways.',
      expiringUnbound: '{{name}} expires on {{date}}, but it is bound to no Exchange service.',
      expiringEitherReading: '{{name}} expires on {{date}} or {{other}}: its NotAfter reads both ways.',
      mayExpireSoon: '{{name}} may expire soon: its NotAfter reads as {{date}} or {{other}}.',
      connectorExpiring: '{{kind}} "{{connector}}" presents {{name}}, which expires on {{date}}.',
      connectorExpiringEitherReading: '{{kind}} "{{connector}}" presents {{name}}, which expires on {{date}} or {{other}}.',
      connectorMayExpireSoon: '{{kind}} "{{connector}}" presents {{name}}, which may expire soon ({{date}} or {{other}}).',
    },
    fixes: { ...RENEWAL_FIX_TITLES, ...CONNECTOR_FIX_TITLES },
    options: {
      days: {
        type: 'integer',
        default: 30,
        minimum: 0,
        maximum: 3650,
        description: 'Warn when a certificate expires within this many days (or within a third of its lifetime, if that is shorter).',
      },
    },
    sources: [
      { title: 'Renew an Exchange Server certificate', url: 'https://learn.microsoft.com/exchange/architecture/client-access/renew-certificates' },
      'Set-AuthConfig',
      {
        title: 'CA/Browser Forum ballot SC081v3: shorter TLS certificate lifetimes from 2026',
        url: 'https://cabforum.org/2025/04/11/ballot-sc081v3-introduce-schedule-of-reducing-validity-and-data-reuse-periods',
      },
    ],
  },
  check(ctx) {
    const now = ctx.settings.now.getTime();
    const days = Number(ctx.options.days);
    for (const c of certificatesToCheck(ctx.file)) {
      const notAfter = c.facts.notAfter;
      if (!notAfter) continue;
      // A reading that has already passed belongs to certificate-expired, which says the date reads both ways.
      if (notAfter.value.getTime() <= now || (notAfter.alternative && notAfter.alternative.getTime() <= now)) continue;
      const window = windowMs(c.facts, days);
      const v = judgeDate(notAfter, (end) => end - now <= window);
      if (v.kind === 'none') continue;
      const unbound = boundToNoService(c);
      const messageId = messageFor(v, c.auth, unbound);
      ctx.report({
        range: notAfter.range,
        messageId,
        data: { name: c.facts.label, date: day(v.date), other: v.other ? day(v.other) : '', left: formatDuration(v.date.getTime() - now) },
        uncertain: v.kind === 'possible' || unbound,
        fix: renewalFixes(c),
        relatedInformation: dateReadingNote(notAfter, 'NotAfter'),
      });
    }
  },
  checkProject(ctx) {
    const now = ctx.settings.now.getTime();
    const days = Number(ctx.options.days);
    reportConnectorsPresenting(
      ctx,
      (facts) => {
        const n = facts.notAfter;
        if (!n || n.value.getTime() <= now || (n.alternative && n.alternative.getTime() <= now)) return undefined;
        const window = windowMs(facts, days);
        return (end) => end - now <= window;
      },
      { certain: 'connectorExpiring', either: 'connectorExpiringEitherReading', possible: 'connectorMayExpireSoon' },
      {},
    );
  },
});
