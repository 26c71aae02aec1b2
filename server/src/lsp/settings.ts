// Editor settings (section "exchangeTransport") → engine settings, fetched per document and cached.
// Only values the user set are overrides; the rest come from .exchange-transport.json, then the defaults.
import type { Connection } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { resolveSettings, type LintSettings } from '../service';
import { ConfigResolver, isIncluded, settingsFromConfig } from '../io/config';

export const SECTION = 'exchangeTransport';

export interface EditorSettings {
  enable: boolean;
  /** Engine settings for the document: editor overrides over its configuration file over the defaults. */
  lint: Omit<LintSettings, 'now'>;
  /** False when the configuration's include/exclude globs leave the file out. */
  included: boolean;
}

interface RawSettings {
  enable?: boolean;
  certificate?: { expiringDays?: number | null };
  rules?: LintSettings['rules'];
  maxFileSize?: number | null;
  dateOrder?: string | null;
}

/** The values the user set in the editor (null and absent mean "not set"). */
export function overridesFromRaw(raw: RawSettings | null | undefined): Partial<LintSettings> {
  const days = raw?.certificate?.expiringDays;
  return {
    rules: raw?.rules && typeof raw.rules === 'object' ? raw.rules : {},
    ...(typeof days === 'number' && days >= 0 ? { ruleOptions: { 'certificate-expiring': { days } } } : {}),
    ...(typeof raw?.maxFileSize === 'number' && raw.maxFileSize > 0 ? { maxFileSize: raw.maxFileSize } : {}),
    ...(raw?.dateOrder === 'mdy' || raw?.dateOrder === 'dmy' || raw?.dateOrder === 'auto' ? { dateOrder: raw.dateOrder } : {}),
  };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<EditorSettings>>();
  /** Editor settings by workspace folder: thousands of closed files must not mean thousands of requests. */
  private readonly raw = new Map<string, Promise<RawSettings | undefined>>();
  private global: RawSettings | undefined;
  folders: string[] = [];
  readonly configs = new ConfigResolver();
  /** Bumped on every change, so cached diagnostic results are invalidated. */
  generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly pull: () => boolean,
  ) {}

  get(uri: string): Promise<EditorSettings> {
    let s = this.cache.get(uri);
    if (!s) {
      s = this.rawFor(uri).then((r) => this.resolve(uri, r));
      this.cache.set(uri, s);
    }
    return s;
  }

  private rawFor(uri: string): Promise<RawSettings | undefined> {
    if (!this.pull()) return Promise.resolve(this.global);
    const scope = this.folders.filter((f) => uri.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0] ?? uri;
    let r = this.raw.get(scope);
    if (!r) {
      r = this.connection.workspace.getConfiguration({ scopeUri: scope, section: SECTION }).then(
        (x: RawSettings) => x,
        () => this.global,
      );
      this.raw.set(scope, r);
    }
    return r;
  }

  private resolve(uri: string, raw: RawSettings | undefined): EditorSettings {
    const u = URI.parse(uri);
    const config = u.scheme === 'file' ? this.configs.forFile(u.fsPath) : undefined;
    const { now: _now, ...lint } = resolveSettings(settingsFromConfig(overridesFromRaw(raw), config));
    return { enable: raw?.enable !== false, lint, included: u.scheme !== 'file' || isIncluded(config, u.fsPath) };
  }

  /** Settings or a configuration file changed: everything is resolved again. */
  changed(raw?: unknown): void {
    this.generation++;
    this.cache.clear();
    this.raw.clear();
    this.configs.clear();
    const section = (raw as Record<string, unknown> | undefined)?.[SECTION] as RawSettings | undefined;
    if (section) this.global = section;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
