// Assembling what DS hands back on a save: the modified file, changes.zip and `history`, stored in the cache.
import { createHash } from 'crypto';
import JSZip from 'jszip';
import { FileCache } from './cache';
import { SimConfig, serverVersion } from './config';
import { applyEdits, textToParagraphs } from './documents';
import { Connection, DocSession } from './sessionTypes';

export interface AssembledResult {
  url: string;
  changesurl?: string;
  history: { serverVersion: string; changes: Array<{ documentSha256: string; created: string; user: { id: string; name: string } }> };
  filetype: string;
  bytes: Buffer;
}

/** Connections that typed something, in the order they started typing. */
export function editedConnections(s: DocSession): Connection[] {
  return [...s.connections.values()].filter((c) => c.text !== undefined).sort((a, b) => (a.firstEditSeq ?? 0) - (b.firstEditSeq ?? 0));
}

export function typedParagraphs(s: DocSession): string[] {
  return editedConnections(s).flatMap((c) => (c.text ? textToParagraphs(c.text) : []));
}

/** "YYYY-MM-DD HH:MM:SS" in UTC, the form of history.changes[].created. */
export function historyTime(d: Date): string {
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

export async function assemble(s: DocSession, cache: FileCache, cfg: SimConfig, withChanges: boolean): Promise<AssembledResult> {
  const { bytes, fileType } = await applyEdits(s.base ?? Buffer.alloc(0), s.fileType, typedParagraphs(s));
  const dir = `${s.key}_${++s.resultSeq}`;
  const url = cache.put(s.publicBase, dir, `output.${fileType}`, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const when = historyTime(s.lastChange?.at ?? new Date());
  const changes = editedConnections(s).map((c) => ({ documentSha256: sha, created: when, user: { id: c.userId, name: c.userName } }));
  let changesurl: string | undefined;
  if (withChanges) {
    const zip = new JSZip();
    zip.file('changes.json', JSON.stringify(editedConnections(s).map((c) => ({ user: { id: c.userId, name: c.userName }, text: c.text })), null, 1));
    changesurl = cache.put(s.publicBase, dir, 'changes.zip', await zip.generateAsync({ type: 'nodebuffer' }));
  }
  return { url, changesurl, history: { serverVersion: serverVersion(cfg), changes }, filetype: fileType, bytes };
}
