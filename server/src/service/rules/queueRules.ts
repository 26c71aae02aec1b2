// How queue fixes name the Send connector: by the GUID the queue shows, or by name for relay queues.
import type { ExchangeObject } from '../objects/model';
import { connectorGuid, connectorNameOf } from '../evidence/queues';
import { psQuote } from './objectRules';

export { queueErrors, type QueueError } from '../evidence/queues';

/** `-Identity` value of the queue's Send connector for a command, or undefined when the queue names none. */
export function connectorIdentity(obj: ExchangeObject): string | undefined {
  const guid = connectorGuid(obj);
  if (guid) return guid;
  const name = connectorNameOf(obj);
  return name ? psQuote(name) : undefined;
}
