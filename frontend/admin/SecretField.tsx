// The JWT secret (required: JWT is always on): masked by default; "Show" reveals it (asking the server for the
// stored one when needed), "Generate" fills in a new random secret and "Copy" puts it on the clipboard, to paste on
// the Docs server. The stored secret is never part of the page until the administrator asks to see it.
import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { describedBy, fieldId, FieldMessages, fieldStyle, RequiredMark } from './fields';
import { settingHelp, settingLabel } from './texts';

export interface SecretFieldProps {
  value: string;
  visible: boolean;
  /** A secret is stored on the server (its value is not on the page unless revealed). */
  secretSet: boolean;
  /** The field holds a freshly generated secret that still has to be saved. */
  generated: boolean;
  revealing: boolean;
  error?: string;
  disabled?: boolean;
  onChange(value: string): void;
  onBlur?(): void;
  onToggleVisible(): void;
  onGenerate(): void;
}

const NAME = 'jwtSecret';
const statusId = `${fieldId(NAME)}-status`;

/** Copies with the Clipboard API, or (older browsers, plain http) by selecting the field and the copy command. */
async function copyToClipboard(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection copy
  }
  if (!field) return false;
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

export function SecretField(props: SecretFieldProps) {
  const id = fieldId(NAME);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  // A new value makes an earlier "copied" untrue.
  useEffect(() => setCopied(null), [props.value]);
  const status =
    copied === 'copied' ? WRM.I18n.getText('docsbridge.admin.secret.copied')
      : copied === 'failed' ? WRM.I18n.getText('docsbridge.admin.secret.copyFailed')
        : props.generated ? WRM.I18n.getText('docsbridge.admin.secret.generated')
          : props.secretSet ? ''
            : WRM.I18n.getText('docsbridge.admin.secret.notSet');
  const copy = async () => {
    const ok = await copyToClipboard(props.value, document.getElementById(id) as HTMLInputElement | null);
    setCopied(ok ? 'copied' : 'failed');
  };
  return (
    <div style={fieldStyle}>
      <Label htmlFor={id}>
        {settingLabel(NAME)}
        <RequiredMark />
      </Label>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100', '8px'), alignItems: 'center' }}>
        <div style={{ flex: '1 1 14rem' }}>
          <Textfield
            id={id}
            name={NAME}
            type={props.visible ? 'text' : 'password'}
            value={props.value}
            placeholder={props.secretSet ? WRM.I18n.getText('docsbridge.admin.secret.placeholderSet') : undefined}
            onChange={(e) => props.onChange(e.currentTarget.value)}
            onBlur={props.onBlur}
            isInvalid={Boolean(props.error)}
            isDisabled={props.disabled}
            isRequired
            isMonospaced
            // Keeps browsers from filling in the administrator's saved Confluence password.
            autoComplete="new-password"
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            aria-describedby={describedBy(NAME, props.error, status ? statusId : undefined)}
          />
        </div>
        <Button
          onClick={props.onToggleVisible}
          isLoading={props.revealing}
          isDisabled={props.disabled}
          aria-pressed={props.visible}
          aria-controls={id}
        >
          {props.visible ? WRM.I18n.getText('docsbridge.admin.secret.hide') : WRM.I18n.getText('docsbridge.admin.secret.show')}
        </Button>
        <Button onClick={props.onGenerate} isDisabled={props.disabled} aria-controls={id}>
          {WRM.I18n.getText('docsbridge.admin.secret.generate')}
        </Button>
        {props.generated ? (
          <Button onClick={() => void copy()} isDisabled={props.disabled}>
            {WRM.I18n.getText('docsbridge.admin.secret.copy')}
          </Button>
        ) : null}
      </div>
      <FieldMessages name={NAME} help={settingHelp(NAME)} error={props.error} />
      <div id={statusId} role="status" style={{ color: token('color.text.subtle', '#505258'), marginBlockStart: token('space.050', '4px') }}>
        {status}
      </div>
    </div>
  );
}
