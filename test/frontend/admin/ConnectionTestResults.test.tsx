import { render, screen, within } from '@testing-library/react';
import { ConnectionTestResults } from '../../../frontend/admin/ConnectionTestResults';
import { FAILING, PASSING } from './fixtures';

const items = () => within(screen.getByRole('list', { name: 'Connection test' })).getAllByRole('listitem');

test('nothing but the (empty) live region before any test', () => {
  render(<ConnectionTestResults result={null} running={false} />);
  const region = screen.getByTestId('connection-test-results');
  expect(region.getAttribute('aria-live')).toBe('polite');
  expect(region.textContent).toBe('');
});

test('says that a test is running', () => {
  render(<ConnectionTestResults result={null} running />);
  expect(screen.getByTestId('connection-test-results').textContent).toBe('Testing the connection\u2026');
});

test('a passing test: a summary, then each step in words with the server message and the version', () => {
  render(<ConnectionTestResults result={PASSING} running={false} />);
  expect(screen.getByText('All checks passed: Confluence and the Docs server work together.')).toBeTruthy();
  expect(items().map((li) => li.getAttribute('data-step'))).toEqual(['health', 'command', 'conversion']);
  expect(items()[0].textContent).toBe('Passed·Docs server reachableThe Docs server at https://docs.example.com is running.');
  expect(items()[1].textContent).toContain('Command service and JWT secret(version 9.3.1.11)');
});

test('a failing test: failed and skipped steps are named in words, not by colour alone', () => {
  render(<ConnectionTestResults result={FAILING} running={false} />);
  expect(screen.getByText('The connection test failed. Fix the problems below, then test again.')).toBeTruthy();
  const [health, command, conversion] = items();
  expect(health.textContent).toMatch(/^Passed/);
  expect(command.textContent).toMatch(/^Failed.*The secret does not match/);
  expect(command.textContent).not.toContain('version');
  expect(conversion.textContent).toMatch(/^Skipped.*Conversion round trip/);
  // Icons are decoration next to the words; they carry no name of their own.
  for (const li of items()) expect(within(li).queryAllByRole('img', { name: /.+/ })).toHaveLength(0);
});

test('a step the page does not know is still shown, under its id', () => {
  render(<ConnectionTestResults result={{ ok: false, steps: [{ id: 'storage', ok: false, message: 'Disk full.' }] }} running={false} />);
  expect(items()[0].textContent).toBe('Failed·storageDisk full.');
});
