// What the Docs server's onError / onWarning codes mean to the person in front of the editor. The codes are
// ONLYOFFICE's c_oAscError.ID values; api.js itself reports an invalid config as -1. Keys stay literal: the
// server-side i18n transform only sees literal WRM.I18n.getText calls.
import { format } from '../lib/i18n';

export interface DocsProblem {
  heading: string;
  message: string;
  /** Whether reloading the page may help (a new editor page gets a freshly signed config). */
  reloadHelps: boolean;
  /** Whether an administrator can fix it on the Configure page. */
  adminFixes: boolean;
}

const problem = (message: string, reloadHelps: boolean, adminFixes: boolean): DocsProblem => ({
  heading: WRM.I18n.getText('docsbridge.editor.docsError.title'),
  message,
  reloadHelps,
  adminFixes,
});

export function describeError(code: number): DocsProblem {
  switch (code) {
    case -20: // VKeyEncrypt: the token is not correctly formed or not signed with the Docs server's secret
    case -8: // FileVKey
      return problem(WRM.I18n.getText('docsbridge.editor.docsError.token'), false, true);
    case -21: // KeyExpire
      return problem(WRM.I18n.getText('docsbridge.editor.docsError.expired'), true, false);
    case -22: // UserCountExceed
      return problem(WRM.I18n.getText('docsbridge.editor.docsError.userLimit'), true, false);
    case -4: // DownloadError
      return problem(WRM.I18n.getText('docsbridge.editor.docsError.download'), false, true);
    case -3: // ConvertationError
    case -2: // ConvertationTimeout
      return problem(WRM.I18n.getText('docsbridge.editor.docsError.open'), false, false);
    case -18: // CoAuthoringDisconnect
      return problem(WRM.I18n.getText('docsbridge.editor.docsError.disconnected'), true, false);
    default:
      return problem(format(WRM.I18n.getText('docsbridge.editor.docsError.other'), code), true, false);
  }
}

/** A warning leaves the document open: a short notice is enough. */
export function describeWarning(code: number): string {
  return format(WRM.I18n.getText('docsbridge.editor.docsWarning'), code);
}
