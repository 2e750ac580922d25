// The file picker bundle (web-resource file-picker, in no context): the editor page loads it on first use. It holds
// the editor's Confluence dialogs: choosing a file, and choosing where a copy goes.
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { PickerDialog } from './PickerDialog';
import { SaveCopyDialog } from './SaveCopyDialog';
import type { PickRequest, SaveCopyRequest, SavedCopy, SignedCommand } from './types';

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

function saveCopy(request: SaveCopyRequest): Promise<SavedCopy | null> {
  return show((done) => <SaveCopyDialog request={request} onDone={done} />);
}

window.docsbridgePicker = { pickFile, saveCopy };
