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
export const hintStyle: CSSProperties = { fontSize: '0.857em', color: 'var(--ds-text-subtlest, #626F86)', marginBlockStart: 'var(--ds-space-050, 4px)' };
export const errorStyle: CSSProperties = { fontSize: '0.857em', color: 'var(--ds-text-danger, #AE2E24)', marginBlockStart: 'var(--ds-space-050, 4px)' };
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
