// The file picker bundle (web-resource file-picker, in no context): the editor page loads it on first use.
import { createRoot } from 'react-dom/client';
import { PickerDialog } from './PickerDialog';
import type { PickRequest, SignedCommand } from './types';

const CONTAINER_ID = 'docsbridge-picker-root';

function pickFile(request: PickRequest): Promise<SignedCommand | null> {
  document.getElementById(CONTAINER_ID)?.remove();
  const container = document.createElement('div');
  container.id = CONTAINER_ID;
  document.body.appendChild(container);
  const root = createRoot(container);
  const focusBefore = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const done = (result: SignedCommand | null) => {
      root.unmount();
      container.remove();
      focusBefore?.focus();
      resolve(result);
    };
    root.render(<PickerDialog request={request} onDone={done} />);
  });
}

window.docsbridgePicker = { pickFile };
