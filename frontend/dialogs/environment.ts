// What the dialogs do to the browser beyond their own DOM: tabs, downloads, reloads and timers. Tests pass a fake.
import { rememberFocus } from '../attachments/focus';

export interface DialogEnvironment {
  /**
   * Opens an empty tab at once (while the click still counts as a user gesture, so that no pop-up blocker stops
   * it) and returns a function that sends it to a URL later, or closes it when given null.
   */
  reserveTab(): (url: string | null) => boolean;
  /** Starts downloading a same-origin URL (its answer says "attachment", so the page stays). */
  download(url: string): void;
  /** Shows the page's new attachments; the focus then goes to the actions of {@code focusAttachmentId}. */
  reload(focusAttachmentId?: number): void;
  /** Milliseconds between two polls of a conversion. */
  pollInterval: number;
  /** A conversion still running after this many milliseconds is given up. */
  pollTimeout: number;
}

export const browserEnvironment: DialogEnvironment = {
  reserveTab() {
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    return (url) => {
      if (!tab || tab.closed) return false;
      if (url === null) tab.close();
      else tab.location.href = url;
      return url !== null;
    };
  },
  download(url) {
    const link = document.createElement('a');
    link.href = url;
    link.download = '';
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
  },
  reload(focusAttachmentId) {
    if (focusAttachmentId !== undefined) rememberFocus(focusAttachmentId);
    window.location.reload();
  },
  pollInterval: 1000,
  pollTimeout: 15 * 60 * 1000,
};
