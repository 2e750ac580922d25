// The `page` parameter of a macro for a page or blog post, written as Confluence's own content field of the macro
// browser writes it (macro-browser-fields.js, "confluence-content"): `SPACE:Title` for a page, and for a blog post
// `SPACE:/yyyy/MM/dd/Title` with the day it was posted; the macro reads the same forms (decisions/0008). The space
// key is always written, so the reference stays right wherever the macro is copied. Looked up with Confluence's
// REST API v1 (GET /rest/api/content/{id}?expand=space,history), which answers only content the user may view.
import { contextPath } from '../lib/contextPath';

interface Content {
  type?: string;
  title?: string;
  space?: { key?: string };
  history?: { createdDate?: string };
}

export async function pageRef(pageId: number): Promise<string> {
  const response = await fetch(`${contextPath()}/rest/api/content/${encodeURIComponent(String(pageId))}?expand=space,history`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const content = (await response.json()) as Content;
  const key = content.space?.key;
  if (!key || !content.title) throw new Error('no page title');
  if (content.type === 'blogpost') {
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(content.history?.createdDate ?? '');
    if (!day) throw new Error('no posting day');
    return `${key}:/${day[1]}/${day[2]}/${day[3]}/${content.title}`;
  }
  return `${key}:${content.title}`;
}
