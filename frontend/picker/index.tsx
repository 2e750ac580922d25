// The file picker bundle (web-resource file-picker, in its own private context docsbridge.picker, which no page
// loads): the editor page and the preview macro's field in the macro browser load it on first use. It holds the
// Confluence dialogs: choosing a file (for the editor or the macro), and choosing where a copy goes.
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { PickerDialog } from './PickerDialog';
import { SaveCopyDialog } from './SaveCopyDialog';
import type { ChosenFile, PickRequest, SaveCopyRequest, SavedCopy, SignedCommand } from './types';

const CONTAINER_ID = 'docsbridge-picker-root';

/** Renders one dialog at a time; resolves with what it ends with, focus back where it was. */
function show<T>(render: (done: (result: T) => void) => ReactElement): Promise<T> {
  document.getElementById(CONTAINER_ID)?.remove();
  const container = document.createElement('div');
  container.id = CONTAINER_ID;
  document.body.appendChild(container);
  const root = createRoot(container);
  const focusBefore = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const done = (result: T) => {
      root.unmount();
      container.remove();
      focusBefore?.focus();
      resolve(result);
    };
    root.render(render(done));
  });
}

function pickFile(request: PickRequest): Promise<SignedCommand | null> {
  return show((done) => <PickerDialog request={request} onDone={done} />);
}

function chooseFile({ pageId, purpose = 'view' }: { pageId: number; purpose?: 'view' | 'reference' }): Promise<ChosenFile | null> {
  // Nothing is signed here: `c` and `editorAttachmentId` are not used when onChosen is given.
  const request: PickRequest = { purpose, c: '', pageId, editorAttachmentId: 0 };
  return show<ChosenFile | null>((done) => (
    <PickerDialog request={request} onDone={() => done(null)} onChosen={(f) => done({ id: f.id, pageId: f.pageId, fileName: f.fileName })} />
  ));
}

function saveCopy(request: SaveCopyRequest): Promise<SavedCopy | null> {
  return show((done) => <SaveCopyDialog request={request} onDone={done} />);
}

window.docsbridgePicker = { pickFile, chooseFile, saveCopy };
