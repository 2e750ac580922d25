// The few styles the dialogs need beyond Atlaskit's, with the product's design tokens (so the dark theme works).
import type { CSSProperties } from 'react';

export const fieldStyle: CSSProperties = { marginBlockEnd: 'var(--ds-space-200, 16px)' };
export const labelStyle: CSSProperties = {
  display: 'block',
  fontWeight: 600,
  fontSize: '0.857em',
  color: 'var(--ds-text-subtle, #44546F)',
  marginBlockEnd: 'var(--ds-space-050, 4px)',
};
// Long file names wrap anywhere instead of widening the dialog.
const wrapping: CSSProperties = { overflowWrap: 'anywhere', wordBreak: 'break-word' };
export const hintStyle: CSSProperties = { ...wrapping, fontSize: '0.857em', color: 'var(--ds-text-subtlest, #626F86)', marginBlockStart: 'var(--ds-space-050, 4px)' };
export const errorStyle: CSSProperties = { ...wrapping, fontSize: '0.857em', fontWeight: 600, color: 'var(--ds-text-danger, #AE2E24)', marginBlockStart: 'var(--ds-space-050, 4px)' };
export const warningStyle: CSSProperties = { ...wrapping, fontSize: '0.857em', color: 'var(--ds-text-warning, #974F0C)', marginBlockStart: 'var(--ds-space-050, 4px)' };
export const textStyle: CSSProperties = wrapping;
export const previewStyle: CSSProperties = { ...wrapping, marginBlockStart: 'var(--ds-space-100, 8px)', padding: 'var(--ds-space-075, 6px) var(--ds-space-100, 8px)', borderRadius: 'var(--ds-border-radius-100, 3px)', background: 'var(--ds-background-neutral, #091E420F)' };
export const previewLabelStyle: CSSProperties = { display: 'block', fontSize: '0.857em', color: 'var(--ds-text-subtle, #44546F)' };
export const previewValueStyle: CSSProperties = { display: 'block', fontWeight: 600, color: 'var(--ds-text, #172B4D)' };
export const selectStyle: CSSProperties = {
  width: '100%',
  minHeight: '2.57em',
  padding: '0 var(--ds-space-075, 6px)',
  border: '2px solid var(--ds-border-input, #8590A2)',
  borderRadius: 'var(--ds-border-radius-100, 3px)',
  background: 'var(--ds-background-input, #FFFFFF)',
  color: 'var(--ds-text, #172B4D)',
  font: 'inherit',
};
export const choicesStyle: CSSProperties = { border: 0, padding: 0, margin: 0, marginBlockEnd: 'var(--ds-space-200, 16px)' };
export const choiceStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: 'var(--ds-space-100, 8px)',
  padding: 'var(--ds-space-075, 6px) 0',
  cursor: 'pointer',
};
/** Read by screen readers, not shown. */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
