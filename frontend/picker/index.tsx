// The file picker bundle (web-resource file-picker, in its own private context docsbridge.picker): the editor page
// and the preview macro's field in the macro browser load it on first use.
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { PickerDialog } from './PickerDialog';
import type { ChosenFile, PickRequest, SignedCommand } from './types';

const CONTAINER_ID = 'docsbridge-picker-root';

function show<T>(render: (done: (result: T | null) => void) => ReactElement): Promise<T | null> {
  document.getElementById(CONTAINER_ID)?.remove();
  const container = document.createElement('div');
  container.id = CONTAINER_ID;
  document.body.appendChild(container);
  const root = createRoot(container);
  const focusBefore = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const done = (result: T | null) => {
      root.unmount();
      container.remove();
      focusBefore?.focus();
      resolve(result);
    };
    root.render(render(done));
  });
}

function pickFile(request: PickRequest): Promise<SignedCommand | null> {
  return show<SignedCommand>((done) => <PickerDialog request={request} onDone={done} />);
}

function chooseFile({ pageId }: { pageId: number }): Promise<ChosenFile | null> {
  // Nothing is signed for the macro: `c` and `editorAttachmentId` are not used when onChosen is given.
  const request: PickRequest = { purpose: 'view', c: '', pageId, editorAttachmentId: 0 };
  return show<ChosenFile>((done) => (
    <PickerDialog request={request} onDone={() => done(null)} onChosen={(f) => done({ id: f.id, pageId: f.pageId, fileName: f.fileName })} />
  ));
}

window.docsbridgePicker = { pickFile, chooseFile };
