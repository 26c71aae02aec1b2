// Runbooks B1-B6 from what a workspace shows: its findings, its certificates and connectors, and the facts of the
// collector bundles in it (servers, roles, sites, default SMTP certificates). Pure: the same workspace gives the same
// runbooks. Each runbook names the servers, site, thumbprints and connectors found; what is not known (the new
// certificate's thumbprint, the PFX path) is asked for when the script runs.
import type { Diagnostic } from '../types';
import { isObjectsFile, type AnalyzedFile } from '../document';
import { property, type ExchangeObject } from '../objects/model';
import { certificateServer } from '../project/trustIndex';
import { certificateContext } from '../rules/certificateContext';
import { commonName } from '../values/smtpX509Identifier';
import { deleteSubscriptionFile, enableSmtpStep, importStep, removeOldCertificate, resubscribeEach, resubscribeSteps } from './steps';
import type { Runbook, RunbookKind, RunbookStep, RunbookVariable, ServerFacts } from './types';

export interface RunbookFile {
  file: AnalyzedFile;
  diagnostics: readonly Diagnostic[];
  /** The server the file was collected on (its bundle's manifest), when known. */
  server?: string;
}

export interface RunbookWorkspace {
  files: readonly RunbookFile[];
  servers: readonly ServerFacts[];
}

/** What starts a runbook: the finding and the file it is in. */
export interface RunbookTrigger {
  runbook: Runbook;
  uri: string;
  diagnostic: Diagnostic;
}

interface Cert {
  thumbprint: string;
  subject: string;
  /** Exchange's own self-signed certificate (CN=<server>), the kind Exchange makes the default SMTP certificate. */
  exchangeSelfSigned: boolean;
  /** The same export holds a later certificate of the same subject: this one was renewed already. */
  superseded: boolean;
  server?: string;
  codes: string[];
  expired: boolean;
  diagnostic: Diagnostic;
  uri: string;
}

// Not certificate-not-yet-valid: a certificate from the future calls for a clock check or patience, not a renewal.
const CERT_CODES = new Set(['certificate-expired', 'certificate-expiring', 'certificate-status']);
/**
 * Findings on a subscription file's Edge certificate that call for a new certificate and subscription. Not
 * subscription-certificate-stale: that Edge has its new certificate already, and B1 starts by checking the old one.
 */
const SUBSCRIPTION_CERT_CODES = new Set(['certificate-expired', 'certificate-expiring']);
const AUTH_SUBJECT = /CN=Microsoft Exchange Server Auth Certificate/i;
const SOURCES = [
  'collector-and-runbooks.md part B (Microsoft Learn: New-EdgeSubscription, Enable-ExchangeCertificate, Remove-EdgeSubscription; KB 2989382, KB 3212872, KB 4019802)',
];
const WARNINGS = [
  'Never Remove-EdgeSubscription before subscribing again: a new subscription overwrites the old one, and removal deletes every send connector whose only source is the Edge.',
  'No -Force on Enable-ExchangeCertificate or New-ExchangeCertificate with SMTP: answer the default SMTP certificate prompt as each step says.',
  'The old certificate stays until the new one is verified.',
];

/** Said where the workspace does not show the site (the script asks for it). */
const SITE_UNKNOWN = "the Edge's site";
const inRange = (d: Diagnostic, o: ExchangeObject) => d.range.start.line >= o.range.start.line && d.range.start.line <= o.range.end.line;
const text = (o: ExchangeObject, name: string) => property(o, name)?.text?.trim() ?? '';
/** "contoso.com/Configuration/Sites/Site-A" → "Site-A". */
export const siteName = (site: string | undefined) => site?.split('/').pop() || undefined;

function certificates(ws: RunbookWorkspace): Cert[] {
  const out: Cert[] = [];
  for (const f of ws.files) {
    if (!isObjectsFile(f.file)) continue;
    for (const o of f.file.objects) {
      if (o.kind !== 'exchange-certificate' || !o.certificate?.thumbprint) continue;
      const found = f.diagnostics.filter((d) => CERT_CODES.has(d.code) && inRange(d, o));
      if (found.length === 0) continue;
      // A bundle says which server it was collected on; a plain export, only through the certificate itself.
      const server = f.server ?? certificateServer(o, o.certificate);
      const cn = o.certificate.subject ? commonName(o.certificate.subject) : undefined;
      const notAfter = o.certificate.notAfter?.value.getTime() ?? 0;
      const superseded = f.file.objects.some(
        (x) =>
          x !== o &&
          x.certificate?.subject &&
          x.certificate.subject.toLowerCase() === o.certificate?.subject?.toLowerCase() &&
          (x.certificate.notAfter?.value.getTime() ?? 0) > notAfter &&
          !f.diagnostics.some((d) => CERT_CODES.has(d.code) && inRange(d, x)),
      );
      out.push({
        thumbprint: o.certificate.thumbprint.toUpperCase(),
        subject: o.certificate.subject ?? '',
        exchangeSelfSigned: Boolean(cn && server && cn.toLowerCase() === server.toLowerCase() && certificateContext(o.certificate, o)?.selfSigned),
        superseded,
        ...(server ? { server } : {}),
        codes: found.map((d) => d.code),
        expired: found.some((d) => d.code === 'certificate-expired'),
        diagnostic: found[0],
        uri: f.file.uri,
      });
    }
  }
  return out;
}

interface Connector {
  kind: 'send' | 'receive';
  name: string;
  identity: string;
  tlsCertificateName: string;
  server?: string;
  /** The Edge servers a send connector is sourced on. */
  sources: string[];
}

function connectors(ws: RunbookWorkspace): Connector[] {
  const out: Connector[] = [];
  for (const f of ws.files) {
    if (!isObjectsFile(f.file)) continue;
    for (const o of f.file.objects) {
      if (o.kind !== 'send-connector' && o.kind !== 'receive-connector') continue;
      const name = text(o, 'Name');
      if (!name) continue;
      out.push({
        kind: o.kind === 'send-connector' ? 'send' : 'receive',
        name,
        identity: text(o, 'Identity') || name,
        tlsCertificateName: text(o, 'TlsCertificateName'),
        ...(f.server ? { server: f.server } : {}),
        sources: text(o, 'SourceTransportServers')
          .replace(/[{}]/g, '')
          .split(/[,\s]+/)
          .filter(Boolean),
      });
    }
  }
  return out;
}

/** The server a receive connector is on: its bundle's, or its Identity's (`EDGE01\\Default internal receive connector EDGE01`). */
function connectorServer(c: Connector): string | undefined {
  return c.server ?? (c.kind === 'receive' && c.identity.includes('\\') ? c.identity.split('\\')[0] : undefined);
}

/** Sites with an Edge subscription: Get-EdgeSubscription, and the EdgeSync connectors ("EdgeSync - Inbound to Site-A"). */
function subscribedSites(cs: readonly Connector[], servers: readonly ServerFacts[]): string[] {
  const fromConnectors = cs.map((c) => /^EdgeSync - Inbound to (.+)$/.exec(c.name)?.[1]);
  const fromSubscriptions = servers.flatMap((s) => (s.subscriptions ?? []).map((x) => siteName(x.site)));
  return [...new Set([...fromSubscriptions, ...fromConnectors].filter((s): s is string => Boolean(s)))];
}

function variable(name: string, prompt: string, value?: string): RunbookVariable {
  return { name, prompt, ...(value ? { value } : {}) };
}

function runbook(kind: RunbookKind, subject: string, title: string, why: string[], variables: RunbookVariable[], steps: RunbookStep[]): Runbook {
  return { kind, id: `${kind}-${subject}`.replace(/[^A-Za-z0-9.-]+/g, '-'), title, why, variables, steps, warnings: WARNINGS, sources: SOURCES };
}

/** B1: renew the Edge's certificate, subscribe again (no removal), synchronise, verify, then clean up. */
export function edgeCertificateRunbook(
  edge: ServerFacts,
  mailbox: string,
  site: string | undefined,
  old: string | undefined,
  why: string[],
  hybrid: boolean,
): Runbook {
  const where = site ?? SITE_UNKNOWN;
  const steps: RunbookStep[] = [
    {
      title: `See which certificate is the default SMTP certificate of ${edge.server}`,
      on: edge.server,
      role: 'edge',
      command:
        'Get-ExchangeCertificate | Format-List Thumbprint,Subject,NotAfter,Services,RootCAType; (Get-TransportService).InternalTransportCertificateThumbprint',
      change: false,
      check: {
        test: '(Get-TransportService).InternalTransportCertificateThumbprint -eq $OldThumbprint',
        expect: 'the certificate to renew is the Edge default SMTP certificate, which the subscription carries',
      },
      uses: ['OldThumbprint'],
    },
    importStep(edge.server, 'edge', false),
    enableSmtpStep(edge.server, 'edge', false, true),
    ...resubscribeSteps(edge.server, mailbox, site),
    ...(hybrid
      ? [
          {
            title: 'Run the Hybrid Configuration Wizard again',
            on: mailbox,
            role: 'mailbox' as const,
            change: true,
            check: { expect: 'the Exchange Online connector validation passes' },
            note: 'A new Edge subscription drops the hybrid settings of the Edge connectors.',
          },
        ]
      : []),
    deleteSubscriptionFile(mailbox, 'mailbox'),
    deleteSubscriptionFile(edge.server, 'edge'),
    removeOldCertificate(edge.server, 'edge', false, `${edge.server} is synchronised and tested on every Mailbox server of ${where}`),
  ];
  return runbook(
    'edge-certificate',
    edge.server,
    `Renew the Edge certificate of ${edge.server}`,
    why,
    [
      variable('Edge', 'Edge server', edge.server),
      variable('Site', 'Active Directory site of the subscription', site),
      variable('OldThumbprint', 'Thumbprint of the certificate to replace', old),
      variable('NewThumbprint', 'Thumbprint of the new certificate'),
      variable('PfxPath', 'Path of the new certificate (.pfx)'),
      variable('SubscriptionFile', 'Path of the subscription file', `C:\\EdgeSubscription\\${edge.server}.xml`),
    ],
    steps,
  );
}

/** What B2 and B5 fill in: the Mailbox server, the certificate replaced and the default SMTP certificate. */
function replacementVariables(server: ServerFacts, old: string): RunbookVariable[] {
  return [
    variable('Server', 'Mailbox server', server.server),
    variable('OldThumbprint', 'Thumbprint of the certificate to replace', old),
    variable('NewThumbprint', 'Thumbprint of the new certificate'),
    variable('PfxPath', 'Path of the new certificate (.pfx)'),
    variable('DefaultThumbprint', 'Thumbprint of the default SMTP certificate', server.internalTransportCertificateThumbprint),
  ];
}

/** B2: a Mailbox server's SMTP certificate (not its default one): enabled with No to the prompt; connectors updated. */
export function mailboxCertificateRunbook(server: ServerFacts, old: string, subject: string, why: string[], named: readonly Connector[]): Runbook {
  const steps: RunbookStep[] = [
    importStep(server.server, 'mailbox', true),
    enableSmtpStep(server.server, 'mailbox', true, false),
    ...named.map((c) => tlsNameStep(c, server.server)),
    removeOldCertificate(server.server, 'mailbox', true, 'mail flows through the new certificate'),
  ];
  return runbook(
    'mailbox-certificate',
    `${server.server}-${subject.replace(/^CN=/i, '')}`,
    `Renew the SMTP certificate ${subject} of ${server.server}`,
    why,
    replacementVariables(server, old),
    steps,
  );
}

/**
 * B2b: a Mailbox server's default SMTP (internal transport) certificate. The server's EdgeSync credentials were made
 * for the old one, so each Edge of the site is subscribed again once the new one is the default; the old one goes
 * last. Exchange's own self-signed certificate is renewed in place; a CA certificate is imported.
 */
export function defaultCertificateRunbook(
  server: ServerFacts,
  old: string,
  subject: string,
  selfSigned: boolean,
  edges: readonly string[],
  site: string | undefined,
  why: string[],
): Runbook {
  const renew: RunbookStep[] = selfSigned
    ? [
        {
          title: `Renew the self-signed certificate ${subject} of ${server.server}`,
          on: server.server,
          role: 'mailbox',
          command: '$NewThumbprint = (Get-ExchangeCertificate -Server $Server -Thumbprint $OldThumbprint | New-ExchangeCertificate -Server $Server).Thumbprint',
          change: true,
          answer: `Yes to "Overwrite the existing default SMTP certificate?" if asked: the renewed certificate replaces ${server.server}'s default SMTP certificate, and each Edge of the site is subscribed again below`,
          check: {
            test: "(Get-ExchangeCertificate -Server $Server -Thumbprint $NewThumbprint).Status -eq 'Valid'",
            expect: 'the renewed certificate is there and valid',
          },
          uses: ['Server', 'OldThumbprint'],
        },
      ]
    : [importStep(server.server, 'mailbox', true)];
  const steps: RunbookStep[] = [
    {
      title: `Check that the certificate is the default SMTP certificate of ${server.server}`,
      on: server.server,
      role: 'mailbox',
      command: 'Get-ExchangeCertificate -Server $Server -Thumbprint $OldThumbprint | Format-List Thumbprint,Subject,NotAfter,Services,IsSelfSigned',
      change: false,
      check: {
        test: '(Get-TransportService $Server).InternalTransportCertificateThumbprint -eq $OldThumbprint',
        expect: 'it is the default SMTP certificate, the one the EdgeSync credentials of the server depend on',
      },
      uses: ['Server', 'OldThumbprint'],
    },
    ...renew,
    enableSmtpStep(server.server, 'mailbox', true, true),
    ...resubscribeEach(edges, server.server, site),
    removeOldCertificate(server.server, 'mailbox', true, `every Edge of ${site ?? "the server's site"} is synchronised and tested`),
  ];
  return runbook(
    'mailbox-certificate',
    `${server.server}-default`,
    `Renew the default SMTP certificate of ${server.server}`,
    why,
    [
      variable('Server', 'Mailbox server', server.server),
      ...(edges.length > 0 ? [variable('Site', 'Active Directory site of the Edge subscriptions', site)] : []),
      variable('OldThumbprint', 'Thumbprint of the certificate to replace', old),
      variable('NewThumbprint', selfSigned ? 'Thumbprint of the new certificate (the renewal step sets it)' : 'Thumbprint of the new certificate'),
      ...(selfSigned ? [] : [variable('PfxPath', 'Path of the new certificate (.pfx)')]),
      ...(edges.length > 0 ? [variable('SubscriptionFile', 'Path of the subscription file', 'C:\\EdgeSubscription\\edge.xml')] : []),
    ],
    steps,
  );
}

/** A send connector's change reaches the Edges it is sourced on at the next synchronisation: now. */
function edgeSyncStep(on: string): RunbookStep {
  return {
    title: 'Synchronise the Edge servers',
    on,
    role: 'mailbox',
    command: '$sync = Start-EdgeSynchronization',
    change: true,
    check: { test: "@($sync | Where-Object { $_.Result -ne 'Success' }).Count -eq 0", expect: 'Result Success, not Incomplete' },
  };
}

const EXCHANGE_ONLINE_STEP: RunbookStep = {
  title: 'Exchange Online: only if the certificate names changed',
  on: 'Exchange Online',
  role: 'mailbox',
  change: true,
  check: { expect: 'the hybrid connectors validate; a renewal with the same names needs no change there' },
  note: 'Set-InboundConnector -TlsSenderCertificateName and Set-OutboundConnector -TlsDomain take names, or run the Hybrid Configuration Wizard again.',
};

/**
 * B1 step 3 answered No, then B5 on an Edge: a certificate of the Edge that is not its default SMTP certificate (a CA
 * certificate for Internet or hybrid TLS) is renewed without a new subscription, which carries only the default one.
 * The Edge's receive connectors are set on the Edge; send connectors sourced on it are set on a Mailbox server (the
 * Edge has no access to the certificate's store from there, so the name is carried over) and synchronised.
 */
export function edgeServiceCertificateRunbook(
  edge: ServerFacts,
  mailbox: string,
  old: string,
  subject: string,
  named: readonly Connector[],
  hybrid: boolean,
  why: string[],
): Runbook {
  const receive = named.filter((c) => c.kind === 'receive');
  const send = named.filter((c) => c.kind === 'send');
  const steps: RunbookStep[] = [
    importStep(edge.server, 'edge', false),
    enableSmtpStep(edge.server, 'edge', false, false),
    ...(named.length > 0
      ? [
          {
            title: `Print the name connectors give the new certificate on ${edge.server}`,
            on: edge.server,
            role: 'edge' as const,
            command: '$c = Get-ExchangeCertificate -Thumbprint $NewThumbprint; "<I>$($c.Issuer)<S>$($c.Subject)"',
            change: false,
            check: { expect: 'the <I>issuer<S>subject value, 256 characters at most: the steps on the Mailbox server ask for it' },
            uses: ['NewThumbprint'],
          },
        ]
      : []),
    ...receive.map((c) => tlsNameStep(c, edge.server, 'edge')),
    ...send.map((c) => tlsNameStep(c, mailbox, 'asked')),
    ...(send.length > 0 ? [edgeSyncStep(mailbox)] : []),
    ...(hybrid ? [EXCHANGE_ONLINE_STEP] : []),
    removeOldCertificate(edge.server, 'edge', false, 'mail flows with the new certificate'),
  ];
  return runbook(
    'edge-certificate',
    `${edge.server}-${subject.replace(/^CN=/i, '')}`,
    `Renew the certificate ${subject} of ${edge.server} (not its default: no new subscription)`,
    [...why, `not the default SMTP certificate of ${edge.server}, which is the one a subscription carries`],
    [
      variable('OldThumbprint', 'Thumbprint of the certificate to replace', old),
      variable('NewThumbprint', 'Thumbprint of the new certificate'),
      variable('PfxPath', 'Path of the new certificate (.pfx)'),
      variable('DefaultThumbprint', 'Thumbprint of the default SMTP certificate', edge.internalTransportCertificateThumbprint),
      ...(send.length > 0 ? [variable('TlsName', 'The <I>issuer<S>subject value the Edge printed')] : []),
    ],
    steps,
  );
}

/** Sets a connector's TlsCertificateName to the new certificate's `<I>issuer<S>subject`. */
/**
 * Where the value comes from: the certificate on a Mailbox server (`-Server`), on the Edge itself (run there), or
 * typed in (`$TlsName`, printed on the Edge: a Mailbox server cannot read an Edge's certificates).
 */
type TlsNameFrom = 'mailbox' | 'edge' | 'asked';

function tlsNameStep(c: Connector, server: string, from: TlsNameFrom = 'mailbox'): RunbookStep {
  const set = c.kind === 'send' ? 'Set-SendConnector' : 'Set-ReceiveConnector';
  const get = c.kind === 'send' ? 'Get-SendConnector' : 'Get-ReceiveConnector';
  const id = `'${c.identity.replace(/'/g, "''")}'`;
  const name =
    from === 'asked'
      ? ''
      : `$c = Get-ExchangeCertificate${from === 'mailbox' ? ' -Server $Server' : ''} -Thumbprint $NewThumbprint; $TlsName = "<I>$($c.Issuer)<S>$($c.Subject)"; `;
  return {
    title: `Point ${c.kind} connector "${c.name}" at the new certificate`,
    on: server,
    role: from === 'edge' ? 'edge' : 'mailbox',
    command: `${name}${set} -Identity ${id} -TlsCertificateName $TlsName`,
    change: true,
    check: {
      test: `"$((${get} -Identity ${id}).TlsCertificateName)" -eq $TlsName`,
      expect: `"${c.name}" names the new certificate (256 characters at most with an Edge)`,
    },
    uses: from === 'mailbox' ? ['Server', 'NewThumbprint'] : from === 'edge' ? ['NewThumbprint'] : ['TlsName'],
  };
}

/** B3: a Mailbox server newer than the subscription: its certificate and site checked, each Edge subscribed again. */
export function newMailboxServerRunbook(server: string, site: string, edges: readonly string[], why: string[]): Runbook {
  const steps: RunbookStep[] = [
    {
      title: `Check the default SMTP certificate of ${server}`,
      on: server,
      role: 'mailbox',
      command:
        'Get-ExchangeCertificate -Server $NewServer -Thumbprint (Get-TransportService $NewServer).InternalTransportCertificateThumbprint | Format-List Thumbprint,Status,HasPrivateKey,NotAfter',
      change: false,
      check: {
        test: "$c = Get-ExchangeCertificate -Server $NewServer -Thumbprint (Get-TransportService $NewServer).InternalTransportCertificateThumbprint; $c.HasPrivateKey -and $c.Status -eq 'Valid'",
        expect: 'valid, with its private key (EdgeSync credentials are made only for servers that have one)',
      },
      uses: ['NewServer'],
    },
    {
      title: `Check that ${server} is in ${site}`,
      on: server,
      role: 'mailbox',
      command: 'Get-ExchangeServer -Identity $NewServer | Format-List Name,Site',
      change: false,
      check: { test: '(Get-ExchangeServer -Identity $NewServer).Site -like "*$Site"', expect: `its site is ${site}` },
      uses: ['NewServer', 'Site'],
    },
    ...resubscribeEach(edges, server, site),
  ];
  return runbook(
    'new-mailbox-server',
    server,
    `Bring ${server} into EdgeSync`,
    why,
    [
      variable('NewServer', 'The new Mailbox server', server),
      variable('Site', 'Active Directory site of the subscription', site),
      variable('SubscriptionFile', 'Path of the subscription file', 'C:\\EdgeSubscription\\edge.xml'),
    ],
    steps,
  );
}

/** B4: "no EdgeSync credentials" and EdgeSync failures: site, certificate, events, network, then subscribe again. */
export function edgesyncCredentialsRunbook(mailbox: string, edge: string, edgeFqdn: string, site: string | undefined, why: string[]): Runbook {
  const where = site ?? SITE_UNKNOWN;
  const steps: RunbookStep[] = [
    {
      title: `Compare the site of ${mailbox} with the subscription's`,
      on: mailbox,
      role: 'mailbox',
      command: 'Get-ExchangeServer -Identity $env:COMPUTERNAME | Format-List Site; Get-EdgeSubscription | Format-List Name,Site',
      change: false,
      check: {
        test: '(Get-ExchangeServer -Identity $env:COMPUTERNAME).Site -like "*$Site"',
        expect: `${mailbox} is in ${where}, the site of the subscription`,
      },
      uses: ['Site'],
    },
    {
      title: `Check the default SMTP certificate of ${mailbox}`,
      on: mailbox,
      role: 'mailbox',
      command:
        'Get-ExchangeCertificate -Thumbprint (Get-TransportService $env:COMPUTERNAME).InternalTransportCertificateThumbprint | Format-List Thumbprint,Status,HasPrivateKey,NotAfter',
      change: false,
      check: {
        test: "(Get-ExchangeCertificate -Thumbprint (Get-TransportService $env:COMPUTERNAME).InternalTransportCertificateThumbprint).Status -eq 'Valid'",
        expect: 'it exists and is valid; if it changed since the subscription, the Edge must be subscribed again',
      },
    },
    {
      title: 'Read the EdgeSync events',
      on: mailbox,
      role: 'mailbox',
      command:
        "Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'MSExchange EdgeSync' } -MaxEvents 200 | Where-Object { 1032, 1033, 1035, 10104 -contains $_.Id } | Format-List TimeCreated,Id,Message",
      change: false,
      check: { expect: '1033: the certificate was replaced or its key is unreadable; 1035: a CNG key; 10104: the Edge presents another certificate' },
    },
    {
      title: `Check that ${mailbox} reaches ${edge} on port 50636`,
      on: mailbox,
      role: 'mailbox',
      command: 'Test-NetConnection -ComputerName $EdgeFqdn -Port 50636',
      change: false,
      check: { test: '(Test-NetConnection -ComputerName $EdgeFqdn -Port 50636).TcpTestSucceeded', expect: 'the EdgeSync port is open and the name resolves' },
      note: 'Compare the clocks of the two servers too: a subscription file from the future is refused.',
      uses: ['EdgeFqdn'],
    },
    ...resubscribeSteps(edge, mailbox, site),
    deleteSubscriptionFile(mailbox, 'mailbox'),
    deleteSubscriptionFile(edge, 'edge'),
  ];
  return runbook(
    'edgesync-credentials',
    edge,
    `Repair EdgeSync between ${mailbox} and ${edge}`,
    why,
    [
      variable('Edge', 'Edge server', edge),
      variable('EdgeFqdn', 'FQDN of the Edge server', edgeFqdn),
      variable('Site', 'Active Directory site of the subscription', site),
      variable('SubscriptionFile', 'Path of the subscription file', `C:\\EdgeSubscription\\${edge}.xml`),
    ],
    steps,
  );
}

/** B5: the certificate of "Outbound to Office 365" and the receive connector Exchange Online sends to. */
export function hybridCertificateRunbook(
  server: ServerFacts,
  old: string,
  subject: string,
  named: readonly Connector[],
  why: string[],
  edgeSourced: boolean,
): Runbook {
  const steps: RunbookStep[] = [
    importStep(server.server, 'mailbox', true),
    enableSmtpStep(server.server, 'mailbox', true, false),
    ...named.map((c) => tlsNameStep(c, server.server)),
    ...(edgeSourced ? [edgeSyncStep(server.server)] : []),
    EXCHANGE_ONLINE_STEP,
    removeOldCertificate(server.server, 'mailbox', true, 'mail flows both ways with the new certificate'),
  ];
  return runbook(
    'hybrid-certificate',
    `${server.server}-${subject.replace(/^CN=/i, '')}`,
    `Renew the hybrid certificate ${subject} of ${server.server}`,
    why,
    replacementVariables(server, old),
    steps,
  );
}

/** B6: the OAuth certificate: a new self-signed one (No to the SMTP prompt), published, services restarted. */
export function oauthCertificateRunbook(server: ServerFacts, expired: boolean, why: string[]): Runbook {
  const rotate: RunbookStep[] = expired
    ? [
        {
          title: 'Make the new certificate the current one now (the old one has expired)',
          on: server.server,
          role: 'mailbox',
          command:
            'Set-AuthConfig -NewCertificateThumbprint $NewThumbprint -NewCertificateEffectiveDate (Get-Date); Set-AuthConfig -PublishCertificate; Set-AuthConfig -ClearPreviousCertificate',
          change: true,
          check: { test: '(Get-AuthConfig).CurrentCertificateThumbprint -eq $NewThumbprint', expect: 'Get-AuthConfig shows the new current certificate' },
          uses: ['NewThumbprint'],
        },
      ]
    : [
        {
          title: 'Stage the new certificate 48 hours ahead',
          on: server.server,
          role: 'mailbox',
          command: 'Set-AuthConfig -NewCertificateThumbprint $NewThumbprint -NewCertificateEffectiveDate (Get-Date).AddHours(48)',
          change: true,
          check: {
            test: '(Get-AuthConfig).NextCertificateThumbprint -eq $NewThumbprint',
            expect: 'Get-AuthConfig shows it as the next certificate, with its date',
          },
          uses: ['NewThumbprint'],
        },
      ];
  const steps: RunbookStep[] = [
    {
      title: 'See the current OAuth certificate',
      on: server.server,
      role: 'mailbox',
      command: 'Get-AuthConfig | Format-List *Thumbprint*,NextCertificateEffectiveDate',
      change: false,
      check: { expect: 'the current thumbprint; a warning that the certificate is missing means it is not on this server' },
    },
    {
      title: 'Create the new OAuth certificate',
      on: server.server,
      role: 'mailbox',
      command:
        "$NewThumbprint = (New-ExchangeCertificate -KeySize 2048 -PrivateKeyExportable $true -SubjectName 'cn=Microsoft Exchange Server Auth Certificate' -FriendlyName 'Microsoft Exchange Server Auth Certificate' -DomainName @()).Thumbprint",
      change: true,
      answer: `No to "Overwrite the existing default SMTP certificate?": the OAuth certificate must not become ${server.server}'s SMTP certificate (Yes breaks EdgeSync)`,
      check: {
        test: '(Get-TransportService $env:COMPUTERNAME).InternalTransportCertificateThumbprint -eq $DefaultThumbprint',
        expect: 'the default SMTP certificate is unchanged',
      },
      uses: ['DefaultThumbprint'],
    },
    ...rotate,
    {
      title: 'Restart the service host, then recycle the OWA and ECP application pools',
      on: server.server,
      role: 'mailbox',
      // The two pools, not iisreset: that would cut every IIS client of the server (EWS, ActiveSync, MAPI) too.
      command:
        "Restart-Service -Name MSExchangeServiceHost; Import-Module WebAdministration; Restart-WebAppPool -Name 'MSExchangeOWAAppPool'; Restart-WebAppPool -Name 'MSExchangeECPAppPool'",
      change: true,
      check: { expect: 'OWA and ECP sign-in work (publishing can take up to an hour)' },
    },
    {
      title: 'Hybrid: run the Hybrid Configuration Wizard again',
      on: server.server,
      role: 'mailbox',
      change: true,
      check: { expect: 'the wizard completes its OAuth part' },
      note: 'Only in a hybrid organisation, once the new certificate is the current one.',
    },
  ];
  return runbook(
    'oauth-certificate',
    // One certificate for the organisation: named after the server only when the export says which one.
    /^[A-Za-z0-9-]{1,15}$/.test(server.server) ? server.server : 'organisation',
    'Renew the OAuth certificate',
    why,
    [
      variable('DefaultThumbprint', 'Thumbprint of the default SMTP certificate', server.internalTransportCertificateThumbprint),
      variable('NewThumbprint', 'Thumbprint of the new OAuth certificate (step 2 prints it)'),
    ],
    steps,
  );
}

/**
 * The Edge servers the workspace knows, by lower-case name: bundles from Edges, the organisation's server list and
 * subscriptions, the subscription files, and the servers the EdgeSync connectors are sourced on (those live on Edges).
 */
function knownEdges(ws: RunbookWorkspace, cs: readonly Connector[]): Map<string, string> {
  const out = new Map<string, string>();
  const put = (name: string | undefined) => {
    const n = name?.trim().split('.')[0];
    if (n && !out.has(n.toLowerCase())) out.set(n.toLowerCase(), n);
  };
  for (const s of ws.servers) {
    if (s.role === 'edge') put(s.server);
    for (const o of s.servers) if (o.edge) put(o.name);
    for (const x of s.subscriptions ?? []) put(x.edge);
  }
  for (const f of ws.files) if (f.file.kind === 'edge-subscription') put(f.file.subscription?.byName.get('EdgeServerName')?.value);
  for (const c of cs) if (c.kind === 'send' && /^EdgeSync - /i.test(c.name)) c.sources.forEach(put);
  return out;
}

/** Every runbook the workspace calls for, each with the finding that starts it. */
export function runbooksFor(ws: RunbookWorkspace): RunbookTrigger[] {
  const out: RunbookTrigger[] = [];
  const servers = ws.servers;
  const byName = new Map(servers.map((s) => [s.server.toLowerCase(), s]));
  const organisation = servers.flatMap((s) => s.servers);
  const cs = connectors(ws);
  const edgeNames = knownEdges(ws, cs);
  const isEdge = (name?: string) => Boolean(name && edgeNames.has(name.toLowerCase()));
  const sites = subscribedSites(cs, servers);
  const mailboxes = servers.filter((s) => s.role === 'mailbox');
  const edges = servers.filter((s) => s.role === 'edge');
  const siteOf = (mbx?: ServerFacts) => siteName(mbx?.site) ?? sites[0];
  const hybrid = cs.some((c) => /^Outbound to Office 365/i.test(c.name));
  const seen = new Set<string>();
  const add = (runbook: Runbook, uri: string, diagnostic: Diagnostic) => {
    if (seen.has(runbook.id.toLowerCase())) return;
    seen.add(runbook.id.toLowerCase());
    out.push({ runbook, uri, diagnostic });
  };
  // A server no bundle describes: what the exports say of it (its name, and whether it is an Edge).
  const ownerOf = (c: Cert): ServerFacts | undefined =>
    c.server
      ? (byName.get(c.server.toLowerCase()) ?? { server: c.server, role: isEdge(c.server) ? 'edge' : 'mailbox', source: c.uri, servers: [] })
      : undefined;

  for (const c of certificates(ws)) {
    // Renewed already: what is left is removing the old one once nothing names it (the rule's fix says so).
    if (c.superseded) continue;
    const owner = ownerOf(c);
    const why = [`${c.subject || c.thumbprint} on ${c.server ?? 'this server'}: ${[...new Set(c.codes)].join(', ')}`];
    if (AUTH_SUBJECT.test(c.subject)) {
      // Not used on an Edge; on a Mailbox server of unknown name the script runs wherever it is started.
      if (owner?.role !== 'edge')
        add(oauthCertificateRunbook(owner ?? { server: 'a Mailbox server', role: 'mailbox', source: c.uri, servers: [] }, c.expired, why), c.uri, c.diagnostic);
      continue;
    }
    if (!owner) continue;
    const cn = commonName(c.subject) ?? '';
    const namedAll = cs.filter(
      (k) => k.tlsCertificateName && cn && new RegExp(`<S>.*CN=${cn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(k.tlsCertificateName),
    );
    if (owner.role === 'edge') {
      const mbx = mailboxes[0];
      const mailbox = mbx?.server ?? 'the Mailbox server';
      const edgeDefault = owner.internalTransportCertificateThumbprint?.toUpperCase();
      // Only the default SMTP certificate travels in the subscription: another one is renewed in place.
      if (edgeDefault && c.thumbprint !== edgeDefault) {
        const onEdge = namedAll.filter((k) =>
          k.kind === 'receive'
            ? connectorServer(k)?.toLowerCase() === owner.server.toLowerCase()
            : k.sources.some((x) => x.toLowerCase() === owner.server.toLowerCase()),
        );
        add(edgeServiceCertificateRunbook(owner, mailbox, c.thumbprint, c.subject, onEdge, hybrid, why), c.uri, c.diagnostic);
      } else add(edgeCertificateRunbook(owner, mailbox, siteOf(mbx), c.thumbprint, why, hybrid), c.uri, c.diagnostic);
      continue;
    }
    // An Edge's receive connectors are set on the Edge, never from a Mailbox server.
    const named = namedAll.filter((k) => !(k.kind === 'receive' && isEdge(connectorServer(k))));
    const internal = owner.internalTransportCertificateThumbprint?.toUpperCase();
    // The default SMTP certificate: as the bundle says, or (a plain export) Exchange's own self-signed CN=<server>.
    const isDefault = internal ? c.thumbprint === internal : c.exchangeSelfSigned;
    if (named.some((k) => /^Outbound to Office 365/i.test(k.name)))
      add(
        hybridCertificateRunbook(
          owner,
          c.thumbprint,
          c.subject,
          named,
          [...why, `named by ${named.map((k) => `"${k.name}"`).join(', ')}`],
          named.some((k) => k.kind === 'send' && k.sources.some((x) => isEdge(x))),
        ),
        c.uri,
        c.diagnostic,
      );
    else if (isDefault) {
      const guessed = !internal;
      const site = siteName(owner.site) ?? siteName(organisation.find((o) => o.name.toLowerCase() === owner.server.toLowerCase())?.site) ?? sites[0];
      add(
        defaultCertificateRunbook(owner, c.thumbprint, c.subject, c.exchangeSelfSigned, [...edgeNames.values()], site, [
          ...why,
          guessed
            ? `probably the default SMTP certificate of ${owner.server} (Exchange's own self-signed one): step 1 checks`
            : `the default SMTP certificate of ${owner.server}: its EdgeSync credentials depend on it`,
        ]),
        c.uri,
        c.diagnostic,
      );
    } else add(mailboxCertificateRunbook(owner, c.thumbprint, c.subject, why, named), c.uri, c.diagnostic);
  }

  // B1 from a subscription file alone (no bundle): its Edge certificate expired or is about to.
  for (const f of ws.files) {
    if (f.file.kind !== 'edge-subscription' || !f.file.subscription) continue;
    const sub = f.file.subscription;
    const edge = sub.byName.get('EdgeServerName')?.value?.trim();
    const d = f.diagnostics.find((x) => SUBSCRIPTION_CERT_CODES.has(x.code));
    if (!edge || !d) continue;
    const parsed = sub.certificate?.parsed;
    const old = parsed?.ok ? parsed.info.thumbprint.toUpperCase() : undefined;
    const owner = byName.get(edge.toLowerCase()) ?? { server: edge, role: 'edge' as const, source: f.file.uri, servers: [] };
    const mbx = mailboxes[0];
    add(
      edgeCertificateRunbook(owner, mbx?.server ?? 'the Mailbox server', siteOf(mbx), old, [`the subscription file of ${edge}: ${d.code}`], hybrid),
      f.file.uri,
      d,
    );
  }

  // B3: a Mailbox server of a subscribed site created after that site's subscriptions were made: it takes part in
  // EdgeSync only once each Edge is subscribed again. When they were made: Get-EdgeSubscription's WhenCreated, and no
  // earlier than the Edge's current certificate was issued (the subscription carries it); the later of the two.
  const subscriptions = servers.flatMap((s) => s.subscriptions ?? []);
  const edgeIssued = ws.files.flatMap((f) =>
    f.server && isEdge(f.server) && isObjectsFile(f.file)
      ? f.file.objects.flatMap((o) => (o.certificate?.notBefore ? [{ edge: f.server!, at: o.certificate.notBefore.value }] : []))
      : [],
  );
  for (const s of organisation) {
    const site = siteName(s.site);
    if (s.edge || !s.created || !site || !sites.includes(site)) continue;
    const ofSite = subscriptions.filter((x) => siteName(x.site) === site);
    const evidence = [
      ...ofSite.flatMap((x) => (x.created ? [{ at: x.created, what: `${x.edge} was subscribed` }] : [])),
      ...edgeIssued
        .filter((e) => ofSite.length === 0 || ofSite.some((x) => x.edge.toLowerCase() === e.edge.toLowerCase()))
        .map((e) => ({ at: e.at, what: `the certificate of ${e.edge} was issued` })),
    ].sort((x, y) => y.at.getTime() - x.at.getTime());
    const latest = evidence[0];
    if (!latest || s.created.getTime() <= latest.at.getTime()) continue;
    // The oldest Mailbox server of the site was there before any later one: the subscription made it part of EdgeSync.
    const peers = organisation.filter((o) => !o.edge && siteName(o.site) === site && o.created);
    if (peers.every((o) => o.created!.getTime() >= s.created!.getTime())) continue;
    const source = mailboxes.find((m) => m.servers.includes(s));
    const edgeNames =
      ofSite.length > 0 ? ofSite.map((x) => x.edge) : edges.length > 0 ? edges.map((e) => e.server) : organisation.filter((o) => o.edge).map((o) => o.name);
    const diag = ws.files.flatMap((f) => f.diagnostics)[0];
    if (!source || !diag) continue;
    const day = (d: Date) => d.toISOString().slice(0, 10);
    add(
      newMailboxServerRunbook(s.name, site, edgeNames, [
        `${s.name} joined ${site} on ${day(s.created)}, after ${latest.what} (${day(latest.at)}): it has no EdgeSync credentials until each Edge of the site is subscribed again`,
      ]),
      source.source,
      diag,
    );
  }

  // B4: EdgeSync that fails for want of credentials or a connection, or an Edge presenting another certificate.
  for (const f of ws.files)
    for (const d of f.diagnostics) {
      if (d.code !== 'edgesync-failed' && !(d.code === 'event-edgesync')) continue;
      const mbx = (f.server && byName.get(f.server.toLowerCase())) || mailboxes[0];
      const edge = edges[0]?.server ?? organisation.find((o) => o.edge)?.name;
      if (!mbx || !edge) continue;
      const fqdn = edges[0]?.fqdn ?? organisation.find((o) => o.name === edge)?.fqdn ?? edge;
      add(edgesyncCredentialsRunbook(mbx.server, edge, fqdn, siteOf(mbx), [d.message]), f.file.uri, d);
    }
  return out;
}
