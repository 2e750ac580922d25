import { VIEWABLE_EXTENSIONS } from './viewable';

export const MACRO_NAME = 'onlyoffice-preview';

interface MacroBrowser {
  activateSmartFieldsAttachmentsOnPage?: (macroName: string, extensions: string[]) => void;
}

/** False when the product's macro browser is not there (then the picker simply lists every file). */
export function restrictFilePicker(win: Window & { AJS?: { MacroBrowser?: MacroBrowser } }): boolean {
  const browser = win.AJS?.MacroBrowser;
  if (typeof browser?.activateSmartFieldsAttachmentsOnPage !== 'function') return false;
  browser.activateSmartFieldsAttachmentsOnPage(MACRO_NAME, VIEWABLE_EXTENSIONS);
  return true;
}
