// "Who is editing" next to each attachment's Edit/View link: avatars and names of the people in its editing session.
import { format } from '../lib/i18n';
import { whoIsEditing, type EditedAttachment } from './api';

export const EDITORS_CLASS = 'docsbridge-editing';
const REFRESH_MS = 30_000;

function attachmentLinks(doc: Document): Map<string, HTMLAnchorElement> {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a.docsbridge-open')) {
    const id = new URL(a.href, doc.baseURI).searchParams.get('attachmentId');
    if (id && /^\d+$/.test(id) && !links.has(id)) links.set(id, a);
  }
  return links;
}

function names(edited: EditedAttachment, lang: string): string {
  const shown = edited.editors.map((e) => e.name);
  const more = edited.count - shown.length;
  if (more > 0) shown.push(format(WRM.I18n.getText('docsbridge.activity.editingOthers'), more));
  return new Intl.ListFormat(lang || undefined, { style: 'long', type: 'conjunction' }).format(shown);
}

function render(doc: Document, link: HTMLAnchorElement, edited: EditedAttachment | undefined): void {
  const cell = link.parentElement ?? link;
  let box = cell.querySelector<HTMLElement>(`.${EDITORS_CLASS}`);
  if (!edited || !edited.count) {
    box?.remove();
    return;
  }
  if (!box) {
    box = doc.createElement('span');
    box.className = EDITORS_CLASS;
    box.style.cssText = 'display:inline-flex;align-items:center;gap:4px;margin-inline-start:8px;font-size:12px;color:var(--ds-text-subtle,#44546f)';
    cell.append(box);
  }
  const text = format(WRM.I18n.getText('docsbridge.activity.editing'), names(edited, doc.documentElement.lang));
  box.replaceChildren();
  box.title = text;
  for (const editor of edited.editors) {
    if (!editor.avatarUrl) continue;
    const img = doc.createElement('img');
    img.src = editor.avatarUrl;
    img.alt = '';
    img.width = img.height = 20;
    img.style.borderRadius = '50%';
    box.append(img);
  }
  const label = doc.createElement('span');
  label.textContent = text;
  box.append(label);
}

/** Shows who is editing each listed attachment now, and again every 30 s while the page is visible. */
export async function showEditors(doc: Document): Promise<void> {
  const links = attachmentLinks(doc);
  if (!links.size) return;
  try {
    const edited = new Map((await whoIsEditing([...links.keys()].slice(0, 200))).map((a) => [String(a.id), a]));
    links.forEach((link, id) => render(doc, link, edited.get(id)));
  } catch {
    // Who is editing is a hint: when it cannot be had, the list simply shows none.
  }
}

export function keepEditorsFresh(doc: Document): void {
  void showEditors(doc);
  const timer = setInterval(() => {
    if (doc.visibilityState === 'visible') void showEditors(doc);
  }, REFRESH_MS);
  doc.defaultView?.addEventListener('pagehide', () => clearInterval(timer));
}
