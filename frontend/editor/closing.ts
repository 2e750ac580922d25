// What happens when the user presses Close in the editor. The attachment list the user came from (another tab)
// shows "saving…" / "saved as version N" and then the new version, so this tab closes instead of turning into a
// second attachment list. With no such tab listening (the editor was opened from a link or bookmark), or when the
// browser will not let a script close this tab, it goes back to the list itself, which then shows the same notice.
import { CHANNEL, PENDING, type ClosedMessage } from '../attachments/sessions';
import type { EditorData } from './editorData';

const ANSWER_WITHIN_MS = 600;

function attachmentIdOf(data: EditorData): string {
  return data.refreshUrl ? (new URL(data.refreshUrl, 'http://x').searchParams.get('attachmentId') ?? '') : '';
}

export async function closeEditor(win: Window, data: EditorData): Promise<void> {
  const closed: ClosedMessage = { type: 'closed', attachmentId: attachmentIdOf(data), key: data.config.document?.key ?? '', fileName: data.fileName };
  const shown = await askListToShow(closed);
  if (shown) {
    win.close();
    // Browsers refuse close() for tabs a script did not open; then fall through after a moment.
    await new Promise((r) => setTimeout(r, 300));
    if (win.closed) return;
  }
  try {
    win.sessionStorage.setItem(PENDING, JSON.stringify({ attachmentId: closed.attachmentId, key: closed.key, fileName: closed.fileName }));
  } catch {
    // storage unavailable: the list still shows the new version after the save; only the notice is missing
  }
  win.location.assign(data.goBackUrl);
}

function askListToShow(closed: ClosedMessage): Promise<boolean> {
  if (typeof BroadcastChannel !== 'function') return Promise.resolve(false);
  const channel = new BroadcastChannel(CHANNEL);
  return new Promise((resolve) => {
    const done = (shown: boolean) => {
      clearTimeout(timer);
      channel.close();
      resolve(shown);
    };
    const timer = setTimeout(() => done(false), ANSWER_WITHIN_MS);
    channel.onmessage = (event: MessageEvent<{ type?: string; key?: string }>) => {
      if (event.data?.type === 'shown' && event.data.key === closed.key) done(true);
    };
    channel.postMessage(closed);
  });
}
