// The LastError of a queue or a queued message: Exchange 2013 writes [{LRT=..};{LED=..};{FQDN=..};{IP=..}],
// Exchange 2016 and later [{LED=..};{MSG=..};{FQDN=..};{IP=..};{LRT=..}]; older output and Queue Viewer show the
// SMTP response alone (/work/shared/domain/evidence-formats.md §4.1). Values may hold `;` and quotes, so the
// text is split on `};{` only.

export type LastErrorLayout = 'exchange2013' | 'exchange2016' | 'plain';
export type LastErrorKey = 'LRT' | 'LED' | 'MSG' | 'FQDN' | 'IP';

export interface LastErrorPart {
  key: LastErrorKey;
  text: string;
  /** Offsets in the LastError text. */
  start: number;
  end: number;
}

export interface LastError {
  layout: LastErrorLayout;
  parts: LastErrorPart[];
  /** The SMTP response (LED, or the whole text in the plain layout). */
  response?: LastErrorPart;
  fqdn?: string;
  ip?: string;
  /** The retry time as printed (local time, culture format). */
  retryTime?: string;
}

const KEYS = new Set<string>(['LRT', 'LED', 'MSG', 'FQDN', 'IP']);

export function parseLastError(text: string): LastError | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const lead = text.indexOf(t);
  if (!t.startsWith('[{') || !t.endsWith('}]')) {
    return { layout: 'plain', parts: [], response: { key: 'LED', text: t, start: lead, end: lead + t.length } };
  }
  const parts: LastErrorPart[] = [];
  let at = lead + 2;
  const body = t.slice(2, -2);
  for (const chunk of body.split('};{')) {
    const eq = chunk.indexOf('=');
    const key = eq > 0 ? chunk.slice(0, eq) : '';
    if (KEYS.has(key)) {
      const value = chunk.slice(eq + 1);
      parts.push({ key: key as LastErrorKey, text: value, start: at + eq + 1, end: at + eq + 1 + value.length });
    }
    at += chunk.length + 3;
  }
  if (parts.length === 0) return { layout: 'plain', parts: [], response: { key: 'LED', text: t, start: lead, end: lead + t.length } };
  const get = (k: LastErrorKey) => parts.find((p) => p.key === k);
  return {
    layout: parts[0].key === 'LRT' ? 'exchange2013' : 'exchange2016',
    parts,
    response: get('LED'),
    fqdn: get('FQDN')?.text || undefined,
    ip: get('IP')?.text || undefined,
    retryTime: get('LRT')?.text || undefined,
  };
}
