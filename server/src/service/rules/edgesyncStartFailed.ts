import { isObjectsFile } from '../document';
import { enumMember } from '../objects/access';
import { displayName } from '../objects/model';
import { shortServer } from '../project/trustIndex';
import { EDGE_SUBSCRIPTIONS, RESUBSCRIBE_TITLES, resubscribeFixes, serverArg } from './evidenceRules';
import { OBJECT_KINDS_OF_FILES, objectsOf } from './objectRules';
import { defineRule, type Fix } from './types';

type FixId = keyof typeof RESUBSCRIBE_TITLES | 'testPort' | 'enableLog' | 'syncAgain';

/** rangeUpper of ms-Exch-Smtp-TLS-Certificate in the Edge's AD LDS schema (KB 4052493; tls-certificate-name-too-long). */
const EDGE_LIMIT = 256;

export const edgesyncStartFailed = defineRule({
  meta: {
    id: 'edgesync-start-failed',
    defaultSeverity: 'error',
    category: 'evidence',
    kinds: OBJECT_KINDS_OF_FILES,
    description:
      'A Start-EdgeSynchronization result other than Success: the Edge could not be reached, leased or fully synchronized; Incomplete tied to a Send connector whose TlsCertificateName an Edge cannot store.',
    messages: {
      couldNotConnect: 'Start-EdgeSynchronization could not connect to {{edge}}.',
      lease: 'Start-EdgeSynchronization did not synchronize {{edge}}: another Mailbox server held the lease ({{result}}).',
      aborted: 'The {{type}} synchronization of {{edge}} was aborted.',
      incomplete: 'The {{type}} synchronization of {{edge}} was incomplete: some objects did not reach the Edge.',
      noSubscriptions: 'Start-EdgeSynchronization found no Edge subscribed to this site.',
      disabled: 'Synchronization of {{edge}} is disabled.',
      incompleteLongName: 'The synchronization of {{edge}} was incomplete: "{{connector}}" has a TlsCertificateName an Edge cannot store.',
      onConnector: 'Send connector "{{connector}}" left the synchronization of {{edge}} incomplete: its TlsCertificateName is too long.',
    },
    fixes: {
      ...RESUBSCRIBE_TITLES,
      testPort: 'Test the EdgeSync port (TCP 50636) from this Mailbox server to {{edge}}',
      enableLog: 'Turn on the EdgeSync log (level High) to see which objects failed',
      syncAgain: 'Synchronize {{edge}} again in a few minutes',
    },
    sources: [
      'Start-EdgeSynchronization',
      EDGE_SUBSCRIPTIONS,
      {
        title: 'Email sent to Exchange Online appears as external (KB 4052493)',
        url: 'https://learn.microsoft.com/troubleshoot/exchange/mailflow/email-sent-to-online-appears-external',
      },
    ],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'edgesync-sync')) {
      const result = enumMember(obj, 'Result');
      if (!result || result.value === 'Success' || result.value === 'InProgress') continue;
      const named = displayName(obj) !== '(unnamed)';
      const edge = named ? displayName(obj) : 'the Edge';
      const target = serverArg(named ? displayName(obj) : '<edge>');
      const type = enumMember(obj, 'Type')?.value ?? 'EdgeSync';
      const enableLog: Fix<FixId> = { fixId: 'enableLog', command: 'Get-EdgeSyncServiceConfig | Set-EdgeSyncServiceConfig -LogEnabled $true -LogLevel High' };
      const data = { edge, type, result: result.value };
      const range = result.prop.valueRange;
      switch (result.value) {
        case 'CouldNotConnect':
          ctx.report({
            range,
            messageId: 'couldNotConnect',
            data,
            fix: [
              { fixId: 'testPort', command: `Test-NetConnection -ComputerName ${target} -Port 50636` },
              ...resubscribeFixes(named ? displayName(obj) : undefined).slice(0, 2),
            ],
          });
          break;
        case 'CouldNotLease':
        case 'LostLease':
          ctx.report({ range, messageId: 'lease', data, fix: { fixId: 'syncAgain', command: `Start-EdgeSynchronization -TargetServer ${target}` } });
          break;
        case 'Aborted':
          ctx.report({ range, messageId: 'aborted', data, fix: enableLog });
          break;
        case 'Incomplete':
          ctx.report({ range, messageId: 'incomplete', data, fix: enableLog });
          break;
        case 'NoSubscriptions':
          ctx.report({ range, messageId: 'noSubscriptions', data });
          break;
        case 'SyncDisabled':
          ctx.report({ range, messageId: 'disabled', data });
          break;
      }
    }
  },
  // KB 4052493: Incomplete, and a Send connector sourced on that Edge whose TlsCertificateName is too long for AD LDS.
  checkProject(ctx) {
    const long = ctx.trust.connectors.filter((c) => c.kind === 'send-connector' && c.certificateName && c.certificateName.prop.text.trim().length > EDGE_LIMIT);
    if (long.length === 0) return;
    for (const file of ctx.files) {
      if (!isObjectsFile(file)) continue;
      for (const obj of file.objects) {
        if (obj.kind !== 'edgesync-sync') continue;
        const result = enumMember(obj, 'Result');
        if (result?.value !== 'Incomplete') continue;
        const edge = displayName(obj) === '(unnamed)' ? undefined : displayName(obj);
        for (const c of long.filter((x) => !edge || x.servers.length === 0 || x.servers.includes(shortServer(edge)!))) {
          const data = { edge: edge ?? 'the Edge', connector: c.name };
          const at = c.certificateName!.prop.valueRange;
          ctx.report({
            uri: file.uri,
            range: result.prop.valueRange,
            messageId: 'incompleteLongName',
            data,
            relatedInformation: [
              { uri: c.uri, range: at, message: `TlsCertificateName of "${c.name}" (${c.certificateName!.prop.text.trim().length} characters)` },
            ],
          });
          ctx.report({
            uri: c.uri,
            range: at,
            messageId: 'onConnector',
            data,
            relatedInformation: [{ uri: file.uri, range: result.prop.valueRange, message: `Start-EdgeSynchronization Result of ${data.edge}` }],
          });
        }
      }
    }
  },
});
