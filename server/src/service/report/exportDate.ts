// When was a file exported? Only some files say. What the report calls the export date, per kind:
// - EdgeSubscription file: EffectiveDate, the UTC instant New-EdgeSubscription wrote the file (exact);
// - SMTP protocol log: the latest time in it (rows, #Date headers): the copy was made after that;
// - event log text: the latest TimeCreated of its events (a lower bound, as for logs);
// - Format-List / Format-Table dumps, Export-Clixml and ConvertTo-Json exports record no export time: the latest
//   WhenChanged of their objects is a lower bound (the export was made after it), else unknown. A certificate's
//   NotBefore is no bound: a certificate can be issued valid from a later date.
// - scripts and configuration files are not exports.
// The file system's modification time is left out on purpose: copying the file changes it.
import { isObjectsFile, type AnalyzedFile } from '../document';
import { property } from '../objects/model';
import { parseCultureDate } from '../values/cultureDate';

export interface ExportDate {
  date?: Date;
  /** The date is a lower bound: the export was made after it. */
  after?: boolean;
  basis: string;
}

function latest(dates: (Date | undefined)[]): Date | undefined {
  const ok = dates.filter((d): d is Date => d !== undefined && !Number.isNaN(d.getTime()));
  return ok.length ? new Date(Math.max(...ok.map((d) => d.getTime()))) : undefined;
}

export function exportDateOf(file: AnalyzedFile): ExportDate {
  if (file.tooLarge && file.kind !== 'smtp-protocol-log') return { basis: 'unknown: the file was too large to read' };
  switch (file.kind) {
    case 'edge-subscription': {
      const d = file.subscription?.effectiveDate;
      return d
        ? { date: d, basis: 'EffectiveDate: when New-EdgeSubscription wrote the file (UTC)' }
        : { basis: 'unknown: the file has no readable EffectiveDate' };
    }
    case 'smtp-protocol-log': {
      if (!('log' in file)) return { basis: 'unknown' };
      const log = file.log;
      const d = latest([
        ...log.headers.map((h) => (h.date ? new Date(h.date) : undefined)),
        ...log.sessions.map((s) => (s.start ? new Date(s.start) : undefined)),
        ...log.certificates.map((c) => (c.last ? new Date(c.last) : undefined)),
      ]);
      return d
        ? { date: d, after: true, basis: 'the latest time in the log (rows and #Date headers): the copy was made after it' }
        : { basis: 'unknown: no dated row' };
    }
    case 'event-log-text': {
      const d = latest(file.events.map((e) => e.timeCreated));
      return d
        ? { date: d, after: true, basis: 'the latest TimeCreated of its events: the export was made after it' }
        : { basis: 'unknown: no event with a readable TimeCreated' };
    }
    case 'powershell':
      return { basis: 'not an export (a script)' };
    case 'config':
      return { basis: 'not an export (configuration)' };
    case 'unknown':
      return { basis: 'unknown' };
  }
  if (!isObjectsFile(file)) return { basis: 'unknown' };
  const order = file.dateOrder;
  let local = false;
  const d = latest(
    file.objects.map((o) => {
      const utc = property(o, 'WhenChangedUTC');
      const p = utc && !utc.empty ? utc : property(o, 'WhenChanged');
      if (!p || p.empty) return undefined;
      const r = parseCultureDate(p.text, { order }).value;
      // WhenChanged in a text dump is the exporting machine's local time without a zone (read as UTC).
      if (p !== utc && !/Z|[+-]\d\d:?\d\d$|Date\(/.test(p.text)) local = true;
      return r && !r.ambiguous ? r.date : undefined;
    }),
  );
  return d
    ? {
        date: d,
        after: true,
        basis: `not recorded in the file; made after the latest WhenChanged of its objects${local ? ' (local time of the exporting machine, read as UTC)' : ''}`,
      }
    : { basis: 'unknown: the file records no export time and its objects no WhenChanged' };
}
