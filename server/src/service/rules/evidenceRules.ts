// What the evidence rules (events, EdgeSync results, queues) share: the re-subscription fixes in the order the
// runbook allows (a new file first; removal last, because it deletes the Edge's Send connectors), short
// values for messages, and the Microsoft pages they rest on.
import type { ExchangeObject } from '../objects/model';
import { property } from '../objects/model';
import { psQuote } from './objectRules';
import type { Fix, RuleSource } from './types';

export const EDGE_SUBSCRIPTIONS: RuleSource = {
  title: 'Edge Subscriptions (Exchange Server)',
  url: 'https://learn.microsoft.com/exchange/architecture/edge-transport-servers/edge-subscriptions',
};
export const EDGE_SUBSCRIPTION_PROCEDURES: RuleSource = {
  title: 'Edge Subscription procedures',
  url: 'https://learn.microsoft.com/exchange/architecture/edge-transport-servers/edge-subscription-procedures',
};
export const QUEUES: RuleSource = {
  title: 'Queues and messages in queues in Exchange Server',
  url: 'https://learn.microsoft.com/exchange/mail-flow/queues/queues',
};

/** Titles of the re-subscription fixes, for the `fixes` of every rule that offers them. */
export const RESUBSCRIBE_TITLES: Readonly<Record<'newFile' | 'importFile' | 'removeAndRecreate', string>> = {
  newFile: 'On {{edge}}: make a new subscription file (importing it replaces the old subscription; do not remove it first)',
  importFile: "On a Mailbox server in the Edge's site: import the new file, which replaces the subscription, and synchronize",
  removeAndRecreate:
    'Only if the import is refused: remove the subscription, then import the new file (removal deletes the Send connectors sourced only on {{edge}}; rerun the HCW in hybrid)',
};

/** A server name as a command argument: bare when it is a plain host name, quoted otherwise. */
export function serverArg(name: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(name) ? name : psQuote(name);
}

/**
 * Re-subscribing an Edge, as collector-and-runbooks.md B1/B4 orders it: the new file on the Edge, its import on
 * a Mailbox server (which overwrites the subscription), and only last the removal, which deletes connectors.
 */
export function resubscribeFixes(edge: string | undefined): Fix<keyof typeof RESUBSCRIBE_TITLES>[] {
  const name = edge?.trim() || '<edge>';
  // The subscription is known by the Edge's server name, not its FQDN.
  const server = /^[A-Za-z0-9-]+\./.test(name) ? name.split('.')[0] : name;
  const file = `<path>\\${server}.xml`;
  const importCommand = `New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('${file}')) -Site "<site>"`;
  return [
    { fixId: 'newFile', data: { edge: name }, command: `New-EdgeSubscription -FileName "${file}"` },
    { fixId: 'importFile', data: { edge: name }, command: `${importCommand}; Start-EdgeSynchronization -TargetServer ${serverArg(server)} -ForceFullSync` },
    { fixId: 'removeAndRecreate', data: { edge: name }, command: `Remove-EdgeSubscription -Identity ${serverArg(server)}; ${importCommand}` },
  ];
}

/** A value short enough for a message: long names (a TlsCertificateName, a DN) keep their start. */
export function short(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** The trimmed text of a property, or undefined when absent or empty. */
export function textOf(obj: ExchangeObject, name: string): string | undefined {
  const p = property(obj, name);
  return p && !p.empty ? p.text.trim() : undefined;
}

/** "CN=mail.contoso.com, OU=IT, O=Contoso" → "CN=mail.contoso.com"; other text unchanged. */
export function firstRdn(dn: string): string {
  const m = /^\s*(CN=[^,]*)/i.exec(dn);
  return m ? m[1].trim() : dn.trim();
}
