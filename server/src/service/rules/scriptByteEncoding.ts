import { isCommand, type ScriptCommand, type Span } from '../script/model';
import { argument, scriptOf, spanRange } from './scriptRules';
import { EDGE_SUBSCRIPTION_PROCEDURES } from './subscriptionShared';
import { defineRule } from './types';

/** Cmdlets whose -FileData takes a file's bytes, and what the file is. */
const FILE_DATA: Record<string, 'subscription' | 'certificate'> = {
  'new-edgesubscription': 'subscription',
  'import-exchangecertificate': 'certificate',
};

export const scriptByteEncoding = defineRule({
  meta: {
    id: 'script-byte-encoding',
    defaultSeverity: 'information',
    category: 'script',
    kinds: ['powershell'],
    description: 'Get-Content -Encoding Byte reads a subscription or certificate file in Windows PowerShell only; PowerShell 7 refuses it.',
    messages: {
      subscription: 'The subscription file is read with the Byte encoding, which only Windows PowerShell has.',
      certificate: 'The certificate file is read with the Byte encoding, which only Windows PowerShell has.',
    },
    fixes: {
      readAllBytes: 'Read the file with [System.IO.File]::ReadAllBytes, as the current Exchange docs do',
    },
    sources: [
      'New-EdgeSubscription',
      'Import-ExchangeCertificate',
      EDGE_SUBSCRIPTION_PROCEDURES,
      {
        title: 'Get-Content (PowerShell 7): -Encoding and -AsByteStream',
        url: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/get-content',
      },
    ],
  },
  check(ctx) {
    const commands = scriptOf(ctx.file)?.commands ?? [];
    const uses = fileDataUses(commands);
    for (const cmd of commands) {
      if (!isCommand(cmd, 'Get-Content')) continue;
      const encoding = argument(cmd, 'Encoding')?.value;
      if (!encoding || encoding.unknown || encoding.text.toLowerCase() !== 'byte') continue;
      const use = uses.find((u) => u.span.start <= cmd.start && cmd.end <= u.span.end);
      if (!use) continue;
      const bytes = readAllBytes(ctx.file.text, cmd);
      ctx.report({
        range: spanRange(ctx.file, encoding),
        messageId: use.what,
        ...(bytes
          ? { fix: { fixId: 'readAllBytes' as const, edits: [{ range: spanRange(ctx.file, use.span), newText: use.wrap ? `(${bytes})` : bytes }] } }
          : {}),
      });
    }
  },
});

/**
 * Where the script gives a file's bytes to -FileData: the argument itself (`-FileData ([byte[]]$(Get-Content ...))`),
 * or the value of the assignment the argument's variable holds (`$data = Get-Content ...`).
 */
function fileDataUses(commands: readonly ScriptCommand[]): { span: Span; what: 'subscription' | 'certificate'; wrap: boolean }[] {
  const out: { span: Span; what: 'subscription' | 'certificate'; wrap: boolean }[] = [];
  for (const c of commands) {
    const what = FILE_DATA[c.name.toLowerCase()];
    const v = what && argument(c, 'FileData')?.value;
    if (!v) continue;
    if (v.variable !== undefined) {
      if (v.assignedAt) out.push({ span: v.assignedAt, what, wrap: false });
    } else out.push({ span: v, what, wrap: true });
  }
  return out;
}

/** `[System.IO.File]::ReadAllBytes(...)` of the path Get-Content reads, resolved as PowerShell would (not the process's directory). */
function readAllBytes(text: string, cmd: ScriptCommand): string | undefined {
  const literalPath = argument(cmd, 'LiteralPath')?.value;
  const path = literalPath ?? argument(cmd, 'Path')?.value ?? cmd.positional[0];
  if (!path) return undefined;
  const written = text.slice(path.start, path.end);
  const absolute = !path.unknown && /^(?:[a-z]:\\|\\\\)/i.test(path.text) && !/[*?[]/.test(path.text);
  // A method takes expressions: a bare word becomes a quoted string.
  if (absolute) return `[System.IO.File]::ReadAllBytes(${path.form === 'bare' ? `'${path.text.replace(/'/g, "''")}'` : written})`;
  return `[System.IO.File]::ReadAllBytes((Resolve-Path ${literalPath ? '-LiteralPath ' : ''}${written}).ProviderPath)`;
}
