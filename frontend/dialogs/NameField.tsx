// The file-name field of Create, Convert and Download as: the proposed name is selected when the field first gets
// the focus (typing replaces it); a problem with the name is an error next to the field (and then the preview of
// the stored name is hidden, so the two never contradict each other); a name taken by another attachment is a
// warning that says what will happen; long names wrap.
import { useRef, type ReactNode, type Ref } from 'react';
import Textfield from '@atlaskit/textfield';
import { errorStyle, fieldStyle, labelStyle, warningStyle } from './styles';

export interface NameFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  inputRef: Ref<HTMLInputElement>;
  /** Why the name cannot be used; shown instead of the preview. */
  error: string | null;
  /** What the stored or downloaded file will be called (shown while the name is valid). */
  preview: ReactNode;
  /** A name collision that does not stop the action (it says what will happen). */
  warning?: string | null;
  disabled?: boolean;
}

export function NameField({ id, label, value, onChange, inputRef, error, preview, warning, disabled }: NameFieldProps) {
  const selected = useRef(false);
  const describedBy = error ? `${id}-error` : [`${id}-preview`, warning ? `${id}-warning` : ''].filter(Boolean).join(' ');
  return (
    <div style={fieldStyle}>
      <label style={labelStyle} htmlFor={id}>
        {label}
      </label>
      <Textfield
        id={id}
        name="fileName"
        ref={inputRef}
        value={value}
        isInvalid={error !== null}
        isDisabled={disabled}
        isRequired
        autoComplete="off"
        aria-describedby={describedBy}
        onFocus={(e) => {
          if (selected.current) return;
          selected.current = true;
          (e.target as HTMLInputElement).select();
        }}
        onChange={(e) => onChange((e.target as HTMLInputElement).value)}
      />
      {error ? (
        <p id={`${id}-error`} style={errorStyle} role="alert">
          {error}
        </p>
      ) : (
        <div id={`${id}-preview`}>{preview}</div>
      )}
      {!error && warning ? (
        <p id={`${id}-warning`} style={warningStyle} role="status">
          {warning}
        </p>
      ) : null}
    </div>
  );
}
