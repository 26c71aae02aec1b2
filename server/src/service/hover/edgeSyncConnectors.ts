// What EdgeSync manages, for hovers on the connectors it creates (domain facts §5.3).
import type { ExchangeObject } from '../objects/model';
import { displayName } from '../objects/model';

export function edgeSyncConnectorNote(obj: ExchangeObject): string | undefined {
  const name = displayName(obj);
  const inbound = /^EdgeSync - Inbound to (.+)$/i.exec(name);
  if (inbound) {
    return `**EdgeSync connector.** Created on the Hub side by \`New-EdgeSubscription -FileData ... -Site ${inbound[1]}\`; EdgeSync copies it to the Edge. It carries mail from the Edge to every Hub/Mailbox server of site *${inbound[1]}* (SmartHosts \`--\`, including servers added later) for all authoritative and internal-relay accepted domains (AddressSpaces \`--\`), authenticating with \`ExchangeServer\`: mutual TLS trusted through the certificates EdgeSync published (direct trust). Change it on a Mailbox server, not on the Edge.`;
  }
  const internet = /^EdgeSync - (.+) to Internet$/i.exec(name);
  if (internet) {
    return `**EdgeSync connector.** Created on the Hub side for site *${internet[1]}*; EdgeSync copies it to the subscribed Edge servers (SourceTransportServers). It sends Internet mail (\`SMTP:*\`) from the Edge using DNS, with DomainSecureEnabled so domains in TLSSendDomainSecureList get mutual TLS. Change it on a Mailbox server; the Edge's Set-SendConnector is disabled while it is subscribed.`;
  }
  return undefined;
}
