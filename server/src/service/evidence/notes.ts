// What the hover of a Format-List / CLIXML / JSON object adds for the evidence kinds: the decoded LastError of a
// queue or message, what a Test-EdgeSynchronization FailureDetail means, and the one-line names of the outline.
import type { PropertyDef } from '../catalogue/types';
import { displayName, property, type ExchangeObject, type PropertyValue } from '../objects/model';
import { classifyEdgeSyncFailure, EDGESYNC_FAILURE_MEANING } from './edgeSyncFailure';
import { parseLastError } from './lastError';
import { classifySmtpError, statusOf } from './smtpErrors';

const LAYOUT = {
  exchange2013: 'Exchange 2013 layout ([{LRT};{LED};{FQDN};{IP}])',
  exchange2016: 'Exchange 2016 and later layout ([{LED};{MSG};{FQDN};{IP};{LRT}])',
  plain: 'the SMTP response alone',
};
const KEY = { LRT: 'last retry time', LED: 'last error (the SMTP response)', MSG: 'message', FQDN: 'next hop host', IP: 'next hop address' };

/** Markdown for the hover of an evidence property, or undefined. */
export function evidenceNote(obj: ExchangeObject, def: PropertyDef, prop: PropertyValue): string | undefined {
  if (prop.empty) return undefined;
  if ((obj.kind === 'queue' || obj.kind === 'queued-message') && def.name === 'LastError') return lastErrorNote(prop.text);
  if (obj.kind === 'edgesync-result' && def.name === 'FailureDetail') {
    const f = classifyEdgeSyncFailure(prop.text);
    return f ? `*What it means:* ${EDGESYNC_FAILURE_MEANING[f.kind]}${f.inner ? `\n\nInner error: \`${f.inner}\`` : ''}` : undefined;
  }
  return undefined;
}

function lastErrorNote(text: string): string | undefined {
  const e = parseLastError(text);
  if (!e) return undefined;
  const lines = [`Read as the ${LAYOUT[e.layout]}:`];
  for (const p of e.parts) lines.push(`- ${p.key} (${KEY[p.key]}): \`${p.text || '(empty)'}\``);
  const response = e.response?.text ?? '';
  const status = statusOf(response);
  if (status)
    lines.push(
      '',
      `SMTP status ${status.code}${status.enhanced ? ` ${status.enhanced}` : ''}: ${status.code.startsWith('4') ? 'temporary, Exchange retries' : 'permanent'}.`,
    );
  const c = classifySmtpError(response);
  if (c) lines.push('', `*What it means:* ${c.def.meaning}${c.detail ? ` (${c.detail})` : ''}`, '', `*Configuration:* ${c.def.config}`);
  return lines.join('\n');
}

/** The outline name of an evidence object, or undefined for the other kinds. */
export function evidenceSymbolName(obj: ExchangeObject): string | undefined {
  const t = (n: string) => {
    const p = property(obj, n);
    return p && !p.empty ? p.text.trim() : undefined;
  };
  switch (obj.kind) {
    case 'queue':
      return [t('Identity') ?? '(queue)', t('NextHopDomain') && `→ ${t('NextHopDomain')}`, t('Status') && `(${t('Status')})`].filter(Boolean).join(' ');
    case 'queued-message':
      return [t('Identity') ?? '(message)', t('Status') && `(${t('Status')})`].filter(Boolean).join(' ');
    case 'edgesync-result':
      return `${displayName(obj)}${t('SyncStatus') ? `: ${t('SyncStatus')}` : ''}`;
    case 'edgesync-sync':
      return `${displayName(obj)}${t('Type') ? ` ${t('Type')}` : ''}${t('Result') ? `: ${t('Result')}` : ''}`;
    default:
      return undefined;
  }
}
