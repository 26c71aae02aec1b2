// Receive connector TlsDomainCapabilities entries: `domain:Cap1,Cap2`, where the domain may be `*.domain`,
// `NO-TLS` (sessions without TLS) or a certificate `<I>issuer<S>subject` whose own colons are doubled (`::`).
// `*` alone is refused, and one domain may not appear twice in a list.
import { parseSmtpDomain, type SmtpDomain } from './domainName';
import { ENUMS } from '../catalogue/enums';
import { fail, ok, quote, type ValueResult } from './result';
import { parseSmtpX509Identifier, type SmtpX509Identifier } from './smtpX509Identifier';

/** Capability names Exchange accepts after "domain:", from the catalogue (every SmtpReceiveCapabilities name). */
export const TLS_CAPABILITIES: readonly string[] = ENUMS.TlsDomainCapability.members.map((m) => m.name);

export type TlsCapability = string;

export interface TlsDomainCapabilities {
  kind: 'domain' | 'no-tls' | 'certificate';
  /** For kind 'domain'. */
  domain?: SmtpDomain;
  /** For kind 'certificate' (colons unescaped). */
  certificate?: SmtpX509Identifier;
  /** Case-folded identity of the domain part, for finding duplicates. */
  key: string;
  /** Canonical capability names, in the order written. */
  capabilities: TlsCapability[];
}

const EXAMPLE = '"mail.protection.outlook.com:AcceptCloudServicesMail"';
const BY_LOWER = new Map<string, TlsCapability>(TLS_CAPABILITIES.map((c) => [c.toLowerCase(), c]));

export function parseTlsDomainCapabilities(text: string): ValueResult<TlsDomainCapabilities> {
  const t = text.trim();
  if (t === '') return fail(`The value is empty; expected domain:capabilities, e.g. ${EXAMPLE}.`);
  if (t.length > 8192) return fail(`${quote(t)} is too long; expected domain:capabilities, e.g. ${EXAMPLE}.`);

  // The first colon that is not doubled separates the domain from the capabilities.
  let sep = -1;
  let head = '';
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== ':') {
      head += t[i];
      continue;
    }
    if (t[i + 1] === ':') {
      head += ':';
      i++;
      continue;
    }
    sep = i;
    break;
  }
  if (sep < 0) return fail(`${quote(t)} has no capabilities; write the domain, a colon and the capabilities, e.g. ${EXAMPLE}.`);
  const capsText = t.slice(sep + 1);
  head = head.trim();

  let v: Omit<TlsDomainCapabilities, 'capabilities'>;
  if (head === '') return fail(`${quote(t)} has no domain before the colon; e.g. ${EXAMPLE}.`);
  if (head === '*') {
    return fail(`${quote(t)} uses "*", which Exchange refuses in TlsDomainCapabilities; name the sending domain, e.g. ${EXAMPLE}.`);
  }
  if (head.toUpperCase() === 'NO-TLS') {
    v = { kind: 'no-tls', key: 'no-tls' };
  } else if (head.startsWith('<')) {
    const c = parseSmtpX509Identifier(head);
    if (c.problem !== undefined || !c.value) return fail(`The certificate in ${quote(t)} is not valid: ${c.problem ?? 'unreadable.'}`);
    v = { kind: 'certificate', certificate: c.value, key: `<i>${(c.value.issuer ?? '').toLowerCase()}<s>${c.value.subject.toLowerCase()}` };
  } else {
    const d = parseSmtpDomain(head, { wildcard: true });
    if (d.problem !== undefined || !d.value) return fail(`The domain in ${quote(t)} is not valid: ${d.problem ?? 'unreadable.'}`);
    v = { kind: 'domain', domain: d.value, key: `${d.value.includeSubdomains ? '*.' : ''}${d.value.domain.toLowerCase()}` };
  }

  const capabilities: TlsCapability[] = [];
  for (const raw of capsText.split(',')) {
    const name = raw.trim();
    if (name === '') {
      return fail(`${quote(t)} has an empty capability; list capabilities separated by commas, e.g. ${EXAMPLE}.`);
    }
    const cap = BY_LOWER.get(name.toLowerCase());
    if (!cap) {
      return fail(`${quote(name)} is not a TLS domain capability; the known ones are ${TLS_CAPABILITIES.join(', ')}.`);
    }
    capabilities.push(cap);
  }
  return ok({ ...v, capabilities });
}

/** The text Exchange prints, with colons in a certificate name doubled. */
export function formatTlsDomainCapabilities(v: TlsDomainCapabilities): string {
  let head: string;
  if (v.kind === 'no-tls') head = 'NO-TLS';
  else if (v.kind === 'certificate' && v.certificate) {
    head = `${v.certificate.issuer !== undefined ? `<I>${v.certificate.issuer}` : ''}<S>${v.certificate.subject}`.replace(/:/g, '::');
  } else head = `${v.domain?.includeSubdomains ? '*.' : ''}${v.domain?.domain ?? ''}`;
  return `${head}:${v.capabilities.join(',')}`;
}

/**
 * Domains that appear more than once (case-insensitively) in a list, which Exchange refuses.
 * `items` is the list in order; entries that failed to parse may be passed as undefined to keep indexes aligned.
 */
export function findDuplicateTlsDomains(items: ReadonlyArray<TlsDomainCapabilities | undefined>): Array<{ key: string; indexes: number[] }> {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (!item) return;
    const list = seen.get(item.key);
    if (list) list.push(i);
    else seen.set(item.key, [i]);
  });
  return [...seen].filter(([, idx]) => idx.length > 1).map(([key, indexes]) => ({ key, indexes }));
}
