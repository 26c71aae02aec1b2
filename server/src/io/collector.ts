// The collector script shipped with the package (collector/Collect-ExchangeTransport.ps1), for the CLI's
// `collector` subcommand and the editor's "Save collector script". Found next to the bundles (dist/ in the npm
// package and the VSIX) or in the source tree (tests, `tsx`).
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';

export const COLLECTOR_FILE = 'Collect-ExchangeTransport.ps1';

/** The shipped script's path, or undefined when this install lacks it. */
export function collectorScriptPath(): string | undefined {
  const candidates = [path.join(__dirname, '..', 'collector', COLLECTOR_FILE), path.join(__dirname, '..', '..', '..', 'collector', COLLECTOR_FILE)];
  return candidates.find((p) => existsSync(p));
}

/** The script's bytes, unchanged (PowerShell reads it as it was shipped). */
export async function collectorScript(): Promise<Buffer> {
  const p = collectorScriptPath();
  if (!p) throw new Error(`${COLLECTOR_FILE} is not in this installation`);
  return fs.readFile(p);
}
