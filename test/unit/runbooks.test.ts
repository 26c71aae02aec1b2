// Runbooks B1-B6 (collector-and-runbooks.md part B) from fixture workspaces (the collector bundles of EX01 and EDGE01,
// read as the CLI and the editor read them): each starts from the finding that calls for it, its steps come in the
// order the facts give, the workspace's names fill it in, it holds none of the forbidden commands, and every command
// and the whole script pass the fix-command checker.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle, type Bundle } from '../../server/src/io/bundle';
import {
  checkPowerShell,
  createLanguageService,
  runbookMarkdown,
  runbooksFor,
  runbookScript,
  type Runbook,
  type RunbookKind,
  type RunbookTrigger,
} from '../../server/src/service';
import { runCli, tempDir } from '../helpers/cli';
import { base64, makeCertificateDer, thumbprintOf } from '../helpers/certs';
import { certificate, renderDump } from '../helpers/dumps';

const BUNDLES = join(__dirname, '..', 'fixtures', 'bundles');
const NOW = new Date('2025-06-10T00:00:00Z');
const RELEASES = ['2013', '2016', '2019', 'SE'] as const;

async function triggersOf(dir: string): Promise<RunbookTrigger[]> {
  const service = createLanguageService();
  const bundles: Bundle[] = [];
  for (const name of readdirSync(dir)) {
    const b = await readBundle(join(dir, name), 1e7);
    if (!('error' in b)) bundles.push(b);
  }
  const inputs = bundles.flatMap((b) =>
    b.inputs.map((i) => ({ input: { uri: i.uri, text: i.text, version: 1, printed: i.printed }, server: b.manifest.server })),
  );
  const settings = { now: NOW };
  const project = service.checkProject(
    inputs.map((i) => i.input),
    settings,
  );
  return runbooksFor({
    files: inputs.map(({ input, server }) => ({
      file: service.analyze(input, settings),
      diagnostics: service.check(input, settings, project.get(input.uri)).diagnostics,
      server,
    })),
    servers: bundles.map((b) => b.facts),
  });
}

/** A copy of the fixtures where the hybrid connector is an ordinary partner connector: B2 instead of B5. */
function withoutHybrid(): string {
  const dir = tempDir();
  cpSync(BUNDLES, dir, { recursive: true });
  for (const f of ['send-connectors.xml', 'send-connectors.txt']) {
    const p = join(dir, 'EX01', 'config', f);
    writeFileSync(p, readFileSync(p, 'utf8').replace(/Outbound to Office 365/g, 'Partner TLS'));
  }
  return dir;
}

/** A copy of the fixtures (without the hybrid connector) where EX01's default SMTP certificate is the failing one. */
function withFailingDefault(): string {
  const dir = withoutHybrid();
  const p = join(dir, 'EX01', 'manifest.json');
  writeFileSync(p, readFileSync(p, 'utf8').replace('7406141257A2CC0AEAA80EF786880D603742CA23', '2C512C55FACA1D0D26DA7923D74157CCEEED9572'));
  return dir;
}

/**
 * A copy of the fixtures where EDGE01 also holds a CA certificate for SMTP, expired and not its default, which its
 * "Default internal receive connector EDGE01" names (the hybrid setup HCW makes on an Edge).
 */
function withEdgeServiceCertificate(): { dir: string; thumbprint: string } {
  const dir = tempDir();
  cpSync(BUNDLES, dir, { recursive: true });
  const der = makeCertificateDer({
    cn: 'mail.contoso.com',
    issuerCn: 'Contoso CA',
    dnsNames: ['mail.contoso.com'],
    notBefore: new Date('2024-05-01T00:00:00Z'),
    notAfter: new Date('2025-05-01T00:00:00Z'),
  });
  const thumbprint = thumbprintOf(der);
  const certs = join(dir, 'EDGE01', 'config', 'certificates.json');
  const list = JSON.parse(readFileSync(certs, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>[];
  list.push({
    ...list[0],
    Identity: `EDGE01\\${thumbprint}`,
    Thumbprint: thumbprint,
    Subject: 'CN=mail.contoso.com',
    Issuer: 'CN=Contoso CA',
    NotBefore: '2024-05-01T00:00:00.0000000Z',
    NotAfter: '2025-05-01T00:00:00.0000000Z',
    Services: 'SMTP',
    RootCAType: 'ThirdParty',
    IsSelfSigned: false,
    CertificateDomains: ['mail.contoso.com'],
    RawData: base64(der),
  });
  writeFileSync(certs, JSON.stringify(list, null, 2));
  const name = '<I>CN=Contoso CA<S>CN=mail.contoso.com';
  for (const [f, from, to] of [
    ['receive-connectors.txt', /TlsCertificateName    :\r?\n(?=(?:.*\r?\n)*?Name {18}: Default internal)/, `TlsCertificateName    : ${name}\r\n`],
    ['receive-connectors.xml', '<Nil N="TlsCertificateName" />', `<S N="TlsCertificateName">${name.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</S>`],
  ] as const) {
    const p = join(dir, 'EDGE01', 'config', f);
    const text = readFileSync(p, 'utf8');
    const changed = text.replace(from, to);
    assert.notEqual(changed, text, f);
    writeFileSync(p, changed);
  }
  return { dir, thumbprint };
}

/** Runbooks from plain exports (no collector bundle): what the files themselves say of their servers. */
function plainTriggers(files: Record<string, string>): RunbookTrigger[] {
  const service = createLanguageService();
  const settings = { now: NOW };
  const inputs = Object.entries(files).map(([name, text]) => ({ uri: `file:///ws/${name}`, text, version: 1 }));
  const project = service.checkProject(inputs, settings);
  return runbooksFor({
    files: inputs.map((input) => ({
      file: service.analyze(input, settings),
      diagnostics: service.check(input, settings, project.get(input.uri)).diagnostics,
    })),
    servers: [],
  });
}

/** Exchange's own self-signed certificate of EX01, as `Get-ExchangeCertificate -Server EX01 | fl` prints it. */
function ownCertificate(thumbprint: string, notBefore: string, notAfter: string) {
  return certificate({
    CertificateDomains: undefined,
    IsSelfSigned: 'True',
    Issuer: 'CN=EX01',
    Subject: 'CN=EX01',
    RootCAType: 'Registry',
    Services: 'IMAP, POP, SMTP',
    NotBefore: notBefore,
    NotAfter: notAfter,
    Thumbprint: thumbprint,
  });
}

/** Where each pattern first appears among the commands: they must come in this order. */
function assertOrder(r: Runbook, patterns: RegExp[]): void {
  const commands = r.steps.map((s) => s.command ?? `# ${s.title}`);
  let last = -1;
  for (const re of patterns) {
    const at = commands.findIndex((c, i) => i > last && re.test(c));
    assert.ok(at > last, `${r.id}: ${re} after step ${last + 1}\n${commands.join('\n')}`);
    last = at;
  }
}

/** Nothing the facts forbid, and an answer for every prompt about the default SMTP certificate. */
function assertSafe(r: Runbook): void {
  const text = runbookScript(r) + runbookMarkdown(r);
  for (const s of r.steps) {
    const c = s.command ?? '';
    assert.doesNotMatch(c, /Remove-EdgeSubscription/, `${r.id}: ${s.title}`);
    assert.doesNotMatch(c, /(Enable|New)-ExchangeCertificate[^;|]*-Force/, `${r.id}: ${s.title}`);
    assert.doesNotMatch(c, /Get-Content[^;|]*-Encoding\s+Byte/i);
    assert.doesNotMatch(c, /ConvertTo-SecureString/i);
    if (/(Enable|New)-ExchangeCertificate/.test(c))
      assert.match(s.answer ?? '', /^(Yes|No) to "Overwrite the existing default SMTP certificate\?"/, `${r.id}: ${s.title}`);
    if (/-Password\b/.test(c)) assert.match(c, /-Password \(Read-Host -AsSecureString/);
    if (/New-EdgeSubscription -FileData/.test(c)) assert.match(c, /\[System\.IO\.File\]::ReadAllBytes/);
  }
  // The old certificate goes last, after the verification.
  const removeCert = r.steps.findIndex((s) => /Remove-ExchangeCertificate/.test(s.command ?? ''));
  const verify = r.steps.findIndex((s) => /Test-EdgeSynchronization|TlsCertificateName/.test(s.command ?? ''));
  if (removeCert >= 0 && verify >= 0) assert.ok(removeCert > verify, r.id);
  assert.doesNotMatch(text, /-AsPlainText/);
}

/** Every command alone (with the runbook's variables), and the whole script, pass the fix-command checker. */
function assertChecks(r: Runbook): void {
  const variables = [...r.variables.map((v) => v.name), 'c', 'TlsName', 'sync', 'From'];
  for (const s of r.steps) {
    for (const text of [s.command, s.check.test]) {
      if (!text) continue;
      const problems = checkPowerShell(text, { releases: RELEASES, role: s.role, variables });
      assert.deepEqual(
        problems.map((p) => `${p.code}: ${p.message}`),
        [],
        `${r.id}: ${text}`,
      );
    }
  }
  const script = runbookScript(r);
  assert.deepEqual(
    checkPowerShell(script, { releases: RELEASES }).map((p) => `${p.code}: ${p.message}`),
    [],
    r.id,
  );
  // It asks before each change, and stops at a failed check.
  const changes = r.steps.filter((s) => s.change && s.command).length;
  assert.ok((script.match(/Go on\? \(y\/n\)/g) ?? []).length >= changes, r.id);
  assert.equal((script.match(/failed its check/g) ?? []).length, r.steps.length, r.id);
}

function only(ts: RunbookTrigger[], kind: RunbookKind): RunbookTrigger {
  const found = ts.filter((t) => t.runbook.kind === kind);
  assert.equal(found.length, 1, `${kind}: ${ts.map((t) => t.runbook.id).join()}`);
  return found[0];
}

describe('runbooks from the fixture bundles', async () => {
  const ts = await triggersOf(BUNDLES);
  const b2 = await triggersOf(withoutHybrid());

  it('the workspace calls for B1, B3, B4, B5 and B6; without the hybrid connector, B2 instead of B5', () => {
    assert.deepEqual(ts.map((t) => t.runbook.kind).sort(), [
      'edge-certificate',
      'edgesync-credentials',
      'hybrid-certificate',
      'new-mailbox-server',
      'oauth-certificate',
    ]);
    assert.deepEqual(b2.map((t) => t.runbook.kind).sort(), [
      'edge-certificate',
      'edgesync-credentials',
      'mailbox-certificate',
      'new-mailbox-server',
      'oauth-certificate',
    ]);
  });

  it('B1: renew the Edge certificate of EDGE01, subscribe again without removing, sync, test, then clean up', () => {
    const t = only(ts, 'edge-certificate');
    const r = t.runbook;
    assert.equal(r.title, 'Renew the Edge certificate of EDGE01');
    assert.equal(t.diagnostic.code, 'certificate-expired');
    assert.match(t.uri, /EDGE01[\\/]config[\\/]certificates\.json$/);
    assertOrder(r, [
      /InternalTransportCertificateThumbprint/,
      /^Import-ExchangeCertificate -FileData/,
      /^Enable-ExchangeCertificate -Thumbprint \$NewThumbprint -Services SMTP$/,
      /^New-EdgeSubscription -FileName/,
      /^# Copy/,
      /^New-EdgeSubscription -FileData .* -Site \$Site$/,
      /Start-EdgeSynchronization -TargetServer \$Edge -ForceFullSync/,
      /^Test-EdgeSynchronization -TargetServer \$Edge/,
      /^# Run the Hybrid Configuration Wizard/,
      /^Remove-Item -Path \$SubscriptionFile/,
      /^Remove-ExchangeCertificate -Thumbprint \$OldThumbprint/,
    ]);
    const md = runbookMarkdown(r);
    for (const name of ['EDGE01', 'EX01', 'Site-A', '157119776CBCACDCA87C66F4DD2F42860B50DDAE']) assert.ok(md.includes(name), name);
    assert.match(r.steps.find((s) => /Enable-ExchangeCertificate/.test(s.command ?? ''))!.answer!, /^Yes/);
    assert.ok(r.steps.filter((s) => /Remove-Item/.test(s.command ?? '')).length === 2, 'the file is deleted on both machines');
    assertSafe(r);
    assertChecks(r);
  });

  it('B2: a Mailbox SMTP certificate: enabled answering No, the connectors that name it updated, the old one last', () => {
    const r = only(b2, 'mailbox-certificate').runbook;
    assert.equal(r.title, 'Renew the SMTP certificate CN=mail.contoso.com of EX01');
    assertOrder(r, [
      /^Import-ExchangeCertificate -Server \$Server/,
      /^Enable-ExchangeCertificate -Server \$Server/,
      /Set-SendConnector -Identity 'Partner TLS'/,
      /Set-ReceiveConnector -Identity 'EX01\\Default Frontend EX01'/,
      /^Remove-ExchangeCertificate/,
    ]);
    assert.match(r.steps[1].answer!, /^No/);
    const md = runbookMarkdown(r);
    for (const name of ['EX01', '2C512C55FACA1D0D26DA7923D74157CCEEED9572', '7406141257A2CC0AEAA80EF786880D603742CA23']) assert.ok(md.includes(name), name);
    assertSafe(r);
    assertChecks(r);
  });

  it("B1 answered No: EDGE01's CA certificate (not its default) is renewed in place, its receive connector updated, no new subscription", async () => {
    const { dir, thumbprint } = withEdgeServiceCertificate();
    const ts = await triggersOf(dir);
    const found = ts.filter((t) => t.runbook.kind === 'edge-certificate');
    assert.deepEqual(
      found.map((t) => t.runbook.id).sort(),
      ['edge-certificate-EDGE01', 'edge-certificate-EDGE01-mail.contoso.com'],
      'and B1 for the default one',
    );
    const r = found.find((t) => t.runbook.id === 'edge-certificate-EDGE01-mail.contoso.com')!.runbook;
    assert.equal(r.title, 'Renew the certificate CN=mail.contoso.com of EDGE01 (not its default: no new subscription)');
    assertOrder(r, [
      /^Import-ExchangeCertificate -FileData/,
      /^Enable-ExchangeCertificate -Thumbprint \$NewThumbprint -Services SMTP$/,
      /^\$c = Get-ExchangeCertificate -Thumbprint \$NewThumbprint; "<I>/,
      /Set-ReceiveConnector -Identity 'EDGE01\\Default internal receive connector EDGE01' -TlsCertificateName \$TlsName$/,
      /^# Exchange Online/,
      /^Remove-ExchangeCertificate -Thumbprint \$OldThumbprint$/,
    ]);
    assert.match(r.steps[1].answer!, /^No/);
    assert.ok(
      r.steps.every((s) => s.on === 'EDGE01' || s.on === 'Exchange Online'),
      'all on the Edge: its receive connector is set there',
    );
    assert.ok(!r.steps.some((s) => /EdgeSubscription|EdgeSynchronization/.test(s.command ?? '')), 'no subscription, no sync');
    assert.ok(r.variables.some((v) => v.name === 'OldThumbprint' && v.value === thumbprint));
    assert.ok(r.variables.some((v) => v.name === 'DefaultThumbprint' && v.value === '157119776CBCACDCA87C66F4DD2F42860B50DDAE'));
    assertSafe(r);
    assertChecks(r);
  });

  it('B2 (default certificate): EX01 renews its default SMTP certificate, answers Yes, then EDGE01 is subscribed again', async () => {
    const ts = await triggersOf(withFailingDefault());
    const r = only(ts, 'mailbox-certificate').runbook;
    assert.equal(r.title, 'Renew the default SMTP certificate of EX01');
    assertOrder(r, [
      /\(Get-TransportService \$Server\)|^Get-ExchangeCertificate -Server \$Server -Thumbprint \$OldThumbprint/,
      /^Import-ExchangeCertificate -Server \$Server/,
      /^Enable-ExchangeCertificate -Server \$Server -Thumbprint \$NewThumbprint -Services SMTP$/,
      /^New-EdgeSubscription -FileName/,
      /^New-EdgeSubscription -FileData .* -Site \$Site$/,
      /Start-EdgeSynchronization -TargetServer 'EDGE01'/,
      /Test-EdgeSynchronization -TargetServer 'EDGE01'/,
      /^Remove-Item/,
      /^Remove-ExchangeCertificate -Server \$Server -Thumbprint \$OldThumbprint/,
    ]);
    assert.equal(r.steps[0].check.test, '(Get-TransportService $Server).InternalTransportCertificateThumbprint -eq $OldThumbprint');
    assert.match(r.steps.find((s) => /^Enable-ExchangeCertificate/.test(s.command ?? ''))!.answer!, /^Yes/);
    assert.ok(r.variables.some((v) => v.name === 'Site' && v.value === 'Site-A'));
    assert.ok(r.variables.some((v) => v.name === 'OldThumbprint' && v.value === '2C512C55FACA1D0D26DA7923D74157CCEEED9572'));
    assert.ok(!ts.some((t) => t.runbook.title === 'Renew the SMTP certificate CN=mail.contoso.com of EX01'), 'not also the B2a runbook');
    assertSafe(r);
    assertChecks(r);
  });

  it('B3: EX02 joined Site-A after the subscription: its certificate and site checked, EDGE01 subscribed again', () => {
    const r = only(ts, 'new-mailbox-server').runbook;
    assert.equal(r.title, 'Bring EX02 into EdgeSync');
    assertOrder(r, [
      /Get-ExchangeCertificate -Server \$NewServer/,
      /Get-ExchangeServer -Identity \$NewServer/,
      /^New-EdgeSubscription -FileName/,
      /^New-EdgeSubscription -FileData/,
      /Start-EdgeSynchronization -TargetServer 'EDGE01'/,
      /Test-EdgeSynchronization -TargetServer 'EDGE01'/,
      /Remove-Item/,
    ]);
    assert.ok(r.variables.some((v) => v.name === 'NewServer' && v.value === 'EX02'));
    // The date compared with is the subscription's own (Get-EdgeSubscription), later than the Edge certificate's.
    assert.match(r.why[0], /^EX02 joined Site-A on 2025-03-02, after EDGE01 was subscribed \(2024-11-18\)/);
    assertSafe(r);
    assertChecks(r);
  });

  it('B3: none when EDGE01 was subscribed again after EX02 joined (the subscription covers it)', async () => {
    const dir = tempDir();
    cpSync(BUNDLES, dir, { recursive: true });
    const p = join(dir, 'EX01', 'edge', 'subscriptions.json');
    writeFileSync(p, readFileSync(p, 'utf8').replace('2024-11-18T23:10:00', '2025-04-01T08:00:00'));
    const kinds = (await triggersOf(dir)).map((t) => t.runbook.kind);
    assert.ok(!kinds.includes('new-mailbox-server'), kinds.join());
    assert.ok(kinds.includes('edge-certificate'), 'the rest is unchanged');
  });

  it('B4: EdgeSync failing between EX01 and EDGE01: site, certificate, events, port 50636, then subscribe again', () => {
    const r = only(ts, 'edgesync-credentials').runbook;
    assert.equal(r.title, 'Repair EdgeSync between EX01 and EDGE01');
    assertOrder(r, [
      /Get-ExchangeServer/,
      /Get-ExchangeCertificate/,
      /Get-WinEvent/,
      /Test-NetConnection -ComputerName \$EdgeFqdn -Port 50636/,
      /^New-EdgeSubscription -FileName/,
      /^New-EdgeSubscription -FileData/,
      /Test-EdgeSynchronization/,
      /Remove-Item/,
    ]);
    assert.ok(r.variables.some((v) => v.name === 'EdgeFqdn' && v.value === 'edge01.contoso.com'));
    assertSafe(r);
    assertChecks(r);
  });

  it('B5: the certificate of "Outbound to Office 365": No to the prompt, both connectors, Exchange Online, old one last', () => {
    const r = only(ts, 'hybrid-certificate').runbook;
    assertOrder(r, [
      /^Import-ExchangeCertificate/,
      /^Enable-ExchangeCertificate/,
      /Set-SendConnector -Identity 'Outbound to Office 365'/,
      /Set-ReceiveConnector -Identity 'EX01\\Default Frontend EX01'/,
      /^# Exchange Online/,
      /^Remove-ExchangeCertificate/,
    ]);
    assert.match(r.steps[1].answer!, /^No/);
    assertSafe(r);
    assertChecks(r);
  });

  it('B6: the OAuth certificate of EX01 has expired: a new one (No to the prompt), made current at once, the OWA and ECP pools recycled', () => {
    const r = only(ts, 'oauth-certificate').runbook;
    assertOrder(r, [
      /^Get-AuthConfig/,
      /New-ExchangeCertificate .*-SubjectName 'cn=Microsoft Exchange Server Auth Certificate'/,
      /Set-AuthConfig -NewCertificateThumbprint \$NewThumbprint -NewCertificateEffectiveDate \(Get-Date\); Set-AuthConfig -PublishCertificate; Set-AuthConfig -ClearPreviousCertificate/,
      /Restart-Service -Name MSExchangeServiceHost; Import-Module WebAdministration; Restart-WebAppPool -Name 'MSExchangeOWAAppPool'; Restart-WebAppPool -Name 'MSExchangeECPAppPool'/,
    ]);
    assert.ok(!r.steps.some((s) => /iisreset/i.test(s.command ?? '')), 'the two pools, not every IIS client');
    assert.match(r.steps[1].answer!, /^No/);
    assert.ok(r.variables.some((v) => v.name === 'DefaultThumbprint' && v.value === '7406141257A2CC0AEAA80EF786880D603742CA23'));
    assertSafe(r);
    assertChecks(r);
  });
});

describe('B1 from a subscription file alone (no collector bundle)', () => {
  it("examples/: EDGE02's file carries an expired Edge certificate: B1 for EDGE02 with its thumbprint; EDGE01's stale file starts none", async () => {
    const out = join(tempDir(), 'runbooks');
    const r = await runCli(['--now', '2024-06-01T00:00:00Z', '--runbooks', out, join(__dirname, '..', '..', 'examples')]);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['edge-certificate-EDGE02.md', 'edge-certificate-EDGE02.ps1']);
    const md = readFileSync(join(out, 'edge-certificate-EDGE02.md'), 'utf8');
    assert.match(md, /^# Renew the Edge certificate of EDGE02/);
    assert.match(md, /\| `\$OldThumbprint` \| [0-9A-F]{40} \|/);
    assert.doesNotMatch(md, /^Remove-EdgeSubscription/m, 'warned against, never a step');
  });
});

describe('runbooks from plain exports (no collector bundle)', () => {
  const sub = readFileSync(join(__dirname, '..', '..', 'examples', 'edge', 'EDGE01-subscription.xml'), 'utf8');
  const expired = ownCertificate('4F3E2D1C0B0A99887766554433221100FFEEDDCC', '3/1/2020 9:00:00 AM', '3/1/2025 9:00:00 AM');

  it("EX01's own self-signed certificate expired: B2 for its default certificate, checked first, then EDGE01 of the subscription file", () => {
    const ts = plainTriggers({ 'EX01-certificates.txt': renderDump([expired]).text, 'EDGE01-subscription.xml': sub });
    const t = only(ts, 'mailbox-certificate');
    const r = t.runbook;
    assert.equal(r.title, 'Renew the default SMTP certificate of EX01');
    assert.equal(t.diagnostic.code, 'certificate-expired');
    assert.match(r.why.join('\n'), /probably the default SMTP certificate of EX01/);
    assertOrder(r, [
      /^Get-ExchangeCertificate -Server \$Server -Thumbprint \$OldThumbprint/,
      /\| New-ExchangeCertificate -Server \$Server\)\.Thumbprint$/,
      /^Enable-ExchangeCertificate -Server \$Server -Thumbprint \$NewThumbprint -Services SMTP$/,
      /^New-EdgeSubscription -FileName/,
      /^New-EdgeSubscription -FileData .* -Site \$Site$/,
      /Start-EdgeSynchronization -TargetServer 'EDGE01'/,
      /^Remove-ExchangeCertificate/,
    ]);
    // The files do not say the site: the script asks for it, and nothing names a made-up one.
    assert.ok(r.variables.some((v) => v.name === 'Site' && v.value === undefined));
    assert.doesNotMatch(runbookMarkdown(r), /Default-First-Site-Name/);
    assert.match(r.steps.find((s) => /New-ExchangeCertificate/.test(s.command ?? ''))!.answer!, /^Yes/);
    assertSafe(r);
    assertChecks(r);
  });

  it('without an Edge in the workspace, the subscriptions are a step to check by hand, with no Edge variable', () => {
    const r = only(plainTriggers({ 'EX01-certificates.txt': renderDump([expired]).text }), 'mailbox-certificate').runbook;
    assert.ok(!r.variables.some((v) => v.name === 'Edge' || v.name === 'Site'));
    assertOrder(r, [/\| New-ExchangeCertificate/, /^Enable-ExchangeCertificate/, /^Get-EdgeSubscription/, /^Remove-ExchangeCertificate/]);
    assert.ok(!r.steps.some((s) => /^New-EdgeSubscription/.test(s.command ?? '')));
    assertSafe(r);
    assertChecks(r);
  });

  it('a certificate renewed already (a later one of the same subject in the export) starts no runbook', () => {
    const renewed = ownCertificate('0011223344556677889900AABBCCDDEEFF001122', '2/1/2025 9:00:00 AM', '2/1/2030 9:00:00 AM');
    assert.deepEqual(
      plainTriggers({ 'EX01-certificates.txt': renderDump([expired, renewed]).text }).map((t) => t.runbook.id),
      [],
    );
  });

  it('a CA certificate whose server the export does not name starts no runbook (no server is guessed)', () => {
    const ca = certificate({ NotAfter: '3/1/2025 9:00:00 AM', NotBefore: '3/1/2024 9:00:00 AM' });
    assert.deepEqual(
      plainTriggers({ 'certificates.txt': renderDump([ca]).text }).map((t) => t.runbook.id),
      [],
    );
  });

  it("CSS-Exchange's real Export-Clixml: the server comes from PSComputerName", () => {
    const dir = join(__dirname, '..', 'fixtures', 'css-exchange');
    const files = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.xml'))
        .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
    );
    const ts = plainTriggers(files);
    const oauth = only(ts, 'oauth-certificate').runbook;
    assert.ok(oauth.steps.every((s) => s.on === 'solo-e19a'));
    for (const t of ts) {
      assertSafe(t.runbook);
      assertChecks(t.runbook);
    }
  });
});

describe('--runbooks', () => {
  it('writes each runbook as Markdown and as a script for Windows PowerShell (UTF-8 with BOM)', async () => {
    const out = join(tempDir(), 'runbooks');
    const r = await runCli(['--now', NOW.toISOString(), '--runbooks', out, BUNDLES]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /wrote 5 runbooks/);
    const files = readdirSync(out).sort();
    assert.ok(files.includes('edge-certificate-EDGE01.md') && files.includes('edge-certificate-EDGE01.ps1'), files.join());
    assert.equal(files.length, 10);
    const ps1 = readFileSync(join(out, 'edge-certificate-EDGE01.ps1'));
    assert.deepEqual([...ps1.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  });
});
