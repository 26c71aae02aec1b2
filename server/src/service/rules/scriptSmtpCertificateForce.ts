import { isCommand, valueItems, type ScriptCommand } from '../script/model';
import { argument, removeEdit, scriptOf, switchOn } from './scriptRules';
import { defineRule } from './types';

export const scriptSmtpCertificateForce = defineRule({
  meta: {
    id: 'script-smtp-certificate-force',
    defaultSeverity: 'warning',
    category: 'script',
    kinds: ['powershell'],
    description:
      'Enable-ExchangeCertificate or New-ExchangeCertificate for SMTP with -Force replaces the default SMTP certificate without asking, which breaks EdgeSync.',
    messages: {
      enable: 'Enabling this certificate for SMTP with Force replaces the default SMTP certificate without asking.',
      create: 'Creating this certificate for SMTP with Force replaces the default SMTP certificate without asking.',
    },
    fixes: {
      dropForce: 'Drop -Force so that Exchange asks before replacing the default SMTP certificate (the script then waits for an answer)',
    },
    sources: [
      'Enable-ExchangeCertificate',
      'New-ExchangeCertificate',
      {
        title: "Can't receive mail in a hybrid environment after you install a new certificate on the server (KB 2989382)",
        url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/cannot-receive-mail-with-new-certificate',
      },
    ],
  },
  check(ctx) {
    const script = scriptOf(ctx.file);
    for (const cmd of script?.commands ?? []) {
      const enable = isCommand(cmd, 'Enable-ExchangeCertificate');
      if (!enable && !isCommand(cmd, 'New-ExchangeCertificate')) continue;
      const force = argument(cmd, 'Force');
      if (!switchOn(force) || !forSmtp(cmd, enable)) continue;
      ctx.report({
        range: ctx.file.lines.range(force!.span.start, force!.span.end),
        messageId: enable ? 'enable' : 'create',
        fix: { fixId: 'dropForce', edits: [removeEdit(ctx.file, force!)] },
      });
    }
  },
});

/**
 * The command enables the certificate for SMTP: its Services say so, or (New-ExchangeCertificate) it makes a
 * self-signed certificate without Services, which Exchange enables for IMAP, POP and SMTP.
 */
function forSmtp(cmd: ScriptCommand, enable: boolean): boolean {
  const services = argument(cmd, 'Services')?.value;
  if (!services) return !enable && !switchOn(argument(cmd, 'GenerateRequest'));
  if (services.unknown) return false;
  return valueItems(services).some((v) => v.text.split(',').some((s) => s.trim().toLowerCase() === 'smtp'));
}
