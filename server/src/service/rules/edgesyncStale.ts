import { isObjectsFile } from '../document';
import { enumMember } from '../objects/access';
import { displayName, property } from '../objects/model';
import { exactly, holds, keep, pairs, readDate } from '../evidence/dates';
import { formatDuration } from '../time/ticks';
import { serverArg } from './evidenceRules';
import { OBJECT_KINDS_OF_FILES, objectsOf } from './objectRules';
import { defineRule } from './types';

const MINUTE = 60000;
const DAY = 24 * 60 * MINUTE;

/** A synchronization cannot be logged after the test that reports it (a few minutes of clock difference allowed). */
const possibleOrder = (tested: Date, last: Date) => last.getTime() <= tested.getTime() + 10 * MINUTE;

export const edgesyncStale = defineRule({
  meta: {
    id: 'edgesync-stale',
    defaultSeverity: 'warning',
    category: 'evidence',
    kinds: OBJECT_KINDS_OF_FILES,
    description:
      'A Test-EdgeSynchronization result whose last synchronization is older than twice the sync interval plus 30 minutes, or a result too old to say anything about now.',
    messages: {
      lastSync: '{{edge}} was last synchronized {{age}} before the test, more than the {{limit}} EdgeSync allows.',
      lastSyncMaybe: '{{edge}} may not have synchronized for {{age}} before the test: the day and month of its dates are unclear.',
      oldResult: 'This EdgeSync test of {{edge}} ran {{age}} before this check, so its {{status}} may no longer hold.',
    },
    fixes: { syncNow: 'Synchronize {{edge}} now', retest: 'Run the EdgeSync test for {{edge}} again' },
    options: {
      configurationSyncIntervalMinutes: {
        type: 'integer',
        default: 3,
        minimum: 1,
        description: 'ConfigurationSyncInterval of Get-EdgeSyncServiceConfig, in minutes (Exchange default 3).',
      },
      recipientSyncIntervalMinutes: {
        type: 'integer',
        default: 5,
        minimum: 1,
        description: 'RecipientSyncInterval of Get-EdgeSyncServiceConfig, in minutes (Exchange default 5).',
      },
      maxResultAgeHours: {
        type: 'integer',
        default: 24,
        minimum: 1,
        description: 'A test result older than this many hours (against the time of the check) is reported as too old to rely on.',
      },
    },
    sources: ['Test-EdgeSynchronization', 'Set-EdgeSyncServiceConfig'],
  },
  check(ctx) {
    const file = ctx.file;
    if (!isObjectsFile(file)) return;
    const now = ctx.settings.now;
    // Exchange calls a lease or cookie stale past twice the longer sync interval plus 30 minutes (40 by default).
    const limitMs = (2 * Math.max(Number(ctx.options.configurationSyncIntervalMinutes), Number(ctx.options.recipientSyncIntervalMinutes)) + 30) * MINUTE;
    const maxAgeMs = Number(ctx.options.maxResultAgeHours) * 60 * MINUTE;
    for (const obj of objectsOf(file, 'edgesync-result')) {
      const named = displayName(obj) !== '(unnamed)';
      const edge = named ? displayName(obj) : 'the Edge';
      const target = serverArg(named ? displayName(obj) : '<edge>');
      const status = enumMember(obj, 'SyncStatus')?.value;
      const testedProp = property(obj, 'UtcNow');
      const testedRead = readDate(file, testedProp);
      // A result cannot come from after the check (a day of margin for time zones).
      const tested = testedRead && !testedRead.never ? keep(testedRead, (t) => t.getTime() <= now.getTime() + DAY) : undefined;
      // Older than the result allows: Exchange itself reports Failed then; a Normal result can still be old.
      const lastProp = property(obj, 'LastSynchronizedUtc');
      const last = readDate(file, lastProp);
      if (last && !last.never && lastProp && status !== 'Failed' && status !== 'FailedUrgent') {
        const at = tested ?? exactly(now);
        const stale = holds(at, last, (t, l) => t.getTime() - l.getTime() > limitMs, possibleOrder);
        if (stale !== 'no') {
          const age = Math.max(...pairs(at, last, possibleOrder).map(([t, l]) => t.getTime() - l.getTime()));
          ctx.report({
            range: lastProp.valueRange,
            messageId: stale === 'yes' ? 'lastSync' : 'lastSyncMaybe',
            data: { edge, age: formatDuration(age), limit: formatDuration(limitMs) },
            uncertain: stale === 'maybe',
            fix: { fixId: 'syncNow', command: `Start-EdgeSynchronization -TargetServer ${target}` },
          });
        }
      }
      if (tested && testedProp) {
        const old = holds(exactly(now), tested, (n, t) => n.getTime() - t.getTime() > maxAgeMs);
        if (old === 'yes') {
          const age = Math.min(...pairs(exactly(now), tested).map(([n, t]) => n.getTime() - t.getTime()));
          ctx.report({
            range: testedProp.valueRange,
            messageId: 'oldResult',
            data: { edge, age: formatDuration(age), status: status ? `${status} status` : 'status' },
            fix: { fixId: 'retest', command: `Test-EdgeSynchronization -TargetServer ${target} -ExcludeRecipientTest` },
          });
        }
      }
    }
  },
});
