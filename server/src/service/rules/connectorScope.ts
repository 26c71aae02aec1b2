// Where a connector's mail goes, for choosing between fixes: requiring TLS (or a certificate name) is a sound
// repair on a connector to one smart host or one partner domain, and stops most mail on one that delivers to
// every Internet domain by DNS. Unknown shapes (a property missing from the dump) count as the wide case, so the
// fix that cannot hurt comes first.
import { bool, list } from '../objects/access';
import type { ExchangeObject } from '../objects/model';
import { parseAddressSpace } from '../values/addressSpace';
import { parseSmtpDomain } from '../values/domainName';

export interface Scope {
  /** Mail goes to smart hosts (DNSRoutingEnabled $false / UseMXRecord $false), not to each domain's MX. */
  smartHosts: boolean;
  /** Routed by DNS to every domain (`*`) or to a whole top-level domain (`*.com`); or the address spaces are unknown. */
  wide: boolean;
  /** SMTP domains the connector delivers to by DNS (a `*.contoso.com` counts once); 0 when unknown or wide. */
  domains: number;
}

function isWide(domain: { all: boolean; includeSubdomains: boolean; domain: string }): boolean {
  return domain.all || (domain.includeSubdomains && !domain.domain.includes('.'));
}

/** An on-premises send connector: SmartHosts and DNSRoutingEnabled, AddressSpaces. */
export function sendConnectorScope(obj: ExchangeObject): Scope {
  const smartHosts = bool(obj, 'DNSRoutingEnabled')?.value === false;
  const spaces = list(obj, 'AddressSpaces');
  if (!spaces || spaces.truncated || spaces.value.length === 0) return { smartHosts, wide: true, domains: 0 };
  let wide = false;
  let domains = 0;
  for (const item of spaces.value) {
    const space = parseAddressSpace(item.text).value;
    if (!space) continue;
    if (space.kind === 'accepted-domains') domains++;
    else if (space.kind === 'smtp' && space.smtp) {
      if (isWide(space.smtp)) wide = true;
      else domains++;
    }
  }
  return { smartHosts, wide, domains: wide ? 0 : domains };
}

/** An Exchange Online outbound connector: UseMXRecord and SmartHosts, RecipientDomains. */
export function outboundConnectorScope(obj: ExchangeObject): Scope {
  const smartHosts = bool(obj, 'UseMXRecord')?.value === false;
  const recipients = list(obj, 'RecipientDomains');
  if (!recipients || recipients.truncated || recipients.value.length === 0) return { smartHosts, wide: true, domains: 0 };
  let wide = false;
  let domains = 0;
  for (const item of recipients.value) {
    const d = parseSmtpDomain(item.text.trim(), { wildcard: true, star: true }).value;
    if (!d) continue;
    if (isWide(d)) wide = true;
    else domains++;
  }
  return { smartHosts, wide, domains: wide ? 0 : domains };
}

/** Requiring TLS may be what was meant: the mail goes to smart hosts, or by DNS to named domains only. */
export function requiringTlsFits(scope: Scope): boolean {
  return scope.smartHosts || (!scope.wide && scope.domains > 0);
}

/** One certificate name fits everything the connector carries: one smart-host route, or one destination domain. */
export function oneNameFits(scope: Scope): boolean {
  return scope.smartHosts || (!scope.wide && scope.domains === 1);
}
