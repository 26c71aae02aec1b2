// Hover for EdgeSubscription files: an element's decoded value, what it is, and its place in the trust flow.
// The ESRA password is never shown.
import type { EdgeSubscriptionFile } from '../document';
import type { SubscriptionElement, SubscriptionModel } from '../edgeSubscription/analyze';
import { SUBSCRIPTION_ROOT } from '../edgeSubscription/elements';
import { DEFAULT_ADAM_SSL_PORT } from '../edgeSubscription/values';
import { describeVersion, parseSerialNumber } from '../exchangeVersion/versionNumber';
import { SUBSCRIPTION_VALUE_MESSAGES } from '../rules/subscriptionInvalidValue';
import { fillTemplate } from '../rules/types';
import { formatDuration, formatUtc, relative } from '../time/ticks';
import { rangeContains, type Hover, type Position } from '../types';
import { certificateMarkdown } from './certificateMarkdown';

const TRUST_FLOW = [
  '1. On the Edge, `New-EdgeSubscription -FileName Edge.xml` writes this file: the Edge certificate (public part), the Edge name, and a bootstrap (ESRA) account valid for Duration (default 24 hours).',
  '2. On a Hub/Mailbox server, `New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes("Edge.xml")) -Site <site>` stores the certificate in AD and creates the EdgeSync connectors.',
  '3. EdgeSync on the Hub connects to the Edge over LDAPS (port 50636), checks the Edge presents the same certificate (direct trust), and pushes the Hub certificates, connectors and recipients into AD LDS.',
  '4. Mail between Edge and Hub then uses mutual TLS through the hidden intra-organization connectors.',
].join('\n');

export function subscriptionHover(file: EdgeSubscriptionFile, pos: Position, now: Date): Hover | undefined {
  const sub = file.subscription;
  if (!sub) return undefined;
  const el = sub.elements.find((e) => rangeContains(e.elementRange, pos));
  if (!el) {
    if (rangeContains(sub.xml.rootNameRange, pos)) {
      const expiry = expirySummary(sub, now);
      return { range: sub.xml.rootNameRange, contents: `**${SUBSCRIPTION_ROOT}**: an Edge Subscription file${expiry ? `\n\n${expiry}` : ''}\n\n${TRUST_FLOW}` };
    }
    return undefined;
  }
  const onValue = rangeContains(el.valueRange, pos) && !el.isEmpty;
  const range = onValue ? el.valueRange : el.nameRange;
  if (!el.info) return { range, contents: `**${el.name}** is not an EdgeSubscription element; Exchange ignores it.` };
  // The decoded value first, then what the element is, then what is wrong with it.
  const value = valueMarkdown(el, sub, now);
  const parts = value ? [`**${el.name}**`, value, el.info.summary] : [`**${el.name}**: ${el.info.summary}`];
  if (el.problem) parts.push(`⚠ ${fillTemplate(SUBSCRIPTION_VALUE_MESSAGES[el.problem.id], { name: el.name, value: el.problem.value ?? '' })}`);
  parts.push(`*Trust flow:* ${el.info.trustFlow}`);
  return { range, contents: parts.join('\n\n') };
}

function expirySummary(sub: SubscriptionModel, now: Date): string {
  if (!sub.expires) return '';
  const left = sub.expires.getTime() - now.getTime();
  return left > 0
    ? `The bootstrap account expires ${formatUtc(sub.expires)} (${formatDuration(left)} left).`
    : `The bootstrap account **expired** ${formatUtc(sub.expires)} (${relative(sub.expires, now)}): this file can no longer be imported. Kept after its import, it has nothing left to do: delete it.`;
}

function valueMarkdown(el: SubscriptionElement, sub: SubscriptionModel, now: Date): string | undefined {
  const d = el.decoded;
  switch (el.info?.type) {
    case 'secret':
      return el.isEmpty
        ? 'Value: (empty)'
        : `Value: \`${'•'.repeat(8)}\` (${el.value.length} characters, hidden). **This file holds a clear-text credential: delete it after the import.**`;
    case 'ticks':
      if (d?.type !== 'ticks') return undefined;
      return `Value: **${formatUtc(d.date)}** (${relative(d.date, now)}), ${d.ticks} ticks.\n\n${expirySummary(sub, now)}`;
    case 'timespan-ticks':
      if (d?.type !== 'timespan-ticks') return undefined;
      return `Value: **${formatDuration(Number(d.ticks / 10000n))}** (${d.ticks} ticks).${sub.expires ? ` Bootstrap account valid until ${formatUtc(sub.expires)}.` : ''}`;
    case 'port':
      if (d?.type !== 'port') return undefined;
      return `Value: TCP **${d.port}**${d.port === DEFAULT_ADAM_SSL_PORT ? ' (the default)' : ` (not the default ${DEFAULT_ADAM_SSL_PORT})`}: open it from the Hubs to the Edge.`;
    case 'version':
      if (d?.type !== 'version') return undefined;
      return `Value: **${describeVersion(d.version)}** (0x${d.number.toString(16).toUpperCase()}).`;
    case 'serial': {
      const s = parseSerialNumber(el.value);
      return s ? `Value: Exchange ${s.major}.${s.minor}.${s.build}.${s.revision}.` : undefined;
    }
    case 'certificate':
      return certificateValue(sub, el, now);
    default:
      return el.isEmpty ? 'Value: (empty)' : undefined;
  }
}

function certificateValue(sub: SubscriptionModel, el: SubscriptionElement, now: Date): string | undefined {
  const cert = sub.certificate;
  if (!cert || cert.element !== el) return undefined;
  if (!cert.blob.ok) return `Cannot decode: ${cert.blob.reason}.`;
  const format =
    cert.blob.format === 'serialized-cert'
      ? `Windows serialized certificate (properties ${cert.blob.properties.map((p) => p.id).join(', ')}; the certificate is property 32)`
      : cert.blob.format === 'der'
        ? 'plain DER'
        : 'PEM';
  if (!cert.parsed?.ok) return `Format: ${format}. Not an X.509 certificate: ${cert.parsed?.reason}.`;
  return `Format: ${format}.\n\n${certificateMarkdown(cert.parsed.info, now)}`;
}
