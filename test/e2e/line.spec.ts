import { environment } from './support/environment';

// Which app the browser tests run against: the Confluence 10 app (jakarta, Jetty ee10) or, with E2E_CONFLUENCE=9,
// the Confluence 9 jar (javax) on Jetty's ee8 environment. Either way every module of the descriptor is wired.
test('the dev host runs the app of the Confluence line under test, with every module wired', async () => {
  const status = (await (await fetch(`${environment().devhostUrl}/devhost/api/status`)).json()) as {
    servletApi: string;
    problems: string[];
    servlets: string[];
  };
  expect(status.servletApi).toMatch(process.env.E2E_CONFLUENCE === '9' ? /^javax\.servlet\b/ : /^jakarta\.servlet\b/);
  expect(status.problems).toEqual([]);
  expect(status.servlets).toContain('/plugins/servlet/onlyoffice/doceditor');
});
