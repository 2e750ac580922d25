/** @jest-environment ./test/frontend/jsdomWithFetch.js */
// The Configure page's "Save problems" section (issue #9) against the real client and an msw stand-in for
// ForgottenFilesServlet: what, where, when and why for each file; store, discard (after asking), errors, empty state.
import { screen, waitFor, within } from '@testing-library/react';
import type { ForgottenFile } from '../../../frontend/lib/api/forgotten';
import { emptyListing, forgottenRequests, serverState } from './handlers';
import { useSettingsServer } from './mswServer';
import { quietAtlaskitNoise, renderPage } from './page';

useSettingsServer();
quietAtlaskitNoise();

const section = () => screen.getByTestId('save-problems');

function file(overrides: Partial<ForgottenFile> = {}): ForgottenFile {
  return {
    key: 'inst-5-1-abc', attachmentId: 5, pageId: 7, fileName: 'Report.docx', baseVersion: 1, latestVersion: 2,
    user: 'Alice Liddell', at: '2026-11-29T10:00:00Z', why: 'wrongContent', reason: 'the result is not a .docx file', newerSaved: true,
    ...overrides,
  };
}

test('nothing waiting: a clear empty state, no buttons', async () => {
  await renderPage();
  expect(await within(section()).findByText(/Nothing to do: ONLYOFFICE Docs keeps no files for Confluence/)).toBeTruthy();
  expect(within(section()).queryAllByRole('button')).toHaveLength(0);
});

test('each waiting file says what, where, when, who and why, and links to its page', async () => {
  serverState.forgotten = { ...emptyListing(), files: [file()] };
  await renderPage();
  const list = await within(section()).findByRole('list', { name: 'Files the Docs server could not deliver' });
  const item = within(list).getByRole('listitem');
  expect(within(item).getByRole('link', { name: 'Report.docx' }).getAttribute('href')).toBe('/confluence/pages/viewpageattachments.action?pageId=7');
  expect(item.textContent).toMatch(/Edited by Alice Liddell; last save attempt .*2026/);
  expect(item.textContent).toContain('Why: What ONLYOFFICE Docs sent is not a file of the attachment\u2019s format.');
  // The server's English detail, as in its log, is there for support but folded away.
  const details = item.querySelector('details')!;
  expect(details.open).toBe(false);
  expect(within(details as HTMLElement).getByText('Technical details')).toBeTruthy();
  expect(details.textContent).toContain('the result is not a .docx file');
  expect(item.textContent).toContain('This editing session started from version 1; version 2 was saved since.');
  expect(within(item).getByRole('button', { name: 'Store as new version' })).toBeTruthy();
  expect(within(item).getByRole('button', { name: 'Discard' })).toBeTruthy();
});

test('Store as new version stores it and says which version it became', async () => {
  serverState.forgotten = { ...emptyListing(), files: [file()] };
  const { user } = await renderPage();
  await user.click(await within(section()).findByRole('button', { name: 'Store as new version' }));
  expect(await within(section()).findByText('“Report.docx” was stored as version 3.')).toBeTruthy();
  expect(forgottenRequests('POST').map((r) => r.body)).toEqual([{ action: 'store', key: 'inst-5-1-abc' }]);
  expect(forgottenRequests('POST')[0].headers['x-atlassian-token']).toBe('no-check');
  expect(within(section()).queryByRole('button', { name: 'Store as new version' })).toBeNull();
  expect(within(section()).getByRole('link', { name: "Open the page's attachments" })).toBeTruthy();
});

test('Discard asks first; Cancel keeps the file, confirming discards it', async () => {
  serverState.forgotten = { ...emptyListing(), files: [file()] };
  const { user } = await renderPage();
  await user.click(await within(section()).findByRole('button', { name: 'Discard' }));
  expect(within(section()).getByText(/Discard this file for good\? ONLYOFFICE Docs deletes it/)).toBeTruthy();
  expect(document.activeElement).toBe(within(section()).getByRole('button', { name: 'Discard for good' }));
  await user.click(within(section()).getByRole('button', { name: 'Cancel' }));
  expect(forgottenRequests('POST')).toHaveLength(0);
  await user.click(within(section()).getByRole('button', { name: 'Discard' }));
  await user.click(within(section()).getByRole('button', { name: 'Discard for good' }));
  expect(await within(section()).findByText('“Report.docx” was discarded.')).toBeTruthy();
  expect(forgottenRequests('POST').map((r) => r.body)).toEqual([{ action: 'discard', key: 'inst-5-1-abc' }]);
});

test("a refused store shows the server's reason at the file, which stays", async () => {
  serverState.forgotten = { ...emptyListing(), files: [file()] };
  const { user } = await renderPage();
  const store = await within(section()).findByRole('button', { name: 'Store as new version' });
  serverState.forgottenFailWith = { status: 409, body: { error: 'refused', why: 'attachmentGone', message: 'the attachment no longer exists' } };
  await user.click(store);
  const alert = await within(section()).findByRole('alert');
  // In the administrator's language: the server's English message is not shown.
  expect(alert.textContent).toBe('“Report.docx” could not be stored; it stays on the Docs server. The attachment was deleted while it was being edited.');
  expect(within(section()).getByRole('button', { name: 'Store as new version' })).toBeTruthy();
});

test('a file whose attachment is gone can only be discarded, and says why', async () => {
  serverState.forgotten = { ...emptyListing(), files: [file({ attachmentId: 0, pageId: 0, newerSaved: true })] };
  await renderPage();
  const store = await within(section()).findByRole('button', { name: 'Store as new version' });
  expect(store.hasAttribute('disabled') || store.getAttribute('aria-disabled') === 'true').toBe(true);
  expect(section().textContent).toContain('The attachment was deleted, so this file cannot be stored in Confluence.');
  expect(within(section()).queryByRole('link', { name: 'Report.docx' })).toBeNull();
});

test('recent problems without a waiting file are listed in words; automatic recoveries are reported', async () => {
  serverState.forgotten = {
    files: [file()],
    recovered: [file({ key: 'k2', fileName: 'Budget.xlsx' })],
    problems: [
      { key: 'inst-5-1-abc', at: '2026-11-29T10:00:00Z', attachmentId: 5, fileName: 'Report.docx', outcome: 'KEPT_BY_DOCS', reason: 'x' },
      { key: 'k3', at: '2026-11-29T09:00:00Z', attachmentId: 6, fileName: 'Slides.pptx', outcome: 'SUPERSEDED', reason: '' },
    ],
  };
  await renderPage();
  const recent = await within(section()).findByRole('list', { name: 'Recent save problems' });
  expect(within(recent).getAllByRole('listitem')).toHaveLength(1);
  expect(recent.textContent).toContain('Slides.pptx');
  expect(recent.textContent).toContain('An older save arrived after a newer one, which already holds its changes. Nothing was lost.');
  expect(section().textContent).toContain('Stored automatically as new versions just now:');
  expect(within(section()).getByRole('link', { name: 'Budget.xlsx' })).toBeTruthy();
});

test('a failed load says so and can be retried; a Docs server that cannot be asked is named', async () => {
  serverState.forgottenFailWith = { status: 500 };
  const { user } = await renderPage();
  const alert = await within(section()).findByRole('alert');
  expect(alert.textContent).toContain('The save problems could not be loaded. Confluence answered with an unexpected error (HTTP 500).');
  serverState.forgottenFailWith = null;
  serverState.forgotten = { ...emptyListing(), docsError: 'cannot connect to the Docs server at docs.example.com', docsWhy: 'docsUnavailable' };
  await user.click(within(alert).getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(section().textContent).toContain('ONLYOFFICE Docs could not be asked for the files it kept. ONLYOFFICE Docs could not be reached, or answered with a server error. Check the connection test above'));
  expect(section().textContent).not.toContain('Nothing to do');
});

test('a reason without a known code shows only the technical detail, never an untranslated "Why"', async () => {
  serverState.forgotten = { ...emptyListing(), files: [file({ why: 'other', reason: 'java.lang.IllegalStateException: boom' })] };
  await renderPage();
  const list = await within(section()).findByRole('list', { name: 'Files the Docs server could not deliver' });
  const item = within(list).getByRole('listitem');
  expect(item.textContent).not.toContain('Why:');
  expect(item.querySelector('details')!.textContent).toContain('IllegalStateException: boom');
});
