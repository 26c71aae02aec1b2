// Decides what kind of file a text is, from its content (and, for ties, its name).

export type FileKind = 'edge-subscription' | 'unknown';

export const FILE_KIND_LABELS: Record<FileKind, string> = {
  'edge-subscription': 'EdgeSubscription file',
  unknown: 'not an Exchange transport file',
};

const XML_ROOT_RE = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*|<\?[\s\S]*?\?>\s*)*<([A-Za-z_][\w.:-]*)/;

/** The name of the root element of an XML text, without parsing it (first 64 KB only). */
export function xmlRootName(text: string): string | undefined {
  const head = text.charCodeAt(0) === 0xfeff ? text.slice(1, 65536) : text.slice(0, 65536);
  return XML_ROOT_RE.exec(head)?.[1];
}

export function detectKind(text: string): FileKind {
  const root = xmlRootName(text);
  if (root === 'EdgeSubscriptionData') return 'edge-subscription';
  return 'unknown';
}
