// The connection test's steps, each with pass/fail/skipped in words and an icon (never colour alone) and the
// server's message saying what to do; a failed step that names a setting links to that field. Shown at the top of
// the form, inside a polite live region that is always on the page, so screen readers hear the outcome of a test
// or a save.
import SectionMessage from '@atlaskit/section-message';
import StatusErrorIcon from '@atlaskit/icon/core/status-error';
import StatusSuccessIcon from '@atlaskit/icon/core/status-success';
import MinusIcon from '@atlaskit/icon/core/minus';
import { token } from '@atlaskit/tokens';
import type { TestResult, TestStep } from '../lib/api/settings';
import { format } from '../lib/i18n';
import { FieldLink } from './FieldLink';
import { STEP_NAMES } from './texts';

export interface ConnectionTestResultsProps {
  result: TestResult | null;
  running: boolean;
  /** Moves focus to a setting's field (the links of failed steps). */
  onGoToField?(name: string): void;
}

function StepStatus({ step }: { step: TestStep }) {
  if (step.skipped) {
    return (
      <>
        <MinusIcon label="" color={token('color.icon.subtle', '#6B6E76')} />
        <span>{WRM.I18n.getText('docsbridge.admin.test.status.skipped')}</span>
      </>
    );
  }
  return step.ok ? (
    <>
      <StatusSuccessIcon label="" color={token('color.icon.success', '#6A9A23')} />
      <span>{WRM.I18n.getText('docsbridge.admin.test.status.ok')}</span>
    </>
  ) : (
    <>
      <StatusErrorIcon label="" color={token('color.icon.danger', '#C9372C')} />
      <span>{WRM.I18n.getText('docsbridge.admin.test.status.failed')}</span>
    </>
  );
}

function stepName(id: string): string {
  return STEP_NAMES[id]?.() ?? id;
}

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;
const itemStyle = { marginBlockStart: token('space.100', '8px') } as const;
const headStyle = { display: 'flex', alignItems: 'center', gap: token('space.075', '6px'), fontWeight: token('font.weight.semibold', '600') } as const;

export function ConnectionTestResults({ result, running, onGoToField }: ConnectionTestResultsProps) {
  let content = null;
  if (running) {
    content = <p>{WRM.I18n.getText('docsbridge.admin.test.running')}</p>;
  } else if (result) {
    content = (
      <SectionMessage
        appearance={result.ok ? 'success' : 'error'}
        title={WRM.I18n.getText('docsbridge.admin.test.title')}
      >
        <p>{result.ok ? WRM.I18n.getText('docsbridge.admin.test.passed') : WRM.I18n.getText('docsbridge.admin.test.failed')}</p>
        <ul style={listStyle} aria-label={WRM.I18n.getText('docsbridge.admin.test.title')}>
          {result.steps.map((step) => (
            <li key={step.id} style={itemStyle} data-step={step.id}>
              <div style={headStyle}>
                <StepStatus step={step} />
                <span aria-hidden="true">·</span>
                <span>{stepName(step.id)}</span>
                {step.version ? <span>({format(WRM.I18n.getText('docsbridge.admin.test.version'), step.version)})</span> : null}
              </div>
              <div style={{ color: token('color.text', '#292A2E') }}>{step.message}</div>
              {!step.ok && !step.skipped && step.field && onGoToField ? (
                <FieldLink name={step.field} onGoToField={onGoToField} />
              ) : null}
            </li>
          ))}
        </ul>
      </SectionMessage>
    );
  }
  return (
    <div aria-live="polite" data-testid="connection-test-results">
      {content}
    </div>
  );
}
