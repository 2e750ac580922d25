// The settings as settings-schema.json lists them (the one list shared with the Java side), typed for the page.
import schema from '../../src/main/resources/docsbridge/settings-schema.json';
import type { SettingValue, SettingsValues } from '../lib/api/settings';

export type SettingType = 'url' | 'secret' | 'header' | 'boolean' | 'formats' | 'choice' | 'megabytes';
export type SettingGroup = 'server' | 'security' | 'formats' | 'editor';

export interface SettingDef {
  name: string;
  type: SettingType;
  default: SettingValue;
  group: SettingGroup;
  choices?: string[];
}

export const SETTINGS: readonly SettingDef[] = schema.settings as SettingDef[];

/** Groups in the order their first setting appears in the schema. */
export const GROUPS: readonly SettingGroup[] = SETTINGS.map((s) => s.group).filter((g, i, all) => all.indexOf(g) === i);

/** The settings sent as `values` (everything but the secret, which travels on its own). */
export const VALUE_SETTINGS: readonly SettingDef[] = SETTINGS.filter((s) => s.type !== 'secret');

/** The one URL the Docs connection cannot do without; the other addresses are optional. */
export const REQUIRED_URLS: readonly string[] = ['docsUrl'];

export function defaultValues(): SettingsValues {
  const values: SettingsValues = {};
  for (const s of VALUE_SETTINGS) values[s.name] = Array.isArray(s.default) ? [...s.default] : s.default;
  return values;
}

/** The server's values laid over the defaults, each coerced to its schema type (unknown names are dropped). */
export function withDefaults(values: Partial<SettingsValues> | undefined): SettingsValues {
  const result = defaultValues();
  for (const s of VALUE_SETTINGS) {
    const v = values?.[s.name];
    if (v === undefined || v === null) continue;
    if (s.type === 'boolean') result[s.name] = v === true || v === 'true';
    else if (s.type === 'formats') result[s.name] = Array.isArray(v) ? v.filter((x) => (s.choices ?? []).includes(x)) : [];
    else result[s.name] = typeof v === 'string' ? v : String(v);
  }
  return result;
}
