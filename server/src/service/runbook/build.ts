// Runbooks B1-B6 from what a workspace shows: its findings, its certificates and connectors, and the facts of the
// collector bundles in it (servers, roles, sites, default SMTP certificates). Pure: the same workspace gives the same
// runbooks. Each runbook names the servers, site, thumbprints and connectors found; what is not known (the new
// certificate's thumbprint, the PFX path) is asked for when the script runs.
import type { Diagnostic } from '../types';
import { isObjectsFile, type AnalyzedFile } from '../document';
import { property, type ExchangeObject } from '../objects/model';
import { deleteSubscriptionFile, enableSmtpStep, importStep, removeOldCertificate, resubscribeSteps } from './steps';
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
  server?: string;
  codes: string[];
  expired: boolean;
  diagnostic: Diagnostic;
  uri: string;
}

const CERT_CODES = new Set(['certificate-expired', 'certificate-expiring', 'certificate-status', 'certificate-not-yet-valid']);
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
      out.push({
        thumbprint: o.certificate.thumbprint.toUpperCase(),
        subject: o.certificate.subject ?? '',
        ...(f.server ? { server: f.server } : {}),
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

/** Sites with an Edge subscription: the EdgeSync connectors name them ("EdgeSync - Inbound to Site-A"). */
function subscribedSites(cs: readonly Connector[]): string[] {
  return [...new Set(cs.map((c) => /^EdgeSync - Inbound to (.+)$/.exec(c.name)?.[1]).filter((s): s is string => Boolean(s)))];
}

function variable(name: string, prompt: string, value?: string): RunbookVariable {
  return { name, prompt, ...(value ? { value } : {}) };
}

function runbook(kind: RunbookKind, subject: string, title: string, why: string[], variables: RunbookVariable[], steps: RunbookStep[]): Runbook {
  return { kind, id: `${kind}-${subject}`.replace(/[^A-Za-z0-9.-]+/g, '-'), title, why, variables, steps, warnings: WARNINGS, sources: SOURCES };
}

/** B1: renew the Edge's certificate, subscribe again (no removal), synchronise, verify, then clean up. */
export function edgeCertificateRunbook(edge: ServerFacts, mailbox: string, site: string, old: string | undefined, why: string[], hybrid: boolean): Runbook {
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
    removeOldCertificate(edge.server, 'edge', false, `${edge.server} is synchronised and tested on every Mailbox server of ${site}`),
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

/** B2: a Mailbox server's SMTP certificate (not its default one): enabled with No to the prompt; connectors updated. */
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

/** Sets a connector's TlsCertificateName to the new certificate's `<I>issuer<S>subject`. */
function tlsNameStep(c: Connector, server: string): RunbookStep {
  const set = c.kind === 'send' ? 'Set-SendConnector' : 'Set-ReceiveConnector';
  const get = c.kind === 'send' ? 'Get-SendConnector' : 'Get-ReceiveConnector';
  const id = `'${c.identity.replace(/'/g, "''")}'`;
  return {
    title: `Point ${c.kind} connector "${c.name}" at the new certificate`,
    on: server,
    role: 'mailbox',
    command: `$c = Get-ExchangeCertificate -Server $Server -Thumbprint $NewThumbprint; $TlsName = "<I>$($c.Issuer)<S>$($c.Subject)"; ${set} -Identity ${id} -TlsCertificateName $TlsName`,
    change: true,
    check: {
      test: `"$((${get} -Identity ${id}).TlsCertificateName)" -eq $TlsName`,
      expect: `"${c.name}" names the new certificate (256 characters at most with an Edge)`,
    },
    uses: ['Server', 'NewThumbprint'],
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
    ...edges.flatMap((edge) => [
      ...resubscribeSteps(edge, server, site).map((s) => ({
        ...s,
        uses: s.uses?.filter((u) => u !== 'Edge'),
        command: s.command?.replace(/\$Edge\b/g, `'${edge}'`),
        check: { ...s.check, ...(s.check.test ? { test: s.check.test.replace(/\$Edge\b/g, `'${edge}'`) } : {}) },
      })),
      deleteSubscriptionFile(server, 'mailbox'),
      deleteSubscriptionFile(edge, 'edge'),
    ]),
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
export function edgesyncCredentialsRunbook(mailbox: string, edge: string, edgeFqdn: string, site: string, why: string[]): Runbook {
  const steps: RunbookStep[] = [
    {
      title: `Compare the site of ${mailbox} with the subscription's`,
      on: mailbox,
      role: 'mailbox',
      command: 'Get-ExchangeServer -Identity $env:COMPUTERNAME | Format-List Site; Get-EdgeSubscription | Format-List Name,Site',
      change: false,
      check: { test: '(Get-ExchangeServer -Identity $env:COMPUTERNAME).Site -like "*$Site"', expect: `${mailbox} is in ${site}, the site of the subscription` },
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
export function hybridCertificateRunbook(server: ServerFacts, old: string, subject: string, named: readonly Connector[], why: string[]): Runbook {
  const steps: RunbookStep[] = [
    importStep(server.server, 'mailbox', true),
    enableSmtpStep(server.server, 'mailbox', true, false),
    ...named.map((c) => tlsNameStep(c, server.server)),
    ...(named.some((c) => c.kind === 'send' && c.sources.length > 0 && c.sources.some((s) => /edge/i.test(s)))
      ? [
          {
            title: 'Synchronise the Edge servers',
            on: server.server,
            role: 'mailbox' as const,
            command: '$sync = Start-EdgeSynchronization',
            change: true,
            check: { test: "@($sync | Where-Object { $_.Result -ne 'Success' }).Count -eq 0", expect: 'Result Success, not Incomplete' },
          },
        ]
      : []),
    {
      title: 'Exchange Online: only if the certificate names changed',
      on: 'Exchange Online',
      role: 'mailbox',
      change: true,
      check: { expect: 'the hybrid connectors validate; a renewal with the same names needs no change there' },
      note: 'Set-InboundConnector -TlsSenderCertificateName and Set-OutboundConnector -TlsDomain take names, or run the Hybrid Configuration Wizard again.',
    },
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
      title: 'Restart the service host, then IIS (the OWA and ECP application pools)',
      on: server.server,
      role: 'mailbox',
      command: 'Restart-Service -Name MSExchangeServiceHost; iisreset /noforce',
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
    server.server,
    'Renew the OAuth certificate',
    why,
    [
      variable('DefaultThumbprint', 'Thumbprint of the default SMTP certificate', server.internalTransportCertificateThumbprint),
      variable('NewThumbprint', 'Thumbprint of the new OAuth certificate (step 2 prints it)'),
    ],
    steps,
  );
}

/** Every runbook the workspace calls for, each with the finding that starts it. */
export function runbooksFor(ws: RunbookWorkspace): RunbookTrigger[] {
  const out: RunbookTrigger[] = [];
  const servers = ws.servers;
  const byName = new Map(servers.map((s) => [s.server.toLowerCase(), s]));
  const organisation = servers.flatMap((s) => s.servers);
  const isEdge = (name?: string) =>
    Boolean(name && (byName.get(name.toLowerCase())?.role === 'edge' || organisation.some((s) => s.edge && s.name.toLowerCase() === name.toLowerCase())));
  const cs = connectors(ws);
  const sites = subscribedSites(cs);
  const mailboxes = servers.filter((s) => s.role === 'mailbox');
  const edges = servers.filter((s) => s.role === 'edge');
  const siteOf = (mbx?: ServerFacts) => siteName(mbx?.site) ?? sites[0] ?? 'Default-First-Site-Name';
  const hybrid = cs.some((c) => /^Outbound to Office 365/i.test(c.name));
  const seen = new Set<string>();
  const add = (runbook: Runbook, uri: string, diagnostic: Diagnostic) => {
    if (seen.has(runbook.id)) return;
    seen.add(runbook.id);
    out.push({ runbook, uri, diagnostic });
  };

  for (const c of certificates(ws)) {
    const owner = c.server ? byName.get(c.server.toLowerCase()) : undefined;
    const why = [`${c.subject || c.thumbprint} on ${c.server ?? 'this server'}: ${[...new Set(c.codes)].join(', ')}`];
    if (AUTH_SUBJECT.test(c.subject)) {
      if (owner?.role !== 'edge')
        add(oauthCertificateRunbook(owner ?? { server: c.server ?? 'EX01', role: 'mailbox', source: c.uri, servers: [] }, c.expired, why), c.uri, c.diagnostic);
      continue;
    }
    if (isEdge(c.server) && owner) {
      const mbx = mailboxes[0];
      add(edgeCertificateRunbook(owner, mbx?.server ?? 'the Mailbox server', siteOf(mbx), c.thumbprint, why, hybrid), c.uri, c.diagnostic);
      continue;
    }
    if (!owner) continue;
    const cn = /CN=([^,]+)/i.exec(c.subject)?.[1] ?? '';
    const named = cs.filter(
      (k) => k.tlsCertificateName && cn && new RegExp(`<S>.*CN=${cn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(k.tlsCertificateName),
    );
    if (named.some((k) => /^Outbound to Office 365/i.test(k.name)))
      add(
        hybridCertificateRunbook(owner, c.thumbprint, c.subject, named, [...why, `named by ${named.map((k) => `"${k.name}"`).join(', ')}`]),
        c.uri,
        c.diagnostic,
      );
    else if (c.thumbprint !== owner.internalTransportCertificateThumbprint?.toUpperCase())
      add(mailboxCertificateRunbook(owner, c.thumbprint, c.subject, why, named), c.uri, c.diagnostic);
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

  // B3: a Mailbox server of a subscribed site created after the Edge's current certificate was issued (the earliest
  // the subscription can have been made): it takes part in EdgeSync only once each Edge is subscribed again.
  const edgeIssued = ws.files.flatMap((f) =>
    f.server && isEdge(f.server) && isObjectsFile(f.file)
      ? f.file.objects.flatMap((o) => (o.certificate?.notBefore ? [o.certificate.notBefore.value] : []))
      : [],
  );
  const since = edgeIssued.length > 0 ? Math.max(...edgeIssued.map((d) => d.getTime())) : undefined;
  for (const s of organisation) {
    if (s.edge || !s.created || since === undefined || s.created.getTime() <= since) continue;
    const site = siteName(s.site);
    if (!site || !sites.includes(site)) continue;
    // The oldest Mailbox server of the site was there before any later one: the subscription made it part of EdgeSync.
    const peers = organisation.filter((o) => !o.edge && siteName(o.site) === site && o.created);
    if (peers.every((o) => o.created!.getTime() >= s.created!.getTime())) continue;
    const source = mailboxes.find((m) => m.servers.includes(s));
    const edgeNames = edges.length > 0 ? edges.map((e) => e.server) : organisation.filter((o) => o.edge).map((o) => o.name);
    const diag = ws.files.flatMap((f) => f.diagnostics)[0];
    if (!source || !diag) continue;
    add(
      newMailboxServerRunbook(s.name, site, edgeNames, [
        `${s.name} joined ${site} on ${s.created.toISOString().slice(0, 10)}, after the current Edge subscription can have been made`,
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
