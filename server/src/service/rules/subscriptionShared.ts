// What the subscription rules share: how they name the Edge in a message, and the PowerShell they offer. Making a
// new file on the Edge creates a new bootstrap account (new credentials); importing one on a Mailbox server
// subscribes the Edge, overwriting an earlier subscription of it in the same site (no Remove-EdgeSubscription
// first: that deletes the connectors whose only source is the Edge). Sources: New-EdgeSubscription,
// edge-subscription-procedures (shared domain facts §5.5, collector-and-runbooks B1).
import type { SubscriptionModel } from '../edgeSubscription/analyze';
import { psQuote } from './objectRules';
import type { RuleSource } from './types';

/** A value from a file, short enough for a message: messages stay one line, whatever the file holds. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The Edge a subscription file is about: EdgeServerName, else EdgeServerFQDN, clipped for messages. */
export function edgeOf(sub: SubscriptionModel | undefined): string | undefined {
  const name = sub?.byName.get('EdgeServerName')?.value || sub?.byName.get('EdgeServerFQDN')?.value;
  return name ? clip(name) : undefined;
}

/** The file name part of a path or file URI. */
export function fileName(uri: string): string {
  const last = uri.split(/[\\/]/).pop() || 'EdgeSubscription.xml';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** On the Edge: a new subscription file (new bootstrap account, valid for the default 24 hours). */
export function newFileCommand(edge: string | undefined): string {
  const name = edge && /^[\w.-]+$/.test(edge) ? edge : 'EdgeSubscription';
  return `New-EdgeSubscription -FileName ${psQuote(`C:\\Temp\\${name}.xml`)}`;
}

/** On a Mailbox server: is the Edge subscribed, and to which site (read-only). */
export function checkSubscribedCommand(edge: string | undefined): string {
  return edge ? `Get-EdgeSubscription -Identity ${psQuote(edge)} | Format-List Name,Site` : 'Get-EdgeSubscription | Format-List Name,Site';
}

/** On a Mailbox server of the site: import the file (copied to C:\Temp). */
export function importCommand(uri: string, site: string | undefined): string {
  const path = `C:\\Temp\\${fileName(uri)}`.replace(/'/g, "''");
  return `New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('${path}')) -Site ${psQuote(site ?? '<site>')}`;
}

/** Microsoft's pages the subscription rules rest on. */
export const EDGE_SUBSCRIPTIONS: RuleSource = {
  title: 'Edge Subscriptions in Exchange Server',
  url: 'https://learn.microsoft.com/exchange/architecture/edge-transport-servers/edge-subscriptions',
};
export const EDGE_SUBSCRIPTION_PROCEDURES: RuleSource = {
  title: 'Edge Subscription procedures in Exchange Server',
  url: 'https://learn.microsoft.com/exchange/architecture/edge-transport-servers/edge-subscription-procedures',
};
export const EDGE_SUBSCRIPTIONS_2013: RuleSource = {
  title: 'Edge Subscriptions (Exchange Server 2013): the bootstrap account expires 24 hours after the file is made',
  url: 'https://learn.microsoft.com/exchange/edge-subscriptions-exchange-2013-help',
};
export const EDGE_SUBSCRIPTION_CREDENTIALS_2013: RuleSource = {
  title: 'Edge Subscription credentials (Exchange Server 2013): protect the file, delete it after the import',
  url: 'https://learn.microsoft.com/exchange/edge-subscription-credentials-exchange-2013-help',
};
