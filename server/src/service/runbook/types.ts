// The runbook model: ordered steps, each a command, the answer to give at its prompt, and the check that proves it
// worked (the runbook stops at a failed check). Built from the workspace (./build.ts), rendered as Markdown and as
// a PowerShell script that asks before each change (./render.ts).

/** What a collector bundle says about its server (its manifest) and the organisation (servers.json). */
export interface ServerFacts {
  server: string;
  role: 'mailbox' | 'edge';
  /** The manifest's path or URI. */
  source: string;
  fqdn?: string;
  /** As Get-ExchangeServer prints it (`contoso.com/Configuration/Sites/Site-A`) or the site name. */
  site?: string;
  build?: string;
  /** The server's default SMTP (internal transport) certificate. */
  internalTransportCertificateThumbprint?: string;
  /** Every Exchange server of the organisation (Mailbox bundles only). */
  servers: { name: string; fqdn?: string; site?: string; edge: boolean; created?: Date }[];
  /** The Edge subscriptions (Mailbox bundles only): the Edge, its site, and when the subscription was made. */
  subscriptions?: { edge: string; site?: string; created?: Date }[];
}

/** B1-B6 of the domain facts (collector-and-runbooks.md, part B). */
export type RunbookKind =
  'edge-certificate' | 'mailbox-certificate' | 'new-mailbox-server' | 'edgesync-credentials' | 'hybrid-certificate' | 'oauth-certificate';

export interface RunbookCheck {
  /** A PowerShell expression that is $true when the step worked; absent: the operator confirms by eye. */
  test?: string;
  /** What the check proves, in words. */
  expect: string;
}

export interface RunbookStep {
  title: string;
  /** The server to run it on (its name), or a role when any server of it will do. */
  on: string;
  role: 'edge' | 'mailbox';
  /** PowerShell; absent for a step done by hand (copying a file, running the Hybrid Configuration Wizard). */
  command?: string;
  /** Changes something: the script asks before it runs. */
  change: boolean;
  /** The answer to give to the cmdlet's own prompt, and why. */
  answer?: string;
  check: RunbookCheck;
  note?: string;
  /** Variables the command and check use (asked for before the step when the workspace does not know them). */
  uses?: string[];
}

export interface RunbookVariable {
  name: string;
  /** Its value when the workspace knows it; else the script asks (Read-Host) and the Markdown shows a placeholder. */
  value?: string;
  /** What to enter. */
  prompt: string;
}

export interface Runbook {
  kind: RunbookKind;
  /** A stable id: kind and subject (`edge-certificate-EDGE01`), for file names. */
  id: string;
  /** "Renew the Edge certificate of EDGE01". */
  title: string;
  /** What the workspace shows that starts it. */
  why: string[];
  variables: RunbookVariable[];
  steps: RunbookStep[];
  /** What it never does, said once at the top. */
  warnings: string[];
  sources: string[];
}
