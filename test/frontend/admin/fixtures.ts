// Settings and connection-test answers as the server sends them, shared by the msw handlers and component tests.
import type { SettingsValues, TestResult } from '../../../frontend/lib/api/settings';

export const PASSING: TestResult = {
  ok: true,
  steps: [
    { id: 'health', ok: true, message: 'The Docs server at https://docs.example.com is running.' },
    { id: 'command', ok: true, message: 'The Docs server accepts requests; its version is 9.3.1.11.', version: '9.3.1.11' },
    { id: 'conversion', ok: true, message: 'The Docs server downloaded a test file from Confluence and converted it.' },
  ],
};

export const FAILING: TestResult = {
  ok: false,
  steps: [
    { id: 'health', ok: true, message: 'The Docs server at https://docs.example.com is running.' },
    { id: 'command', ok: false, message: 'The secret does not match: the Docs server refused the signed request.', version: null, field: 'jwtSecret' },
    { id: 'conversion', ok: false, message: 'Not run: an earlier check failed.', skipped: true },
  ],
};

export function storedValues(overrides: Partial<SettingsValues> = {}): SettingsValues {
  return {
    docsUrl: 'https://docs.example.com',
    docsInternalUrl: '',
    confluenceInternalUrl: '',
    jwtHeader: 'Authorization',
    verifyCertificates: true,
    lossyEditable: ['odt'],
    chat: true,
    comments: true,
    help: true,
    feedback: false,
    compactHeader: false,
    macros: true,
    plugins: true,
    forcesave: false,
    reviewDisplay: 'original',
    maxResultMb: '100',
    ...overrides,
  };
}
