// "Save copy as" from the editor's File menu: the Docs server made the copy (in the format the user chose there); here
// the user picks the page it goes to (this page, or one viewed recently) and its name. The server downloads the copy
// from the Docs server and stores it; every failure stays in this dialog with what to do, and the result links to it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import Button, { LinkButton } from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { ErrorNotice } from '../dialogs/ErrorNotice';
import { errorId, errorMessage } from '../dialogs/errors';
import { fieldStyle, hintStyle, labelStyle, selectStyle, textStyle } from '../dialogs/styles';
import { request } from '../lib/api/client';
import { format } from '../lib/i18n';
import { newTabLabel } from '../lib/newTab';
import { recentPages, type RecentPage } from './sources';
import type { SaveCopyRequest, SavedCopy } from './types';

export interface SaveCopyDialogProps {
  request: SaveCopyRequest;
  onDone(result: SavedCopy | null): void;
}

/** The editor's title without the extension of the copy ("Report.pdf" → "Report"). */
export function baseTitle(title: string, fileType: string): string {
  const suffix = '.' + fileType.toLowerCase();
  return title.toLowerCase().endsWith(suffix) && title.length > suffix.length ? title.slice(0, -suffix.length) : title;
}

export function saveCopy(req: SaveCopyRequest, pageId: number, fileName: string): Promise<SavedCopy> {
  return request<SavedCopy>('POST', '/onlyoffice/save-as', {
    editorAttachmentId: String(req.editorAttachmentId),
    pageId: String(pageId),
    url: req.url,
    fileType: req.fileType,
    fileName,
  });
}

export function SaveCopyDialog({ request: req, onDone }: SaveCopyDialogProps) {
  const [name, setName] = useState(baseTitle(req.title, req.fileType));
  const [pageId, setPageId] = useState(req.pageId);
  const [recent, setRecent] = useState<RecentPage[]>([]);
  const [recentError, setRecentError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; id?: string } | null>(null);
  const [saved, setSaved] = useState<SavedCopy | null>(null);
  const nameField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let current = true;
    recentPages(req.pageId).then(
      (pages) => current && setRecent(pages),
      (e) => current && setRecentError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [req.pageId]);

  const pageTitle = (id: number) => (id === req.pageId ? WRM.I18n.getText('docsbridge.saveAs.thisPage') : (recent.find((p) => p.id === id)?.title ?? ''));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setSaved(await saveCopy(req, pageId, name));
    } catch (e) {
      setError({ message: errorMessage(e), id: errorId(e) });
      nameField.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal onClose={() => onDone(saved)} autoFocus={nameField} width="medium" testId="docsbridge-save-copy">
      <ModalHeader>
        <ModalTitle>{WRM.I18n.getText('docsbridge.saveAs.title')}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        {saved ? (
          <SectionMessage appearance="success" testId="docsbridge-save-copy-done">
            <p role="status" style={textStyle}>
              {saved.pageId === req.pageId
                ? format(WRM.I18n.getText('docsbridge.saveAs.savedHere'), saved.fileName)
                : format(WRM.I18n.getText('docsbridge.saveAs.saved'), saved.fileName, pageTitle(saved.pageId))}
            </p>
          </SectionMessage>
        ) : (
          <form id="docsbridge-save-copy-form" onSubmit={(e) => void submit(e)} noValidate style={{ colorScheme: 'light' }}>
            <div style={fieldStyle}>
              <label style={labelStyle} htmlFor="docsbridge-save-copy-name">
                {WRM.I18n.getText('docsbridge.saveAs.name.label')}
              </label>
              <Textfield
                id="docsbridge-save-copy-name"
                ref={nameField}
                value={name}
                isDisabled={busy}
                autoComplete="off"
                aria-describedby="docsbridge-save-copy-format"
                onChange={(e) => setName((e.target as HTMLInputElement).value)}
              />
              <p id="docsbridge-save-copy-format" style={hintStyle}>
                {format(WRM.I18n.getText('docsbridge.saveAs.format'), req.fileType.toUpperCase())}
              </p>
            </div>
            <div style={fieldStyle}>
              <label style={labelStyle} htmlFor="docsbridge-save-copy-page">
                {WRM.I18n.getText('docsbridge.saveAs.page.label')}
              </label>
              <select id="docsbridge-save-copy-page" style={selectStyle} value={pageId} disabled={busy} onChange={(e) => setPageId(Number(e.target.value))}>
                <option value={req.pageId}>{WRM.I18n.getText('docsbridge.saveAs.thisPage')}</option>
                {recent.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.spaceName ? format(WRM.I18n.getText('docsbridge.picker.source.recent'), p.title, p.spaceName) : p.title}
                  </option>
                ))}
              </select>
              {recentError ? (
                <p style={hintStyle} data-testid="docsbridge-save-copy-recent-error">
                  {format(WRM.I18n.getText('docsbridge.saveAs.recentFailed'), recentError)}
                </p>
              ) : null}
            </div>
            {error ? <ErrorNotice message={error.message} error={error.id} testId="docsbridge-save-copy-error" /> : null}
          </form>
        )}
      </ModalBody>
      <ModalFooter>
        {saved ? (
          <>
            <Button appearance="subtle" onClick={() => onDone(saved)} testId="docsbridge-save-copy-close">
              {WRM.I18n.getText('docsbridge.action.close')}
            </Button>
            <LinkButton appearance="primary" href={saved.editorUrl} target="_blank" rel="noopener" {...newTabLabel()} testId="docsbridge-save-copy-open">
              {WRM.I18n.getText('docsbridge.saveAs.open')}
            </LinkButton>
          </>
        ) : (
          <>
            <Button appearance="subtle" onClick={() => onDone(null)} isDisabled={busy} testId="docsbridge-save-copy-cancel">
              {WRM.I18n.getText('docsbridge.action.cancel')}
            </Button>
            <Button appearance="primary" type="submit" form="docsbridge-save-copy-form" isLoading={busy} testId="docsbridge-save-copy-submit">
              {WRM.I18n.getText('docsbridge.saveAs.submit')}
            </Button>
          </>
        )}
      </ModalFooter>
    </Modal>
  );
}
