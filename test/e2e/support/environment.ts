// Where the servers of this test run listen; globalSetup starts them, every spec reads this.
import fs from 'fs';
import path from 'path';

export interface E2eEnvironment {
  devhostUrl: string; // http://127.0.0.1:PORT/confluence (node 1; the base URL the app uses for links)
  nodeUrls: string[]; // every app node's own address (the dev host runs two: a Data Center cluster)
  docsUrl: string; // the simulator
  docsSecret: string;
  jwtHeader: string;
}

export const environmentFile = path.resolve(__dirname, '../../../target/e2e-environment.json');
/** Everything the dev host printed during this run (failureLogReporter.js shows its tail when a test fails). */
export const devhostLogFile = path.resolve(__dirname, '../../../target/e2e-logs/devhost.log');

export function environment(): E2eEnvironment {
  return JSON.parse(fs.readFileSync(environmentFile, 'utf8')) as E2eEnvironment;
}
