// Why a save did not go through, in the administrator's language. The server sends a code (ProblemReason.java);
// WRM's jsI18n transformer inlines only getText calls that spell out their key, hence one line per code.
const REASONS: Record<string, () => string> = {
  storeFailed: () => WRM.I18n.getText('docsbridge.admin.problems.reason.storeFailed'),
  busy: () => WRM.I18n.getText('docsbridge.admin.problems.reason.busy'),
  docsUnavailable: () => WRM.I18n.getText('docsbridge.admin.problems.reason.docsUnavailable'),
  docsStalled: () => WRM.I18n.getText('docsbridge.admin.problems.reason.docsStalled'),
  incomplete: () => WRM.I18n.getText('docsbridge.admin.problems.reason.incomplete'),
  wrongContent: () => WRM.I18n.getText('docsbridge.admin.problems.reason.wrongContent'),
  tooLarge: () => WRM.I18n.getText('docsbridge.admin.problems.reason.tooLarge'),
  attachmentGone: () => WRM.I18n.getText('docsbridge.admin.problems.reason.attachmentGone'),
  foreignUrl: () => WRM.I18n.getText('docsbridge.admin.problems.reason.foreignUrl'),
  noEditRights: () => WRM.I18n.getText('docsbridge.admin.problems.reason.noEditRights'),
  conversionFailed: () => WRM.I18n.getText('docsbridge.admin.problems.reason.conversionFailed'),
  olderDelivery: () => WRM.I18n.getText('docsbridge.admin.problems.reason.olderDelivery'),
  goneFromDocs: () => WRM.I18n.getText('docsbridge.admin.problems.reason.goneFromDocs'),
  docsRejected: () => WRM.I18n.getText('docsbridge.admin.problems.reason.docsRejected'),
};

/** The translated reason of a code; undefined for "other" and unknown codes (only the technical detail remains). */
export function reasonText(code: string | undefined): string | undefined {
  return code && Object.prototype.hasOwnProperty.call(REASONS, code) ? REASONS[code]() : undefined;
}

/** Codes the server may send (for the test that checks each has a text). */
export const REASON_CODES = Object.keys(REASONS);
