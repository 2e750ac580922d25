interface ToolbarOptions {
  title: string;
  editUrl?: string;
  viewUrl?: string;
}

/** The bar above a viewer: file name, Full screen, and (when allowed and asked for) Edit in ONLYOFFICE. */
export function addToolbar(doc: Document, container: HTMLElement, options: ToolbarOptions): void {
  const bar = doc.createElement('div');
  bar.className = 'docsbridge-preview__bar';
  const name = doc.createElement('span');
  name.className = 'docsbridge-preview__title';
  name.textContent = options.title;
  bar.appendChild(name);

  const fullScreen = doc.createElement('button');
  fullScreen.type = 'button';
  fullScreen.className = 'docsbridge-preview__button docsbridge-preview__fullscreen';
  const label = () => {
    fullScreen.textContent =
      doc.fullscreenElement === container
        ? WRM.I18n.getText('docsbridge.preview.exitFullscreen')
        : WRM.I18n.getText('docsbridge.preview.fullscreen');
  };
  label();
  fullScreen.addEventListener('click', () => {
    if (doc.fullscreenElement === container) {
      void doc.exitFullscreen();
    } else if (typeof container.requestFullscreen === 'function' && doc.fullscreenEnabled !== false) {
      container.requestFullscreen().catch(() => openAlone(doc, options.viewUrl));
    } else {
      openAlone(doc, options.viewUrl);
    }
  });
  doc.addEventListener('fullscreenchange', label);
  bar.appendChild(fullScreen);

  if (options.editUrl) {
    const edit = doc.createElement('a');
    edit.className = 'docsbridge-preview__button docsbridge-preview__edit';
    edit.href = options.editUrl;
    edit.target = '_blank';
    edit.rel = 'noopener';
    edit.textContent = WRM.I18n.getText('docsbridge.action.edit');
    bar.appendChild(edit);
  }
  container.appendChild(bar);
}

/** Where the browser refuses full screen (e.g. inside a frame), the viewer opens in a tab of its own. */
function openAlone(doc: Document, viewUrl?: string): void {
  if (viewUrl) doc.defaultView?.open(viewUrl, '_blank', 'noopener');
}
