// Decides what kind of file a text is, from its content (and, for ties, its name).
import { PROPERTY_LINE } from './formatList/parse';

export type FileKind = 'edge-subscription' | 'format-list' | 'clixml' | 'json' | 'powershell' | 'config' | 'unknown';

export const FILE_KIND_LABELS: Record<FileKind, string> = {
  'edge-subscription': 'EdgeSubscription file',
  'format-list': 'Format-List dump',
  clixml: 'Export-Clixml export',
  json: 'ConvertTo-Json export',
  powershell: 'PowerShell script',
  config: 'exchange-transport configuration',
  unknown: 'not an Exchange transport file',
};

/** Format-List text: at least three `Name : value` lines among the first 200 lines. */
export function looksLikeFormatList(text: string): boolean {
  let hits = 0;
  let lines = 0;
  let from = 0;
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  while (from <= head.length && lines < 200) {
    let to = head.indexOf('\n', from);
    if (to < 0) to = head.length;
    if (PROPERTY_LINE.test(head.slice(from, to))) {
      if (++hits >= 3) return true;
    }
    lines++;
    from = to + 1;
  }
  return false;
}

const XML_ROOT_RE = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*|<\?[\s\S]*?\?>\s*)*<([A-Za-z_][\w.:-]*)/;

/** The name of the root element of an XML text, without parsing it (first 64 KB only). */
export function xmlRootName(text: string): string | undefined {
  const head = text.charCodeAt(0) === 0xfeff ? text.slice(1, 65536) : text.slice(0, 65536);
  return XML_ROOT_RE.exec(head)?.[1];
}

/** PowerShell scripts are known by their extension. */
export function isScriptFileName(uri: string): boolean {
  return /\.ps(m?1)$/i.test(uri);
}

/** The configuration file is known by its name. */
export function isConfigFileName(uri: string): boolean {
  return /(^|[\\/])\.exchange-transport\.json$/i.test(uri);
}

export function detectKind(text: string): FileKind {
  const root = xmlRootName(text);
  if (root === 'EdgeSubscriptionData') return 'edge-subscription';
  if (root === 'Objs') return 'clixml';
  // JSON starts with an object or an array of values; "[PS] C:\\>" (a pasted shell prompt) does not.
  if (root === undefined && /^\uFEFF?\s*(\{\s*("|\})|\[\s*(\{|\[|"|\]|-?\d|true|false|null))/.test(text.slice(0, 256))) return 'json';
  if (root === undefined && looksLikeFormatList(text)) return 'format-list';
  return 'unknown';
}
