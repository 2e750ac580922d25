// One message for every way a request of the dialogs can fail: the server's own message (already translated)
// when it sent one, otherwise a message for the kind of failure.
import { ApiError } from '../lib/api/client';
import { errorBody } from '../lib/api/attachments';
import { format } from '../lib/i18n';

export function errorMessage(e: unknown): string {
  const body = errorBody(e);
  if (typeof body.message === 'string' && body.message) return body.message;
  if (e instanceof ApiError) {
    switch (e.kind) {
      case 'network':
        return WRM.I18n.getText('docsbridge.action.error.network');
      case 'loginRequired':
        return WRM.I18n.getText('docsbridge.action.error.loginRequired');
      case 'xsrf':
        return WRM.I18n.getText('docsbridge.action.error.xsrf');
      default:
        if (e.status === 404) return WRM.I18n.getText('docsbridge.action.error.notFound');
        return format(WRM.I18n.getText('docsbridge.action.error.unexpected'), e.status);
    }
  }
  return format(WRM.I18n.getText('docsbridge.action.error.unexpected'), 0);
}
