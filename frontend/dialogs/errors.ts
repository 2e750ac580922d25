// One message for every way a request of the dialogs can fail: the server's own message (already translated)
// when it sent one, otherwise a message for the kind of failure.
import { ApiError } from '../lib/api/client';
import { errorBody } from '../lib/api/attachments';
import { contextPath } from '../lib/contextPath';
import { format } from '../lib/i18n';

/** The session ended: 401, or Confluence's login page instead of data (what an ended session gets after a redirect). */
function sessionEnded(e: unknown): boolean {
  return e instanceof ApiError && (e.kind === 'loginRequired' || e.kind === 'invalidResponse');
}

/** Failures that the same request again cannot fix: the file, the permission, the settings or the session must change first. */
const FINAL_FAILURES = new Set(['forbidden', 'notFound', 'password', 'unreadable', 'unsupported', 'tooLarge', 'loginRequired', 'notConfigured', 'token', 'download']);

/** Whether trying the same request again can help (a timeout, an unreachable Docs server, a failed store). */
export function canRetry(error: string | undefined): boolean {
  return !FINAL_FAILURES.has(error ?? '');
}

/** The stable id of a failure (the server's `error`, or `loginRequired` for an ended session). */
export function errorId(e: unknown): string | undefined {
  if (sessionEnded(e)) return 'loginRequired';
  return errorBody(e).error;
}

export function errorMessage(e: unknown): string {
  if (sessionEnded(e)) return WRM.I18n.getText('docsbridge.action.error.sessionEnded');
  const body = errorBody(e);
  if (typeof body.message === 'string' && body.message) return body.message;
  if (e instanceof ApiError) {
    switch (e.kind) {
      case 'network':
        return WRM.I18n.getText('docsbridge.action.error.network');
      case 'xsrf':
        return WRM.I18n.getText('docsbridge.action.error.xsrf');
      default:
        if (e.status === 404) return WRM.I18n.getText('docsbridge.action.error.notFound');
        return format(WRM.I18n.getText('docsbridge.action.error.unexpected'), e.status);
    }
  }
  return format(WRM.I18n.getText('docsbridge.action.error.unexpected'), 0);
}

/** Confluence's login page, returning to the page the user is on. */
export function loginUrl(location: Location = window.location): string {
  const base = contextPath();
  const path = location.pathname.startsWith(base + '/') ? location.pathname.slice(base.length) : location.pathname;
  return base + '/login.action?os_destination=' + encodeURIComponent(path + location.search);
}
