// Send connector AddressSpaces entries: `[type:]space[;cost]`, e.g. `SMTP:*;1`, `smtp:contoso.com;10`,
// `SMTP:*.contoso.com;5`, `X400:c=US;a= ;p=Contoso;1`, and `--` (EdgeSync inbound connector: all
// authoritative and internal-relay accepted domains).
import { parseSmtpDomain, type SmtpDomain } from './domainName';
import { fail, flawed, ok, quote, type ValueResult } from './result';

export type AddressSpaceKind = 'smtp' | 'x400' | 'other' | 'accepted-domains';

export interface AddressSpace {
  kind: AddressSpaceKind;
  /** The type as written ("SMTP", "smtp", "X400"), or "smtp" when the text has none. */
  type: string;
  typeWritten: boolean;
  /** The space itself: "*", "contoso.com", "c=US;a= ;p=Contoso", "--". */
  address: string;
  /** 1..100; 1 when the text has none. */
  cost: number;
  costWritten: boolean;
  /** For SMTP spaces: the domain and whether it is `*` or `*.domain`. */
  smtp?: SmtpDomain;
  /** Written with the Exchange 2007 `Local:` prefix (a connector scoped to its site). */
  local: boolean;
}

export const MIN_COST = 1;
export const MAX_COST = 100;
const EXAMPLE = '"SMTP:*;1", "SMTP:contoso.com;10" or "SMTP:*.contoso.com;1"';

export function parseAddressSpace(text: string): ValueResult<AddressSpace> {
  let t = text.trim();
  if (t === '') return fail(`The value is empty; an address space is [type:]space[;cost], e.g. ${EXAMPLE}.`);
  if (t.length > 1100) return fail(`${quote(t)} is too long to be an address space; expected [type:]space[;cost], e.g. ${EXAMPLE}.`);

  let local = false;
  if (/^local:/i.test(t)) {
    local = true;
    t = t.slice(6);
  }

  let type = 'smtp';
  let typeWritten = false;
  const colon = t.indexOf(':');
  if (colon >= 0) {
    const prefix = t.slice(0, colon);
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/.test(prefix)) {
      return fail(`${quote(t)} has an unusable address type ${quote(prefix)}; write the type, a colon and the space, e.g. ${EXAMPLE}.`);
    }
    type = prefix;
    typeWritten = true;
    t = t.slice(colon + 1);
  }
  const lower = type.toLowerCase();
  const kind: AddressSpaceKind = lower === 'smtp' ? 'smtp' : lower === 'x400' ? 'x400' : 'other';

  let address = t;
  let cost = MIN_COST;
  let costWritten = false;
  const semi = t.lastIndexOf(';');
  if (semi >= 0) {
    const tail = t.slice(semi + 1).trim();
    if (/^-?\d{1,12}$/.test(tail)) {
      cost = Number(tail);
      costWritten = true;
      address = t.slice(0, semi);
    } else if (kind === 'smtp' || t.trim() === '--' || t.startsWith('--;')) {
      return fail(`${quote(text.trim())} has cost ${quote(tail)}; the cost after ";" is a whole number from ${MIN_COST} to ${MAX_COST}, e.g. ${EXAMPLE}.`);
    }
  }
  address = address.trim();

  const build = (k: AddressSpaceKind, smtp?: SmtpDomain): AddressSpace => {
    const v: AddressSpace = { kind: k, type, typeWritten, address, cost, costWritten, local };
    if (smtp) v.smtp = smtp;
    return v;
  };

  let value: AddressSpace;
  if (address === '--' && kind === 'smtp') {
    value = build('accepted-domains');
  } else if (kind === 'smtp') {
    if (address === '') return fail(`${quote(text.trim())} has no domain; an SMTP address space is *, a domain or *.domain, e.g. ${EXAMPLE}.`);
    const d = parseSmtpDomain(address, { wildcard: true, star: true });
    if (d.problem !== undefined || d.value === undefined) {
      const why = d.problem ?? `${quote(address)} is not a valid domain.`;
      return fail(address === text.trim() ? why : `In the address space ${quote(text.trim())}: ${why}`);
    }
    value = build('smtp', d.value);
  } else if (kind === 'x400') {
    const problem = checkX400(address);
    if (problem) return fail(`${quote(text.trim())} is not a valid X.400 address space: ${problem}`);
    value = build('x400');
  } else {
    if (address === '') return fail(`${quote(text.trim())} has no address after the type; expected e.g. ${EXAMPLE}.`);
    value = build('other');
  }

  if (cost < MIN_COST || cost > MAX_COST) {
    return flawed(value, `${quote(text.trim())} has cost ${cost}; the cost is a whole number from ${MIN_COST} to ${MAX_COST}.`);
  }
  return ok(value);
}

/** `*` (every SMTP domain): the connector is a route to the whole Internet. */
export function isCatchAll(a: AddressSpace): boolean {
  return a.kind === 'smtp' && a.smtp?.all === true;
}

/** The text Exchange prints, e.g. "SMTP:*;1". */
export function formatAddressSpace(a: AddressSpace): string {
  if (a.kind === 'accepted-domains') return '--';
  return `${a.local ? 'Local:' : ''}${a.typeWritten ? a.type : 'SMTP'}:${a.address};${a.cost}`;
}

function checkX400(address: string): string | undefined {
  if (address === '') return 'it has no attributes; an X.400 space is a list of attribute=value pairs such as "c=US;a= ;p=Contoso".';
  for (const part of address.split(';')) {
    if (part === '') continue;
    if (!/^[A-Za-z][A-Za-z0-9.-]*=/.test(part)) {
      return `${quote(part)} is not an attribute=value pair; an X.400 space looks like "c=US;a= ;p=Contoso".`;
    }
  }
  return undefined;
}
