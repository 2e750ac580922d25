// Client-side checks that mirror the server's SettingsValidator, for instant feedback at the field. The server
// remains the judge: it validates again and its messages win. Pure functions; the UI maps codes to texts.
import type { SettingsValues } from '../lib/api/settings';
import { REQUIRED_URLS, VALUE_SETTINGS } from './schema';

export type ValidationCode = 'urlRequired' | 'url' | 'header' | 'secret' | 'secretRequired';

export type Checked<T> = { ok: true; value: T } | { ok: false; code: ValidationCode };

const HEADER_TOKEN = /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/;
// What java.net.URI accepts unescaped, roughly: printable ASCII without space, quotes, angle brackets and the like.
const URL_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

/**
 * An absolute http(s) address without user name, password, query or fragment, normalised the way the server stores
 * it: lower-case scheme and host, dot segments resolved, no trailing slash. Empty is allowed unless `required`.
 */
export function checkUrl(raw: string, required: boolean): Checked<string> {
  const value = raw.trim();
  if (value === '') return required ? { ok: false, code: 'urlRequired' } : { ok: true, value: '' };
  if (!URL_CHARS.test(value) || !/^https?:\/\/[^/?#]/i.test(value) || value.includes('?') || value.includes('#')) {
    return { ok: false, code: 'url' };
  }
  const authority = value.replace(/^https?:\/\//i, '').split('/')[0];
  if (authority.includes('@')) return { ok: false, code: 'url' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, code: 'url' };
  }
  if (url.hostname === '' || url.username !== '' || url.password !== '') return { ok: false, code: 'url' };
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, value: `${url.protocol}//${url.host.toLowerCase()}${path}` };
}

/** An HTTP header name: 1 to 64 token characters (RFC 9110). */
export function checkHeader(raw: string): Checked<string> {
  const value = raw.trim();
  return value.length <= 64 && HEADER_TOKEN.test(value) ? { ok: true, value } : { ok: false, code: 'header' };
}

/** A new JWT secret: 8 to 256 characters after trimming. Empty means "keep the stored secret". */
export function checkSecret(raw: string): Checked<string> {
  const value = raw.trim();
  if (value === '') return { ok: true, value: '' };
  return value.length >= 8 && value.length <= 256 ? { ok: true, value } : { ok: false, code: 'secret' };
}

export interface FormCheck {
  /** The values to send: URLs and the header normalised, everything else as entered. */
  values: SettingsValues;
  /** The new secret to send, or '' to keep the stored one. */
  secret: string;
  /** Field name → problem; empty when everything may be sent. */
  errors: Record<string, ValidationCode>;
}

/**
 * Checks the whole form. Field names are the schema's; the secret's is `jwtSecret`. JWT is always on, so a secret
 * is required: a new one, unless one is stored already (`secretSet`).
 */
export function checkForm(values: SettingsValues, secret: string, secretSet = true): FormCheck {
  const out: SettingsValues = { ...values };
  const errors: Record<string, ValidationCode> = {};
  for (const s of VALUE_SETTINGS) {
    const v = values[s.name];
    let checked: Checked<string> | undefined;
    if (s.type === 'url') checked = checkUrl(typeof v === 'string' ? v : '', REQUIRED_URLS.includes(s.name));
    else if (s.type === 'header') checked = checkHeader(typeof v === 'string' ? v : '');
    if (!checked) continue;
    if (checked.ok) out[s.name] = checked.value;
    else errors[s.name] = checked.code;
  }
  const secretChecked = checkSecret(secret);
  if (!secretChecked.ok) errors.jwtSecret = secretChecked.code;
  else if (secretChecked.value === '' && !secretSet) errors.jwtSecret = 'secretRequired';
  return { values: out, secret: secretChecked.ok ? secretChecked.value : '', errors };
}
