// "Go to <field>": a link from a message at the top of the page to the setting it is about. A real link to the
// field's id (so it works as an in-page anchor too) that moves keyboard focus into the control.
import { token } from '@atlaskit/tokens';
import { format } from '../lib/i18n';
import { fieldId } from './fields';
import { settingLabel } from './texts';

export interface FieldLinkProps {
  name: string;
  onGoToField(name: string): void;
  /** The field's problem: the link then reads "<label>: <problem>" rather than "Go to <label>". */
  problem?: string;
}

export function FieldLink({ name, onGoToField, problem }: FieldLinkProps) {
  return (
    <a
      href={`#${fieldId(name)}`}
      data-field={name}
      style={{ color: token('color.link', '#1868DB') }}
      onClick={(event) => {
        event.preventDefault();
        onGoToField(name);
      }}
    >
      {problem === undefined
        ? format(WRM.I18n.getText('docsbridge.admin.goToField'), settingLabel(name))
        : format(WRM.I18n.getText('docsbridge.admin.fieldProblem'), settingLabel(name), problem)}
    </a>
  );
}
