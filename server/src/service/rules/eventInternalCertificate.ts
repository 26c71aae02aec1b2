import { eventRange, eventsWith, serverOf, SHOW_DEFAULT_CERTIFICATE, value } from './eventRules';
import { firstRdn, short } from './evidenceRules';
import { defineRule } from './types';

const MESSAGE_BY_ID: Record<
  number,
  'notInAd' | 'notInStore' | 'expired' | 'expiring' | 'remoteExpired' | 'remoteStarttlsExpired' | 'corrupt' | 'fallback' | 'ephemeral'
> = {
  12012: 'notInAd',
  12013: 'notInStore',
  12015: 'expired',
  12017: 'expiring',
  12019: 'remoteExpired',
  12020: 'remoteStarttlsExpired',
  12022: 'corrupt',
  12023: 'fallback',
  12024: 'ephemeral',
};

export const eventInternalCertificate = defineRule({
  meta: {
    id: 'event-internal-certificate',
    defaultSeverity: 'error',
    category: 'evidence',
    kinds: ['event-log-text'],
    description:
      'Transport events 12012-12024 about the default SMTP (internal transport) certificate: missing, unreadable, expired or replaced by a fallback, which breaks Edge direct trust and EdgeSync.',
    messages: {
      notInAd: 'Event 12012: the default SMTP certificate of {{server}} is not recorded in Active Directory.',
      notInStore: 'Event 12013: the default SMTP certificate of {{server}} is missing from its certificate store.',
      expired: 'Event 12015: the default SMTP certificate of {{server}} has expired.',
      expiring: 'Event 12017: the default SMTP certificate of {{server}} expires in {{hours}} hours.',
      remoteExpired: 'Event 12019: the default SMTP certificate of the other Exchange server ({{subject}}) has expired.',
      remoteStarttlsExpired: 'Event 12020: the STARTTLS certificate of the other server has expired.',
      corrupt: 'Event 12022: the default SMTP certificate of {{server}} in Active Directory cannot be read.',
      fallback: 'Event 12023: {{server}} cannot load its default SMTP certificate and uses another one.',
      ephemeral: 'Event 12024: {{server}} cannot load its default SMTP certificate and uses a temporary one no Edge trusts.',
    },
    fixes: { showDefault: 'Show the default SMTP certificate of {{server}}' },
    sources: ['Get-ExchangeCertificate', 'Enable-ExchangeCertificate', 'Get-TransportService'],
  },
  check(ctx) {
    for (const e of eventsWith(ctx.file, 'transport', Object.keys(MESSAGE_BY_ID).map(Number))) {
      const messageId = MESSAGE_BY_ID[e.id!];
      ctx.report({
        range: eventRange(e, 'thumbprint', 'subject'),
        messageId,
        data: { server: serverOf(e), hours: value(e, 'hours', 'a few'), subject: short(firstRdn(value(e, 'subject', 'unnamed')), 50) },
        fix: messageId === 'remoteExpired' || messageId === 'remoteStarttlsExpired' ? undefined : { fixId: 'showDefault', command: SHOW_DEFAULT_CERTIFICATE },
      });
    }
  },
});
