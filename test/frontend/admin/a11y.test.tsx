/** @jest-environment ./test/frontend/jsdomWithFetch.js */
// axe-core over the page in its main states. Colour contrast is left out: jsdom does not lay out or paint.
import axe from 'axe-core';
import { screen } from '@testing-library/react';
import { emptyListing, FAILING, serverState } from './handlers';
import { useSettingsServer } from './mswServer';
import { field, quietAtlaskitNoise, renderPage } from './page';

useSettingsServer();
quietAtlaskitNoise();

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the loaded form, with field errors and the certificate warning, has no axe violations', async () => {
  const { user } = await renderPage();
  await user.clear(field.docsUrl());
  await user.click(field.verifyCertificates());
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(await violations()).toEqual([]);
});

test('the test results and the confirmation dialog have no axe violations', async () => {
  serverState.test = FAILING;
  const { user } = await renderPage();
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByRole('dialog');
  expect(await violations()).toEqual([]);
});

test('the status summary and the save problems with a file waiting (and its discard question) have no axe violations', async () => {
  serverState.lastTest = { at: '2026-11-29T10:15:00Z', ok: false };
  serverState.forgotten = {
    ...emptyListing(),
    files: [{ key: 'k1', attachmentId: 5, pageId: 7, fileName: 'Report.docx', baseVersion: 1, latestVersion: 2, user: 'Alice', at: '2026-11-29T10:00:00Z', reason: 'not a .docx file', newerSaved: true }],
    problems: [{ key: 'k3', at: '2026-11-29T09:00:00Z', attachmentId: 6, fileName: 'Slides.pptx', outcome: 'RETRY', reason: 'HTTP 503' }],
  };
  const { user } = await renderPage();
  await user.click(await screen.findByRole('button', { name: 'Discard' }));
  expect(await violations()).toEqual([]);
});
