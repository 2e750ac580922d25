// The settings form: one section per schema group (server, security, formats, editor), one control per setting,
// each with a visible label, a help text and its error, all linked for screen readers. State lives in AdminPage.
import type { FormEvent, ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Label } from '@atlaskit/form';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { SettingValue, SettingsValues } from '../lib/api/settings';
import { describedBy, fieldId, FieldMessages, fieldStyle, GroupFieldset, RequiredMark } from './fields';
import { GROUPS, REQUIRED_URLS, SETTINGS, type SettingDef } from './schema';
import { CHOICE_LABELS, DOCUMENT_TYPE_TITLES, FORMAT_TYPES, formatName, GROUP_TITLES, settingHelp, settingLabel, type DocumentType } from './texts';

export const FORM_ID = 'docsbridge-settings';

export interface SettingsFormProps {
  values: SettingsValues;
  /** Field name → message to show at the field. */
  errors: Record<string, string>;
  /** The secret field, rendered where the schema puts it. */
  secretField: ReactNode;
  saving: boolean;
  testing: boolean;
  /** The form differs from the stored settings. */
  dirty?: boolean;
  onValue(name: string, value: SettingValue): void;
  onBlurField(name: string): void;
  onSubmit(): void;
  onTest(): void;
}

interface ControlProps {
  def: SettingDef;
  value: SettingValue | undefined;
  error?: string;
  disabled: boolean;
  onValue(name: string, value: SettingValue): void;
  onBlurField(name: string): void;
}

function TextSetting({ def, value, error, disabled, onValue, onBlurField }: ControlProps) {
  const required = REQUIRED_URLS.includes(def.name);
  return (
    <div style={fieldStyle}>
      <Label htmlFor={fieldId(def.name)}>
        {settingLabel(def.name)}
        {required ? <RequiredMark /> : null}
      </Label>
      <Textfield
        id={fieldId(def.name)}
        name={def.name}
        type={def.type === 'url' ? 'url' : 'text'}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onValue(def.name, e.currentTarget.value)}
        onBlur={() => onBlurField(def.name)}
        isInvalid={Boolean(error)}
        isRequired={required}
        isDisabled={disabled}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={describedBy(def.name, error)}
      />
      <FieldMessages name={def.name} help={settingHelp(def.name)} error={error} />
    </div>
  );
}

const indented = { paddingInlineStart: token('space.300', '24px') } as const;

function BooleanSetting({ def, value, error, disabled, onValue }: ControlProps) {
  return (
    <div style={fieldStyle}>
      <Checkbox
        id={fieldId(def.name)}
        name={def.name}
        label={settingLabel(def.name)}
        isChecked={value === true}
        isDisabled={disabled}
        isInvalid={Boolean(error)}
        onChange={(e) => onValue(def.name, e.currentTarget.checked)}
        aria-describedby={describedBy(def.name, error)}
      />
      <div style={indented}>
        <FieldMessages name={def.name} help={settingHelp(def.name)} error={error} />
      </div>
    </div>
  );
}

const choiceColumns = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))',
  columnGap: token('space.300', '24px'),
  rowGap: token('space.150', '12px'),
} as const;
const typeHeading = { font: token('font.heading.xsmall', 'normal 653 14px/16px ui-sans-serif, sans-serif'), margin: `${token('space.100', '8px')} 0 ${token('space.050', '4px')}` } as const;
const TYPE_ORDER: DocumentType[] = ['word', 'cell', 'slide'];

/** Format choices as Atlaskit checkboxes named for people ("OpenDocument text (ODT)"), grouped by document type. */
function FormatsSetting({ def, value, error, disabled, onValue }: ControlProps) {
  const chosen = Array.isArray(value) ? value : [];
  const choices = def.choices ?? [];
  const toggle = (format: string, on: boolean) => {
    const next = choices.filter((c) => (c === format ? on : chosen.includes(c)));
    onValue(def.name, next);
  };
  const groups = TYPE_ORDER.map((type) => ({ type, formats: choices.filter((c) => (FORMAT_TYPES[c] ?? 'word') === type) }))
    .filter((g) => g.formats.length > 0);
  return (
    <div style={fieldStyle} id={fieldId(def.name)}>
      <GroupFieldset legend={settingLabel(def.name)}>
        <div style={choiceColumns}>
          {groups.map((group) => (
            <div key={group.type} role="group" aria-labelledby={`${fieldId(def.name)}-${group.type}`}>
              <p id={`${fieldId(def.name)}-${group.type}`} style={typeHeading}>{DOCUMENT_TYPE_TITLES[group.type]()}</p>
              {group.formats.map((format) => (
                <Checkbox
                  key={format}
                  id={`${fieldId(def.name)}-${format}`}
                  name={def.name}
                  value={format}
                  label={formatName(format)}
                  isChecked={chosen.includes(format)}
                  isDisabled={disabled}
                  isInvalid={Boolean(error)}
                  onChange={(e) => toggle(format, e.currentTarget.checked)}
                  aria-describedby={describedBy(def.name, error)}
                />
              ))}
            </div>
          ))}
        </div>
      </GroupFieldset>
      <FieldMessages name={def.name} help={settingHelp(def.name)} error={error} />
    </div>
  );
}

const radioRow = { display: 'flex', alignItems: 'center', gap: token('space.100', '8px'), paddingBlock: token('space.050', '4px') } as const;
// The same type as the Atlaskit check boxes' labels above, so the two kinds of choice read alike.
const radioLabel = { color: token('color.text', '#292A2E'), font: token('font.body', 'normal 400 14px/20px ui-sans-serif, sans-serif') } as const;
const radioInput = { accentColor: token('color.background.selected.bold', '#1868DB'), margin: 0, inlineSize: '16px', blockSize: '16px' } as const;

function ChoiceSetting({ def, value, error, disabled, onValue }: ControlProps) {
  const labels = CHOICE_LABELS[def.name] ?? {};
  return (
    <div style={fieldStyle} id={fieldId(def.name)}>
      <GroupFieldset legend={settingLabel(def.name)}>
        {(def.choices ?? []).map((choice) => (
          <label key={choice} style={radioRow}>
            <input
              type="radio"
              style={radioInput}
              name={def.name}
              value={choice}
              checked={value === choice}
              disabled={disabled}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(def.name, error)}
              onChange={() => onValue(def.name, choice)}
            />
            <span style={radioLabel}>{labels[choice]?.() ?? choice}</span>
          </label>
        ))}
      </GroupFieldset>
      <FieldMessages name={def.name} help={settingHelp(def.name)} error={error} />
    </div>
  );
}

function CertificateWarning({ show }: { show: boolean }) {
  // The live region stays on the page so that unticking the box is announced.
  return (
    <div aria-live="polite" style={show ? indented : undefined}>
      {show ? (
        <SectionMessage appearance="warning" title={WRM.I18n.getText('docsbridge.admin.certificates.warning.title')}>
          <p>{WRM.I18n.getText('docsbridge.admin.certificates.warning')}</p>
        </SectionMessage>
      ) : null}
    </div>
  );
}

const sectionStyle = { marginBlockStart: token('space.400', '32px') } as const;
const headingStyle = { font: token('font.heading.medium', 'normal 653 20px/24px ui-sans-serif, sans-serif'), color: token('color.text', '#292A2E'), margin: 0 } as const;
const footerStyle = {
  display: 'flex',
  flexWrap: 'wrap',
  justifyContent: 'flex-end',
  gap: token('space.100', '8px'),
  marginBlockStart: token('space.400', '32px'),
} as const;

export function SettingsForm(props: SettingsFormProps) {
  const busy = props.saving || props.testing;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) props.onSubmit();
  };
  const control = (def: SettingDef) => {
    const common: ControlProps = {
      def,
      value: props.values[def.name],
      error: props.errors[def.name],
      disabled: props.saving,
      onValue: props.onValue,
      onBlurField: props.onBlurField,
    };
    switch (def.type) {
      case 'secret':
        return <div key={def.name}>{props.secretField}</div>;
      case 'boolean':
        return (
          <div key={def.name}>
            <BooleanSetting {...common} />
            {def.name === 'verifyCertificates' ? <CertificateWarning show={props.values[def.name] === false} /> : null}
          </div>
        );
      case 'formats':
        return <FormatsSetting key={def.name} {...common} />;
      case 'choice':
        return <ChoiceSetting key={def.name} {...common} />;
      default:
        return <TextSetting key={def.name} {...common} />;
    }
  };
  return (
    <form id={FORM_ID} onSubmit={submit} noValidate aria-busy={busy}>
      <p style={{ color: token('color.text.subtle', '#505258') }}>{WRM.I18n.getText('docsbridge.admin.requiredNote')}</p>
      {GROUPS.map((group) => (
        <section key={group} style={sectionStyle} aria-labelledby={`docsbridge-group-${group}`}>
          <h2 id={`docsbridge-group-${group}`} style={headingStyle}>
            {GROUP_TITLES[group]()}
          </h2>
          {SETTINGS.filter((s) => s.group === group).map(control)}
        </section>
      ))}
      <div style={footerStyle}>
        <p role="status" style={{ margin: 0, marginInlineEnd: 'auto', alignSelf: 'center', color: token('color.text.subtle', '#505258') }}>
          {props.dirty ? WRM.I18n.getText('docsbridge.admin.unsaved') : ''}
        </p>
        <Button onClick={props.onTest} isLoading={props.testing} isDisabled={props.saving}>
          {WRM.I18n.getText('docsbridge.admin.test')}
        </Button>
        <Button appearance="primary" type="submit" isLoading={props.saving} isDisabled={props.testing}>
          {WRM.I18n.getText('docsbridge.admin.save')}
        </Button>
      </div>
    </form>
  );
}

/** The element to focus for a field with an error: the control itself, or the first control of a group. */
export function focusTarget(name: string): HTMLElement | null {
  const el = document.getElementById(fieldId(name));
  if (!el) return null;
  if (el instanceof HTMLInputElement) return el;
  return el.querySelector<HTMLElement>('input, button, textarea, select') ?? el;
}
