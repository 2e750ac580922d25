// Unit and component tests. Browser tests (test/e2e) have their own config: they need a built jar and Chromium.
const tsJest = ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', allowJs: true, verbatimModuleSyntax: false, isolatedModules: true } }];

// msw 2 pulls in ESM-only packages (rettime and friends); jest must transform them.
const esmOnly = ['msw', '@mswjs', '@open-draft', 'rettime', 'until-async', 'headers-polyfill', 'outvariant', 'strict-event-emitter', 'is-node-process'];
const transformIgnorePatterns = [`node_modules/(?!(${esmOnly.join('|')})/)`];

// Component tests type into jsdom through user-event, which is CPU-bound: on a loaded 2-core machine one test can
// take several seconds, so the default 5 s limit measures the machine, not the app.
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      displayName: 'frontend',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/frontend', '<rootDir>/test/frontend'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/frontend/setupGlobals.ts'],
      transform: { '^.+\\.(t|j|mj)sx?$': tsJest },
      transformIgnorePatterns,
      moduleNameMapper: { '\\.css$': '<rootDir>/test/frontend/styleStub.js' },
      testEnvironmentOptions: { customExportConditions: [''] },
    },
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/docserver', '<rootDir>/test/devhost', '<rootDir>/test/cluster'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.(t|j|mj)sx?$': tsJest },
      transformIgnorePatterns,
    },
  ],
};
