// Per-key state of the editing service (docs-api §10 "State per key").
import type { CallbackAttempt } from './callbacks';
import type { DownloadAttempt } from './download';

export type Mode = 'edit' | 'view';
/** None -> SaveVersion (status 2 in flight) -> UpdateVersion (saved; the key is used up). */
export type SavedStatus = 'None' | 'SaveVersion' | 'UpdateVersion';

export interface CallbackTarget {
  url: string;
  /** Came out of a verified config token, so private addresses are allowed (docs-api §9.3). */
  trusted: boolean;
}

export interface Connection {
  id: string;
  userId: string;
  userName: string;
  mode: Mode;
  open: boolean;
  callback?: CallbackTarget;
  forcesaveButton: boolean;
  /** What this connection typed (the whole text of its box); undefined until it typed something. */
  text?: string;
  /** Order of the first change, so texts land in the result in the order users started typing. */
  firstEditSeq?: number;
  openedAt: string;
}

export interface DocSession {
  key: string;
  url: string;
  fileType: string;
  title: string;
  documentType: string;
  /** The file as DS holds it in its cache; null until downloaded. */
  base: Buffer | null;
  baseLines: string[];
  loading?: Promise<boolean>;
  connections: Map<string, Connection>;
  changeSeq: number;
  forcesavedSeq: number;
  lastChange?: { userId: string; userName: string; at: Date };
  /** Most recent tab of each user (docs-api §4.3), and the most recent of all (for `info`). */
  callbackByUser: Map<string, CallbackTarget>;
  lastCallback?: CallbackTarget;
  saveTimer?: NodeJS.Timeout;
  savedStatus: SavedStatus;
  savedAt?: number;
  forgotten?: { bytes: Buffer; fileType: string; url?: string };
  /** Opened from a forgotten file: closing it yields status 2 even without edits. */
  fromForgotten: boolean;
  resultSeq: number;
  publicBase: string;
  callbacks: CallbackAttempt[];
  downloads: DownloadAttempt[];
}

export interface ConnectionState {
  sessionId: string;
  userId: string;
  userName: string;
  mode: Mode;
}

export interface SessionState {
  key: string;
  url: string;
  fileType: string;
  title: string;
  loaded: boolean;
  connections: ConnectionState[];
  /** Ids of the users connected in edit mode. */
  editors: string[];
  changed: boolean;
  changes: Array<{ userId: string; text: string }>;
  savedStatus: SavedStatus;
  savePending: boolean;
  forgotten: boolean;
  callbacks: CallbackAttempt[];
  downloads: DownloadAttempt[];
}
