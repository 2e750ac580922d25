// "Convert to DOCX/XLSX/PPTX/PDF": the conversion starts at once and is polled with a progress bar; the result is
// a new attachment of the page that can be opened right away. Closing after success reloads the page so that the
// new attachment shows in the list.
import { useEffect, useRef, useState } from 'react';
import Button, { LinkButton } from '@atlaskit/button/new';
import { newTabLabel } from '../lib/newTab';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage from '@atlaskit/section-message';
import { loadFormats, pollConvert, type ConvertProgress } from '../lib/api/attachments';
import { format } from '../lib/i18n';
import { withConfluenceTheme } from '../lib/theme';
import type { DialogEnvironment } from './environment';
import { ErrorNotice } from './ErrorNotice';
import { formatLabel } from './fileNames';
import { Progress } from './Progress';
import { useConversion } from './useConversion';

/** Failures that the same request again cannot fix: the file, the permission or the session must change first. */
const FINAL_FAILURES = new Set(['forbidden', 'notFound', 'password', 'unreadable', 'unsupported', 'tooLarge', 'loginRequired', 'notConfigured', 'token', 'download']);

export interface ConvertDialogProps {
  attachmentId: string;
  target: string;
  env: DialogEnvironment;
  onClose(): void;
}

export function ConvertDialog({ attachmentId, target, env, onClose }: ConvertDialogProps) {
  const { state, start } = useConversion<ConvertProgress>(env);
  const [fileName, setFileName] = useState('');
  const closeButton = useRef<HTMLButtonElement>(null);
  const targetLabel = formatLabel(target);

  const convert = () => void start(() => pollConvert(attachmentId, target));

  useEffect(() => {
    // The name only labels the progress; the conversion itself reports any problem with the file.
    loadFormats(attachmentId).then((f) => setFileName(f.fileName), () => undefined);
    convert();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attachmentId, target]);

  const done = state.phase === 'done' ? state.result : null;
  const close = () => {
    onClose();
    if (done) env.reload();
  };
  const running = state.phase === 'running' || state.phase === 'idle';

  return (
    <Modal onClose={close} autoFocus={closeButton} width="small" testId="docsbridge-convert-dialog">
      <ModalHeader>
        <ModalTitle>{format(WRM.I18n.getText('docsbridge.convert.title'), targetLabel)}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        {running ? (
          <Progress
            id="docsbridge-convert-progress"
            label={format(WRM.I18n.getText('docsbridge.convert.progress'), fileName || '\u2026', targetLabel)}
            percent={state.phase === 'running' ? state.percent : 0}
          />
        ) : null}
        {state.phase === 'failed' ? (
          <ErrorNotice
            title={WRM.I18n.getText('docsbridge.convert.error.title')}
            message={state.message}
            error={state.error}
            testId="docsbridge-convert-error"
          />
        ) : null}
        {done && done.done ? (
          <SectionMessage appearance="success" testId="docsbridge-convert-done">
            <p role="status">{format(WRM.I18n.getText('docsbridge.convert.done'), done.attachment.fileName)}</p>
          </SectionMessage>
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button ref={closeButton} appearance="subtle" onClick={close} testId="docsbridge-convert-close">
          {running ? WRM.I18n.getText('docsbridge.action.cancel') : WRM.I18n.getText('docsbridge.action.close')}
        </Button>
        {state.phase === 'failed' && !FINAL_FAILURES.has(state.error ?? '') ? (
          <Button appearance="primary" onClick={convert} testId="docsbridge-convert-retry">
            {WRM.I18n.getText('docsbridge.action.retry')}
          </Button>
        ) : null}
        {done && done.done ? (
          <LinkButton appearance="primary" href={withConfluenceTheme(done.attachment.editorUrl)} target="_blank" rel="noopener" {...newTabLabel()} testId="docsbridge-convert-open">
            {WRM.I18n.getText('docsbridge.action.open')}
          </LinkButton>
        ) : null}
      </ModalFooter>
    </Modal>
  );
}
