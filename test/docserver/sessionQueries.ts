// Read-only questions about a session, shared by the session store and the saver.
import { Connection, DocSession } from './sessionTypes';

export function openConnections(s: DocSession): Connection[] {
  return [...s.connections.values()].filter((c) => c.open);
}

/** Ids of the users connected in edit mode (a user with two tabs counts once). */
export function editorIds(s: DocSession): string[] {
  return [...new Set(openConnections(s).filter((c) => c.mode === 'edit').map((c) => c.userId))];
}

/** Someone typed since the last final save (the text may also have been forcesaved already). */
export function hasChanges(s: DocSession): boolean {
  return [...s.connections.values()].some((c) => c.text !== undefined);
}
