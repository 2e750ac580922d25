// A failure inside a dialog: what happened and what to do; for an ended session, a link to log in again that comes
// back to this page (the dialog's work cannot go on until then).
import SectionMessage from '@atlaskit/section-message';
import { loginUrl } from './errors';

export interface ErrorNoticeProps {
  message: string;
  /** The failure's id (see errorId); `loginRequired` adds the login link. */
  error?: string;
  title?: string;
  testId: string;
}

export function ErrorNotice({ message, error, title, testId }: ErrorNoticeProps) {
  return (
    <SectionMessage appearance="error" title={title} testId={testId}>
      <p role="alert">{message}</p>
      {error === 'loginRequired' ? (
        <p>
          <a href={loginUrl()} data-testid={`${testId}-login`}>
            {WRM.I18n.getText('docsbridge.action.login')}
          </a>
        </p>
      ) : null}
    </SectionMessage>
  );
}
