// The Configure page's API (SettingsServlet): read, test, save, reveal the secret. The JWT secret never travels in
// `values`: the server answers `secretSet` instead, and shows the secret only through `revealSecret()`.
import { ApiError, request } from './client';

const BASE = '/onlyoffice/settings';

/** A setting's value as JSON: booleans as booleans, format lists as arrays, everything else as text. */
export type SettingValue = string | boolean | string[];
/** Every setting of settings-schema.json except the secret, by name. */
export type SettingsValues = Record<string, SettingValue>;

export type TestStepId = 'health' | 'command' | 'conversion';

export interface TestStep {
  id: TestStepId | string;
  ok: boolean;
  /** Already translated by the server; says what to do when the step failed. */
  message: string;
  skipped?: boolean;
  /** The Docs server's version, on the command step when known. */
  version?: string | null;
  /** The setting to change when this step failed because of it (docsUrl, jwtSecret, …). */
  field?: string | null;
}

export interface TestResult {
  ok: boolean;
  steps: TestStep[];
}

/** The last connection test of the saved settings, as the server remembers it for every node. */
export interface LastTest {
  /** ISO-8601. */
  at: string;
  ok: boolean;
}

/** Whether Confluence can e-mail the people a comment mentions, and mentions that went without mail. */
export interface MentionMailStatus {
  mailServer: boolean;
  /** Mentions not e-mailed for want of a mail server: how many, since when, the last (ISO-8601); null when none. */
  unsent: { mentions: number; since: string; last: string } | null;
}

export interface StoredSettings {
  values: SettingsValues;
  secretSet: boolean;
  /** Null (or absent) before the saved settings were ever tested. */
  lastTest?: LastTest | null;
  mentionMail?: MentionMailStatus;
}

export interface SaveRequest {
  values: SettingsValues;
  /** Only when the administrator typed or generated a new secret; otherwise the stored one stays. */
  jwtSecret?: string;
  confirmFailingTest: boolean;
}

/** Field name → message, already translated by the server. */
export type FieldErrors = Record<string, string>;

export type SaveOutcome =
  | { kind: 'saved'; test: TestResult; values: SettingsValues; secretSet: boolean }
  | { kind: 'invalid'; errors: FieldErrors } // 400: nothing was saved
  | { kind: 'testFailed'; test: TestResult }; // 409: nothing was saved, confirmation needed

export type TestOutcome = { kind: 'tested'; test: TestResult } | { kind: 'invalid'; errors: FieldErrors };

/** What the page needs from the server; tests pass fakes. */
export interface SettingsApi {
  load(): Promise<StoredSettings>;
  reveal(): Promise<string>;
  test(values: SettingsValues, jwtSecret?: string): Promise<TestOutcome>;
  save(input: SaveRequest): Promise<SaveOutcome>;
}

function errorsOf(e: unknown): FieldErrors | undefined {
  if (!(e instanceof ApiError) || e.status !== 400) return undefined;
  const errors = e.body && typeof e.body === 'object' ? (e.body as { errors?: unknown }).errors : undefined;
  return errors && typeof errors === 'object' ? (errors as FieldErrors) : {};
}

function testOf(e: unknown): TestResult | undefined {
  if (!(e instanceof ApiError) || e.status !== 409) return undefined;
  const test = e.body && typeof e.body === 'object' ? (e.body as { test?: unknown }).test : undefined;
  return test && typeof test === 'object' ? (test as TestResult) : undefined;
}

export function loadSettings(): Promise<StoredSettings> {
  return request<StoredSettings>('GET', BASE);
}

export async function revealSecret(): Promise<string> {
  const answer = await request<{ jwtSecret: string }>('POST', BASE + '/reveal', {});
  return answer.jwtSecret ?? '';
}

export async function testConnection(values: SettingsValues, jwtSecret?: string): Promise<TestOutcome> {
  const body = jwtSecret ? { values, jwtSecret } : { values };
  try {
    return { kind: 'tested', test: await request<TestResult>('POST', BASE + '/test', body) };
  } catch (e) {
    const errors = errorsOf(e);
    if (errors) return { kind: 'invalid', errors };
    throw e;
  }
}

export async function saveSettings(input: SaveRequest): Promise<SaveOutcome> {
  const body: Record<string, unknown> = { values: input.values, confirmFailingTest: input.confirmFailingTest };
  if (input.jwtSecret) body.jwtSecret = input.jwtSecret;
  try {
    const answer = await request<{ test: TestResult; values: SettingsValues; secretSet: boolean }>('PUT', BASE, body);
    return { kind: 'saved', test: answer.test, values: answer.values, secretSet: answer.secretSet };
  } catch (e) {
    const errors = errorsOf(e);
    if (errors) return { kind: 'invalid', errors };
    const test = testOf(e);
    if (test) return { kind: 'testFailed', test };
    throw e;
  }
}

export const settingsApi: SettingsApi = {
  load: loadSettings,
  reveal: revealSecret,
  test: testConnection,
  save: saveSettings,
};
