// Packs a copy of this checkout as a clean clone would be packed (the `prepare` script builds the production
// bundles) and installs the tarball into a temporary prefix with the network off (--offline: the package must need
// nothing else). The copy leaves this checkout's dist/ alone, which other test files read meanwhile.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };

// The child npm gets its own settings, not the ones `npm test` exported (npm_config_*, npm_package_*, ...).
export const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, env: cleanEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

export interface PackResult {
  /** Temporary folder holding the stage, the tarball and the prefix: remove it when done. */
  work: string;
  tarball: string;
  packed: { filename: string; size: number; unpackedSize: number; files: { path: string }[] };
  /** Paths inside the tarball, sorted. */
  paths: string[];
  /** The installed package folder. */
  installed: string;
  /** The prefix's bin folder (exchange-transport-lint, exchange-transport-language-server). */
  binDir: string;
}

export function packAndInstall(): PackResult {
  const work = mkdtempSync(join(tmpdir(), 'ext-pack-'));
  // A clean clone's files: tracked ones plus new ones not ignored, so work in progress is packed as it would be.
  const stage = join(work, 'stage');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f !== '' && existsSync(join(ROOT, f)));
  for (const f of files) {
    mkdirSync(dirname(join(stage, f)), { recursive: true });
    cpSync(join(ROOT, f), join(stage, f));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'), 'dir');
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], stage));
  const prefix = join(work, 'prefix');
  const tarball = join(work, packed.filename);
  npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], work);
  return {
    work,
    tarball,
    packed,
    paths: packed.files.map((f: { path: string }) => f.path).sort(),
    installed: join(prefix, 'lib', 'node_modules', pkg.name),
    binDir: join(prefix, 'bin'),
  };
}
