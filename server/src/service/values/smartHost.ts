// Send connector SmartHosts entries: a host name, an IP literal `[10.0.0.1]` (how Exchange prints IP smart hosts),
// a bare IP, or `--` (EdgeSync inbound connector: every Hub/Mailbox server of the subscribed site).
import { parseFqdn } from './domainName';
import { readIpv4, readIpv6, type IpAddress } from './ipAddress';
import { fail, ok, quote, type ValueResult } from './result';

export type SmartHost = { kind: 'host'; host: string } | { kind: 'ip'; address: IpAddress; bracketed: boolean } | { kind: 'site-hubs' };

const EXAMPLE = 'a host name such as smtp.contoso.com or an IP address such as [192.0.2.25]';

export function parseSmartHost(text: string): ValueResult<SmartHost> {
  const t = text.trim();
  if (t === '') return fail(`The value is empty; expected ${EXAMPLE}.`);
  if (t === '--') return ok({ kind: 'site-hubs' });
  if (t.length > 300) return fail(`${quote(t)} is not a smart host; expected ${EXAMPLE}.`);
  if (t.startsWith('[')) {
    if (!t.endsWith(']')) {
      return fail(
        t.includes(']')
          ? `${quote(t)} has text after the closing bracket; a smart host has no port (the connector's Port property sets it), e.g. [192.0.2.25].`
          : `${quote(t)} opens a bracket it does not close; an IP smart host is written as [192.0.2.25].`,
      );
    }
    let inner = t.slice(1, -1).trim();
    if (/^ipv6:/i.test(inner)) inner = inner.slice(5);
    const a = inner.includes(':') ? readIpv6(inner) : readIpv4(inner);
    if (typeof a === 'string') return fail(`The address in ${quote(t)} is not valid: ${a}`);
    return ok({ kind: 'ip', address: a, bracketed: true });
  }
  if (t.includes(':')) {
    const a = readIpv6(t);
    if (typeof a !== 'string') return ok({ kind: 'ip', address: a, bracketed: false });
    if (/^[^:]+:\d+$/.test(t)) {
      return fail(`${quote(t)} has a port; a smart host has none (the connector's Port property sets it for all smart hosts).`);
    }
    return fail(`${quote(t)} is not a smart host; expected ${EXAMPLE}.`);
  }
  if (/^[\d.]+$/.test(t)) {
    const a = readIpv4(t);
    if (typeof a === 'string') return fail(a);
    return ok({ kind: 'ip', address: a, bracketed: false });
  }
  const h = parseFqdn(t, { allowSingleLabel: true });
  if (h.problem !== undefined) return fail(h.problem);
  return ok({ kind: 'host', host: t });
}
