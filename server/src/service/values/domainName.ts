// DNS names: FQDNs (connector Fqdn, smart hosts, certificate domains) and SMTP domains with an optional
// `*.` wildcard (TlsDomain, address spaces, TlsDomainCapabilities).
import { fail, ok, quote, type ValueResult } from './result';

export interface FqdnOptions {
  /** Accept a name without dots, e.g. a NetBIOS-style host name "EX01" (default false). */
  allowSingleLabel?: boolean;
}

export interface SmtpDomainOptions {
  /** Accept `*.contoso.com` (this domain and its subdomains). */
  wildcard?: boolean;
  /** Accept `*` alone (every domain), as address spaces do; TlsDomain and TlsDomainCapabilities do not. */
  star?: boolean;
}

export interface SmtpDomain {
  /** The domain without the `*.` prefix; empty for `*`. */
  domain: string;
  /** Written as `*.domain`: the domain and all its subdomains. */
  includeSubdomains: boolean;
  /** Written as `*`: every domain. */
  all: boolean;
}

export const MAX_DOMAIN_LENGTH = 255;

// A label: letters (any script, for IDNs), digits and hyphens, not starting or ending with a hyphen, 1-63 characters.
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]{0,61}[\p{L}\p{N}\p{M}])?$/u;

export function parseFqdn(text: string, opts: FqdnOptions = {}): ValueResult<string> {
  const t = text.trim();
  if (t === '') return fail('The value is empty; expected a host name such as mail.contoso.com.');
  const problem = checkName(t.endsWith('.') && t.length > 1 ? t.slice(0, -1) : t, 'host name', opts.allowSingleLabel ?? false);
  return problem ? fail(problem) : ok(t);
}

export function parseSmtpDomain(text: string, opts: SmtpDomainOptions = {}): ValueResult<SmtpDomain> {
  const t = text.trim();
  const example = opts.wildcard ? 'contoso.com or *.contoso.com' : 'contoso.com';
  if (t === '') return fail(`The value is empty; expected a domain such as ${example}.`);
  if (t === '*') {
    if (opts.star) return ok({ domain: '', includeSubdomains: true, all: true });
    return fail(`"*" (every domain) is not allowed here; name a domain such as ${example}.`);
  }
  let name = t;
  let includeSubdomains = false;
  if (t.startsWith('*.')) {
    if (!opts.wildcard) return fail(`${quote(t)} has a wildcard, which is not allowed here; name one domain such as contoso.com.`);
    name = t.slice(2);
    includeSubdomains = true;
  } else if (t.includes('*')) {
    const fixed = t.replace(/^\*+\.?/, '');
    return fail(
      opts.wildcard
        ? `${quote(t)} is not a valid domain: a wildcard must be a whole first label followed by a dot, as in "*.${fixed}".`
        : `${quote(t)} is not a valid domain: "*" is not allowed in a domain name.`,
    );
  }
  if (name.endsWith('.')) return fail(`${quote(t)} ends with a dot; SMTP domains are written without it, e.g. ${quote(t.slice(0, -1))}.`);
  const problem = checkName(name, 'domain', true, t);
  return problem ? fail(problem) : ok({ domain: name, includeSubdomains, all: false });
}

/** The problem with a DNS name, or undefined. `shown` is the text to quote (the whole value). */
function checkName(name: string, what: string, allowSingleLabel: boolean, shown = name): string | undefined {
  if (name.length > MAX_DOMAIN_LENGTH) {
    return `${quote(shown)} is too long for a ${what} (${name.length} characters; DNS allows at most ${MAX_DOMAIN_LENGTH}).`;
  }
  if (/\s/.test(name)) return `${quote(shown)} contains a space; a ${what} has none.`;
  const labels = name.split('.');
  for (const l of labels) {
    if (l === '') return `${quote(shown)} has an empty label (two dots in a row, or a dot at the start).`;
    if (l.length > 63) return `${quote(shown)} has a label longer than 63 characters, which DNS does not allow.`;
    if (l.includes('_')) return `${quote(shown)} contains an underscore, which is not allowed in a ${what}.`;
    if (!LABEL.test(l)) {
      if (l.startsWith('-') || l.endsWith('-')) return `${quote(shown)} has a label that starts or ends with a hyphen, which DNS does not allow.`;
      return `${quote(shown)} is not a valid ${what}: labels hold only letters, digits and hyphens, e.g. mail.contoso.com.`;
    }
  }
  if (labels.length === 1 && !allowSingleLabel) {
    return `${quote(shown)} is a single label; a fully qualified ${what} has a dot, e.g. ${quote(`${name.toLowerCase()}.contoso.com`)}.`;
  }
  if (labels.length > 1 && /^\d+$/.test(labels[labels.length - 1])) {
    return `${quote(shown)} looks like an IP address, not a ${what}.`;
  }
  return undefined;
}
