// What a lint run depends on besides the text: the instant to evaluate at, severities, rule options.
import type { RuleOptions } from './rules/types';
import type { SeveritySetting } from './types';

export interface LintSettings {
  /** Evaluate time-dependent rules as of this instant. */
  now: Date;
  /** Rule id → severity override ('off' disables). */
  rules: Record<string, SeveritySetting>;
  /** Rule id → option values (each rule's schema gives the defaults). */
  ruleOptions: Record<string, RuleOptions>;
  /** Files larger than this many characters are not analysed (file-too-large). */
  maxFileSize: number;
  /** How to read ambiguous culture dates (8/12/2024): 'auto' infers from the file, else month-first. */
  dateOrder: 'auto' | 'mdy' | 'dmy';
  /** Report files of unknown kind (the CLI does, for files named explicitly; the editor does not). */
  reportUnrecognized: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Omit<LintSettings, 'now'>> = {
  rules: {},
  ruleOptions: {},
  maxFileSize: 10 * 1024 * 1024,
  dateOrder: 'auto',
  reportUnrecognized: false,
};

export function resolveSettings(partial: Partial<LintSettings> = {}): LintSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    now: partial.now ?? new Date(),
    rules: { ...DEFAULT_SETTINGS.rules, ...partial.rules },
    ruleOptions: { ...DEFAULT_SETTINGS.ruleOptions, ...partial.ruleOptions },
  };
}

/** Merges option values per rule, later layers winning option by option. */
export function mergeRuleOptions(...layers: (Record<string, RuleOptions> | undefined)[]): Record<string, RuleOptions> {
  const out: Record<string, RuleOptions> = {};
  for (const layer of layers) for (const [id, opts] of Object.entries(layer ?? {})) out[id] = { ...out[id], ...opts };
  return out;
}
