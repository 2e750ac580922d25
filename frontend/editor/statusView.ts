/** The message area shown instead of the editor (loading, Docs server unreachable, refresh failure). */
export interface StatusLink {
  href?: string;
  text: string;
  onClick?: () => void;
}

export function showStatus(doc: Document, heading: string, message: string, links: StatusLink[] = []): void {
  const status = doc.getElementById('docsbridge-status');
  if (!status) return;
  status.replaceChildren();
  const title = doc.createElement('h1');
  title.textContent = heading;
  const text = doc.createElement('p');
  text.textContent = message;
  status.append(title, text);
  for (const link of links) {
    const paragraph = doc.createElement('p');
    const anchor = doc.createElement('a');
    anchor.textContent = link.text;
    anchor.href = link.href ?? '#';
    if (link.onClick) {
      const onClick = link.onClick;
      anchor.addEventListener('click', (event) => {
        event.preventDefault();
        onClick();
      });
    }
    paragraph.append(anchor);
    status.append(paragraph);
  }
  status.hidden = false;
  doc.getElementById('docsbridge-editor')?.setAttribute('hidden', '');
}

export function hideStatus(doc: Document): void {
  const status = doc.getElementById('docsbridge-status');
  if (status) status.hidden = true;
  doc.getElementById('docsbridge-editor')?.removeAttribute('hidden');
}
