// What a lint run depends on besides the text: the instant to evaluate at, severities, rule options.
import type { SeveritySetting } from './types';

export interface LintSettings {
  /** Evaluate time-dependent rules as of this instant. */
  now: Date;
  /** Rule id → severity override ('off' disables). */
  rules: Record<string, SeveritySetting>;
  /** certificate-expiring fires when a certificate expires within this many days. */
  certificateExpiringDays: number;
  /** Files larger than this many characters are not analysed (file-too-large). */
  maxFileSize: number;
  /** How to read ambiguous culture dates (8/12/2024): 'auto' infers from the file, else month-first. */
  dateOrder: 'auto' | 'mdy' | 'dmy';
  /** Report files of unknown kind (the CLI does, for files named explicitly; the editor does not). */
  reportUnrecognized: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Omit<LintSettings, 'now'>> = {
  rules: {},
  certificateExpiringDays: 30,
  maxFileSize: 10 * 1024 * 1024,
  dateOrder: 'auto',
  reportUnrecognized: false,
};

export function resolveSettings(partial: Partial<LintSettings> = {}): LintSettings {
  return { ...DEFAULT_SETTINGS, ...partial, now: partial.now ?? new Date(), rules: { ...DEFAULT_SETTINGS.rules, ...partial.rules } };
}
