// Helpers for rendering the Configure page in tests.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { AdminPage, type AdminPageProps } from '../../../frontend/admin/AdminPage';

/**
 * Atlaskit outside Atlassian's cloud logs two known, harmless messages: its feature-gate client was never
 * initialised (every gate reads as off), and react-scrolllock uses defaultProps. Everything else still shows.
 */
export function quietAtlaskitNoise(): void {
  const warn = console.warn;
  const error = console.error;
  beforeEach(() => {
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      const first = args[0];
      if (first && typeof first === 'object' && String((first as { msg?: unknown }).msg).includes('feature gate')) return;
      warn(...args);
    });
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].includes('Support for defaultProps will be removed')) return;
      error(...args);
    });
  });
  afterEach(() => jest.restoreAllMocks());
}

/** Renders the page and waits until the settings are loaded and the form is shown. */
export async function renderPage(props: AdminPageProps = {}) {
  const user = userEvent.setup();
  const view = render(createElement(AdminPage, props));
  await screen.findByRole('button', { name: 'Save' });
  return { user, ...view };
}

export const field = {
  docsUrl: () => screen.getByLabelText(/^ONLYOFFICE Docs address/) as HTMLInputElement,
  docsInternalUrl: () => screen.getByLabelText('Internal Docs address') as HTMLInputElement,
  jwtHeader: () => screen.getByLabelText('JWT header') as HTMLInputElement,
  secret: () => screen.getByLabelText(/^JWT secret/) as HTMLInputElement,
  verifyCertificates: () => screen.getByLabelText('Verify the certificate of the Docs server') as HTMLInputElement,
};

/** The elements whose ids an element's aria-describedby lists, as text. */
export function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `<missing #${id}>`)
    .join(' | ');
}
