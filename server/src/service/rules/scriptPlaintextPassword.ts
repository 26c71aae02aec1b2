import { isCommand, type ScriptCommand, type ScriptValue } from '../script/model';
import { argument, scriptOf, spanRange, switchOn } from './scriptRules';
import { defineRule } from './types';

const PROMPT = 'Read-Host -AsSecureString -Prompt "Password"';

export const scriptPlaintextPassword = defineRule({
  meta: {
    id: 'script-plaintext-password',
    defaultSeverity: 'warning',
    category: 'script',
    kinds: ['powershell'],
    description: 'ConvertTo-SecureString -AsPlainText of a literal: the password is written in the script in clear text.',
    messages: {
      literal: 'A password is written in the script in clear text.',
      throughVariable: 'A password is written in the script in clear text, in the variable this command converts.',
    },
    fixes: {
      prompt: 'Ask for the password when the script runs (Read-Host -AsSecureString)',
    },
    sources: [
      {
        title: 'ConvertTo-SecureString (PowerShell): -AsPlainText',
        url: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.security/convertto-securestring',
      },
      {
        title: 'Read-Host (PowerShell): -AsSecureString',
        url: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/read-host',
      },
      'Import-ExchangeCertificate',
    ],
  },
  check(ctx) {
    for (const cmd of scriptOf(ctx.file)?.commands ?? []) {
      if (!isCommand(cmd, 'ConvertTo-SecureString') || !switchOn(argument(cmd, 'AsPlainText'))) continue;
      const secret = converted(cmd);
      if (!secret || secret.unknown) continue;
      if (secret.variable === undefined) {
        // The fix replaces the conversion (with the literal piped into it) by a prompt.
        const start = cmd.input?.value === secret ? secret.start : cmd.start;
        ctx.report({
          range: spanRange(ctx.file, secret),
          messageId: 'literal',
          fix: { fixId: 'prompt', edits: [{ range: ctx.file.lines.range(start, cmd.end), newText: PROMPT }] },
        });
      } else {
        // The literal sits in an assignment the script may use elsewhere: no edit guesses which lines to drop.
        ctx.report({
          range: spanRange(ctx.file, secret),
          messageId: 'throughVariable',
          ...(secret.assignedAt ? { relatedInformation: [{ range: spanRange(ctx.file, secret.assignedAt), message: 'The password is written here.' }] } : {}),
        });
      }
    }
  },
});

/** The string the command converts: -String, its first positional argument, or what is piped into it. */
function converted(cmd: ScriptCommand): ScriptValue | undefined {
  const v = argument(cmd, 'String')?.value ?? cmd.positional[0] ?? cmd.input?.value;
  return v && (v.form === 'string' || v.form === 'bare' || v.form === 'number') ? v : undefined;
}
