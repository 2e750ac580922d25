// The Confluence user's locale, for formatting numbers and dates the way they read them. Confluence pages carry it
// as <meta name="ajs-user-locale" content="de_DE">; the app's own pages (editor, Configure, messages) as
// <html lang="de-DE">. Falls back to the browser's language.
export function userLocale(doc: Document = document): string {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="ajs-user-locale"]')?.content;
  const candidates = [meta?.replace(/_/g, '-'), doc.documentElement.lang, doc.defaultView?.navigator.language, 'en'];
  for (const tag of candidates) {
    if (!tag) continue;
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      // not a valid tag: try the next source
    }
  }
  return 'en';
}

/** 1234.5 → "1,234.5" (en), "1.234,5" (de), "1 234,5" (fr). */
export function formatNumber(value: number, locale: string = userLocale()): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A date and time as the user's locale writes them, e.g. "29.11.2026, 14:05" (de). */
export function formatDateTime(value: Date | number | string, locale: string = userLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** A date as the user's locale writes it, e.g. "29.11.2026" (de), "2026年11月29日" (zh-CN). */
export function formatDate(value: Date | number | string, locale: string = userLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(value));
}

/**
 * A byte count in the user's number format: "1,5 MB" (de). Plain bytes are spelled out ("4 bytes"): CLDR's short
 * form is "4 byte" in English, which reads as a mistake.
 */
export function formatBytes(bytes: number, locale: string = userLocale()): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}
