// The app's activity endpoint (ActivityServlet): who is editing, and how an editing session's save stands.
import { servletUrl } from '../lib/api/client';

export interface Editor {
  name: string;
  avatarUrl: string | null;
}

export interface EditedAttachment {
  id: number;
  editors: Editor[];
  count: number;
}

export type SaveStateName = 'saving' | 'saved' | 'unchanged' | 'retrying' | 'kept_by_docs';

export interface SessionState {
  fileName: string;
  state: SaveStateName;
  version: number;
  latestVersion: number;
  uploadedBy: string | null;
}

async function getJson<T>(query: string): Promise<T> {
  const response = await fetch(servletUrl('/onlyoffice/activity') + query, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok || !(response.headers.get('Content-Type') ?? '').includes('json')) {
    throw new Error(`activity: HTTP ${response.status}`);
  }
  return (await response.json()) as T;
}

export async function whoIsEditing(attachmentIds: string[]): Promise<EditedAttachment[]> {
  if (!attachmentIds.length) return [];
  return (await getJson<{ attachments: EditedAttachment[] }>(`?attachmentIds=${attachmentIds.join(',')}`)).attachments;
}

export function sessionState(attachmentId: string, key: string): Promise<SessionState> {
  return getJson<SessionState>(`?attachmentId=${encodeURIComponent(attachmentId)}&key=${encodeURIComponent(key)}`);
}
