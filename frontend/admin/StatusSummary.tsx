// The Configure page's first answer to "does it work?": configured or not, when the saved settings were last tested
// and with what result, and whether saves went wrong. Each line has an icon and words (never colour alone).
import type { ReactNode } from 'react';
import StatusErrorIcon from '@atlaskit/icon/core/status-error';
import StatusSuccessIcon from '@atlaskit/icon/core/status-success';
import StatusWarningIcon from '@atlaskit/icon/core/status-warning';
import { token } from '@atlaskit/tokens';
import type { LastTest, MentionMailStatus } from '../lib/api/settings';
import { contextPath } from '../lib/contextPath';
import { format } from '../lib/i18n';
import { formatDateTime } from '../lib/locale';

export interface StatusSummaryProps {
  /** The stored Docs address ('' when none). */
  docsUrl: string;
  secretSet: boolean;
  lastTest: LastTest | null;
  /** How many forgotten files and save problems wait for the administrator; null while unknown. */
  problems: number | null;
  onGoToProblems(): void;
  /** Mentions that went without e-mail for want of a mail server (absent: nothing to say). */
  mentionMail?: MentionMailStatus | null;
}

type Tone = 'ok' | 'warning' | 'error';

function Line({ tone, children }: { tone: Tone; children: ReactNode }) {
  const icon =
    tone === 'ok' ? <StatusSuccessIcon label="" color={token('color.icon.success', '#6A9A23')} />
      : tone === 'warning' ? <StatusWarningIcon label="" color={token('color.icon.warning', '#E06C00')} />
        : <StatusErrorIcon label="" color={token('color.icon.danger', '#C9372C')} />;
  return (
    <li style={{ display: 'flex', gap: token('space.100', '8px'), alignItems: 'flex-start', marginBlockStart: token('space.050', '4px') }}>
      <span style={{ flex: 'none', paddingBlockStart: '2px' }}>{icon}</span>
      <span>{children}</span>
    </li>
  );
}

const boxStyle = {
  border: `1px solid ${token('color.border', '#0B120E24')}`,
  borderRadius: token('radius.large', '8px'),
  padding: token('space.200', '16px'),
  marginBlock: token('space.200', '16px'),
  background: token('elevation.surface.sunken', '#F8F8F8'),
} as const;

export function StatusSummary({ docsUrl, secretSet, lastTest, problems, onGoToProblems, mentionMail }: StatusSummaryProps) {
  const configured = docsUrl !== '' && secretSet;
  return (
    <section aria-labelledby="docsbridge-status-title" style={boxStyle} data-testid="status-summary">
      <h2 id="docsbridge-status-title" style={{ margin: 0, font: token('font.heading.small', 'normal 653 16px/20px ui-sans-serif, sans-serif') }}>
        {WRM.I18n.getText('docsbridge.admin.status.title')}
      </h2>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        <Line tone={configured ? 'ok' : 'error'}>
          {configured
            ? format(WRM.I18n.getText('docsbridge.admin.status.configured'), docsUrl)
            : WRM.I18n.getText('docsbridge.admin.status.notConfigured')}
        </Line>
        {configured ? (
          <Line tone={lastTest === null ? 'warning' : lastTest.ok ? 'ok' : 'error'}>
            {lastTest === null
              ? WRM.I18n.getText('docsbridge.admin.status.notTested')
              : format(
                  lastTest.ok ? WRM.I18n.getText('docsbridge.admin.status.testedOk') : WRM.I18n.getText('docsbridge.admin.status.testedFailed'),
                  formatDateTime(lastTest.at),
                )}
          </Line>
        ) : null}
        {problems === null ? null : problems === 0 ? (
          <Line tone="ok">{WRM.I18n.getText('docsbridge.admin.status.problemsNone')}</Line>
        ) : (
          <Line tone="warning">
            {format(WRM.I18n.getText('docsbridge.admin.status.problems'), problems)}{' '}
            <a
              href="#docsbridge-problems-title"
              style={{ color: token('color.link', '#1868DB') }}
              onClick={(event) => {
                event.preventDefault();
                onGoToProblems();
              }}
            >
              {WRM.I18n.getText('docsbridge.admin.status.problemsLink')}
            </a>
          </Line>
        )}
        {mentionMail && !mentionMail.mailServer && mentionMail.unsent ? (
          <Line tone="warning">
            <span data-testid="status-mention-mail">
              {format(WRM.I18n.getText('docsbridge.admin.status.mentionMail'), mentionMail.unsent.mentions, formatDateTime(mentionMail.unsent.since))}
            </span>{' '}
            <a href={`${contextPath()}/admin/mail/viewmailservers.action`} style={{ color: token('color.link', '#1868DB') }}>
              {WRM.I18n.getText('docsbridge.admin.status.mentionMailLink')}
            </a>
          </Line>
        ) : null}
      </ul>
    </section>
  );
}
