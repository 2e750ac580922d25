/** The message area over the editor: loading (with a spinner, the editor loading beneath), or a problem instead of it. */
export interface StatusLink {
  href?: string;
  text: string;
  onClick?: () => void;
}

export function showStatus(doc: Document, heading: string, message: string, links: StatusLink[] = []): void {
  render(doc, heading, message, links, false);
  doc.getElementById('docsbridge-editor')?.setAttribute('hidden', '');
}

/** "Opening …" with a spinner while api.js and the editor load; the editor is built beneath and shows once ready. */
export function showLoading(doc: Document, heading: string): void {
  render(doc, heading, '', [], true);
}

function render(doc: Document, heading: string, message: string, links: StatusLink[], busy: boolean): void {
  const status = doc.getElementById('docsbridge-status');
  if (!status) return;
  status.replaceChildren();
  status.setAttribute('aria-busy', String(busy));
  const box = doc.createElement('div');
  if (busy) {
    const spinner = doc.createElement('div');
    spinner.className = 'docsbridge-spinner';
    spinner.setAttribute('aria-hidden', 'true');
    box.append(spinner);
  }
  const title = doc.createElement('h1');
  title.textContent = heading;
  box.append(title);
  if (message) {
    const text = doc.createElement('p');
    text.textContent = message;
    box.append(text);
  }
  if (links.length > 0) {
    const list = doc.createElement('ul');
    for (const link of links) {
      const item = doc.createElement('li');
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
      item.append(anchor);
      list.append(item);
    }
    box.append(list);
  }
  status.append(box);
  status.hidden = false;
}

export function hideStatus(doc: Document): void {
  const status = doc.getElementById('docsbridge-status');
  if (status) {
    status.hidden = true;
    status.setAttribute('aria-busy', 'false');
  }
  doc.getElementById('docsbridge-editor')?.removeAttribute('hidden');
}

/** A notice that leaves the editor usable (a warning of the Docs server): a closable bar at the top. */
export function showNotice(doc: Document, message: string): void {
  doc.getElementById('docsbridge-notice')?.remove();
  const bar = doc.createElement('div');
  bar.id = 'docsbridge-notice';
  bar.setAttribute('role', 'status');
  const text = doc.createElement('span');
  text.textContent = message;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = WRM.I18n.getText('docsbridge.action.close');
  close.addEventListener('click', () => bar.remove());
  bar.append(text, close);
  doc.body.append(bar);
}
