// Finds `.exchange-transport.json` upward from a linted file (or takes the one given with --config),
// and turns it into engine settings. Used by the CLI and the language server alike.
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { CONFIG_FILE_NAME, LineIndex, parseConfig, type ProjectConfig } from '../service';
import { mergeRuleOptions, RULE_CATALOGUE, type LintSettings } from '../service';

export interface LoadedConfig {
  /** Absolute path of the configuration file. */
  path: string;
  config: ProjectConfig;
  /** Number of problems found in it (reported as config-invalid when the file itself is linted). */
  problems: number;
}

export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig | undefined>();

  /** @param fixed a configuration file to use for every file (CLI --config) */
  constructor(private readonly fixed?: string) {}

  /** The configuration that applies to a file, or undefined when there is none. */
  forFile(filePath: string): LoadedConfig | undefined {
    if (this.fixed) return this.load(path.resolve(this.fixed));
    return this.search(path.dirname(path.resolve(filePath)));
  }

  clear(): void {
    this.byDir.clear();
  }

  private search(dir: string): LoadedConfig | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    let found: LoadedConfig | undefined;
    if (isFile(candidate)) found = this.load(candidate);
    else {
      const parent = path.dirname(dir);
      found = parent !== dir ? this.search(parent) : undefined;
    }
    this.byDir.set(dir, found);
    return found;
  }

  private load(file: string): LoadedConfig | undefined {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    const { config, problems } = parseConfig(text, new LineIndex(text), RULE_CATALOGUE);
    return { path: file, config, problems: problems.length };
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Engine settings from a configuration under `overrides` (values set explicitly on the command line or in
 * the editor's settings, which win). Anything set by neither keeps the engine default.
 */
export function settingsFromConfig(overrides: Partial<LintSettings>, loaded: LoadedConfig | undefined): Partial<LintSettings> {
  if (!loaded) return overrides;
  const c = loaded.config;
  return {
    ...(c.dateOrder ? { dateOrder: c.dateOrder } : {}),
    ...(c.maxFileSize ? { maxFileSize: c.maxFileSize } : {}),
    ...overrides,
    rules: { ...c.rules, ...overrides.rules },
    ruleOptions: mergeRuleOptions(c.ruleOptions, overrides.ruleOptions),
  };
}

/** Whether the configuration's include/exclude globs (relative to its folder) let a file be linted. */
export function isIncluded(loaded: LoadedConfig | undefined, filePath: string): boolean {
  if (!loaded) return true;
  const rel = path.relative(path.dirname(loaded.path), path.resolve(filePath)).split(path.sep).join('/');
  const opts = { dot: true, nocase: true };
  // The reader refused over-long patterns; a pattern minimatch still rejects matches nothing rather than stop the walk.
  const matches = (g: string) => {
    try {
      return minimatch(rel, g, opts);
    } catch {
      return false;
    }
  };
  if (loaded.config.include && !loaded.config.include.some(matches)) return false;
  return !loaded.config.exclude?.some(matches);
}
