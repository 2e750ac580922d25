// Browser tests: headless Chromium (Debian package) driven by playwright-core, against the dev host and the
// Document Server simulator, which globalSetup starts once for the whole run.
const tsJest = ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, isolatedModules: true } }];

module.exports = {
  rootDir: '../..',
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': tsJest },
  globalSetup: '<rootDir>/test/e2e/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/e2e/support/globalTeardown.ts',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/e2e/support/failureLogReporter.js'],
};
