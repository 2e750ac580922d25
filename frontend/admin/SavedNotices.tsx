// "Settings saved" notices in the bottom corner, where Confluence shows its flags, announced to screen readers.
// Each has a Close button; a plain success goes away by itself after a few seconds (not while the pointer or focus is
// on it), a notice that reports a problem (saved although the test failed) stays until it is closed. Our own
// component rather than @atlaskit/flag, whose motion and layering code would cost this page about 20 KB gzip.
import { IconButton } from '@atlaskit/button/new';
import CrossIcon from '@atlaskit/icon/core/cross';
import StatusSuccessIcon from '@atlaskit/icon/core/status-success';
import StatusWarningIcon from '@atlaskit/icon/core/status-warning';
import { token } from '@atlaskit/tokens';
import { useEffect, useState } from 'react';

export interface SavedNotice {
  id: number;
  testPassed: boolean;
}

export const NOTICE_MS = 8000;

export function SavedNotices({ notices, onDismiss }: { notices: SavedNotice[]; onDismiss(id: number): void }) {
  return (
    <section
      aria-label={WRM.I18n.getText('docsbridge.admin.flags.label')}
      style={{ position: 'fixed', insetInlineStart: 24, bottom: 24, zIndex: 600, display: 'grid', gap: 8, maxWidth: 'min(400px, calc(100vw - 48px))' }}
    >
      {notices.map((notice) => <Notice key={notice.id} notice={notice} onDismiss={onDismiss} />)}
    </section>
  );
}

function Notice({ notice, onDismiss }: { notice: SavedNotice; onDismiss(id: number): void }) {
  const [held, setHeld] = useState(false);
  const persistent = !notice.testPassed;
  useEffect(() => {
    if (persistent || held) return undefined;
    const timer = setTimeout(() => onDismiss(notice.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice.id, onDismiss, persistent, held]);
  return (
    <div
      role={persistent ? 'alert' : 'status'}
      data-persistent={persistent}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
      style={{
        display: 'flex', gap: 12, padding: 16, borderRadius: 3, alignItems: 'flex-start',
        background: token('elevation.surface.overlay', '#fff'), color: token('color.text', '#172B4D'),
        boxShadow: token('elevation.shadow.overlay', '0 8px 12px rgba(9, 30, 66, 0.15)'),
      }}
    >
      <span style={{ flex: 'none' }}>
        {notice.testPassed ? (
          <StatusSuccessIcon label="" color={token('color.icon.success', '#6A9A23')} />
        ) : (
          <StatusWarningIcon label="" color={token('color.icon.warning', '#E06C00')} />
        )}
      </span>
      <div style={{ flex: '1 1 auto' }}>
        <strong>{WRM.I18n.getText('docsbridge.admin.saved.title')}</strong>
        <div>
          {notice.testPassed ? WRM.I18n.getText('docsbridge.admin.saved.tested') : WRM.I18n.getText('docsbridge.admin.saved.untested')}
        </div>
      </div>
      <IconButton
        appearance="subtle"
        spacing="compact"
        icon={CrossIcon}
        label={WRM.I18n.getText('docsbridge.admin.flags.close')}
        onClick={() => onDismiss(notice.id)}
      />
    </div>
  );
}
