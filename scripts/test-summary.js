// Adds up the results of every test runner into one closing line: "Total: N passed, M failed".
const fs = require('fs');
const path = require('path');

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

function junitReports(dir, label) {
  if (!fs.existsSync(dir)) return;
  let p = 0, f = 0, s = 0;
  for (const file of fs.readdirSync(dir).filter((n) => n.startsWith('TEST-') && n.endsWith('.xml'))) {
    const head = fs.readFileSync(path.join(dir, file), 'utf8').match(/<testsuite [^>]*>/);
    if (!head) continue;
    const attr = (name) => Number((head[0].match(new RegExp(`\\s${name}="(\\d+)"`)) || [0, 0])[1]);
    const total = attr('tests');
    const bad = attr('failures') + attr('errors');
    f += bad;
    s += attr('skipped');
    p += total - bad - attr('skipped');
  }
  lines.push(`${label}: ${p} passed, ${f} failed, ${s} skipped`);
  passed += p; failed += f; skipped += s;
}

function jestReport(file, label) {
  if (!fs.existsSync(file)) {
    lines.push(`${label}: no report (the runner did not finish)`);
    failed += 1;
    return;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  // Suites that failed to run count as failures too.
  const brokenSuites = r.numRuntimeErrorTestSuites || 0;
  lines.push(`${label}: ${r.numPassedTests} passed, ${r.numFailedTests + brokenSuites} failed, ${r.numPendingTests} skipped`);
  passed += r.numPassedTests; failed += r.numFailedTests + brokenSuites; skipped += r.numPendingTests;
}

junitReports('target/surefire-reports', 'JUnit');
junitReports('target/failsafe-reports', 'Jar test');
jestReport('target/test-summary/jest-unit.json', 'Jest');
jestReport('target/test-summary/jest-e2e.json', 'Browser');
jestReport('target/test-summary/jest-e2e-confluence9.json', 'Browser, Confluence 9 jar');
if (fs.existsSync('target/test-summary/typecheck.failed')) {
  lines.push('Type check: 0 passed, 1 failed');
  failed += 1;
}
for (const line of lines) console.log(line);
console.log(`Total: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
