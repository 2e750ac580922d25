// "Convert to DOCX/XLSX/PPTX/PDF": first asks the server what the conversion would do (formats' convertPlan). When
// the result's name is taken by another attachment, the dialog asks for a name first; otherwise the conversion
// starts at once and is polled with a progress bar. The result is a new attachment, a new version of the earlier
// result (the file changed since it was converted), or, for a version converted before, nothing new: the dialog
// says which and links to the result. Closing after a change reloads the page with the focus on the result.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import Button, { LinkButton } from '@atlaskit/button/new';
import { newTabLabel } from '../lib/newTab';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage from '@atlaskit/section-message';
import { loadFormats, pollConvert, type AttachmentFormats, type ConvertProgress } from '../lib/api/attachments';
import { format } from '../lib/i18n';
import { withConfluenceTheme } from '../lib/theme';
import type { DialogEnvironment } from './environment';
import { canRetry } from './errors';
import { ErrorNotice } from './ErrorNotice';
import { baseName, formatLabel, isTaken, nameProblem, uniqueName, withExtension } from './fileNames';
import { NameField } from './NameField';
import { Progress } from './Progress';
import { richFormat } from './richFormat';
import { hintStyle, textStyle, visuallyHidden } from './styles';
import { useConversion } from './useConversion';

export interface ConvertDialogProps {
  attachmentId: string;
  target: string;
  env: DialogEnvironment;
  onClose(): void;
}

export function ConvertDialog({ attachmentId, target, env, onClose }: ConvertDialogProps) {
  const { state, start, cancel } = useConversion<ConvertProgress>(env);
  const [source, setSource] = useState<AttachmentFormats | null>(null);
  // Asking for a name: the default name of the result is taken by another attachment.
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [chosenName, setChosenName] = useState<string | undefined>(undefined);
  const closeButton = useRef<HTMLButtonElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const targetLabel = formatLabel(target);
  const existing = source?.pageFileNames ?? [];

  const convert = (fileName = chosenName) => void start(() => pollConvert(attachmentId, target, fileName));

  useEffect(() => {
    let live = true;
    loadFormats(attachmentId).then(
      (formats) => {
        if (!live) return;
        setSource(formats);
        if (formats.convertPlan?.nameTaken) {
          const proposed = uniqueName(formats.convertPlan.fileName, formats.pageFileNames ?? []);
          setName(baseName(proposed));
          setNaming(true);
        } else {
          convert(undefined);
        }
      },
      // The conversion itself reports any problem with the file (or the session) in words people understand.
      () => live && convert(undefined),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attachmentId, target]);

  // The name field takes the focus when it shows (the dialog opened with the focus on Cancel).
  useEffect(() => {
    if (naming) nameField.current?.focus();
  }, [naming]);

  // A name the server refused goes back to the form, next to the field.
  useEffect(() => {
    if (state.phase === 'failed' && state.error === 'invalidName') {
      setNameError(state.message);
      setNaming(true);
      cancel();
    }
  }, [state, cancel]);

  const submitName = (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(name);
    setNameError(problem);
    if (problem) {
      nameField.current?.focus();
      return;
    }
    const fileName = name.trim();
    setChosenName(fileName);
    setNaming(false);
    convert(fileName);
  };

  const done = state.phase === 'done' && state.result.done ? state.result : null;
  const outcome = done?.outcome ?? 'created';
  const close = () => {
    onClose();
    if (done && outcome !== 'existing') env.reload(done.attachment.id);
  };
  const running = !naming && (state.phase === 'running' || state.phase === 'idle');
  const stored = withExtension(name, target);
  const taken = naming && !nameError && isTaken(stored, existing);
  const resultLink = (fileName: string, editorUrl: string) => (
    <a href={withConfluenceTheme(editorUrl)} target="_blank" rel="noopener" data-testid="docsbridge-convert-result-link">
      {fileName}
      <span style={visuallyHidden}> {WRM.I18n.getText('docsbridge.action.opensNewTab')}</span>
    </a>
  );

  return (
    <Modal onClose={close} autoFocus={closeButton} width="small" testId="docsbridge-convert-dialog">
      <ModalHeader>
        <ModalTitle>{format(WRM.I18n.getText('docsbridge.convert.title'), targetLabel)}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        {naming ? (
          <form id="docsbridge-convert-form" onSubmit={submitName} noValidate>
            <p style={textStyle}>{format(WRM.I18n.getText('docsbridge.convert.nameTaken'), source?.convertPlan?.fileName ?? '')}</p>
            <NameField
              id="docsbridge-convert-name"
              label={WRM.I18n.getText('docsbridge.convert.name.label')}
              value={name}
              inputRef={nameField}
              error={nameError}
              onChange={(value) => {
                setName(value);
                if (nameError) setNameError(nameProblem(value));
              }}
              preview={<p style={hintStyle}>{format(WRM.I18n.getText('docsbridge.create.name.savedAs'), stored)}</p>}
              warning={taken ? format(WRM.I18n.getText('docsbridge.create.name.taken'), stored, uniqueName(stored, existing)) : null}
            />
          </form>
        ) : null}
        {running ? (
          <Progress
            id="docsbridge-convert-progress"
            label={format(WRM.I18n.getText('docsbridge.convert.progress'), source?.fileName || '\u2026', targetLabel)}
            percent={state.phase === 'running' ? state.percent : 0}
          />
        ) : null}
        {state.phase === 'failed' && state.error !== 'invalidName' ? (
          <ErrorNotice
            title={WRM.I18n.getText('docsbridge.convert.error.title')}
            message={state.message}
            error={state.error}
            testId="docsbridge-convert-error"
          />
        ) : null}
        {done ? (
          <SectionMessage
            appearance={outcome === 'existing' ? 'information' : 'success'}
            title={outcome === 'existing' ? WRM.I18n.getText('docsbridge.convert.exists.title') : undefined}
            testId="docsbridge-convert-done"
          >
            <p role="status" style={textStyle} data-outcome={outcome}>
              {outcome === 'existing'
                ? richFormat(WRM.I18n.getText('docsbridge.convert.exists'), resultLink(done.attachment.fileName, done.attachment.editorUrl), source?.fileName ?? '')
                : outcome === 'updated'
                  ? richFormat(
                      WRM.I18n.getText('docsbridge.convert.updated'),
                      resultLink(done.attachment.fileName, done.attachment.editorUrl),
                      source?.fileName ?? '',
                      String(done.attachment.version ?? ''),
                    )
                  : format(WRM.I18n.getText('docsbridge.convert.done'), done.attachment.fileName)}
            </p>
          </SectionMessage>
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button ref={closeButton} appearance="subtle" onClick={close} testId="docsbridge-convert-close">
          {running || naming ? WRM.I18n.getText('docsbridge.action.cancel') : WRM.I18n.getText('docsbridge.action.close')}
        </Button>
        {naming ? (
          <Button appearance="primary" type="submit" form="docsbridge-convert-form" testId="docsbridge-convert-submit">
            {WRM.I18n.getText('docsbridge.convert.submit')}
          </Button>
        ) : null}
        {state.phase === 'failed' && canRetry(state.error) && state.error !== 'invalidName' ? (
          <Button appearance="primary" onClick={() => convert()} testId="docsbridge-convert-retry">
            {WRM.I18n.getText('docsbridge.action.retry')}
          </Button>
        ) : null}
        {done ? (
          <LinkButton appearance="primary" href={withConfluenceTheme(done.attachment.editorUrl)} target="_blank" rel="noopener" {...newTabLabel()} testId="docsbridge-convert-open">
            {WRM.I18n.getText('docsbridge.action.open')}
          </LinkButton>
        ) : null}
      </ModalFooter>
    </Modal>
  );
}
