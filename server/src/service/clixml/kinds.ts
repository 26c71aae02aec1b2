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
]);

/** The kind of a top-level object from its type names (already without "Deserialized."); undefined when unknown. */
export function kindFromTypeNames(typeNames: readonly string[]): ObjectKind | undefined {
  const first = typeNames[0];
  if (!first) return undefined;
  return BY_CLASS.get(className(first));
}

function className(typeName: string): string {
  const plain = typeName.replace(/`\d+\[.*$/, '');
  const dot = plain.lastIndexOf('.');
  return plain.slice(dot + 1);
}
