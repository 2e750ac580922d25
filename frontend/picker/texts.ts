// The picker's per-purpose texts. Keys stay literal: the server-side i18n transform only sees literal getText calls.
import type { PickPurpose } from './types';

export function titleOf(purpose: PickPurpose): string {
  switch (purpose) {
    case 'image':
      return WRM.I18n.getText('docsbridge.picker.title.image');
    case 'document':
      return WRM.I18n.getText('docsbridge.picker.title.document');
    case 'view':
      return WRM.I18n.getText('docsbridge.picker.title.view');
    case 'reference':
      return WRM.I18n.getText('docsbridge.picker.title.reference');
    default:
      return WRM.I18n.getText('docsbridge.picker.title.spreadsheet');
  }
}

export function chooseLabelOf(purpose: PickPurpose): string {
  return purpose === 'image' ? WRM.I18n.getText('docsbridge.picker.choose.image') : WRM.I18n.getText('docsbridge.picker.choose');
}

/** "PNG, JPG and GIF" style list of the accepted extensions, upper case. */
export function formatList(extensions: string[]): string {
  return extensions.map((e) => e.toUpperCase()).join(', ');
}
