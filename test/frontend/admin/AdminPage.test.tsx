/** @jest-environment ./test/frontend/jsdomWithFetch.js */
// The Configure page against the real client and an msw server that behaves like SettingsServlet.
import { act, screen, waitFor, within } from '@testing-library/react';
import { FAILING, PASSING, requestsTo, serverState, storedValues } from './handlers';
import { useSettingsServer } from './mswServer';
import { descriptionOf, field, quietAtlaskitNoise, renderPage } from './page';
import { render } from '@testing-library/react';
import { AdminPage } from '../../../frontend/admin/AdminPage';
import type { SettingsApi } from '../../../frontend/lib/api/settings';

useSettingsServer();
quietAtlaskitNoise();

const saveButton = () => screen.getByRole('button', { name: 'Save' });
const lastPut = () => requestsTo('PUT').at(-1)?.body as { values: Record<string, unknown>; jwtSecret?: string; confirmFailingTest: boolean };

describe('loading', () => {
  test('shows every setting with a visible label, its stored value and its help text', async () => {
    await renderPage();
    expect(field.docsUrl().value).toBe('https://docs.example.com');
    expect(descriptionOf(field.docsUrl())).toContain('as the browsers of your users reach it');
    expect(field.jwtHeader().value).toBe('Authorization');
    expect(field.verifyCertificates().checked).toBe(true);
    expect((screen.getByLabelText('OpenDocument text (ODT)') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Comma-separated values (CSV)') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('Original (without the changes)') as HTMLInputElement).checked).toBe(true);
    for (const label of ['Chat', 'Comments', 'Help', 'Feedback and support button', 'Compact header', 'Document macros', 'Plugins', 'Save on request']) {
      const box = screen.getByLabelText(label) as HTMLInputElement;
      expect(descriptionOf(box)).not.toBe('');
    }
    for (const heading of ['Docs server', 'Security', 'Formats', 'Editor']) expect(screen.getByRole('heading', { name: heading, level: 2 })).toBeTruthy();
  });

  test('the stored secret is not on the page: the field is empty, masked, and says a secret is set', async () => {
    await renderPage();
    expect(field.secret().type).toBe('password');
    expect(field.secret().value).toBe('');
    expect(field.secret().placeholder).toBe('A secret is set. Leave this empty to keep it.');
    expect(document.documentElement.outerHTML).not.toContain('stored-secret-123');
    expect(requestsTo('POST', '/reveal')).toHaveLength(0);
  });

  test('says when no secret is set yet', async () => {
    serverState.secret = null;
    await renderPage();
    expect(descriptionOf(field.secret())).toContain('No secret is set yet');
  });

  test('a non-administrator sees why, and no form', async () => {
    serverState.failWith = { status: 403, body: { error: 'forbidden' } };
    render(<AdminPage />);
    expect(await screen.findByText(/Only system administrators can configure ONLYOFFICE Docs/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  test('a failed load can be retried', async () => {
    serverState.failWith = { status: 500 };
    render(<AdminPage />);
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByRole('alert').textContent).toContain('HTTP 500');
    serverState.failWith = null;
    act(() => retry.click());
    expect(await screen.findByRole('button', { name: 'Save' })).toBeTruthy();
  });
});

describe('validation in the form', () => {
  test('a bad address is reported at the field when leaving it, and the report goes once it is fixed', async () => {
    const { user } = await renderPage();
    await user.clear(field.docsUrl());
    await user.type(field.docsUrl(), 'docs.example.com');
    await user.tab();
    expect(field.docsUrl().getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(field.docsUrl())).toMatch(/^Enter an absolute http:\/\/ or https:\/\/ address/);
    await user.clear(field.docsUrl());
    await user.type(field.docsUrl(), 'https://docs.example.com');
    expect(field.docsUrl().getAttribute('aria-invalid')).not.toBe('true');
    expect(descriptionOf(field.docsUrl())).not.toContain('Enter an absolute');
  });

  test('saving with bad input sends nothing, shows every problem at its field and focuses the first', async () => {
    const { user } = await renderPage();
    await user.type(field.docsInternalUrl(), 'https://user:pw@internal');
    await user.clear(field.jwtHeader());
    await user.type(field.jwtHeader(), 'Bad Header');
    await user.type(field.secret(), 'short');
    await user.click(saveButton());
    expect(requestsTo('PUT')).toHaveLength(0);
    expect(screen.getByRole('alert').textContent).toContain('nothing was saved');
    expect(descriptionOf(field.docsInternalUrl())).toContain('without a user name, password');
    expect(descriptionOf(field.jwtHeader())).toContain("Use letters, digits and !#$%&'*+-.^_`|~ only");
    expect(descriptionOf(field.secret())).toContain('8 to 256 characters');
    await waitFor(() => expect(document.activeElement).toBe(field.docsInternalUrl()));
  });

  test('the required Docs address cannot be left empty', async () => {
    const { user } = await renderPage();
    await user.clear(field.docsUrl());
    await user.click(saveButton());
    expect(requestsTo('PUT')).toHaveLength(0);
    expect(descriptionOf(field.docsUrl())).toContain('Enter the address of your ONLYOFFICE Docs server.');
    expect(field.docsUrl().getAttribute('aria-required') ?? String(field.docsUrl().required)).toMatch(/true/);
  });

  test("the server's 400 messages are shown at their fields, and nothing is saved", async () => {
    const { user } = await renderPage();
    await user.type(field.docsInternalUrl(), 'https://internal.invalid');
    await user.click(saveButton());
    await waitFor(() => expect(descriptionOf(field.docsInternalUrl())).toContain('Server says: this internal address is not allowed.'));
    expect(field.docsInternalUrl().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('nothing was saved');
    expect(serverState.values).toEqual(storedValues());
    await waitFor(() => expect(document.activeElement).toBe(field.docsInternalUrl()));
    expect(screen.queryByText('Settings saved')).toBeNull();
  });
});

describe('connection test', () => {
  test('runs on demand with the values in the form and reports each step', async () => {
    serverState.test = FAILING;
    const { user } = await renderPage();
    await user.clear(field.docsUrl());
    await user.type(field.docsUrl(), 'https://Other.example.com/');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const results = await screen.findByRole('list', { name: 'Connection test' });
    expect(requestsTo('POST', '/test')[0].body).toEqual({ values: storedValues({ docsUrl: 'https://other.example.com' }) });
    const steps = within(results).getAllByRole('listitem').map((li) => li.textContent);
    expect(steps[0]).toMatch(/^Passed.*Docs server reachable.*is running\./);
    expect(steps[1]).toMatch(/^Failed.*Command service and JWT secret.*The secret does not match/);
    expect(steps[2]).toMatch(/^Skipped.*Conversion round trip.*Not run/);
    expect(screen.getByTestId('connection-test-results').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByText(/The connection test failed. Fix the problems below/)).toBeTruthy();
    expect(requestsTo('PUT')).toHaveLength(0);
  });

  test('on an invalid form nothing is sent, and the page says the test did not run and what to fix (not "nothing was saved")', async () => {
    const { user } = await renderPage();
    await user.clear(field.jwtHeader());
    await user.type(field.jwtHeader(), 'Bad Header');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(requestsTo('POST', '/test')).toHaveLength(0);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Some settings are not valid, so the connection was not tested.');
    expect(alert.textContent).not.toContain('nothing was saved');
    const link = within(alert).getByRole('link', { name: /^JWT header: Use letters, digits/ });
    expect(link.getAttribute('href')).toBe('#docsbridge-setting-jwtHeader');
    act(() => field.docsUrl().focus());
    await user.click(link);
    expect(document.activeElement).toBe(field.jwtHeader());
  });

  test("the server's 400 on a test says the test did not run", async () => {
    const { user } = await renderPage();
    await user.type(field.docsInternalUrl(), 'https://internal.invalid');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('so the connection was not tested'));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /^Internal Docs address: Server says/ })).toBeTruthy();
  });

  test('the results are at the top of the form, and a failed check links to the field to fix', async () => {
    serverState.test = FAILING;
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const results = await screen.findByRole('list', { name: 'Connection test' });
    const form = document.getElementById('docsbridge-settings')!;
    expect(results.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const [health, command, conversion] = within(results).getAllByRole('listitem');
    expect(within(health).queryByRole('link')).toBeNull();
    expect(within(conversion).queryByRole('link')).toBeNull();
    await user.click(within(command).getByRole('link', { name: 'Go to JWT secret' }));
    expect(document.activeElement).toBe(field.secret());
  });

  test('shows the Docs version when the command step knows it', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('(version 9.3.1.11)')).toBeTruthy();
    expect(screen.getByText(/All checks passed/)).toBeTruthy();
  });
});

describe('secret', () => {
  test('Show asks the server for the stored secret and shows it; Hide masks it again; unchanged, it is not sent back', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(field.secret().value).toBe('stored-secret-123'));
    expect(field.secret().type).toBe('text');
    expect(requestsTo('POST', '/reveal')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Hide' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(field.secret().type).toBe('password');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(requestsTo('POST', '/reveal')).toHaveLength(1);
    await user.click(saveButton());
    await screen.findByText('Settings saved');
    expect(lastPut()).not.toHaveProperty('jwtSecret');
  });

  test('a failed reveal is reported at the field', async () => {
    const { user } = await renderPage();
    serverState.failWith = { status: 403, body: { error: 'xsrf' } };
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(descriptionOf(field.secret())).toContain('The secret could not be shown. Confluence refused the request'));
    expect(field.secret().type).toBe('password');
  });

  test('Generate fills in a new 43-character base64url secret, different each time, which is then saved', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    const first = field.secret().value;
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(field.secret().type).toBe('text');
    expect(descriptionOf(field.secret())).toContain('A new secret was generated');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    const second = field.secret().value;
    expect(second).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    await user.click(saveButton());
    await screen.findByText('Settings saved');
    expect(lastPut().jwtSecret).toBe(second);
    expect(serverState.secret).toBe(second);
    expect(field.secret().value).toBe('');
    expect(field.secret().type).toBe('password');
  });

  test('a typed secret is sent with the connection test', async () => {
    const { user } = await renderPage();
    await user.type(field.secret(), 'typed-secret-value');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await screen.findByRole('list', { name: 'Connection test' });
    expect(requestsTo('POST', '/test')[0].body).toMatchObject({ jwtSecret: 'typed-secret-value' });
  });
});

describe('saving', () => {
  test('sends the normalised values, shows the test results and a "Settings saved" flag', async () => {
    const { user } = await renderPage();
    await user.clear(field.docsUrl());
    await user.type(field.docsUrl(), ' HTTPS://Docs.Example.com/office/ ');
    await user.click(screen.getByLabelText('Comma-separated values (CSV)'));
    await user.click(screen.getByLabelText('Chat'));
    await user.click(screen.getByLabelText('Markup (changes highlighted)'));
    await user.click(saveButton());
    expect(await screen.findByText('Settings saved')).toBeTruthy();
    expect(screen.getByText('The connection test passed.')).toBeTruthy();
    expect(lastPut()).toEqual({
      values: storedValues({ docsUrl: 'https://docs.example.com/office', lossyEditable: ['odt', 'csv'], chat: false, reviewDisplay: 'markup' }),
      confirmFailingTest: false,
    });
    expect(screen.getByRole('list', { name: 'Connection test' })).toBeTruthy();
    expect(field.docsUrl().value).toBe('https://docs.example.com/office');
  });

  test('a failing test asks for confirmation; "Save anyway" sends again with the confirmation', async () => {
    serverState.test = FAILING;
    const { user } = await renderPage();
    await user.click(screen.getByLabelText('Comments'));
    await user.click(saveButton());
    const dialog = await screen.findByRole('dialog', { name: /The connection test failed. Save anyway\?/ });
    expect(requestsTo('PUT')).toHaveLength(1);
    expect(serverState.values.comments).toBe(true);
    expect(screen.getByRole('list', { name: 'Connection test' }).textContent).toContain('The secret does not match');
    await user.click(within(dialog).getByRole('button', { name: 'Save anyway' }));
    expect(await screen.findByText('Settings saved')).toBeTruthy();
    expect(screen.getByText('The settings were saved although the connection test failed.')).toBeTruthy();
    const [first, second] = requestsTo('PUT').map((r) => r.body);
    expect(first).toMatchObject({ confirmFailingTest: false });
    expect(second).toEqual({ ...(first as object), confirmFailingTest: true });
    expect(serverState.values.comments).toBe(false);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  test('Cancel in the confirmation saves nothing', async () => {
    serverState.test = FAILING;
    const { user } = await renderPage();
    await user.click(screen.getByLabelText('Comments'));
    await user.click(saveButton());
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requestsTo('PUT')).toHaveLength(1);
    expect(serverState.values).toEqual(storedValues());
    expect(screen.queryByText('Settings saved')).toBeNull();
    expect((screen.getByLabelText('Comments') as HTMLInputElement).checked).toBe(false);
  });

  test('a 403 on save says so clearly', async () => {
    const { user } = await renderPage();
    serverState.failWith = { status: 403, body: { error: 'forbidden' } };
    await user.click(saveButton());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Only system administrators can configure ONLYOFFICE Docs.'));
    expect(screen.queryByText('Settings saved')).toBeNull();
  });
});

test('unticking certificate verification shows a warning, ticking it again removes it', async () => {
  const { user } = await renderPage();
  expect(screen.queryByText('Certificates will not be checked')).toBeNull();
  await user.click(field.verifyCertificates());
  expect(screen.getByText('Certificates will not be checked')).toBeTruthy();
  expect(screen.getByText(/can read and change documents/)).toBeTruthy();
  await user.click(field.verifyCertificates());
  expect(screen.queryByText('Certificates will not be checked')).toBeNull();
});

test('data functions come in as props: a fake API drives the page without a server', async () => {
  const api: SettingsApi = {
    load: jest.fn().mockResolvedValue({ values: { docsUrl: 'https://fake.example' }, secretSet: false }),
    reveal: jest.fn(),
    test: jest.fn().mockResolvedValue({ kind: 'tested', test: PASSING }),
    save: jest.fn().mockResolvedValue({ kind: 'saved', test: PASSING, values: { docsUrl: 'https://fake.example' }, secretSet: true }),
  };
  const { user } = await renderPage({ api, generate: () => 'generated-secret-of-fake-length' });
  expect(field.docsUrl().value).toBe('https://fake.example');
  expect(field.jwtHeader().value).toBe('Authorization');
  await user.click(screen.getByRole('button', { name: 'Generate' }));
  await user.click(saveButton());
  await screen.findByText('Settings saved');
  expect(api.save).toHaveBeenCalledWith(expect.objectContaining({ jwtSecret: 'generated-secret-of-fake-length', confirmFailingTest: false }));
  expect(requestsTo('GET')).toHaveLength(0);
});
