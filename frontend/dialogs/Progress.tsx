// A conversion's progress: a sentence that screen readers announce, and a bar whose value they read. The Docs
// server often reports 0 % until it is done; then the bar shows that work goes on without a number.
import ProgressBar from '@atlaskit/progress-bar';

export interface ProgressProps {
  /** Prefix of the ids: `<id>-status` for the sentence; data-testid `<id>` for the bar. */
  id: string;
  label: string;
  percent: number;
}

export function Progress({ id, label, percent }: ProgressProps) {
  return (
    <div>
      <p id={`${id}-status`} aria-live="polite">
        {label}
      </p>
      <ProgressBar
        testId={id}
        ariaLabel={WRM.I18n.getText('docsbridge.convert.progressLabel')}
        value={percent / 100}
        isIndeterminate={percent <= 0}
      />
    </div>
  );
}
