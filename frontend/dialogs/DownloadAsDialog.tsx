// "Download as…": choose a name and one of the formats this file converts to; the conversion is polled with a
// progress bar and the result downloads through Confluence under the chosen name. Nothing is stored in Confluence.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import Button, { LinkButton } from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage from '@atlaskit/section-message';
import { loadFormats, pollDownloadAs, type AttachmentFormats, type DownloadChoice, type DownloadProgress } from '../lib/api/attachments';
import order from '../../src/main/resources/docsbridge/download-order.json';
import { format } from '../lib/i18n';
import type { DialogEnvironment } from './environment';
import { canRetry, errorId, errorMessage } from './errors';
import { ErrorNotice } from './ErrorNotice';
import { baseName, fileExtension, formatLabel, nameProblem, withExtension } from './fileNames';
import { NameField } from './NameField';
import { Progress } from './Progress';
import { fieldStyle, hintStyle, labelStyle, previewLabelStyle, previewStyle, previewValueStyle, selectStyle, textStyle } from './styles';
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

// Literal keys: the server-side jsI18n transformer inlines each of them.
function groupLabel(group: string): string {
  switch (group) {
    case 'pdf':
      return WRM.I18n.getText('docsbridge.format.group.pdf');
    case 'office':
      return WRM.I18n.getText('docsbridge.format.group.office');
    case 'openDocument':
      return WRM.I18n.getText('docsbridge.format.group.openDocument');
    case 'image':
      return WRM.I18n.getText('docsbridge.format.group.image');
    default:
      return WRM.I18n.getText('docsbridge.format.group.other');
  }
}

/** The formats in groups, in the order of download-order.json (the server sends them in that order already). */
export function groupChoices(source: AttachmentFormats): Array<{ group: string; choices: DownloadChoice[] }> {
  const choices =
    source.downloadAsChoices ??
    source.downloadAs.map((target) => ({ target, extension: fileExtension(target), label: formatLabel(target), group: 'other' }));
  const rank = (group: string) => {
    const i = order.groups.findIndex((g) => g.id === group);
    return i < 0 ? order.groups.length : i;
  };
  const groups: Array<{ group: string; choices: DownloadChoice[] }> = [];
  for (const choice of choices) {
    let entry = groups.find((g) => g.group === choice.group);
    if (!entry) groups.push((entry = { group: choice.group, choices: [] }));
    entry.choices.push(choice);
  }
  return groups.sort((a, b) => rank(a.group) - rank(b.group));
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
  const groups = source ? groupChoices(source) : [];
  const chosen = groups.flatMap((g) => g.choices).find((c) => c.target === target);
  // After a failure the form stays for another try, unless trying again cannot help (a password-protected or
  // unreadable file, an ended session): then only the message and Close remain.
  const showForm = source !== null && targets.length > 0
    && (state.phase === 'idle' || (state.phase === 'failed' && (state.error === 'invalidName' || canRetry(state.error))));
  const running = state.phase === 'running';

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
            <p style={{ ...hintStyle, ...textStyle }}>{format(WRM.I18n.getText('docsbridge.downloadAs.source'), source!.fileName)}</p>
            <div style={fieldStyle}>
              <label style={labelStyle} htmlFor="docsbridge-download-as-format">
                {WRM.I18n.getText('docsbridge.downloadAs.format.label')}
              </label>
              <select id="docsbridge-download-as-format" style={selectStyle} value={target} onChange={(e) => setTarget(e.target.value)}>
                {groups.map((g) => (
                  <optgroup key={g.group} label={groupLabel(g.group)}>
                    {g.choices.map((c) => (
                      <option key={c.target} value={c.target}>
                        {c.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <NameField
              id="docsbridge-download-as-name"
              label={WRM.I18n.getText('docsbridge.downloadAs.name.label')}
              value={name}
              inputRef={nameField}
              error={nameError}
              onChange={(value) => {
                setName(value);
                if (nameError) setNameError(nameProblem(value));
              }}
              preview={
                <p style={previewStyle}>
                  <span style={previewLabelStyle}>{WRM.I18n.getText('docsbridge.downloadAs.name.preview')}</span>
                  <span style={previewValueStyle} data-testid="docsbridge-download-as-file-name">
                    {withExtension(name, chosen?.extension ?? fileExtension(target))}
                  </span>
                </p>
              }
            />
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
            label={format(WRM.I18n.getText('docsbridge.downloadAs.progress'), source?.fileName ?? '', chosen?.label ?? formatLabel(target))}
            percent={state.percent}
          />
        ) : null}
        {done ? (
          <SectionMessage appearance="success" testId="docsbridge-download-as-done">
            <p role="status" style={textStyle}>{format(WRM.I18n.getText('docsbridge.downloadAs.done'), done.fileName)}</p>
          </SectionMessage>
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button ref={cancelButton} appearance="subtle" onClick={onClose} testId="docsbridge-download-as-cancel">
          {showForm || running ? WRM.I18n.getText('docsbridge.action.cancel') : WRM.I18n.getText('docsbridge.action.close')}
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
