// "Settings saved" notices in the bottom corner, where Confluence shows its flags, announced to screen readers and
// dismissed after a few seconds. Our own component rather than @atlaskit/flag, whose motion and layering code would
// cost this page about 20 KB gzip for one message.
import StatusSuccessIcon from '@atlaskit/icon/core/status-success';
import StatusWarningIcon from '@atlaskit/icon/core/status-warning';
import { token } from '@atlaskit/tokens';
import { useEffect } from 'react';

export interface SavedNotice {
  id: number;
  testPassed: boolean;
}

export const NOTICE_MS = 8000;

export function SavedNotices({ notices, onDismiss }: { notices: SavedNotice[]; onDismiss(id: number): void }) {
  return (
    <section
      aria-label={WRM.I18n.getText('docsbridge.admin.flags.label')}
      style={{ position: 'fixed', left: 24, bottom: 24, zIndex: 600, display: 'grid', gap: 8, maxWidth: 400 }}
    >
      {notices.map((notice) => <Notice key={notice.id} notice={notice} onDismiss={onDismiss} />)}
    </section>
  );
}

function Notice({ notice, onDismiss }: { notice: SavedNotice; onDismiss(id: number): void }) {
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(notice.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice.id, onDismiss]);
  return (
    <div
      role="status"
      style={{
        display: 'flex', gap: 12, padding: 16, borderRadius: 3,
        background: token('elevation.surface.overlay', '#fff'), color: token('color.text', '#172B4D'),
        boxShadow: token('elevation.shadow.overlay', '0 8px 12px rgba(9, 30, 66, 0.15)'),
      }}
    >
      {notice.testPassed ? (
        <StatusSuccessIcon label="" color={token('color.icon.success', '#6A9A23')} />
      ) : (
        <StatusWarningIcon label="" color={token('color.icon.warning', '#E06C00')} />
      )}
      <div>
        <strong>{WRM.I18n.getText('docsbridge.admin.saved.title')}</strong>
        <div>
          {notice.testPassed ? WRM.I18n.getText('docsbridge.admin.saved.tested') : WRM.I18n.getText('docsbridge.admin.saved.untested')}
        </div>
      </div>
    </div>
  );
}
