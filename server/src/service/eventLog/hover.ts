// Hover on event-log text: on the Event ID (or the description) what the event means and the values read out of
// it; on a value, what it is; on the date, how it was read; on the source, which service logs it.
import { formatUtc, relative } from '../time/ticks';
import { rangeContains, type Hover, type Position, type Range } from '../types';
import { parseCultureDate } from '../values/cultureDate';
import { familyOf, type EventFamily } from './catalogue';
import type { EventLogFile, EventRecord } from './model';

const FAMILY: Record<EventFamily, string> = {
  transport: 'the Exchange Transport service (Mailbox, Edge) or Front End Transport service',
  edgesync: 'the Microsoft Exchange EdgeSync service on a Mailbox server',
  'message-security': 'Exchange message security (EdgeSync credential renewal)',
  monitoring: 'Test-EdgeSynchronization run with -MonitoringContext $true',
};

export function eventHover(file: EventLogFile, pos: Position, now: Date): Hover | undefined {
  const e = file.events.find((x) => rangeContains(x.range, pos));
  if (!e) return undefined;
  const known = e.known;
  // A value read out of the event.
  for (const [name, value] of Object.entries(e.decoded)) {
    if (!rangeContains(value.range, pos)) continue;
    const def = known?.fields?.find((f) => f.name === name);
    const index = known?.fields?.findIndex((f) => f.name === name) ?? -1;
    return {
      range: value.range,
      contents: [
        `**${def?.label ?? name}** (insertion string %${index + 1} of event ${e.id}): \`${value.text || '(empty)'}\``,
        def?.meaning ?? '',
        value.from === 'insertion' ? 'Read from the insertion strings of the event (its description was not in English or was cut).' : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    };
  }
  const insertion = e.insertions.findIndex((i) => rangeContains(i.range, pos));
  if (insertion >= 0) {
    const def = known?.fields?.[insertion];
    return {
      range: e.insertions[insertion].range,
      contents: `**%${insertion + 1}**${def ? ` · ${def.label}` : ''}: an insertion string of event ${e.id ?? '?'}${def ? `. ${def.meaning}` : ''}`,
    };
  }
  const f = e.fields.find((x) => rangeContains(x.nameRange, pos) || (!x.empty && rangeContains(x.valueRange, pos)));
  if (f && e.date === f) return dateHover(file, e, f.valueRange, f.text, now);
  if (f && /^(source|event source|providername)$/i.test(f.name)) {
    const family = familyOf(f.text);
    return {
      range: f.valueRange,
      contents: family
        ? `**${f.text.trim()}**: logged by ${FAMILY[family]}.`
        : `**${f.text.trim()}**: not a source of the Exchange transport events this linter knows.`,
    };
  }
  const onDescription = e.description.range && rangeContains(e.description.range, pos);
  if ((f && f === e.idField) || onDescription) return { range: f && f === e.idField ? f.valueRange : e.description.range!, contents: eventSummary(e) };
  return undefined;
}

function eventSummary(e: EventRecord): string {
  const k = e.known;
  if (!k) {
    return `**Event ${e.id ?? '?'}**${e.source ? ` from ${e.source}` : ''}: not an Exchange transport or EdgeSync event this linter knows, so it is not checked.`;
  }
  const parts = [`**Event ${k.id}** · ${e.source ?? EVENT_FAMILY_NAME[k.family]} · \`${k.name}\` (${k.level})`, k.meaning];
  if (k.config) parts.push(`*Configuration:* ${k.config}`);
  const values = (k.fields ?? []).filter((f) => e.decoded[f.name]).map((f) => `- ${f.label}: \`${e.decoded[f.name].text || '(empty)'}\``);
  if (values.length) parts.push(values.join('\n'));
  if (e.timeCreated) parts.push(`Logged at ${formatUtc(e.timeCreated)} (from the event XML).`);
  parts.push(`*Source:* ${k.reference}`);
  return parts.join('\n\n');
}

const EVENT_FAMILY_NAME: Record<EventFamily, string> = {
  transport: 'transport',
  edgesync: 'MSExchange EdgeSync',
  'message-security': 'MSExchange Message Security',
  monitoring: 'MSExchange Monitoring EdgeSynchronization',
};

function dateHover(file: EventLogFile, e: EventRecord, range: Range, text: string, now: Date): Hover {
  if (e.timeCreated) return { range, contents: `Logged at **${formatUtc(e.timeCreated)}** (${relative(e.timeCreated, now)}), from the event XML.` };
  const d = parseCultureDate(text, {
    order: file.dateOrderSource === 'default' ? 'auto' : file.dateOrder,
    orderReason: file.dateOrderSource === 'inferred' ? 'as other dates in this file show' : 'as set for this file',
  }).value;
  return {
    range,
    contents: d
      ? `Logged at **${formatUtc(d.date)}** (${relative(d.date, now)}); ${d.reading}. Event Viewer prints the local time of the machine that copied it.`
      : 'This date could not be read.',
  };
}
