// "Download as…": choose a name and one of the formats this file converts to; the conversion is polled with a
// progress bar and the result downloads through Confluence under the chosen name. Nothing is stored in Confluence.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import Button, { LinkButton } from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { loadFormats, pollDownloadAs, type AttachmentFormats, type DownloadProgress } from '../lib/api/attachments';
import { format } from '../lib/i18n';
import type { DialogEnvironment } from './environment';
import { errorId, errorMessage } from './errors';
import { ErrorNotice } from './ErrorNotice';
import { baseName, fileExtension, formatLabel, nameProblem, withExtension } from './fileNames';
import { Progress } from './Progress';
import { errorStyle, fieldStyle, hintStyle, labelStyle, selectStyle } from './styles';
import { useConversion } from './useConversion';

export interface DownloadAsDialogProps {
  attachmentId: string;
  env: DialogEnvironment;
  onClose(): void;
}

/** PDF first when offered: it is what most people want. */
function preferredTarget(targets: string[]): string {
  return targets.includes('pdf') ? 'pdf' : targets[0] ?? '';
}

export function DownloadAsDialog({ attachmentId, env, onClose }: DownloadAsDialogProps) {
  const [source, setSource] = useState<AttachmentFormats | null>(null);
  const [loadError, setLoadError] = useState<{ message: string; id?: string } | null>(null);
  const [name, setName] = useState('');
  const [target, setTarget] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const { state, start, cancel } = useConversion<DownloadProgress>(env);
  const nameField = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    loadFormats(attachmentId).then(
      (formats) => {
        setSource(formats);
        setName(baseName(formats.fileName));
        setTarget(preferredTarget(formats.downloadAs));
      },
      (e) => setLoadError({ message: errorMessage(e), id: errorId(e) }),
    );
  }, [attachmentId]);

  // The dialog opens before the formats are known (focus on Cancel); the name field takes the focus once it shows.
  useEffect(() => {
    if (source && source.downloadAs.length > 0) nameField.current?.focus();
  }, [source]);

  // The download starts once, when the conversion is done.
  const done = state.phase === 'done' && state.result.done ? state.result : null;
  useEffect(() => {
    if (done) env.download(done.downloadUrl);
  }, [done, env]);

  // A name the server refused goes back to the form, next to the field.
  useEffect(() => {
    if (state.phase === 'failed' && state.error === 'invalidName') {
      setNameError(state.message);
      cancel();
      nameField.current?.focus();
    }
  }, [state, cancel]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(name);
    setNameError(problem);
    if (problem) {
      nameField.current?.focus();
      return;
    }
    void start(() => pollDownloadAs(attachmentId, target, name.trim()));
  };

  const targets = source?.downloadAs ?? [];
  const showForm = source !== null && targets.length > 0 && (state.phase === 'idle' || state.phase === 'failed');
  const running = state.phase === 'running';
  const describedBy = ['docsbridge-download-as-name-hint', nameError ? 'docsbridge-download-as-name-error' : ''].filter(Boolean).join(' ');

  return (
    <Modal onClose={onClose} autoFocus={cancelButton} width="small" testId="docsbridge-download-as-dialog">
      <ModalHeader>
        <ModalTitle>{WRM.I18n.getText('docsbridge.downloadAs.title')}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        {source === null && loadError === null ? <p aria-live="polite">{WRM.I18n.getText('docsbridge.action.loading')}</p> : null}
        {loadError ? <ErrorNotice message={loadError.message} error={loadError.id} testId="docsbridge-download-as-error" /> : null}
        {source !== null && targets.length === 0 ? (
          <SectionMessage appearance="information" testId="docsbridge-download-as-none">
            <p>{WRM.I18n.getText('docsbridge.downloadAs.noFormats')}</p>
          </SectionMessage>
        ) : null}
        {showForm ? (
          <form id="docsbridge-download-as-form" onSubmit={submit} noValidate>
            <p style={hintStyle}>{format(WRM.I18n.getText('docsbridge.downloadAs.source'), source!.fileName)}</p>
            <div style={fieldStyle}>
              <label style={labelStyle} htmlFor="docsbridge-download-as-name">
                {WRM.I18n.getText('docsbridge.downloadAs.name.label')}
              </label>
              <Textfield
                id="docsbridge-download-as-name"
                name="fileName"
                ref={nameField}
                value={name}
                isInvalid={nameError !== null}
                isRequired
                aria-describedby={describedBy}
                onChange={(e) => {
                  const value = (e.target as HTMLInputElement).value;
                  setName(value);
                  if (nameError) setNameError(nameProblem(value));
                }}
              />
              {nameError ? (
                <p id="docsbridge-download-as-name-error" style={errorStyle} role="alert">
                  {nameError}
                </p>
              ) : null}
              <p id="docsbridge-download-as-name-hint" style={hintStyle}>
                {withExtension(name, fileExtension(target))}
              </p>
            </div>
            <div style={fieldStyle}>
              <label style={labelStyle} htmlFor="docsbridge-download-as-format">
                {WRM.I18n.getText('docsbridge.downloadAs.format.label')}
              </label>
              <select id="docsbridge-download-as-format" style={selectStyle} value={target} onChange={(e) => setTarget(e.target.value)}>
                {targets.map((t) => (
                  <option key={t} value={t}>
                    {formatLabel(t)}
                  </option>
                ))}
              </select>
            </div>
          </form>
        ) : null}
        {state.phase === 'failed' && state.error !== 'invalidName' ? (
          <ErrorNotice
            title={WRM.I18n.getText('docsbridge.convert.error.title')}
            message={state.message}
            error={state.error}
            testId="docsbridge-download-as-error"
          />
        ) : null}
        {running ? (
          <Progress
            id="docsbridge-download-as-progress"
            label={format(WRM.I18n.getText('docsbridge.downloadAs.progress'), source?.fileName ?? '', formatLabel(target))}
            percent={state.percent}
          />
        ) : null}
        {done ? (
          <SectionMessage appearance="success" testId="docsbridge-download-as-done">
            <p role="status">{format(WRM.I18n.getText('docsbridge.downloadAs.done'), done.fileName)}</p>
          </SectionMessage>
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button ref={cancelButton} appearance="subtle" onClick={onClose} testId="docsbridge-download-as-cancel">
          {done ? WRM.I18n.getText('docsbridge.action.close') : WRM.I18n.getText('docsbridge.action.cancel')}
        </Button>
        {showForm ? (
          <Button appearance="primary" type="submit" form="docsbridge-download-as-form" testId="docsbridge-download-as-submit">
            {WRM.I18n.getText('docsbridge.downloadAs.submit')}
          </Button>
        ) : null}
        {done ? (
          <LinkButton appearance="primary" href={done.downloadUrl} download={done.fileName} testId="docsbridge-download-as-again">
            {WRM.I18n.getText('docsbridge.downloadAs.again')}
          </LinkButton>
        ) : null}
      </ModalFooter>
    </Modal>
  );
}
