// The Configure page: loads the settings, owns the form's state, validates before anything leaves the browser,
// tests the connection on demand and on save, and asks before saving settings whose test failed.
import { useCallback, useEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { ApiError } from '../lib/api/client';
import type { ForgottenApi } from '../lib/api/forgotten';
import { settingsApi, type LastTest, type MentionMailStatus, type SaveRequest, type SettingsApi, type SettingValue, type SettingsValues, type TestResult } from '../lib/api/settings';
import { format } from '../lib/i18n';
import { ConfirmSaveDialog } from './ConfirmSaveDialog';
import { ConnectionTestResults } from './ConnectionTestResults';
import { FieldLink } from './FieldLink';
import { defaultValues, REQUIRED_URLS, SETTINGS, withDefaults } from './schema';
import { generateSecret } from './secret';
import { SavedNotices, type SavedNotice } from './SavedNotices';
import { PROBLEMS_TITLE_ID, SaveProblemsSection } from './SaveProblemsSection';
import { StatusSummary } from './StatusSummary';
import { SecretField } from './SecretField';
import { focusTarget, SettingsForm } from './SettingsForm';
import { validationMessage } from './texts';
import { checkForm, checkHeader, checkSecret, checkUrl, type Checked } from './validation';
import { reasonText } from './problemReasons';

export interface AdminPageProps {
  /** The server API; tests pass fakes. */
  api?: SettingsApi;
  /** Makes a new JWT secret. */
  generate?: () => string;
  /** The save-problems API; tests pass fakes. */
  forgotten?: ForgottenApi;
}

interface Notice {
  appearance: 'error' | 'warning';
  text: string;
  /** The fields to fix, each with its problem and a link to it. */
  fields?: { name: string; message: string }[];
  /** Messages for fields the form does not show (should not happen; shown rather than lost). */
  details?: string[];
}

/** What went wrong with a request, in the administrator's words. */
export function requestErrorText(e: unknown): string {
  if (!(e instanceof ApiError)) return WRM.I18n.getText('docsbridge.admin.error.network');
  switch (e.kind) {
    case 'loginRequired':
      return WRM.I18n.getText('docsbridge.admin.error.login');
    case 'forbidden':
      return WRM.I18n.getText('docsbridge.admin.forbidden.message');
    case 'xsrf':
      return WRM.I18n.getText('docsbridge.admin.error.xsrf');
    case 'invalidResponse':
      return WRM.I18n.getText('docsbridge.admin.error.session');
    case 'network':
      return WRM.I18n.getText('docsbridge.admin.error.network');
    default:
      return format(WRM.I18n.getText('docsbridge.admin.error.http'), e.status);
  }
}

/** What went wrong with a save-problems request: the server's own explanation when it gave one. */
function problemErrorText(e: unknown): string {
  if (e instanceof ApiError && e.kind === 'http' && e.body && typeof e.body === 'object') {
    // The server's reason code, in the administrator's language; its English message only goes to the log.
    const why = reasonText((e.body as { why?: string }).why);
    if (why) return why;
  }
  return requestErrorText(e);
}

/** The client-side check of one field, as a message; undefined when the value is acceptable. */
function fieldProblem(name: string, value: SettingValue | undefined): string | undefined {
  const def = SETTINGS.find((s) => s.name === name);
  if (!def) return undefined;
  const text = typeof value === 'string' ? value : '';
  let checked: Checked<string> | undefined;
  if (def.type === 'url') checked = checkUrl(text, REQUIRED_URLS.includes(name));
  else if (def.type === 'header') checked = checkHeader(text);
  else if (def.type === 'secret') checked = checkSecret(text);
  return checked && !checked.ok ? validationMessage(checked.code) : undefined;
}

/** The failed checks of a connection test that name a setting, as the message to show at that setting's field. */
export function testProblemsAtFields(result: TestResult): Record<string, string> {
  const atFields: Record<string, string> = {};
  for (const step of result.steps) {
    if (!step.ok && !step.skipped && step.field && !atFields[step.field]) {
      atFields[step.field] = format(WRM.I18n.getText('docsbridge.admin.test.atField'), step.message);
    }
  }
  return atFields;
}

const pageStyle = { maxWidth: '760px', color: token('color.text', '#292A2E') } as const;
const noticeStyle = { marginBlock: token('space.200', '16px') } as const;

/** The settings as the form holds them, comparable with what is stored. */
function sameValues(a: SettingsValues, b: SettingsValues): boolean {
  return JSON.stringify(SETTINGS.map((s) => a[s.name] ?? null)) === JSON.stringify(SETTINGS.map((s) => b[s.name] ?? null));
}

export function AdminPage({ api = settingsApi, generate = generateSecret, forgotten }: AdminPageProps) {
  const [phase, setPhase] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [values, setValues] = useState<SettingsValues>(defaultValues);
  // What the server holds: the status summary describes it, and the form is "changed" when it differs from it.
  const [stored, setStored] = useState<SettingsValues>(defaultValues);
  const [lastTest, setLastTest] = useState<LastTest | null>(null);
  const [mentionMail, setMentionMail] = useState<MentionMailStatus | null>(null);
  const [problemCount, setProblemCount] = useState<number | null>(null);
  const [secretSet, setSecretSet] = useState(false);
  // The secret field: what it shows, the stored secret once revealed (sent back only if changed), visibility.
  const [secret, setSecret] = useState('');
  const [revealed, setRevealed] = useState<string | null>(null);
  const [secretVisible, setSecretVisible] = useState(false);
  const [generated, setGenerated] = useState(false);
  const [revealing, setRevealing] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [test, setTest] = useState<TestResult | null>(null);
  // Failed checks that name a setting, shown at that field too until its value changes.
  const [testAtFields, setTestAtFields] = useState<Record<string, string>>({});
  const [testing, setTesting] = useState(false);
  const [saving, setSaving] = useState(false);
  const [pendingSave, setPendingSave] = useState<SaveRequest | null>(null);
  const [flags, setFlags] = useState<SavedNotice[]>([]);
  const dismissFlag = useCallback((id: number) => setFlags((current) => current.filter((f) => f.id !== id)), []);
  const [focusField, setFocusField] = useState<{ name: string } | null>(null);
  const flagIds = useRef(0);

  const applyStored = useCallback((saved: SettingsValues, isSet: boolean) => {
    setValues(withDefaults(saved));
    setStored(withDefaults(saved));
    setSecretSet(isSet);
    setSecret('');
    setRevealed(null);
    setSecretVisible(false);
    setGenerated(false);
    setErrors({});
    setTestAtFields({});
  }, []);

  const load = useCallback(async () => {
    setPhase('loading');
    setNotice(null);
    try {
      const loaded = await api.load();
      applyStored(loaded.values, loaded.secretSet);
      setLastTest(loaded.lastTest ?? null);
      setMentionMail(loaded.mentionMail ?? null);
      setPhase('ready');
    } catch (e) {
      setNotice({ appearance: 'error', text: format(WRM.I18n.getText('docsbridge.admin.loadFailed'), requestErrorText(e)) });
      setPhase('failed');
    }
  }, [api, applyStored]);

  useEffect(() => {
    void load();
  }, [load]);

  // Focus moves to the first field with an error once it is rendered with its message.
  useEffect(() => {
    if (focusField) focusTarget(focusField.name)?.focus();
  }, [focusField]);

  /** The secret to send: one the administrator typed or generated; a revealed, unchanged one stays stored. */
  const newSecret = secret.trim() !== '' && secret !== revealed ? secret : '';
  const dirty = phase === 'ready' && (newSecret !== '' || !sameValues(values, stored));

  // Leaving the page (reload, another address, closing the tab) with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // older browsers show their own text only when this is set
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Shows a connection test's outcome: at the top, and each failed check that names a setting at that field. */
  const showTest = (result: TestResult) => {
    setTest(result);
    setTestAtFields(testProblemsAtFields(result));
  };

  /** Field errors at their fields and, summarised with links, at the top; `during` says what did not happen. */
  const showErrors = (fieldErrors: Record<string, string>, during: 'save' | 'test') => {
    setErrors(fieldErrors);
    const known = new Set(SETTINGS.map((s) => s.name));
    const unknown = Object.entries(fieldErrors).filter(([name]) => !known.has(name));
    setNotice({
      appearance: 'error',
      text: during === 'test' ? WRM.I18n.getText('docsbridge.admin.invalidTest') : WRM.I18n.getText('docsbridge.admin.invalid'),
      fields: SETTINGS.filter((s) => fieldErrors[s.name]).map((s) => ({ name: s.name, message: fieldErrors[s.name] })),
      details: unknown.length ? unknown.map(([name, message]) => `${name}: ${message}`) : undefined,
    });
    const first = SETTINGS.find((s) => fieldErrors[s.name]);
    if (first) setFocusField({ name: first.name });
  };

  /** Checks the form; shows the problems and answers null when something must be fixed first. */
  const checked = (during: 'save' | 'test') => {
    const result = checkForm(values, newSecret, secretSet);
    if (Object.keys(result.errors).length > 0) {
      const messages: Record<string, string> = {};
      for (const [name, code] of Object.entries(result.errors)) messages[name] = validationMessage(code);
      showErrors(messages, during);
      return null;
    }
    return result;
  };

  const runTest = async () => {
    const form = checked('test');
    if (!form) return;
    setNotice(null);
    setErrors({});
    setTesting(true);
    try {
      const outcome = await api.test(form.values, form.secret || undefined);
      if (outcome.kind === 'invalid') showErrors(outcome.errors, 'test');
      else {
        showTest(outcome.test);
        // The server remembers a test of the saved settings as their last test; so does the summary.
        if (!dirty) setLastTest({ at: new Date().toISOString(), ok: outcome.test.ok });
      }
    } catch (e) {
      setNotice({ appearance: 'error', text: requestErrorText(e) });
    } finally {
      setTesting(false);
    }
  };

  const send = async (request: SaveRequest) => {
    setNotice(null);
    setSaving(true);
    try {
      const outcome = await api.save(request);
      if (outcome.kind === 'saved') {
        setPendingSave(null);
        applyStored(outcome.values, outcome.secretSet);
        showTest(outcome.test);
        setLastTest({ at: new Date().toISOString(), ok: outcome.test.ok });
        flagIds.current += 1;
        const flag = { id: flagIds.current, testPassed: outcome.test.ok };
        setFlags((current) => [flag, ...current]);
      } else if (outcome.kind === 'invalid') {
        setPendingSave(null);
        showErrors(outcome.errors, 'save');
      } else {
        showTest(outcome.test);
        setPendingSave({ ...request, confirmFailingTest: true });
      }
    } catch (e) {
      setPendingSave(null);
      setNotice({ appearance: 'error', text: requestErrorText(e) });
    } finally {
      setSaving(false);
    }
  };

  const save = () => {
    const form = checked('save');
    if (!form) return;
    setErrors({});
    void send({ values: form.values, jwtSecret: form.secret || undefined, confirmFailingTest: false });
  };

  const goToProblems = () => {
    const heading = document.getElementById(PROBLEMS_TITLE_ID);
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus();
  };

  const goToField = (name: string) => {
    const target = focusTarget(name);
    target?.scrollIntoView?.({ block: 'center' });
    target?.focus();
  };

  const onValue = (name: string, value: SettingValue) => {
    setValues((current) => ({ ...current, [name]: value }));
    if (testAtFields[name]) setTestAtFields(({ [name]: _old, ...rest }) => rest);
    // An error goes away as soon as the value is acceptable, and follows the value while it is not.
    if (errors[name]) setErrors(({ [name]: _old, ...rest }) => {
      const problem = fieldProblem(name, value);
      return problem ? { ...rest, [name]: problem } : rest;
    });
  };

  const onBlurField = (name: string) => {
    const problem = fieldProblem(name, name === 'jwtSecret' ? newSecret : values[name]);
    setErrors(({ [name]: _old, ...rest }) => (problem ? { ...rest, [name]: problem } : rest));
  };

  const onSecretChange = (value: string) => {
    setSecret(value);
    setGenerated(false);
    setTestAtFields(({ jwtSecret: _old, ...rest }) => rest);
    if (errors.jwtSecret) {
      const candidate = value.trim() !== '' && value !== revealed ? value : '';
      const problem = fieldProblem('jwtSecret', candidate);
      setErrors(({ jwtSecret: _old, ...rest }) => (problem ? { ...rest, jwtSecret: problem } : rest));
    }
  };

  const toggleSecret = async () => {
    if (secretVisible) {
      setSecretVisible(false);
      return;
    }
    if (secret === '' && secretSet && revealed === null) {
      setRevealing(true);
      try {
        const stored = await api.reveal();
        setRevealed(stored);
        setSecret(stored);
        setSecretVisible(true);
      } catch (e) {
        setErrors((current) => ({ ...current, jwtSecret: format(WRM.I18n.getText('docsbridge.admin.secret.revealFailed'), requestErrorText(e)) }));
      } finally {
        setRevealing(false);
      }
      return;
    }
    setSecretVisible(true);
  };

  const onGenerate = () => {
    setSecret(generate());
    setSecretVisible(true);
    setGenerated(true);
    setErrors(({ jwtSecret: _old, ...rest }) => rest);
    setTestAtFields(({ jwtSecret: _old, ...rest }) => rest);
  };

  return (
    <main aria-labelledby="docsbridge-admin-title" style={pageStyle}>
      <h1 id="docsbridge-admin-title">{WRM.I18n.getText('docsbridge.admin.title')}</h1>
      <p>{WRM.I18n.getText('docsbridge.admin.description')}</p>

      <div role="alert" style={notice ? noticeStyle : undefined}>
        {notice ? (
          <SectionMessage appearance={notice.appearance}>
            <p>{notice.text}</p>
            {notice.fields?.length ? (
              <ul>
                {notice.fields.map((f) => (
                  <li key={f.name}>
                    <FieldLink name={f.name} onGoToField={goToField} problem={f.message} />
                  </li>
                ))}
              </ul>
            ) : null}
            {notice.details ? (
              <ul>
                {notice.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </SectionMessage>
        ) : null}
      </div>

      {phase === 'loading' ? <p role="status">{WRM.I18n.getText('docsbridge.admin.loading')}</p> : null}
      {phase === 'failed' ? (
        <Button onClick={() => void load()}>{WRM.I18n.getText('docsbridge.admin.retry')}</Button>
      ) : null}

      {phase === 'ready' ? (
        <StatusSummary
          docsUrl={typeof stored.docsUrl === 'string' ? stored.docsUrl : ''}
          secretSet={secretSet}
          lastTest={lastTest}
          problems={problemCount}
          onGoToProblems={goToProblems}
          mentionMail={mentionMail}
        />
      ) : null}

      {phase === 'ready' ? (
        <>
          <div style={test || testing || saving ? noticeStyle : undefined}>
            <ConnectionTestResults result={test} running={testing || (saving && !pendingSave)} onGoToField={goToField} />
          </div>
          <SettingsForm
            values={values}
            errors={{ ...testAtFields, ...errors }}
            saving={saving}
            testing={testing}
            dirty={dirty}
            onValue={onValue}
            onBlurField={onBlurField}
            onSubmit={save}
            onTest={() => void runTest()}
            secretField={
              <SecretField
                value={secret}
                visible={secretVisible}
                secretSet={secretSet}
                generated={generated}
                revealing={revealing}
                error={errors.jwtSecret ?? testAtFields.jwtSecret}
                disabled={saving}
                onChange={onSecretChange}
                onBlur={() => onBlurField('jwtSecret')}
                onToggleVisible={() => void toggleSecret()}
                onGenerate={onGenerate}
              />
            }
          />
          <SaveProblemsSection api={forgotten} onCount={setProblemCount} describeError={problemErrorText} />
        </>
      ) : null}

      <ConfirmSaveDialog
        isOpen={pendingSave !== null}
        saving={saving}
        onConfirm={() => pendingSave && void send(pendingSave)}
        onCancel={() => setPendingSave(null)}
      />

      <SavedNotices notices={flags} onDismiss={dismissFlag} />
    </main>
  );
}
