// The same name rules as the server (core/create/FileNames.java), checked as the user types so that most mistakes
// are explained before anything is sent. The server checks again.
import { format } from '../lib/i18n';

export const MAX_NAME_LENGTH = 200;
const FORBIDDEN = /[\\/:*?"<>|]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The message for a name that cannot be used, or null when it can. */
export function nameProblem(name: string): string | null {
  const value = name.trim();
  if (!value) return WRM.I18n.getText('docsbridge.create.name.empty');
  if ([...value].length > MAX_NAME_LENGTH) return format(WRM.I18n.getText('docsbridge.create.name.tooLong'), MAX_NAME_LENGTH);
  if (FORBIDDEN.test(value)) return WRM.I18n.getText('docsbridge.create.name.forbiddenCharacter');
  if (CONTROL.test(value)) return WRM.I18n.getText('docsbridge.create.name.controlCharacter');
  if (/^\.+$/.test(value)) return WRM.I18n.getText('docsbridge.create.name.dotsOnly');
  return null;
}

/** Without trailing dots and white space ("Trailing dot." gets ".docx", not "..docx"; Windows drops them too). */
function trimEnd(value: string): string {
  return value.replace(/[.\s]+$/, '');
}

/** The name as it will be stored (as core/create/FileNames.java): trimmed, with the extension added once. */
export function withExtension(name: string, extension: string): string {
  let value = trimEnd(name.trim());
  const suffix = '.' + extension.toLowerCase();
  if (value.toLowerCase().endsWith(suffix) && value.length > suffix.length) value = trimEnd(value.slice(0, -suffix.length));
  return (value || name.trim()) + suffix;
}

/** The name a new attachment gets on a page with {@code existing} names: as given, or the first free "name (n).ext". */
export function uniqueName(fileName: string, existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(fileName.toLowerCase())) return fileName;
  const dot = fileName.lastIndexOf('.');
  const base = dot <= 0 ? fileName : fileName.slice(0, dot);
  const extension = dot <= 0 ? '' : fileName.slice(dot);
  for (let n = 1; ; n++) {
    const candidate = `${base} (${n})${extension}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Is {@code fileName} the name of one of {@code existing} (compared as Confluence does, ignoring case)? */
export function isTaken(fileName: string, existing: string[]): boolean {
  return existing.some((n) => n.toLowerCase() === fileName.toLowerCase());
}

/** The name without its last extension. */
export function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? fileName : fileName.slice(0, dot);
}

/** How a format is named to users: its extension in capitals; PDF/A for pdfa. */
export function formatLabel(extension: string): string {
  return extension === 'pdfa' ? 'PDF/A' : extension.toUpperCase();
}

/** The extension a download of `target` gets (PDF/A files are PDFs). */
export function fileExtension(target: string): string {
  return target === 'pdfa' ? 'pdf' : target;
}
