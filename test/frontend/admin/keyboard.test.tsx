/** @jest-environment ./test/frontend/jsdomWithFetch.js */
// The page and its dialog with the keyboard alone.
import { screen, waitFor, within } from '@testing-library/react';
import { SETTINGS } from '../../../frontend/admin/schema';
import { FAILING, requestsTo, serverState, storedValues } from './handlers';
import { useSettingsServer } from './mswServer';
import { field, quietAtlaskitNoise, renderPage } from './page';

useSettingsServer();
quietAtlaskitNoise();

/** The controls of the form in document order as the browser tabs through them: one stop per radio group. */
function expectedTabStops(): HTMLElement[] {
  const form = document.getElementById('docsbridge-settings')!;
  const all = Array.from(form.querySelectorAll<HTMLElement>('input, button, select, textarea, [tabindex]')).filter(
    (el) => el.getAttribute('tabindex') !== '-1' && !(el as HTMLInputElement).disabled,
  );
  return all.filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked));
}

test('Tab reaches every control of the form, in reading order, and then leaves the page', async () => {
  const { user } = await renderPage();
  const stops: HTMLElement[] = [];
  for (let i = 0; i < 100; i++) {
    await user.tab();
    if (document.activeElement === document.body) break;
    stops.push(document.activeElement as HTMLElement);
  }
  expect(stops).toEqual(expectedTabStops());
  const names = new Set(stops.map((el) => el.getAttribute('name')).filter(Boolean));
  expect([...names].sort()).toEqual(SETTINGS.map((s) => s.name).sort());
  expect(stops.map((el) => el.textContent).filter((t) => ['Show', 'Generate', 'Test connection', 'Save'].includes(t ?? ''))).toEqual(['Show', 'Generate', 'Test connection', 'Save']);
  // Shift+Tab walks back.
  await user.tab({ shift: true });
  expect(document.activeElement).toBe(stops.at(-1));
});

test('Space ticks a checkbox and the arrow keys choose within the radio group', async () => {
  const { user } = await renderPage();
  const chat = screen.getByLabelText('Chat') as HTMLInputElement;
  chat.focus();
  await user.keyboard(' ');
  expect(chat.checked).toBe(false);
  const original = screen.getByLabelText('Original (without the changes)') as HTMLInputElement;
  original.focus();
  await user.keyboard('{ArrowDown}');
  expect((screen.getByLabelText('Markup (changes highlighted)') as HTMLInputElement).checked).toBe(true);
  expect(original.checked).toBe(false);
});

test('Enter in a text field saves', async () => {
  const { user } = await renderPage();
  await user.click(field.jwtHeader());
  await user.clear(field.jwtHeader());
  await user.type(field.jwtHeader(), 'AuthorizationJwt{Enter}');
  expect(await screen.findByText('Settings saved')).toBeTruthy();
  expect(requestsTo('PUT')[0].body).toMatchObject({ values: storedValues({ jwtHeader: 'AuthorizationJwt' }) });
});

test('Enter with invalid input sends nothing and puts the focus on the field to fix', async () => {
  const { user } = await renderPage();
  await user.click(field.docsInternalUrl());
  await user.type(field.docsInternalUrl(), 'not an address');
  await user.click(field.jwtHeader());
  await user.keyboard('{Enter}');
  await waitFor(() => expect(document.activeElement).toBe(field.docsInternalUrl()));
  expect(requestsTo('PUT')).toHaveLength(0);
});

test('the secret can be shown and generated from the keyboard', async () => {
  const { user } = await renderPage();
  field.secret().focus();
  await user.tab();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show' }));
  await user.keyboard('{Enter}');
  await waitFor(() => expect(field.secret().value).toBe('stored-secret-123'));
  await user.tab();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Generate' }));
  await user.keyboard(' ');
  expect(field.secret().value).toMatch(/^[A-Za-z0-9_-]{43}$/);
});

describe('the confirmation dialog', () => {
  async function openDialog() {
    serverState.test = FAILING;
    const page = await renderPage();
    await page.user.click(field.docsUrl());
    await page.user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'The connection test failed. Save anyway?' });
    return { ...page, dialog };
  }

  test('takes the focus, keeps it inside, starts on Cancel; Enter on "Save anyway" saves', async () => {
    const { user, dialog } = await openDialog();
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    const confirm = within(dialog).getByRole('button', { name: 'Save anyway' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    for (let i = 0; i < 4; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    expect(document.activeElement).toBe(cancel);
    await user.tab();
    expect(document.activeElement).toBe(confirm);
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Settings saved')).toBeTruthy();
    expect(requestsTo('PUT').map((r) => (r.body as { confirmFailingTest: boolean }).confirmFailingTest)).toEqual([false, true]);
  });

  test('Escape closes it without saving', async () => {
    const { user } = await openDialog();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requestsTo('PUT')).toHaveLength(1);
    expect(screen.queryByText('Settings saved')).toBeNull();
  });
});
