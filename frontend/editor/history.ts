import type { DocEditor, DocEditorConfig, DocEditorEvents, HistoryEntry } from '../types/docsapi';
import { format } from '../lib/i18n';
import type { EditorData } from './editorData';

/** The app's answer when a history request fails: `{error, message}` in the user's language. */
interface ErrorBody {
  message?: string;
}

/**
 * The editor's Version History (docs-api §2.4): the list and each version's data come from the history servlet;
 * restore is offered only to people editing (the server checks the permission again).
 */
export function historyEvents(
  doc: Document,
  data: EditorData,
  config: DocEditorConfig,
  editor: () => DocEditor | null,
): DocEditorEvents {
  const url = data.historyUrl;
  if (!url || !data.attachmentId) return {};
  const listUrl = `${url}?attachmentId=${data.attachmentId}`;

  const showList = async (): Promise<void> => {
    const target = editor();
    if (!target) return;
    try {
      const list = await getJson<{ currentVersion: number; history: HistoryEntry[] }>(listUrl);
      target.refreshHistory({ currentVersion: list.currentVersion, history: list.history.map((entry) => readable(doc, entry)) });
    } catch (error) {
      target.refreshHistory({ error: format(WRM.I18n.getText('docsbridge.history.failed'), messageOf(error)) });
    }
  };

  const events: DocEditorEvents = {
    onRequestHistory: () => void showList(),
    onRequestHistoryData: (event) => {
      const version = event.data;
      void getJson<Record<string, unknown>>(`${listUrl}&version=${encodeURIComponent(String(version))}`).then(
        (answer) => editor()?.setHistoryData(answer),
        (error: unknown) => editor()?.setHistoryData({ error: messageOf(error), version }),
      );
    },
    onRequestHistoryClose: () => doc.defaultView?.location.reload(),
  };
  if (config.editorConfig.mode === 'edit') {
    events.onRequestRestore = (event) => {
      void restore(url, data.attachmentId as number, config.document.key, event.data).then(
        (restored) => {
          editor()?.showMessage?.(format(WRM.I18n.getText('docsbridge.history.restored'), restored.restoredFrom, restored.version));
          return showList();
        },
        (error: unknown) => editor()?.showMessage?.(messageOf(error)),
      );
    };
  }
  return events;
}

async function restore(
  url: string,
  attachmentId: number,
  key: string,
  request: { version: number; url?: string },
): Promise<{ version: number; restoredFrom: number }> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Atlassian-Token': 'no-check' },
    body: JSON.stringify({ attachmentId, version: request.version, url: request.url, key }),
  }).catch(() => {
    throw new Error(WRM.I18n.getText('docsbridge.history.error.network'));
  });
  return answer(response);
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(() => {
    throw new Error(WRM.I18n.getText('docsbridge.history.error.network'));
  });
  return answer(response);
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as T & ErrorBody;
  if (!response.ok) throw new Error(body.message || `HTTP ${response.status}`);
  return body;
}

/**
 * Dates in the user's language and the browser's time zone; a nameless author (deleted user) gets a placeholder.
 */
function readable(doc: Document, entry: HistoryEntry): HistoryEntry {
  const created = new Date(entry.created);
  const lang = doc.documentElement.lang || undefined;
  const when = Number.isNaN(created.getTime())
    ? entry.created
    : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(created);
  const name = entry.user.name || WRM.I18n.getText('docsbridge.history.unknownUser');
  const user = { ...entry.user, name };
  // The editor runs on the Docs server's origin: a picture path of Confluence must be absolute there.
  if (user.image) user.image = new URL(user.image, doc.baseURI).href;
  return { ...entry, created: when, user };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
