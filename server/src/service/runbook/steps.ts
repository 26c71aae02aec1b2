// The steps of runbooks B1-B6 (collector-and-runbooks.md, part B), as data: each a command, the answer to give
// at its prompt and the check that proves it worked. Commands use variables ($Edge, $NewThumbprint...) that the
// runbook fills in from the workspace or asks for; never a literal password, never -Force on Enable-/New-
// ExchangeCertificate, never Remove-EdgeSubscription (a new subscription overwrites the old one).
import type { RunbookStep } from './types';

type Step = RunbookStep;

const ASK_PFX_PASSWORD = "(Read-Host -AsSecureString -Prompt 'Password of the PFX file')";

/** Import a PFX on a server (Edge: locally, no -Server). */
export function importStep(on: string, role: 'edge' | 'mailbox', remote: boolean): Step {
  const server = remote ? ' -Server $Server' : '';
  return {
    title: `Import the new certificate on ${on}`,
    on,
    role,
    command: `Import-ExchangeCertificate${server} -FileData ([System.IO.File]::ReadAllBytes($PfxPath)) -Password ${ASK_PFX_PASSWORD}`,
    change: true,
    check: {
      test: `$c = Get-ExchangeCertificate${server} -Thumbprint $NewThumbprint; $c.HasPrivateKey -and $c.Status -eq 'Valid'`,
      expect: 'the new certificate is there, valid, with its private key',
    },
    uses: [...(remote ? ['Server'] : []), 'PfxPath', 'NewThumbprint'],
  };
}

/** B1 steps 4-8: a new subscription file on the Edge, imported in the site, synchronised and tested. */
export function resubscribeSteps(edge: string, mailbox: string, site: string | undefined): Step[] {
  return [
    {
      title: `Create a new subscription file on ${edge}`,
      on: edge,
      role: 'edge',
      command: 'New-EdgeSubscription -FileName $SubscriptionFile',
      change: true,
      answer: `Yes: the prompt warns that ${edge}'s own connectors, accepted domains and message classifications are replaced by the organisation's`,
      check: { test: 'Test-Path $SubscriptionFile', expect: 'the subscription file exists' },
      note: 'Do not run Remove-EdgeSubscription: the new subscription overwrites the old one, and removal deletes every send connector whose only source is this Edge.',
      uses: ['SubscriptionFile'],
    },
    {
      title: `Copy the file to ${mailbox}, in the same Active Directory site`,
      on: mailbox,
      role: 'mailbox',
      change: false,
      check: {
        test: 'Test-Path $SubscriptionFile',
        expect: 'the file is on the Mailbox server within 24 hours of its creation (its bootstrap account expires then)',
      },
      note: 'Run exchange-transport-lint on the file: it reports the time left.',
      uses: ['SubscriptionFile'],
    },
    {
      title: `Import the subscription of ${edge} in ${site ? `site ${site}` : 'its site'}`,
      on: mailbox,
      role: 'mailbox',
      command: 'New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes($SubscriptionFile)) -Site $Site',
      change: true,
      check: {
        test: '(Get-EdgeSubscription -Identity $Edge).Site -like "*$Site"',
        expect: `Get-EdgeSubscription shows ${edge} in the site`,
      },
      uses: ['SubscriptionFile', 'Site', 'Edge'],
    },
    {
      title: `Synchronise ${edge} now`,
      on: mailbox,
      role: 'mailbox',
      command: '$sync = Start-EdgeSynchronization -TargetServer $Edge -ForceFullSync',
      change: true,
      check: { test: "@($sync | Where-Object { $_.Result -ne 'Success' }).Count -eq 0", expect: 'Result is Success for Configuration and Recipients' },
      uses: ['Edge'],
    },
    {
      title: `Test the synchronisation of ${edge}`,
      on: mailbox,
      role: 'mailbox',
      command: 'Test-EdgeSynchronization -TargetServer $Edge -ExcludeRecipientTest | Format-List SyncStatus,FailureDetail,LastSynchronizedUtc',
      change: false,
      check: {
        test: "(Test-EdgeSynchronization -TargetServer $Edge -ExcludeRecipientTest).SyncStatus -eq 'Normal'",
        expect: 'SyncStatus Normal; repeat on every Mailbox server of the site',
      },
      uses: ['Edge'],
    },
  ];
}

/** The subscription file holds a clear-text password: deleted at the end, on every machine it was copied to. */
export function deleteSubscriptionFile(on: string, role: 'edge' | 'mailbox'): Step {
  return {
    title: `Delete the subscription file on ${on}`,
    on,
    role,
    command: 'Remove-Item -Path $SubscriptionFile',
    change: true,
    check: { test: '-not (Test-Path $SubscriptionFile)', expect: 'the file is gone (it holds a clear-text password); delete any other copy too' },
    uses: ['SubscriptionFile'],
  };
}

/** The old certificate goes last, once the new one is verified (the rollback path until then). */
export function removeOldCertificate(on: string, role: 'edge' | 'mailbox', remote: boolean, after: string): Step {
  const server = remote ? ' -Server $Server' : '';
  return {
    title: `Remove the old certificate from ${on}`,
    on,
    role,
    command: `Remove-ExchangeCertificate${server} -Thumbprint $OldThumbprint`,
    change: true,
    answer: 'Yes, to confirm removing the old certificate',
    check: { test: `-not (Get-ExchangeCertificate${server} -Thumbprint $OldThumbprint -ErrorAction SilentlyContinue)`, expect: 'the old certificate is gone' },
    note: `Only after ${after}: until then it is the way back.`,
    uses: [...(remote ? ['Server'] : []), 'OldThumbprint'],
  };
}

/** Enable for SMTP without -Force, saying which answer the default-SMTP-certificate prompt needs. */
export function enableSmtpStep(on: string, role: 'edge' | 'mailbox', remote: boolean, becomesDefault: boolean): Step {
  const server = remote ? ' -Server $Server' : '';
  // An Edge has one transport service, and its Get-TransportService takes no identity.
  const who = remote ? ' $Server' : role === 'edge' ? '' : ' $env:COMPUTERNAME';
  return {
    title: `Enable the new certificate for SMTP on ${on}`,
    on,
    role,
    command: `Enable-ExchangeCertificate${server} -Thumbprint $NewThumbprint -Services SMTP`,
    change: true,
    answer: becomesDefault
      ? `Yes to "Overwrite the existing default SMTP certificate?": it becomes ${on}'s default SMTP certificate, ${
          role === 'edge' ? 'which the subscription carries' : 'and each Edge of the site is subscribed again below'
        }`
      : `No to "Overwrite the existing default SMTP certificate?": ${on}'s default SMTP certificate must not change (Yes breaks EdgeSync)`,
    check: becomesDefault
      ? {
          test: `(Get-TransportService${who}).InternalTransportCertificateThumbprint -eq $NewThumbprint`,
          expect: 'the new certificate is the default SMTP certificate',
        }
      : {
          test: `(Get-TransportService${who}).InternalTransportCertificateThumbprint -eq $DefaultThumbprint`,
          expect: 'the default SMTP certificate is unchanged',
        },
    uses: [...(remote ? ['Server'] : []), 'NewThumbprint', ...(becomesDefault ? [] : ['DefaultThumbprint'])],
  };
}

/**
 * B1 steps 4-8 for each Edge of a site, with the Edge's name written in (one runbook may subscribe several), the
 * subscription file deleted after each. With no Edge known, a step that lists the subscriptions to do by hand.
 */
export function resubscribeEach(edges: readonly string[], mailbox: string, site: string | undefined): Step[] {
  if (edges.length === 0)
    return [
      {
        title: 'Subscribe each Edge of the site again, if the site has any',
        on: mailbox,
        role: 'mailbox',
        command: 'Get-EdgeSubscription | Format-List Name,Site',
        change: false,
        check: {
          expect: 'no Edge is subscribed to the site, or each one is subscribed again (a new file on the Edge, imported here, synchronised, tested)',
        },
        note: 'The workspace shows no Edge server: collect from the Edges too to have these steps written in.',
      },
    ];
  return edges.flatMap((edge) => [
    ...resubscribeSteps(edge, mailbox, site).map((s) => ({
      ...s,
      uses: s.uses?.filter((u) => u !== 'Edge'),
      command: s.command?.replace(/\$Edge\b/g, `'${edge}'`),
      check: { ...s.check, ...(s.check.test ? { test: s.check.test.replace(/\$Edge\b/g, `'${edge}'`) } : {}) },
    })),
    deleteSubscriptionFile(mailbox, 'mailbox'),
    deleteSubscriptionFile(edge, 'edge'),
  ]);
}
