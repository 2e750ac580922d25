/** @jest-environment ./test/frontend/jsdomWithFetch.js */
// The Configure page's status summary, required secret with Copy, unsaved-changes warning and closable notices.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { NOTICE_MS, SavedNotices } from '../../../frontend/admin/SavedNotices';
import { FAILING } from './fixtures';
import { emptyListing, requestsTo, serverState } from './handlers';
import { useSettingsServer } from './mswServer';
import { descriptionOf, field, quietAtlaskitNoise, renderPage } from './page';

useSettingsServer();
quietAtlaskitNoise();

const summary = () => screen.getByRole('region', { name: 'Status' });
const saveButton = () => screen.getByRole('button', { name: 'Save' });

describe('status summary', () => {
  test('says the app is configured, when the saved settings were last tested and that no save went wrong', async () => {
    serverState.lastTest = { at: '2026-11-29T10:15:00Z', ok: true };
    await renderPage();
    await waitFor(() => expect(summary().textContent).toContain('No save problems'));
    const text = summary().textContent ?? '';
    expect(text).toContain('Configured: Confluence uses ONLYOFFICE Docs at https://docs.example.com.');
    expect(text).toMatch(/Connection last tested .*2026.*: all checks passed\./);
    // The summary comes first, before the form.
    expect(summary().compareDocumentPosition(document.getElementById('docsbridge-settings')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('an unconfigured app says so and what to do; a failed last test says to test again', async () => {
    serverState.secret = null;
    serverState.lastTest = { at: '2026-11-29T10:15:00Z', ok: false };
    const first = await renderPage();
    expect(summary().textContent).toContain('Not configured yet: users are not offered ONLYOFFICE until the Docs address and the JWT secret are saved below.');
    first.unmount();
    serverState.secret = 'stored-secret-123';
    await renderPage();
    expect(summary().textContent).toContain('the test failed. Use Test connection to see what to fix.');
  });

  test('a saved configuration was never tested: the summary says so; saving tests it and updates the summary', async () => {
    const { user } = await renderPage();
    expect(summary().textContent).toContain('The saved settings have not been tested yet.');
    await user.click(saveButton());
    await screen.findByText('Settings saved');
    expect(summary().textContent).toMatch(/Connection last tested .*: all checks passed\./);
  });

  test('problems waiting are counted, with a link that moves focus to the list', async () => {
    serverState.forgotten = {
      ...emptyListing(),
      files: [{ key: 'k1', attachmentId: 5, pageId: 7, fileName: 'Report.docx', baseVersion: 1, latestVersion: 2, user: 'Alice', at: '2026-11-29T10:00:00Z', reason: 'not a .docx file', newerSaved: true }],
    };
    const { user } = await renderPage();
    const link = await within(summary()).findByRole('link', { name: 'Go to the save problems' });
    expect(summary().textContent).toContain('Save problems to look at: 1.');
    await user.click(link);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Save problems', level: 2 }));
  });
});

describe('the JWT secret is required', () => {
  test('it is marked and announced as required', async () => {
    await renderPage();
    expect(field.secret().required || field.secret().getAttribute('aria-required') === 'true').toBe(true);
    expect(document.querySelector('label[for="docsbridge-setting-jwtSecret"]')!.textContent).toContain('*');
  });

  test('without a stored secret, saving with an empty one sends nothing and says what to do', async () => {
    serverState.secret = null;
    const { user } = await renderPage();
    await user.click(saveButton());
    expect(requestsTo('PUT')).toHaveLength(0);
    expect(descriptionOf(field.secret())).toContain('Enter the JWT secret of the Docs server (JWT_SECRET), or generate one here');
    await waitFor(() => expect(document.activeElement).toBe(field.secret()));
  });

  test('a stored secret may stay: an empty field keeps it', async () => {
    const { user } = await renderPage();
    await user.click(saveButton());
    await screen.findByText('Settings saved');
    expect(requestsTo('PUT')[0].body).not.toHaveProperty('jwtSecret');
  });
});

describe('Copy', () => {
  test('appears for a generated secret and copies it, saying where to paste it', async () => {
    const { user } = await renderPage();
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    const write = jest.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(write).toHaveBeenCalledWith(field.secret().value);
    expect(descriptionOf(field.secret())).toContain('The secret was copied. Set it as JWT_SECRET on the Docs server');
  });

  test('when the browser refuses, it says how to copy by hand', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    document.execCommand = jest.fn().mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(descriptionOf(field.secret())).toContain('select it in the field and copy it yourself'));
  });
});

describe('unsaved changes', () => {
  const leave = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  test('leaving with unsaved changes asks first; after saving (or undoing the change) it does not', async () => {
    const { user } = await renderPage();
    expect(leave()).toBe(false);
    await user.click(screen.getByLabelText('Chat'));
    expect(leave()).toBe(true);
    expect(screen.getByText(/You have unsaved changes/)).toBeTruthy();
    await user.click(screen.getByLabelText('Chat'));
    expect(leave()).toBe(false);
    await user.type(field.secret(), 'a-new-secret-value');
    expect(leave()).toBe(true);
    await user.click(saveButton());
    await screen.findByText('Settings saved');
    expect(leave()).toBe(false);
    expect(screen.queryByText(/You have unsaved changes/)).toBeNull();
  });
});

describe('notices', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('a success notice closes by itself or with Close; a warning stays until closed', () => {
    const dismissed: number[] = [];
    const { rerender } = render(<SavedNotices notices={[{ id: 1, testPassed: true }, { id: 2, testPassed: false }]} onDismiss={(id) => dismissed.push(id)} />);
    expect(screen.getByRole('alert').textContent).toContain('although the connection test failed');
    act(() => jest.advanceTimersByTime(NOTICE_MS + 1000));
    expect(dismissed).toEqual([1]);
    act(() => jest.advanceTimersByTime(10 * NOTICE_MS));
    expect(dismissed).toEqual([1]);
    rerender(<SavedNotices notices={[{ id: 2, testPassed: false }]} onDismiss={(id) => dismissed.push(id)} />);
    act(() => screen.getByRole('button', { name: 'Close' }).click());
    expect(dismissed).toEqual([1, 2]);
  });
});

describe('failed checks at the field to fix', () => {
  test('a failed check that names a setting is shown at that field too, until the field changes', async () => {
    serverState.test = FAILING;
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await screen.findByText('The connection test failed. Fix the problems below, then test again.');
    await waitFor(() => expect(descriptionOf(field.secret())).toContain('Connection test: The secret does not match'));
    expect(field.secret().getAttribute('aria-invalid')).toBe('true');
    // Checks that passed or were skipped mark no field.
    expect(descriptionOf(field.docsUrl())).not.toContain('Connection test');
    await user.type(field.secret(), 'another-secret-value');
    expect(descriptionOf(field.secret())).not.toContain('Connection test');
  });
});
