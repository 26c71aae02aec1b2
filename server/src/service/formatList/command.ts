// The command line people paste above a dump (`[PS] C:\Windows\system32>Get-ReceiveConnector "Default EX01" | fl
// auth*,bind*`): which cmdlet made the objects below it (so a 2-line partial dump still has a kind) and which
// object it asked for (so fixes can name it).
import { OBJECT_KINDS } from '../catalogue';
import type { ObjectKind } from '../catalogue/types';

export interface PastedCommand {
  /** The command as written, prompt removed. */
  text: string;
  /** `Get-ReceiveConnector`, as the catalogue spells it when it knows it. */
  cmdlet: string;
  /** The kind of object the cmdlet returns, when it is one this linter reads. */
  kind?: ObjectKind;
  /** The object asked for: `-Identity X`, `-Thumbprint X` or the first positional argument, unquoted. */
  identity?: { text: string; start: number; end: number };
  /** How the output was formatted: `| fl` / `Format-List`, `| ft` / `Format-Table`, or by default. */
  format: 'list' | 'table' | 'default';
  /** Offsets of the command in the text. */
  start: number;
  end: number;
}

/** `PS C:\> `, `PS> `, `[PS] C:\Windows\system32>`, `PS /home/admin> `. */
const PROMPT = /^(?:\[PS\]\s*[^>\r\n]*>|PS(?:\s+[^>\r\n]*)?>)\s*/;
const GET = /^(Get-[A-Za-z]+)\b/;

const BY_CMDLET = new Map(OBJECT_KINDS.map((k) => [k.getCmdlet.toLowerCase(), k]));

/**
 * The command on a line (from `from`, the content start after any quoting or indentation): after a prompt any
 * command, without one only a `Get-` cmdlet of the objects this linter reads (a bare `Get-SendConnector | fl`).
 */
export function parseCommandLine(text: string, from: number, end: number): PastedCommand | undefined {
  const line = text.slice(from, end);
  const prompt = PROMPT.exec(line);
  const start = prompt ? prompt[0].length : 0;
  const rest = line.slice(start);
  if (!prompt && !BY_CMDLET.has(GET.exec(rest)?.[1].toLowerCase() ?? '')) return undefined;
  if (rest.trim() === '') return undefined;
  const name = /^[\w-]+/.exec(rest)?.[0] ?? '';
  const def = BY_CMDLET.get(name.toLowerCase());
  const pipe = pipelineStart(rest);
  const args = rest.slice(name.length, pipe);
  const after = rest.slice(pipe).toLowerCase();
  const format = /\|\s*(?:fl|format-list)\b/.test(after) ? 'list' : /\|\s*(?:ft|format-table)\b/.test(after) ? 'table' : 'default';
  const identity = def ? identityArgument(args) : undefined;
  const offset = from + start + name.length;
  return {
    text: rest.trimEnd(),
    cmdlet: def?.getCmdlet ?? name,
    kind: def?.kind,
    identity: identity && { text: identity.text, start: offset + identity.start, end: offset + identity.end },
    format,
    start: from + start,
    end: from + start + rest.trimEnd().length,
  };
}

/** Where the pipeline starts: the first `|` outside quotes (or the end). */
function pipelineStart(s: string): number {
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '|') return i;
  }
  return s.length;
}

/** Parameters whose value is not the object asked for. */
const OTHER_PARAMETERS = new Set(['-server', '-domaincontroller', '-domainname', '-resultsize', '-instance']);

/** `"Default EX01"`, `-Identity 'EX01\Client Frontend EX01'`, `-Thumbprint 9C1F...`: the text and its offsets in `args`. */
function identityArgument(args: string): { text: string; start: number; end: number } | undefined {
  const tokens: { text: string; start: number; end: number; quoted: boolean }[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(args); m; m = re.exec(args)) {
    const quoted = m[1] !== undefined || m[2] !== undefined;
    const inner = m[1] ?? m[2] ?? m[3];
    const start = m.index + (quoted ? 1 : 0);
    tokens.push({ text: inner, start, end: start + inner.length, quoted });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.quoted && t.text.startsWith('-')) {
      const p = t.text.toLowerCase().replace(/:$/, '');
      if (p === '-identity' || p === '-thumbprint') return tokens[i + 1]?.text ? tokens[i + 1] : undefined;
      if (OTHER_PARAMETERS.has(p)) i++;
      continue;
    }
    return t.text ? t : undefined;
  }
  return undefined;
}
