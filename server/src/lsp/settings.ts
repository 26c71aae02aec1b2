// Editor settings (section "exchangeTransport") → engine settings, fetched per document and cached.
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, type LintSettings } from '../service';

export const SECTION = 'exchangeTransport';

export interface EditorSettings {
  enable: boolean;
  lint: Omit<LintSettings, 'now'>;
}

interface RawSettings {
  enable?: boolean;
  certificate?: { expiringDays?: number };
  rules?: LintSettings['rules'];
  maxFileSize?: number;
  dateOrder?: string;
}

export function fromRaw(raw: RawSettings | null | undefined): EditorSettings {
  const days = raw?.certificate?.expiringDays;
  return {
    enable: raw?.enable !== false,
    lint: {
      ...DEFAULT_SETTINGS,
      rules: raw?.rules && typeof raw.rules === 'object' ? raw.rules : {},
      certificateExpiringDays: typeof days === 'number' && days >= 0 ? days : DEFAULT_SETTINGS.certificateExpiringDays,
      maxFileSize: typeof raw?.maxFileSize === 'number' && raw.maxFileSize > 0 ? raw.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
      dateOrder: raw?.dateOrder === 'mdy' || raw?.dateOrder === 'dmy' ? raw.dateOrder : 'auto',
    },
  };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<EditorSettings>>();
  private global: EditorSettings = fromRaw(undefined);
  /** Bumped on every change, so cached diagnostic results are invalidated. */
  generation = 0;

  constructor(private readonly connection: Connection, private readonly pull: () => boolean) {}

  get(uri: string): Promise<EditorSettings> {
    if (!this.pull()) return Promise.resolve(this.global);
    let s = this.cache.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SECTION })
        .then((raw: RawSettings) => fromRaw(raw), () => this.global);
      this.cache.set(uri, s);
    }
    return s;
  }

  changed(raw: unknown): void {
    this.generation++;
    this.cache.clear();
    const section = (raw as Record<string, unknown> | undefined)?.[SECTION] as RawSettings | undefined;
    if (section) this.global = fromRaw(section);
  }

  forget(uri: string): void { this.cache.delete(uri); }
}
