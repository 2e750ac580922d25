// Asked when the connection test failed during a save: nothing has been stored yet; "Save anyway" sends the
// settings again with the confirmation, Cancel (or Escape) leaves everything as it was.
// Focus starts on Cancel, so a stray Enter does not store a broken configuration; Tab stays inside the dialog and
// focus returns where it was when the dialog closes.
// A small modal of our own rather than @atlaskit/modal-dialog: the Configure page loads everything it uses, and
// that package alone would add about 60 KB gzip for one confirmation.
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface ConfirmSaveDialogProps {
  isOpen: boolean;
  saving: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmSaveDialog({ isOpen, saving, onConfirm, onCancel }: ConfirmSaveDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!isOpen) return undefined;
    const previous = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector<HTMLButtonElement>('button')?.focus();
    return () => previous?.focus?.();
  }, [isOpen]);
  if (!isOpen) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && !saving) {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const buttons = Array.from(dialog.current.querySelectorAll<HTMLButtonElement>('button:not([disabled])'));
    if (buttons.length === 0) return;
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      style={{
        position: 'fixed', inset: 0, zIndex: 510, display: 'flex', alignItems: 'center', justifyContent: 'center',
        background: token('color.blanket', 'rgba(9, 30, 66, 0.54)'),
      }}
      onMouseDown={(event) => {
        if (event.target === event.currentTarget && !saving) onCancel();
      }}
    >
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="docsbridge-confirm-title"
        aria-describedby="docsbridge-confirm-message"
        onKeyDown={onKeyDown}
        style={{
          width: 'min(400px, calc(100vw - 32px))', padding: token('space.300', '24px'), borderRadius: 3,
          background: token('elevation.surface.overlay', '#fff'), color: token('color.text', '#172B4D'),
          boxShadow: token('elevation.shadow.overlay', '0 8px 12px rgba(9, 30, 66, 0.15)'),
        }}
      >
        <h2 id="docsbridge-confirm-title" style={{ margin: 0, fontSize: '1.25rem', color: token('color.text.warning', '#A54800') }}>
          {WRM.I18n.getText('docsbridge.admin.confirm.title')}
        </h2>
        <p id="docsbridge-confirm-message">{WRM.I18n.getText('docsbridge.admin.confirm.message')}</p>
        <div style={{ display: 'flex', justifyContent: 'flex-end', gap: token('space.100', '8px') }}>
          <Button appearance="subtle" onClick={onCancel} isDisabled={saving}>
            {WRM.I18n.getText('docsbridge.admin.confirm.cancel')}
          </Button>
          <Button appearance="warning" onClick={onConfirm} isLoading={saving}>
            {WRM.I18n.getText('docsbridge.admin.confirm.save')}
          </Button>
        </div>
      </div>
    </div>
  );
}
