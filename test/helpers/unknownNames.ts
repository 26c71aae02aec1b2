// Property names no catalogue kind has, as `Get-SendConnector | fl *` of a newer Exchange build might print them:
// the worst case for unknown-property, which looks for a near miss of each one.
const FIRST = ['Smtp', 'Tls', 'Outbound', 'Routing', 'Queue', 'Throttling', 'Diagnostic'];
const SECOND = ['Dane', 'Proxy', 'Header', 'Telemetry', 'Shadow', 'Resilience', 'Quarantine', 'Policy'];

/** 56 distinct names, none a near miss of a catalogue name. */
export const UNKNOWN_NAMES: readonly string[] = FIRST.flatMap((a) => SECOND.map((b) => `${a}${b}FeatureFlagsVersion`));

/** A Format-List object block with the unknown names appended after its own lines. */
export function withUnknownNames(block: string, eol = '\r\n'): string {
  const width = Math.max(...UNKNOWN_NAMES.map((n) => n.length), 28);
  return block.trimEnd() + eol + UNKNOWN_NAMES.map((n, i) => `${n.padEnd(width)} : ${i % 2 === 0 ? 'True' : '0'}`).join(eol);
}
