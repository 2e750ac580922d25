// Mounts one dialog at a time into its own container under <body>. Closing unmounts it and gives the focus back
// to the link that opened it.
import { createRoot, type Root } from 'react-dom/client';
import { browserEnvironment, type DialogEnvironment } from './environment';
import { CreateDialog } from './CreateDialog';
import { ConvertDialog } from './ConvertDialog';
import { DownloadAsDialog } from './DownloadAsDialog';

export const CONTAINER_ID = 'docsbridge-dialog-root';

let current: { root: Root; container: HTMLElement } | null = null;

export function closeDialog(): void {
  if (!current) return;
  const { root, container } = current;
  current = null;
  root.unmount();
  container.remove();
}

/** The page id from the link, or from the page's own metadata (Confluence renders ajs-page-id). */
function pageIdOf(params: Record<string, string>): string {
  if (/^\d+$/.test(params.pageId ?? '')) return params.pageId;
  return document.querySelector<HTMLMetaElement>('meta[name="ajs-page-id"]')?.content ?? '';
}

export function openDialog(kind: string, params: Record<string, string>, trigger?: HTMLElement | null, env: DialogEnvironment = browserEnvironment): void {
  closeDialog();
  const container = document.createElement('div');
  container.id = CONTAINER_ID;
  document.body.appendChild(container);
  const root = createRoot(container);
  current = { root, container };
  const onClose = () => {
    if (current?.root === root) closeDialog();
    trigger?.focus();
  };
  const attachmentId = params.attachmentId ?? '';
  switch (kind) {
    case 'create':
      root.render(<CreateDialog pageId={pageIdOf(params)} env={env} onClose={onClose} />);
      break;
    case 'convert':
      root.render(<ConvertDialog attachmentId={attachmentId} target={params.target ?? ''} env={env} onClose={onClose} />);
      break;
    case 'download-as':
      root.render(<DownloadAsDialog attachmentId={attachmentId} env={env} onClose={onClose} />);
      break;
    default:
      closeDialog();
  }
}
