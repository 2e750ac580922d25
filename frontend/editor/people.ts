// People in the editor (docs-api §2.4): onRequestUsers (mention, protect, info) → setUsers from the app's people
// endpoint, and onRequestSendNotify → the app e-mails the people a comment mentions. Declared only for signed-in
// users with a file, since the editor shows its mention and protection features only when the events exist.
import type { DocEditor, DocEditorEvents, DocsEvent, UserListRequest, SendNotifyRequest, EditorUser } from '../types/docsapi';
import { ApiError, request } from '../lib/api/client';
import { showNotice } from './statusView';

export interface PeopleContext {
  attachmentId: number;
}

interface PeopleAnswer {
  c: string;
  users: EditorUser[];
  total: number;
  isPaginated: boolean;
}

const COMMANDS = ['mention', 'protect', 'info'];
/** The query parameter that repeats once per user id (`info`). */
const ID_PARAMETER = 'id';

/** What the server said went wrong, or the generic text for a network failure or an unreadable answer. */
function problem(error: unknown, fallbackKey: 'docsbridge.people.error.list' | 'docsbridge.mention.error.send'): string {
  if (error instanceof ApiError) {
    const message = error.body && typeof error.body === 'object' ? (error.body as { message?: unknown }).message : undefined;
    if (typeof message === 'string' && message) return message;
    if (error.kind === 'loginRequired') return WRM.I18n.getText('docsbridge.action.error.loginRequired');
  }
  return fallbackKey === 'docsbridge.people.error.list'
    ? WRM.I18n.getText('docsbridge.people.error.list')
    : WRM.I18n.getText('docsbridge.mention.error.send');
}

function whole(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** The endpoint's query for one editor request; the paging fields only when the editor pages (newer Docs versions). */
export function peopleQuery(attachmentId: number, data: UserListRequest): string {
  const params = new URLSearchParams({ attachmentId: String(attachmentId), c: data.c });
  if (typeof data.search === 'string' && data.search) params.set('search', data.search);
  const from = whole(data.from);
  const count = whole(data.count);
  if (from !== undefined) params.set('from', String(from));
  if (count !== undefined) params.set('count', String(count));
  const ids = Array.isArray(data.id) ? data.id : typeof data.id === 'string' ? [data.id] : [];
  for (const id of ids) if (typeof id === 'string' && id) params.append(ID_PARAMETER, id);
  return params.toString();
}

export function peopleEvents(doc: Document, ctx: PeopleContext, editor: () => DocEditor | null): DocEditorEvents {
  return {
    onRequestUsers: (event?: DocsEvent<UserListRequest>) => {
      const data = event?.data;
      const c = data && typeof data.c === 'string' && COMMANDS.includes(data.c) ? data.c : 'mention';
      const asked: UserListRequest = { ...(data ?? {}), c };
      if (c === 'info' && !(Array.isArray(asked.id) ? asked.id.length : asked.id)) {
        editor()?.setUsers?.({ c, users: [] });
        return;
      }
      request<PeopleAnswer>('GET', `/onlyoffice/people?${peopleQuery(ctx.attachmentId, asked)}`).then(
        (answer) => {
          const reply: Parameters<NonNullable<DocEditor["setUsers"]>>[0] = { c, users: answer.users };
          if (answer.isPaginated) {
            reply.isPaginated = true;
            reply.total = answer.total;
          }
          editor()?.setUsers?.(reply);
        },
        (error: unknown) => {
          // The editor waits for an answer: give it an empty list, and the user the reason.
          editor()?.setUsers?.({ c, users: [] });
          showNotice(doc, problem(error, 'docsbridge.people.error.list'));
        },
      );
    },
    onRequestSendNotify: (event?: DocsEvent<SendNotifyRequest>) => {
      const data = event?.data;
      const emails = Array.isArray(data?.emails) ? data!.emails.filter((e): e is string => typeof e === 'string') : [];
      if (!emails.length) return;
      const actionLink = data?.actionLink && typeof data.actionLink === 'object' ? data.actionLink : undefined;
      const body = { attachmentId: ctx.attachmentId, message: typeof data?.message === 'string' ? data.message : '', emails, actionLink };
      request<{ ok: boolean; mailServer: boolean }>('POST', '/onlyoffice/mentions', body).then(
        (answer) => {
          if (!answer.mailServer) showNotice(doc, WRM.I18n.getText('docsbridge.mention.noMailServer'));
        },
        (error: unknown) => showNotice(doc, problem(error, 'docsbridge.mention.error.send')),
      );
    },
  };
}
