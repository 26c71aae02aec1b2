// Object kind from the CLIXML type names: the first <T> is the class Exchange serialised.
import type { ObjectKind } from '../catalogue/types';

// Class name (the last dotted part, without a generic suffix or nested-type prefix) → kind.
const BY_CLASS: ReadonlyMap<string, ObjectKind> = new Map<string, ObjectKind>([
  ['SmtpSendConnectorConfig', 'send-connector'],
  ['ReceiveConnector', 'receive-connector'],
  ['ExchangeCertificate', 'exchange-certificate'],
  // A bare certificate (e.g. the internal transport certificate read from the server) has the same facts.
  ['X509Certificate2', 'exchange-certificate'],
  ['TenantOutboundConnector', 'outbound-connector'],
  ['OutboundConnector', 'outbound-connector'],
  ['TenantInboundConnector', 'inbound-connector'],
  ['InboundConnector', 'inbound-connector'],
  // Evidence: Test-EdgeSynchronization results, and the base classes of Get-Queue / Get-Message objects.
  ['EdgeSubscriptionStatus', 'edgesync-result'],
  ['ExtensibleQueueInfo', 'queue'],
  ['ExtensibleMessageInfo', 'queued-message'],
]);

/**
 * The kind of a top-level object from its type names (already without "Deserialized."), the class first, then its
 * base classes (the queue cmdlets return subclasses of ExtensibleQueueInfo); undefined when none is known.
 */
export function kindFromTypeNames(typeNames: readonly string[]): ObjectKind | undefined {
  for (const t of typeNames) {
    const kind = BY_CLASS.get(className(t)) ?? (className(t) === 'Status' && /\.EdgeSync\./.test(t) ? 'edgesync-sync' : undefined);
    if (kind) return kind;
  }
  return undefined;
}

function className(typeName: string): string {
  const plain = typeName.replace(/`\d+\[.*$/, '');
  const dot = plain.lastIndexOf('.');
  return plain.slice(dot + 1);
}
