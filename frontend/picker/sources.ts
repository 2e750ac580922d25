// Where the picker's files come from. This page's (and any page's) files: the app's picker endpoint, which lists
// only files the user may view. Recent pages and search across spaces: Confluence's own REST search (CQL), which
// answers only with content the user may view. Whatever is picked is checked again by the server when signed.
import { ApiError, request } from '../lib/api/client';
import { contextPath } from '../lib/contextPath';
import type { PickPurpose, PickRequest, SignedCommand } from './types';

export interface PickableFile {
  id: number;
  pageId: number;
  fileName: string;
  size: number | null;
  /** The page's title, for files found by search. */
  pageTitle?: string;
}

export interface RecentPage {
  id: number;
  title: string;
  spaceName: string;
}

export interface PageFiles {
  accept: string[];
  files: PickableFile[];
}

export function pageFiles(pageId: number, purpose: PickPurpose): Promise<PageFiles> {
  return request<PageFiles>('GET', `/onlyoffice/picker?pageId=${encodeURIComponent(String(pageId))}&purpose=${purpose}`);
}

export function signedCommand(req: PickRequest, attachmentId: number): Promise<{ command: SignedCommand }> {
  return request('POST', '/onlyoffice/picker', {
    editorAttachmentId: String(req.editorAttachmentId),
    attachmentId: String(attachmentId),
    purpose: req.purpose,
    c: req.c,
  });
}

interface ContentResult {
  id: string;
  type: string;
  title: string;
  container?: { id: string; title: string };
  space?: { name?: string; key?: string };
  extensions?: { fileSize?: number };
}

async function contentSearch(cql: string, limit: number, expand: string): Promise<ContentResult[]> {
  const url = `${contextPath()}/rest/api/content/search?cql=${encodeURIComponent(cql)}&limit=${limit}&expand=${expand}`;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError('network', 0, undefined, e instanceof Error ? e.message : String(e));
  }
  // Failures as the app's own endpoints report them, so the dialog can say what happened and what to do.
  if (response.status === 401) throw new ApiError('loginRequired', 401, undefined, 'search answered 401');
  if (!response.ok) throw new ApiError('http', response.status, undefined, `search answered ${response.status}`);
  let body: { results?: ContentResult[] };
  try {
    body = (await response.json()) as { results?: ContentResult[] };
  } catch {
    // Confluence's login page instead of JSON: the session ended.
    throw new ApiError('invalidResponse', response.status, undefined, 'search answered without JSON');
  }
  return Array.isArray(body.results) ? body.results : [];
}

/** The pages the user viewed last (CQL recentlyViewedContent), without the one being edited. */
export async function recentPages(exceptPageId: number): Promise<RecentPage[]> {
  const results = await contentSearch('type in (page, blogpost) and id in recentlyViewedContent(10)', 10, 'space');
  return results
    .filter((r) => Number(r.id) !== exceptPageId)
    .map((r) => ({ id: Number(r.id), title: r.title, spaceName: r.space?.name ?? '' }));
}

/**
 * The words of a query as CQL prefix terms: Lucene's syntax characters become spaces (a file name's "-" or "."
 * separates words in the index too), so no user input can change the query's structure.
 */
export function searchTerms(query: string): string[] {
  return query
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8)
    .map((word) => word + '*');
}

/** Attachments across the spaces the user can see whose names match, in the formats the purpose accepts. */
export async function searchFiles(query: string, accept: string[]): Promise<PickableFile[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const results = await contentSearch(`type = attachment and title ~ "${terms.join(' ')}"`, 50, 'container');
  return results
    .filter((r) => r.type === 'attachment' && accept.includes(extensionOf(r.title)))
    .map((r) => ({
      id: Number(r.id),
      pageId: Number(r.container?.id ?? 0),
      fileName: r.title,
      size: typeof r.extensions?.fileSize === 'number' ? r.extensions.fileSize : null,
      pageTitle: r.container?.title,
    }));
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}
