/** @jest-environment ./test/frontend/jsdomWithFetch.js */
// axe-core over the page in its main states. Colour contrast is left out: jsdom does not lay out or paint.
import axe from 'axe-core';
import { screen } from '@testing-library/react';
import { FAILING, serverState } from './handlers';
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
