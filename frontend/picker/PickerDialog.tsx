// The editor's Confluence file picker: this page's files first, the pages the user viewed last, and a search across
// the spaces the user can see; only files in the formats the editor's request accepts. A native radio group keeps
// it keyboard and screen-reader friendly (arrow keys move, Enter chooses, the live status says what is shown).
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import Textfield from '@atlaskit/textfield';
import { ErrorNotice } from '../dialogs/ErrorNotice';
import { errorId, errorMessage } from '../dialogs/errors';
import { choiceStyle, choicesStyle, fieldStyle, hintStyle, labelStyle, selectStyle } from '../dialogs/styles';
import { format } from '../lib/i18n';
import { formatBytes } from '../lib/locale';
import { pageFiles, recentPages, searchFiles, signedCommand, type PickableFile, type RecentPage } from './sources';
import { chooseLabelOf, formatList, titleOf } from './texts';
import type { PickRequest, SignedCommand } from './types';

export interface PickerDialogProps {
  request: PickRequest;
  onDone(result: SignedCommand | null): void;
  /** Instead of a signed object for the editor, hands the chosen file over as it is (the preview macro's field). */
  onChosen?(file: PickableFile): void;
}

type Listing =
  | { phase: 'loading' }
  | { phase: 'failed'; message: string; id?: string }
  | { phase: 'ready'; files: PickableFile[]; source: string };

const SEARCH_DELAY_MS = 300;

export function PickerDialog({ request, onDone, onChosen }: PickerDialogProps) {
  const [accept, setAccept] = useState<string[]>([]);
  const [recent, setRecent] = useState<RecentPage[]>([]);
  const [recentError, setRecentError] = useState<string | null>(null);
  const [recentAttempt, setRecentAttempt] = useState(0);
  const [pageId, setPageId] = useState(request.pageId);
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [listing, setListing] = useState<Listing>({ phase: 'loading' });
  const [selected, setSelected] = useState<number | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [chooseError, setChooseError] = useState<{ message: string; id?: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const searchField = useRef<HTMLInputElement>(null);

  // Which listing the dialog should show now; a listing of another page or query is never shown under this one's title.
  const listingSource = searched ? `search:${searched}` : `page:${pageId}`;

  // The accepted formats come with the first page listing (the server owns them); the search needs them.
  const load = useCallback(async (): Promise<PickableFile[]> => {
    if (searched) {
      const formats = accept.length > 0 ? accept : (await pageFiles(request.pageId, request.purpose)).accept;
      if (accept.length === 0) setAccept(formats);
      return searchFiles(searched, formats);
    }
    const answer = await pageFiles(pageId, request.purpose);
    setAccept(answer.accept);
    return answer.files;
  }, [searched, pageId, accept, request.pageId, request.purpose]);

  useEffect(() => {
    let current = true;
    setListing({ phase: 'loading' });
    setSelected(null);
    const source = listingSource;
    load().then(
      (files) => current && setListing({ phase: 'ready', files, source }),
      (e) => current && setListing({ phase: 'failed', message: errorMessage(e), id: errorId(e) }),
    );
    return () => {
      current = false;
    };
    // `accept` only feeds the search; reloading when it arrives would list the page twice.
  }, [searched, pageId, attempt]);

  // A failed list of recent pages is said in the dialog (this page's files and the search still work), never dropped.
  useEffect(() => {
    let current = true;
    setRecentError(null);
    recentPages(request.pageId).then(
      (pages) => current && setRecent(pages),
      (e) => {
        if (!current) return;
        setRecent([]);
        setRecentError(errorMessage(e));
      },
    );
    return () => {
      current = false;
    };
  }, [request.pageId, recentAttempt]);

  /** The way back from a failed listing of another page or a search: this page's own files. */
  const backToThisPage = () => {
    setQuery('');
    setSearched('');
    setPageId(request.pageId);
  };
  const elsewhere = searched !== '' || pageId !== request.pageId;

  // Searching starts a moment after the user stops typing; Enter searches at once.
  useEffect(() => {
    const timer = setTimeout(() => setSearched(query.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const choose = async (attachmentId: number | null) => {
    if (attachmentId === null || choosing) return;
    if (onChosen) {
      const file = files.find((f) => f.id === attachmentId);
      if (file) onChosen(file);
      return;
    }
    setChoosing(true);
    setChooseError(null);
    try {
      const answer = await signedCommand(request, attachmentId);
      onDone(answer.command);
    } catch (e) {
      setChooseError({ message: errorMessage(e), id: errorId(e) });
      setChoosing(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void choose(selected);
  };

  const files = listing.phase === 'ready' && listing.source === listingSource ? listing.files : [];
  const legend = searched
    ? format(WRM.I18n.getText('docsbridge.picker.files.search'), searched)
    : pageId === request.pageId
      ? WRM.I18n.getText('docsbridge.picker.files.thisPage')
      : format(WRM.I18n.getText('docsbridge.picker.files.page'), recent.find((p) => p.id === pageId)?.title ?? '');

  return (
    <Modal onClose={() => onDone(null)} autoFocus={searchField} width="medium" testId="docsbridge-picker">
      <ModalHeader>
        <ModalTitle>{titleOf(request.purpose)}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        {/* The editor page may be dark while Atlaskit's tokens (absent outside Confluence's pages) fall back to light: native
            controls follow the dialog, not the page. */}
        <form id="docsbridge-picker-form" onSubmit={submit} noValidate style={{ colorScheme: 'light' }}>
          <div style={fieldStyle}>
            <label style={labelStyle} htmlFor="docsbridge-picker-search">
              {WRM.I18n.getText('docsbridge.picker.search.label')}
            </label>
            <Textfield
              id="docsbridge-picker-search"
              ref={searchField}
              type="search"
              value={query}
              placeholder={WRM.I18n.getText('docsbridge.picker.search.placeholder')}
              aria-describedby="docsbridge-picker-formats"
              onChange={(e) => setQuery((e.target as HTMLInputElement).value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  setSearched(query.trim());
                }
              }}
            />
            <p id="docsbridge-picker-formats" style={hintStyle}>
              {request.purpose === 'view'
                ? WRM.I18n.getText('docsbridge.picker.formats.view')
                : accept.length > 0
                  ? format(WRM.I18n.getText('docsbridge.picker.formats'), formatList(accept))
                  : '\u00a0'}
            </p>
          </div>
          {searched ? null : (
            <div style={fieldStyle}>
              <label style={labelStyle} htmlFor="docsbridge-picker-page">
                {WRM.I18n.getText('docsbridge.picker.source.label')}
              </label>
              <select id="docsbridge-picker-page" style={selectStyle} value={pageId} onChange={(e) => setPageId(Number(e.target.value))}>
                <option value={request.pageId}>{WRM.I18n.getText('docsbridge.picker.source.thisPage')}</option>
                {recent.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.spaceName ? format(WRM.I18n.getText('docsbridge.picker.source.recent'), p.title, p.spaceName) : p.title}
                  </option>
                ))}
              </select>
              {recentError ? (
                <div data-testid="docsbridge-picker-recent-error" style={{ marginBlockStart: 8 }}>
                  <ErrorNotice
                    message={format(WRM.I18n.getText('docsbridge.picker.error.recent'), recentError)}
                    testId="docsbridge-picker-recent-error-notice"
                  />
                  <p>
                    <Button onClick={() => setRecentAttempt((n) => n + 1)}>{WRM.I18n.getText('docsbridge.picker.retry.recent')}</Button>
                  </p>
                </div>
              ) : null}
            </div>
          )}
          <p role="status" aria-live="polite" style={hintStyle} data-testid="docsbridge-picker-status">
            {listing.phase === 'loading' || (listing.phase === 'ready' && listing.source !== listingSource) ? WRM.I18n.getText('docsbridge.picker.loading') : null}
            {listing.phase === 'ready' && listing.source === listingSource && files.length === 0
              ? searched
                ? format(WRM.I18n.getText('docsbridge.picker.empty.search'), searched)
                : WRM.I18n.getText('docsbridge.picker.empty.page')
              : null}
            {files.length > 0 ? format(WRM.I18n.getText('docsbridge.picker.count'), files.length) : null}
          </p>
          {listing.phase === 'failed' ? (
            <div data-testid="docsbridge-picker-load-error">
              <ErrorNotice
                message={format(WRM.I18n.getText('docsbridge.picker.error.load'), listing.message)}
                error={listing.id}
                testId="docsbridge-picker-load-error-notice"
              />
              <p style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
                <Button onClick={() => setAttempt((n) => n + 1)}>{WRM.I18n.getText('docsbridge.picker.retry')}</Button>
                {elsewhere ? (
                  <Button appearance="subtle" onClick={backToThisPage} testId="docsbridge-picker-back">
                    {WRM.I18n.getText('docsbridge.picker.back')}
                  </Button>
                ) : null}
              </p>
            </div>
          ) : null}
          {files.length > 0 ? (
            <fieldset style={{ ...choicesStyle, maxHeight: '40vh', overflowY: 'auto' }} data-testid="docsbridge-picker-files">
              <legend style={labelStyle}>{legend}</legend>
              {files.map((file) => {
                const id = `docsbridge-picker-file-${file.id}`;
                return (
                  <label key={file.id} htmlFor={id} style={choiceStyle} onDoubleClick={() => void choose(file.id)}>
                    <input
                      type="radio"
                      id={id}
                      name="docsbridge-picker-file"
                      value={file.id}
                      checked={selected === file.id}
                      onChange={() => setSelected(file.id)}
                    />
                    <span>
                      <span>{file.fileName}</span>
                      <span style={{ ...hintStyle, display: 'block', marginBlockStart: 0 }}>
                        {[file.pageTitle ? format(WRM.I18n.getText('docsbridge.picker.onPage'), file.pageTitle) : '', file.size === null ? '' : formatBytes(file.size)]
                          .filter(Boolean)
                          .join(' \u00b7 ')}
                      </span>
                    </span>
                  </label>
                );
              })}
            </fieldset>
          ) : null}
          {chooseError ? <ErrorNotice message={chooseError.message} error={chooseError.id} testId="docsbridge-picker-choose-error" /> : null}
        </form>
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={() => onDone(null)}>
          {WRM.I18n.getText('docsbridge.action.cancel')}
        </Button>
        <Button appearance="primary" type="submit" form="docsbridge-picker-form" isDisabled={selected === null} isLoading={choosing} testId="docsbridge-picker-choose">
          {chooseLabelOf(request.purpose)}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
