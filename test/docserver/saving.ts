// What DS sends when a document is saved: status 2 after the last editor left, status 6 on forcesave,
// and the single-attempt notifications (status 1/4). State changes stay in the session store.
import { FileCache } from './cache';
import { CallbackBody, CallbackClient, CallbackOutcome } from './callbacks';
import { SimConfig } from './config';
import { AssembledResult, assemble } from './results';
import { CallbackTarget, Connection, DocSession } from './sessionTypes';

export class Saver {
  constructor(
    private readonly cfg: SimConfig,
    private readonly cache: FileCache,
    private readonly callbacks: CallbackClient,
  ) {}

  /** Status 2 to the last changer's callback URL (retried per §4.6). */
  async mustSave(s: DocSession, leaver: Connection): Promise<{ success: boolean; result: AssembledResult }> {
    const result = await assemble(s, this.cache, this.cfg, !s.fromForgotten); // no changes.zip for a forgotten file
    const changer = s.lastChange?.userId ?? leaver.userId;
    const body = withoutUndefined({
      key: s.key,
      status: 2,
      url: result.url,
      changesurl: result.changesurl,
      history: result.history,
      users: [changer],
      actions: [{ type: 0, userid: leaver.userId }],
      lastsave: (s.lastChange?.at ?? new Date()).toISOString(),
      notmodified: s.changeSeq > 0 && s.changeSeq === s.forcesavedSeq && !s.fromForgotten,
      filetype: result.filetype,
    });
    const outcome = await this.send(s, s.callbackByUser.get(changer) ?? leaver.callback ?? s.lastCallback, body);
    return { success: outcome.success, result };
  }

  /** Status 6: type 0 = command (to the last changer), 1 = Save button (to the presser, with a type-2 action). */
  async forceSave(s: DocSession, type: 0 | 1, userdata: string | undefined, presser?: Connection): Promise<void> {
    const result = await assemble(s, this.cache, this.cfg, true);
    const userId = presser?.userId ?? s.lastChange?.userId;
    const body = withoutUndefined({
      key: s.key,
      status: 6,
      url: result.url,
      changesurl: result.changesurl,
      history: result.history,
      users: userId ? [userId] : [],
      actions: type === 1 && presser ? [{ type: 2, userid: presser.userId }] : undefined,
      userdata,
      lastsave: (s.lastChange?.at ?? new Date()).toISOString(),
      forcesavetype: type,
      filetype: result.filetype,
    });
    await this.send(s, presser?.callback ?? (userId ? s.callbackByUser.get(userId) : undefined) ?? s.lastCallback, body);
  }

  /** One callback, logged on the session; no target means nothing is sent (e.g. an editor without callbackUrl). */
  send(s: DocSession, target: CallbackTarget | undefined, body: CallbackBody): Promise<CallbackOutcome> {
    if (!target) return Promise.resolve({ success: false, attempts: 0, lastError: 'no callback URL' });
    return this.callbacks.send(target.url, body, target.trusted, (a) => s.callbacks.push(a));
  }
}

function withoutUndefined(body: CallbackBody): CallbackBody {
  for (const k of Object.keys(body)) if (body[k] === undefined) delete body[k];
  return body;
}
