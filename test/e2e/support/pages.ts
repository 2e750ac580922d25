import { environment } from './environment';

// Page bodies for the preview macro's tests: storage format in, rendered page at /pages/viewpage.action.

const xml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PreviewMacroParams {
  name?: string;
  /** Stored as Confluence stores a confluence-content parameter: <ac:link><ri:page|ri:blog-post/></ac:link>. */
  page?: { title: string; spaceKey?: string; postingDay?: string };
  width?: string;
  height?: string;
  edit?: boolean;
}

/** One onlyoffice-preview macro in storage format, the way Confluence's editor saves it. */
export function previewMacro(p: PreviewMacroParams): string {
  const params: string[] = [];
  if (p.page) {
    const space = p.page.spaceKey ? ` ri:space-key="${xml(p.page.spaceKey)}"` : '';
    const target = p.page.postingDay
      ? `<ri:blog-post${space} ri:content-title="${xml(p.page.title)}" ri:posting-day="${xml(p.page.postingDay)}"/>`
      : `<ri:page${space} ri:content-title="${xml(p.page.title)}"/>`;
    params.push(`<ac:parameter ac:name="page"><ac:link>${target}</ac:link></ac:parameter>`);
  }
  if (p.name !== undefined) {
    params.push(`<ac:parameter ac:name="name"><ri:attachment ri:filename="${xml(p.name)}"/></ac:parameter>`);
  }
  if (p.width) params.push(`<ac:parameter ac:name="width">${xml(p.width)}</ac:parameter>`);
  if (p.height) params.push(`<ac:parameter ac:name="height">${xml(p.height)}</ac:parameter>`);
  if (p.edit !== undefined) params.push(`<ac:parameter ac:name="edit">${p.edit}</ac:parameter>`);
  return `<ac:structured-macro ac:name="onlyoffice-preview" ac:schema-version="1">${params.join('')}</ac:structured-macro>`;
}

export async function setPageBody(pageId: number, storageXml: string): Promise<void> {
  const response = await fetch(`${environment().devhostUrl}/devhost/api/pages/${pageId}/body`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/xml' },
    body: storageXml,
  });
  if (!response.ok) throw new Error(`page body: HTTP ${response.status}`);
}

export async function restrictPages(pageIds: number[]): Promise<void> {
  const response = await fetch(`${environment().devhostUrl}/devhost/api/space`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ restrictedPages: pageIds }),
  });
  if (!response.ok) throw new Error(`restrict: HTTP ${response.status}`);
}

export const viewPageUrl = (pageId: number, query = '') =>
  `${environment().devhostUrl}/pages/viewpage.action?pageId=${pageId}${query ? `&${query}` : ''}`;

/** The simulator's sessions: key, and the mode of each connection. */
export async function simSessions(): Promise<Array<{ key: string; url: string; connections: Array<{ mode: string }> }>> {
  const response = await fetch(`${environment().docsUrl}/__sim/state`);
  return ((await response.json()) as { sessions: Array<{ key: string; url: string; connections: Array<{ mode: string }> }> })
    .sessions;
}
