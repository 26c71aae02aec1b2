// The children of <EdgeSubscriptionData>, in the order New-EdgeSubscription writes them, with what each means.
// Facts: ../shared/domain/exchange-transport.md §1.1, §5.

export type ElementValueType = 'string' | 'fqdn' | 'certificate' | 'dn' | 'secret' | 'ticks' | 'timespan-ticks' | 'port' | 'version' | 'serial';

export interface SubscriptionElementInfo {
  name: string;
  type: ElementValueType;
  /** Missing means the Hub refuses the file (or imports it broken). */
  required: boolean;
  summary: string;
  /** Where the value goes in the Edge/Hub trust flow. */
  trustFlow: string;
}

export const SUBSCRIPTION_ROOT = 'EdgeSubscriptionData';

export const SUBSCRIPTION_ELEMENTS: readonly SubscriptionElementInfo[] = [
  {
    name: 'EdgeServerName',
    type: 'string',
    required: true,
    summary: 'NetBIOS name of the Edge Transport server. The Hub uses it as the name of the Edge server object (and of the subscription) in Active Directory.',
    trustFlow: 'Must not clash with the name of an existing server that is not an Edge. The ESRA bootstrap account is named `ESRA.<EdgeServerName>`.',
  },
  {
    name: 'EdgeServerFQDN',
    type: 'fqdn',
    required: true,
    summary: 'Fully qualified name of the Edge server.',
    trustFlow:
      'Hub/Mailbox servers resolve this name in DNS and connect to it on the AD LDS SSL port (EdgeSync, LDAPS) and on port 25 (SMTP). It should be a name of the Edge certificate (SAN or CN).',
  },
  {
    name: 'EdgeCertificateBlob',
    type: 'certificate',
    required: true,
    summary:
      "The Edge's default SMTP certificate (its internal transport certificate), public part only, as a base64 Windows serialized certificate. The private key stays in the Edge's local store.",
    trustFlow:
      "On import the Hub stores it in AD as the Edge server's internal transport certificate (msExchServerInternalTLSCert): the **direct trust** anchor. EdgeSync then checks, on every LDAPS connection to port 50636, that the Edge presents exactly this certificate, and mutual TLS on port 25 trusts it because it is in AD, not because of a CA chain. A renewed or replaced Edge certificate is not in AD: EdgeSync and Edge↔Hub TLS break until the Edge is subscribed again with a new file.",
  },
  {
    name: 'PfxKPKCertificateBlob',
    type: 'certificate',
    required: false,
    summary: 'Optional certificate blob. New-EdgeSubscription normally leaves it out (a null byte array is not written).',
    trustFlow: 'Not used by current Exchange versions; harmless if present.',
  },
  {
    name: 'ESRAUsername',
    type: 'dn',
    required: true,
    summary: 'Distinguished name of the bootstrap account (ESRA.<Edge>) created in AD LDS on the Edge.',
    trustFlow:
      'The first EdgeSync connection from a Hub authenticates with this account; EdgeSync then creates the permanent ESRA.<Edge>.<Hub>.0/.1 accounts and the bootstrap account is no longer used.',
  },
  {
    name: 'ESRAPassword',
    type: 'secret',
    required: true,
    summary: 'The password of the bootstrap account, **in clear text**.',
    trustFlow:
      'Anyone with this file can authenticate to AD LDS on the Edge until the bootstrap account expires. Copy the file on removable media, import it, then delete it everywhere.',
  },
  {
    name: 'EffectiveDate',
    type: 'ticks',
    required: true,
    summary: 'When the file was made: .NET ticks (100 ns since 0001-01-01 UTC) of the Edge clock.',
    trustFlow: 'The Hub refuses the file if this is later than its own clock (the clocks are out of sync).',
  },
  {
    name: 'Duration',
    type: 'timespan-ticks',
    required: true,
    summary: 'Lifetime of the bootstrap account in .NET ticks (`-AccountExpiryDuration`, default 1 day = 864000000000, minimum 2 minutes).',
    trustFlow:
      'The import must happen, and the first EdgeSync must run, before EffectiveDate + Duration. The Hub refuses the file when less than 5 minutes remain.',
  },
  {
    name: 'AdamSslPort',
    type: 'port',
    required: false,
    summary: 'The AD LDS (ADAM) LDAPS port on the Edge; default 50636.',
    trustFlow:
      'EdgeSync on every Hub in the site connects to the Edge on this port: the firewall between them must allow it (TCP, Hub → Edge). Changing the port after subscribing requires a new subscription.',
  },
  {
    name: 'ServerType',
    type: 'string',
    required: false,
    summary: 'The type attribute of the Edge server object.',
    trustFlow: 'Informational.',
  },
  {
    name: 'ProductID',
    type: 'string',
    required: false,
    summary: "The Edge server's product (licence) ID. Empty when the Edge was not licensed when the file was made.",
    trustFlow: 'Licence the Edge before subscribing; a licence applied later reaches AD only with a new subscription.',
  },
  {
    name: 'VersionNumber',
    type: 'version',
    required: true,
    summary: "The Edge's Exchange version, encoded as 0x70008000 | major<<22 | minor<<16 | build.",
    trustFlow:
      'The Hub refuses the file when no Hub/Mailbox server of the site runs the same Exchange release family, and asks for confirmation when only some do.',
  },
  {
    name: 'SerialNumber',
    type: 'serial',
    required: false,
    summary: "The Edge's version as text, e.g. `Version 15.2 (Build 31544.4)` (the build is shown plus 30000).",
    trustFlow: 'Informational; should agree with VersionNumber.',
  },
];

export const SUBSCRIPTION_ELEMENT_BY_NAME: ReadonlyMap<string, SubscriptionElementInfo> = new Map(SUBSCRIPTION_ELEMENTS.map((e) => [e.name, e]));
