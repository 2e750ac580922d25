// Building blocks shared by the settings form: ids that link a control to its help and error texts, and the
// help/error block itself. Every control names its texts with aria-describedby.
import type { ReactNode } from 'react';
import { ErrorMessage, HelperMessage, MessageWrapper } from '@atlaskit/form';
import { token } from '@atlaskit/tokens';

export function fieldId(name: string): string {
  return `docsbridge-setting-${name}`;
}

export function helpId(name: string): string {
  return `${fieldId(name)}-help`;
}

export function errorId(name: string): string {
  return `${fieldId(name)}-error`;
}

/** The ids a control's aria-describedby lists: its error first (when there is one), then its help text. */
export function describedBy(name: string, error: string | undefined, extra?: string): string {
  return [error ? errorId(name) : '', helpId(name), extra ?? ''].filter(Boolean).join(' ');
}

export const fieldStyle = { marginBlockStart: token('space.200', '16px') } as const;

/** Help text and, below it, the field's error. The wrapper is a polite live region so new errors are announced. */
export function FieldMessages({ name, help, error }: { name: string; help: ReactNode; error?: string }) {
  return (
    <MessageWrapper>
      <div id={helpId(name)}>
        <HelperMessage>{help}</HelperMessage>
      </div>
      {error ? (
        <div id={errorId(name)}>
          <ErrorMessage>{error}</ErrorMessage>
        </div>
      ) : null}
    </MessageWrapper>
  );
}

/** Marks a required field visually; the control itself carries aria-required. */
export function RequiredMark() {
  return (
    <span aria-hidden="true" style={{ color: token('color.text.danger', '#AE2E24'), paddingInlineStart: token('space.025', '2px') }}>
      *
    </span>
  );
}

// Atlaskit's Fieldset leaves the browser's fieldset border and padding (its pages rely on a CSS reset the Configure
// page may not have): a grouped field looks like the other Atlaskit fields, with its legend styled as their labels.
const fieldsetStyle = { border: 0, margin: 0, padding: 0, minInlineSize: 0 } as const;
const legendStyle = {
  font: token('font.body.small', 'normal 400 12px/16px ui-sans-serif, sans-serif'),
  fontWeight: token('font.weight.bold', '653'),
  color: token('color.text.subtle', '#505258'),
  padding: 0,
  marginBlockEnd: token('space.050', '4px'),
} as const;

/** A group of controls (check boxes, radio buttons) under one visible legend, without the browser's frame. */
export function GroupFieldset({ legend, children }: { legend: ReactNode; children: ReactNode }) {
  return (
    <fieldset style={fieldsetStyle}>
      <legend style={legendStyle}>{legend}</legend>
      {children}
    </fieldset>
  );
}
