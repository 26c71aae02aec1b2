// Whether the send connector exports show an Edge subscribed. Importing a subscription adds the Edge to the
// SourceTransportServers of "EdgeSync - <site> to Internet" (unless -CreateInternetSendConnector $false) and of
// "EdgeSync - Inbound to <site>" (unless -CreateInboundSendConnector $false); removing it takes the Edge out of every
// send connector (domain facts §5.3, §5.6). A connector renamed since still lists the Edge, so any send connector
// that lists it counts.
import { list } from '../objects/access';
import { shortServer, type ConnectorRecord, type SubscriptionRecord, type TrustIndex } from './trustIndex';

export type EdgeSubscribed =
  /** Send connectors in the exports list the Edge: it is (or was, when the exports were taken) subscribed. */
  | { state: 'listed'; edge: string; by: ConnectorRecord[] }
  /** The exports hold EdgeSync connectors, their server lists are whole, and none lists the Edge. */
  | { state: 'unlisted'; edge: string; edgeSync: ConnectorRecord[]; sites: string[] }
  /** Nothing to tell by: no EdgeSync connector in the exports, or a server list cut short. */
  | { state: 'unknown'; edge?: string };

const NAMED = /^EdgeSync - (?:Inbound to (.+)|(.+) to Internet)$/i;

/** A connector EdgeSync made: by its name, or by the inbound connector's `--` (only EdgeSync writes it). */
export function isEdgeSyncSendConnector(c: ConnectorRecord): boolean {
  if (c.kind !== 'send-connector') return false;
  if (/^EdgeSync - /i.test(c.name)) return true;
  const dashes = (name: string) => list(c.obj, name)?.value.some((i) => /^(?:smtp:)?--(?:;\d+)?$/i.test(i.text.trim())) === true;
  return dashes('SmartHosts') || dashes('AddressSpaces');
}

/** The AD site an EdgeSync connector serves, from its name. */
export function edgeSyncSite(c: ConnectorRecord): string | undefined {
  const m = NAMED.exec(c.name);
  return m ? (m[1] ?? m[2]).trim() : undefined;
}

export function edgeSubscribed(index: TrustIndex, s: SubscriptionRecord): EdgeSubscribed {
  const edge = shortServer(s.edgeName ?? s.edgeFqdn);
  if (!edge) return { state: 'unknown' };
  const send = index.connectors.filter((c) => c.kind === 'send-connector');
  const by = send.filter((c) => c.servers.includes(edge));
  if (by.length > 0) return { state: 'listed', edge, by };
  const edgeSync = send.filter(isEdgeSyncSendConnector);
  // A list cut by $FormatEnumerationLimit may hold the Edge past the cut.
  if (edgeSync.length === 0 || send.some((c) => !c.serversComplete)) return { state: 'unknown', edge };
  const sites = [...new Set(edgeSync.map(edgeSyncSite).filter((x): x is string => !!x))];
  return { state: 'unlisted', edge, edgeSync, sites };
}
