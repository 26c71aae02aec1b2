// Start-EdgeSynchronization output (one object per Edge and synchronization type), from the EdgeSync Status
// object of Exchange 2013 CU23 and KB 4052493 (/work/shared/domain/evidence-formats.md §2.3). Read-only evidence.
import { computed, remotingProperties } from './common';
import type { ObjectKindDef, PropertyDef } from './types';

const count = (name: string, what: string): PropertyDef =>
  computed({ name, type: { kind: 'int', min: 0 }, summary: `How many objects this synchronization ${what}.` });

const properties: PropertyDef[] = [
  ...remotingProperties(),
  computed({
    name: 'Result',
    type: { kind: 'enum', enum: 'EdgeSyncResult' },
    summary: 'How the synchronization ended: Success, or why not (CouldNotConnect, Incomplete, ...).',
  }),
  computed({ name: 'Type', type: { kind: 'enum', enum: 'EdgeSyncType' }, summary: 'What was synchronized: Configuration or Recipients.' }),
  computed({ name: 'Name', type: { kind: 'string' }, summary: 'The Edge Transport server that was synchronized.' }),
  computed({ name: 'FailureDetails', type: { kind: 'string' }, summary: 'Why the synchronization did not succeed, when Exchange says.' }),
  computed({ name: 'StartUTC', type: { kind: 'date' }, summary: 'When the synchronization started (UTC).' }),
  computed({ name: 'EndUTC', type: { kind: 'date' }, summary: 'When it ended (UTC).' }),
  count('Added', 'added on the Edge'),
  count('Deleted', 'deleted on the Edge'),
  count('Updated', 'updated on the Edge'),
  count('Scanned', 'read in Active Directory'),
  count('TargetScanned', 'read on the Edge'),
];

export const EDGESYNC_SYNC: ObjectKindDef = {
  kind: 'edgesync-sync',
  label: 'EdgeSync synchronization result',
  getCmdlet: 'Start-EdgeSynchronization',
  releases: ['2013', '2016', '2019', 'SE'],
  signature: ['Result', 'FailureDetails', 'StartUTC', 'EndUTC', 'Added', 'Deleted', 'Updated', 'Scanned', 'TargetScanned'],
  properties,
};
