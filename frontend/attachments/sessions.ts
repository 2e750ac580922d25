// Part of the every-page script, so it stays tiny: when an editor tab closes, the attachment list it came from
// answers at once (so the editor tab may close instead of becoming a second attachments page) and loads the
// activity code (docsbridge.activity) that shows "saving…" / "saved as version N" and who is editing.
// The messages travel on a BroadcastChannel (same origin only; the editor opens with noopener, so no opener).
import { FOCUS } from './focus';

export const CHANNEL = 'docsbridge';
export const PENDING = 'docsbridge.pendingSave';

export interface ClosedMessage {
  type: 'closed';
  attachmentId: string;
  key: string;
  fileName: string;
}

type Activity = { start(doc: Document): void; track(closed: ClosedMessage): void };

function activity(): Promise<Activity> {
  return Promise.resolve(WRM.require('wrc!docsbridge.activity')).then(() => (window as unknown as { docsbridgeActivity: Activity }).docsbridgeActivity);
}

/** Whether this page shows the attachment (it has an Edit/View link for it). */
function lists(attachmentId: string): boolean {
  return [...document.querySelectorAll<HTMLAnchorElement>('a.docsbridge-open')].some(
    (a) => new URL(a.href).searchParams.get('attachmentId') === attachmentId,
  );
}

export function watchSessions(): void {
  // The activity code also moves the focus after a dialog's reload (focus.ts), so a remembered focus loads it too.
  if (document.querySelector('a.docsbridge-open') || sessionStorage.getItem(PENDING) || sessionStorage.getItem(FOCUS)) void activity().then((a) => a.start(document));
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<ClosedMessage>) => {
    const closed = event.data;
    if (closed?.type !== 'closed' || !lists(closed.attachmentId)) return;
    channel.postMessage({ type: 'shown', key: closed.key });
    void activity().then((a) => a.track(closed));
  };
}
