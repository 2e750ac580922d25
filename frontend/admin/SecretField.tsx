// The JWT secret: masked by default; "Show" reveals it (asking the server for the stored one when needed),
// "Generate" fills in a new random secret. The stored secret is never part of the page until the administrator
// asks to see it.
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { describedBy, fieldId, FieldMessages, fieldStyle } from './fields';
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

export function SecretField(props: SecretFieldProps) {
  const id = fieldId(NAME);
  const status = props.generated
    ? WRM.I18n.getText('docsbridge.admin.secret.generated')
    : props.secretSet
      ? ''
      : WRM.I18n.getText('docsbridge.admin.secret.notSet');
  return (
    <div style={fieldStyle}>
      <Label htmlFor={id}>{settingLabel(NAME)}</Label>
      <div style={{ display: 'flex', gap: token('space.100', '8px'), alignItems: 'center' }}>
        <div style={{ flex: '1 1 auto' }}>
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
      </div>
      <FieldMessages name={NAME} help={settingHelp(NAME)} error={props.error} />
      <div id={statusId} role="status" style={{ color: token('color.text.subtle', '#505258'), marginBlockStart: token('space.050', '4px') }}>
        {status}
      </div>
    </div>
  );
}
