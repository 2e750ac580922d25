// The Configure page's "Save problems" section (issue #9): files ONLYOFFICE Docs could not hand back to Confluence
// ("forgotten" files), each with what, where, when and why, to store as a new version or discard; and recent saves
// that did not go as planned. Files that can be stored without asking were stored by the server while listing.
import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { forgottenApi, type ForgottenApi, type ForgottenFile, type ForgottenListing, type SaveProblem } from '../lib/api/forgotten';
import { contextPath } from '../lib/contextPath';
import { format } from '../lib/i18n';
import { formatDateTime } from '../lib/locale';
import { reasonText } from './problemReasons';

export interface SaveProblemsSectionProps {
  api?: ForgottenApi;
  /** Told how many items wait for the administrator (null while unknown), for the status summary. */
  onCount(count: number | null): void;
  /** Says what a failed request means, in the administrator's words. */
  describeError(e: unknown): string;
}

type RowState =
  | { kind: 'idle' }
  | { kind: 'confirmDiscard' }
  | { kind: 'busy'; action: 'store' | 'discard' }
  | { kind: 'failed'; text: string };

interface Done {
  key: string;
  text: string;
  pageId: number;
}

export const PROBLEMS_TITLE_ID = 'docsbridge-problems-title';

function attachmentsUrl(pageId: number): string {
  return `${contextPath()}/pages/viewpageattachments.action?pageId=${pageId}`;
}

function when(at: string): string {
  return at ? formatDateTime(at) : WRM.I18n.getText('docsbridge.admin.problems.unknownTime');
}

function outcomeText(outcome: string): string {
  switch (outcome) {
    case 'RETRY':
      return WRM.I18n.getText('docsbridge.admin.problems.outcome.retry');
    case 'KEPT_BY_DOCS':
      return WRM.I18n.getText('docsbridge.admin.problems.outcome.kept');
    case 'SESSION_CONTINUES':
      return WRM.I18n.getText('docsbridge.admin.problems.outcome.sessionContinues');
    case 'SUPERSEDED':
      return WRM.I18n.getText('docsbridge.admin.problems.outcome.superseded');
    default:
      return outcome;
  }
}

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;
const cardStyle = {
  border: `1px solid ${token('color.border', '#0B120E24')}`,
  borderRadius: token('radius.small', '4px'),
  padding: token('space.150', '12px'),
  marginBlockStart: token('space.100', '8px'),
} as const;
const subtle = { color: token('color.text.subtle', '#505258'), margin: `${token('space.050', '4px')} 0 0` } as const;
const actions = { display: 'flex', flexWrap: 'wrap', gap: token('space.100', '8px'), marginBlockStart: token('space.100', '8px') } as const;
const linkStyle = { color: token('color.link', '#1868DB') } as const;

function FileCard({ file, state, onStore, onDiscard, onConfirm, onCancel }: {
  file: ForgottenFile;
  state: RowState;
  onStore(): void;
  onDiscard(): void;
  onConfirm(): void;
  onCancel(): void;
}) {
  const busy = state.kind === 'busy';
  const headingId = `docsbridge-forgotten-${file.key}`;
  const name = file.fileName || WRM.I18n.getText('docsbridge.admin.problems.unknownFile');
  return (
    <li style={cardStyle} aria-labelledby={headingId} data-key={file.key}>
      <h3 id={headingId} style={{ margin: 0, fontSize: '1rem', overflowWrap: 'anywhere' }}>
        {file.attachmentId && file.pageId ? <a href={attachmentsUrl(file.pageId)} style={linkStyle}>{name}</a> : name}
      </h3>
      <p style={subtle}>
        {format(
          file.user ? WRM.I18n.getText('docsbridge.admin.problems.editedBy') : WRM.I18n.getText('docsbridge.admin.problems.editedAt'),
          when(file.at),
          file.user,
        )}
      </p>
      <Reason why={file.why} detail={file.reason} />
      {file.attachmentId === 0 ? (
        <p style={subtle}>{format(WRM.I18n.getText('docsbridge.admin.problems.attachmentGone'))}</p>
      ) : file.newerSaved ? (
        <p style={subtle}>{format(WRM.I18n.getText('docsbridge.admin.problems.newerSaved'), file.baseVersion, file.latestVersion)}</p>
      ) : null}
      {state.kind === 'failed' ? (
        <div role="alert" style={{ marginBlockStart: token('space.100', '8px') }}>
          <SectionMessage appearance="error">
            <p>{state.text}</p>
          </SectionMessage>
        </div>
      ) : null}
      {state.kind === 'confirmDiscard' ? (
        <div role="group" aria-label={WRM.I18n.getText('docsbridge.admin.problems.discardQuestion')} style={actions}>
          <p style={{ margin: 0, flexBasis: '100%' }}>{WRM.I18n.getText('docsbridge.admin.problems.discardQuestion')}</p>
          <Button appearance="danger" onClick={onConfirm} autoFocus>
            {WRM.I18n.getText('docsbridge.admin.problems.discardConfirm')}
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            {WRM.I18n.getText('docsbridge.admin.confirm.cancel')}
          </Button>
        </div>
      ) : (
        <div style={actions}>
          <Button appearance="primary" onClick={onStore} isDisabled={busy || file.attachmentId === 0} isLoading={busy && state.action === 'store'}>
            {WRM.I18n.getText('docsbridge.admin.problems.store')}
          </Button>
          <Button onClick={onDiscard} isDisabled={busy} isLoading={busy && state.action === 'discard'}>
            {WRM.I18n.getText('docsbridge.admin.problems.discard')}
          </Button>
        </div>
      )}
    </li>
  );
}

/** The reason in the administrator's words; the server's English detail (as in its log) folded away beneath. */
function Reason({ why, detail }: { why?: string; detail: string }) {
  const text = reasonText(why);
  if (!text && !detail) return null;
  return (
    <>
      {text ? <p style={subtle}>{format(WRM.I18n.getText('docsbridge.admin.problems.why'), text)}</p> : null}
      {detail ? (
        <details style={subtle}>
          <summary>{WRM.I18n.getText('docsbridge.admin.problems.technical')}</summary>
          <code style={{ overflowWrap: 'anywhere' }} lang="en">{detail}</code>
        </details>
      ) : null}
    </>
  );
}

function ProblemItem({ problem }: { problem: SaveProblem }) {
  return (
    <li style={cardStyle}>
      <strong style={{ overflowWrap: 'anywhere' }}>{problem.fileName || WRM.I18n.getText('docsbridge.admin.problems.unknownFile')}</strong>
      <span style={{ color: token('color.text.subtle', '#505258') }}> · {when(problem.at)}</span>
      <p style={{ margin: `${token('space.050', '4px')} 0 0` }}>{outcomeText(problem.outcome)}</p>
      <Reason why={problem.why} detail={problem.reason} />
    </li>
  );
}

export function SaveProblemsSection({ api = forgottenApi, onCount, describeError }: SaveProblemsSectionProps) {
  const [listing, setListing] = useState<ForgottenListing | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [rows, setRows] = useState<Record<string, RowState>>({});
  const [done, setDone] = useState<Done[]>([]);

  const load = useCallback(async () => {
    setLoadError(null);
    setListing(null);
    onCount(null);
    try {
      setListing(await api.list());
    } catch (e) {
      setLoadError(format(WRM.I18n.getText('docsbridge.admin.problems.loadFailed'), describeError(e)));
    }
  }, [api, onCount, describeError]);

  useEffect(() => {
    void load();
  }, [load]);

  const waitingKeys = new Set(listing?.files.map((f) => f.key) ?? []);
  // A problem whose file waits above is told there; the list below keeps the others.
  const problems = listing?.problems.filter((p) => !p.key || !waitingKeys.has(p.key)) ?? [];
  const count = listing ? listing.files.length + problems.length : null;
  useEffect(() => {
    if (count !== null) onCount(count);
  }, [count, onCount]);

  const setRow = (key: string, state: RowState) => setRows((current) => ({ ...current, [key]: state }));
  const remove = (file: ForgottenFile, text: string) => {
    setListing((current) => current && { ...current, files: current.files.filter((f) => f.key !== file.key) });
    setDone((current) => [{ key: file.key, text, pageId: file.pageId }, ...current]);
  };

  const store = async (file: ForgottenFile) => {
    setRow(file.key, { kind: 'busy', action: 'store' });
    try {
      const version = await api.store(file.key);
      remove(file, format(WRM.I18n.getText('docsbridge.admin.problems.stored'), file.fileName, version));
    } catch (e) {
      setRow(file.key, { kind: 'failed', text: format(WRM.I18n.getText('docsbridge.admin.problems.storeFailed'), file.fileName, describeError(e)) });
    }
  };

  const discard = async (file: ForgottenFile) => {
    setRow(file.key, { kind: 'busy', action: 'discard' });
    try {
      await api.discard(file.key);
      remove(file, format(WRM.I18n.getText('docsbridge.admin.problems.discarded'), file.fileName));
    } catch (e) {
      setRow(file.key, { kind: 'failed', text: format(WRM.I18n.getText('docsbridge.admin.problems.discardFailed'), file.fileName, describeError(e)) });
    }
  };

  let body;
  if (loadError) {
    body = (
      <div role="alert">
        <SectionMessage appearance="error">
          <p>{loadError}</p>
          <Button onClick={() => void load()}>{WRM.I18n.getText('docsbridge.admin.retry')}</Button>
        </SectionMessage>
      </div>
    );
  } else if (!listing) {
    body = <p role="status">{WRM.I18n.getText('docsbridge.admin.problems.loading')}</p>;
  } else {
    body = (
      <>
        {listing.docsError ? (
          <SectionMessage appearance="warning">
            <p>{format(WRM.I18n.getText('docsbridge.admin.problems.docsError'), reasonText(listing.docsWhy) ?? listing.docsError)}</p>
            <Button onClick={() => void load()}>{WRM.I18n.getText('docsbridge.admin.retry')}</Button>
          </SectionMessage>
        ) : null}
        {listing.recovered.length > 0 ? (
          <SectionMessage appearance="success">
            <p>{WRM.I18n.getText('docsbridge.admin.problems.recovered')}</p>
            <ul>
              {listing.recovered.map((f) => (
                <li key={f.key}>
                  {f.pageId ? <a href={attachmentsUrl(f.pageId)} style={linkStyle}>{f.fileName}</a> : f.fileName}
                </li>
              ))}
            </ul>
          </SectionMessage>
        ) : null}
        {listing.files.length === 0 && problems.length === 0 && !listing.docsError ? (
          <p data-testid="problems-empty">{WRM.I18n.getText('docsbridge.admin.problems.empty')}</p>
        ) : null}
        {listing.files.length > 0 ? (
          <>
            <h3 style={{ fontSize: '1rem', marginBlockEnd: 0 }}>{WRM.I18n.getText('docsbridge.admin.problems.filesTitle')}</h3>
            <ul style={listStyle} aria-label={WRM.I18n.getText('docsbridge.admin.problems.filesTitle')}>
              {listing.files.map((file) => (
                <FileCard
                  key={file.key}
                  file={file}
                  state={rows[file.key] ?? { kind: 'idle' }}
                  onStore={() => void store(file)}
                  onDiscard={() => setRow(file.key, { kind: 'confirmDiscard' })}
                  onConfirm={() => void discard(file)}
                  onCancel={() => setRow(file.key, { kind: 'idle' })}
                />
              ))}
            </ul>
          </>
        ) : null}
        {problems.length > 0 ? (
          <>
            <h3 style={{ fontSize: '1rem', marginBlockEnd: 0 }}>{WRM.I18n.getText('docsbridge.admin.problems.recentTitle')}</h3>
            <ul style={listStyle} aria-label={WRM.I18n.getText('docsbridge.admin.problems.recentTitle')}>
              {problems.map((p) => <ProblemItem key={`${p.key ?? p.fileName}-${p.at}`} problem={p} />)}
            </ul>
          </>
        ) : null}
      </>
    );
  }

  return (
    <section aria-labelledby={PROBLEMS_TITLE_ID} style={{ marginBlockStart: token('space.500', '40px') }} data-testid="save-problems">
      <h2 id={PROBLEMS_TITLE_ID} tabIndex={-1} style={{ font: token('font.heading.medium', 'normal 653 20px/24px ui-sans-serif, sans-serif'), margin: 0 }}>
        {WRM.I18n.getText('docsbridge.admin.problems.title')}
      </h2>
      <p style={subtle}>{WRM.I18n.getText('docsbridge.admin.problems.intro')}</p>
      <div role="status" aria-live="polite">
        {done.map((d) => (
          <p key={d.key}>
            {d.text}
            {d.pageId ? (
              <>
                {' '}
                <a href={attachmentsUrl(d.pageId)} style={linkStyle}>{format(WRM.I18n.getText('docsbridge.admin.problems.openAttachments'))}</a>
              </>
            ) : null}
          </p>
        ))}
      </div>
      {body}
    </section>
  );
}
