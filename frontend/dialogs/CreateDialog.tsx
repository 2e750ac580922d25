// "New document": choose Document, Spreadsheet, Presentation or PDF form and a name; the server stores a blank
// file as a new attachment of the page, and the editor opens in a new tab. The tab is opened at the click (pop-up
// blockers allow that) and sent to the editor once the file exists; if the browser refused it, a link is shown.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import Button, { LinkButton } from '@atlaskit/button/new';
import { newTabLabel } from '../lib/newTab';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage from '@atlaskit/section-message';
import { createDocument, errorBody, loadPageFileNames, type AttachmentInfo, type NewDocumentType } from '../lib/api/attachments';
import { format } from '../lib/i18n';
import { withConfluenceTheme } from '../lib/theme';
import type { DialogEnvironment } from './environment';
import { errorId, errorMessage } from './errors';
import { ErrorNotice } from './ErrorNotice';
import { isTaken, nameProblem, uniqueName, withExtension } from './fileNames';
import { NameField } from './NameField';
import { choiceStyle, choicesStyle, hintStyle, labelStyle, textStyle } from './styles';

interface TypeChoice {
  type: NewDocumentType;
  label(): string;
  defaultName(): string;
}

// Literal keys: the server-side jsI18n transformer inlines each of them.
export const TYPES: TypeChoice[] = [
  { type: 'docx', label: () => WRM.I18n.getText('docsbridge.create.type.docx'), defaultName: () => WRM.I18n.getText('docsbridge.create.defaultName.docx') },
  { type: 'xlsx', label: () => WRM.I18n.getText('docsbridge.create.type.xlsx'), defaultName: () => WRM.I18n.getText('docsbridge.create.defaultName.xlsx') },
  { type: 'pptx', label: () => WRM.I18n.getText('docsbridge.create.type.pptx'), defaultName: () => WRM.I18n.getText('docsbridge.create.defaultName.pptx') },
  { type: 'pdf', label: () => WRM.I18n.getText('docsbridge.create.type.pdf'), defaultName: () => WRM.I18n.getText('docsbridge.create.defaultName.pdf') },
];

export interface CreateDialogProps {
  pageId: string;
  env: DialogEnvironment;
  onClose(): void;
}

export function CreateDialog({ pageId, env, onClose }: CreateDialogProps) {
  const [type, setType] = useState<NewDocumentType>('docx');
  const [name, setName] = useState(TYPES[0].defaultName());
  const [nameEdited, setNameEdited] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; id?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<AttachmentInfo | null>(null);
  const [existing, setExisting] = useState<string[]>([]);
  const nameField = useRef<HTMLInputElement>(null);

  // The page's attachment names, so that a taken name is reported while typing (the server adds a number then).
  useEffect(() => {
    loadPageFileNames(pageId).then(setExisting, () => undefined);
  }, [pageId]);

  const choose = (next: NewDocumentType) => {
    setType(next);
    if (!nameEdited) setName(TYPES.find((t) => t.type === next)!.defaultName());
  };

  const close = () => {
    onClose();
    if (created) env.reload(created.id);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || created) return;
    const problem = nameProblem(name);
    setNameError(problem);
    setError(null);
    if (problem) {
      nameField.current?.focus();
      return;
    }
    const sendTab = env.reserveTab();
    setBusy(true);
    try {
      const document = await createDocument(pageId, type, name.trim());
      if (sendTab(withConfluenceTheme(document.editorUrl))) {
        onClose();
        env.reload(document.id);
        return;
      }
      setCreated(document);
    } catch (e) {
      sendTab(null);
      if (errorBody(e).error === 'invalidName') {
        setNameError(errorMessage(e));
        nameField.current?.focus();
      } else {
        setError({ message: errorMessage(e), id: errorId(e) });
      }
    }
    setBusy(false);
  };

  const stored = withExtension(name, type);
  const taken = !nameError && isTaken(stored, existing);
  return (
    <Modal onClose={busy ? undefined : close} autoFocus={nameField} width="small" testId="docsbridge-create-dialog">
      <ModalHeader>
        <ModalTitle>{WRM.I18n.getText('docsbridge.create.title')}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <form id="docsbridge-create-form" onSubmit={submit} noValidate>
          <fieldset style={choicesStyle} disabled={busy || created !== null}>
            <legend style={labelStyle}>{WRM.I18n.getText('docsbridge.create.type.label')}</legend>
            {TYPES.map((t) => (
              <label key={t.type} style={choiceStyle} htmlFor={`docsbridge-create-type-${t.type}`}>
                <input
                  type="radio"
                  id={`docsbridge-create-type-${t.type}`}
                  name="docsbridge-create-type"
                  value={t.type}
                  checked={type === t.type}
                  onChange={() => choose(t.type)}
                />
                {t.label()}
              </label>
            ))}
          </fieldset>
          <NameField
            id="docsbridge-create-name"
            label={WRM.I18n.getText('docsbridge.create.name.label')}
            value={name}
            inputRef={nameField}
            error={nameError}
            disabled={busy || created !== null}
            onChange={(value) => {
              setName(value);
              setNameEdited(true);
              if (nameError) setNameError(nameProblem(value));
            }}
            preview={<p style={hintStyle}>{format(WRM.I18n.getText('docsbridge.create.name.savedAs'), stored)}</p>}
            warning={taken ? format(WRM.I18n.getText('docsbridge.create.name.taken'), stored, uniqueName(stored, existing)) : null}
          />
        </form>
        {error ? <ErrorNotice message={error.message} error={error.id} testId="docsbridge-create-error" /> : null}
        {created ? (
          <SectionMessage appearance="success" testId="docsbridge-create-done">
            <p role="status" style={textStyle}>{format(WRM.I18n.getText('docsbridge.create.created'), created.fileName)}</p>
          </SectionMessage>
        ) : null}
      </ModalBody>
      <ModalFooter>
        {created ? (
          <>
            <Button appearance="subtle" onClick={close} testId="docsbridge-create-close">
              {WRM.I18n.getText('docsbridge.action.close')}
            </Button>
            <LinkButton appearance="primary" href={created.editorUrl} target="_blank" rel="noopener" {...newTabLabel()} testId="docsbridge-create-open">
              {WRM.I18n.getText('docsbridge.action.open')}
            </LinkButton>
          </>
        ) : (
          <>
            <Button appearance="subtle" onClick={close} isDisabled={busy} testId="docsbridge-create-cancel">
              {WRM.I18n.getText('docsbridge.action.cancel')}
            </Button>
            <Button appearance="primary" type="submit" form="docsbridge-create-form" isLoading={busy} testId="docsbridge-create-submit">
              {WRM.I18n.getText('docsbridge.create.submit')}
            </Button>
          </>
        )}
      </ModalFooter>
    </Modal>
  );
}
