// The Configure page's "save problems" API (ForgottenFilesServlet): files the Docs server could not deliver, which
// the administrator stores as a new version or discards, and the recent saves that did not go as planned.
import { request } from './client';

const PATH = '/onlyoffice/forgotten';

/** A file the Docs server kept because Confluence did not take it ("forgotten", docs-api §4.6). */
export interface ForgottenFile {
  key: string;
  /** 0 when the attachment no longer exists. */
  attachmentId: number;
  pageId: number;
  fileName: string;
  baseVersion: number;
  latestVersion: number;
  /** The editor's display name ('' when unknown). */
  user: string;
  /** ISO-8601; '' when unknown. */
  at: string;
  /** Why, as a code translated on the Configure page (see ProblemReason.java); reason is its English detail. */
  why?: string;
  reason: string;
  /** A newer version was saved after the editing session began. */
  newerSaved: boolean;
}

export type ProblemOutcome = 'RETRY' | 'KEPT_BY_DOCS' | 'SESSION_CONTINUES' | 'SUPERSEDED';

export interface SaveProblem {
  key?: string;
  at: string;
  attachmentId: number;
  fileName: string;
  outcome: ProblemOutcome | string;
  why?: string;
  reason: string;
}

export interface ForgottenListing {
  files: ForgottenFile[];
  /** Stored automatically while listing. */
  recovered: ForgottenFile[];
  problems: SaveProblem[];
  /** Set when the Docs server could not be asked for its forgotten files. */
  docsError?: string;
  /** The reason code of docsError (see ProblemReason.java). */
  docsWhy?: string;
}

export interface ForgottenApi {
  list(): Promise<ForgottenListing>;
  /** Stores the file as a new version; answers the version number. */
  store(key: string): Promise<number>;
  discard(key: string): Promise<void>;
}

export const forgottenApi: ForgottenApi = {
  list: () => request<ForgottenListing>('GET', PATH),
  store: async (key) => (await request<{ version: number }>('POST', PATH, { action: 'store', key })).version,
  discard: async (key) => {
    await request<unknown>('POST', PATH, { action: 'discard', key });
  },
};
