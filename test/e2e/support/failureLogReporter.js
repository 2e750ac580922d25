// When a browser test fails, prints what the dev host logged and what the Document Server simulator holds at that
// moment, so that a failure on CI (where nothing else survives the run) says where it stood.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../../..');
const LOG = path.join(root, 'target/e2e-logs/devhost.log');
const ENVIRONMENT = path.join(root, 'target/e2e-environment.json');
const LOG_LINES = 80;
const STATE_CHARS = 4000;

class FailureLogReporter {
  constructor() {
    this.logOffset = 0;
  }

  async onTestResult(_test, result) {
    const logged = this.newLogText();
    const failed = result.testResults.filter((t) => t.status === 'failed');
    if (!failed.length) return;
    const lines = logged.split('\n').filter(Boolean).slice(-LOG_LINES);
    const out = [`\n== ${path.relative(root, result.testFilePath)}: ${failed.length} failed (${failed.map((t) => t.title).join('; ')})`,
      `-- dev host log during this file (last ${lines.length} lines) --`, ...lines,
      '-- Document Server simulator state --', await simulatorState(), '== end of failure context\n'];
    process.stdout.write(out.join('\n') + '\n');
  }

  /** The log written since the previous test file finished. */
  newLogText() {
    let text = '';
    try {
      const size = fs.statSync(LOG).size;
      if (size < this.logOffset) this.logOffset = 0; // a new run started a new file
      const fd = fs.openSync(LOG, 'r');
      const buffer = Buffer.alloc(size - this.logOffset);
      fs.readSync(fd, buffer, 0, buffer.length, this.logOffset);
      fs.closeSync(fd);
      this.logOffset = size;
      text = buffer.toString('utf8');
    } catch {
      text = '(no dev host log)';
    }
    return text;
  }
}

async function simulatorState() {
  try {
    const { docsUrl } = JSON.parse(fs.readFileSync(ENVIRONMENT, 'utf8'));
    const response = await fetch(`${docsUrl}/__sim/state`, { signal: AbortSignal.timeout(5000) });
    const text = await response.text();
    return text.length > STATE_CHARS ? `${text.slice(0, STATE_CHARS)}… (${text.length} characters)` : text;
  } catch (e) {
    return `(simulator state unavailable: ${e.message})`;
  }
}

module.exports = FailureLogReporter;
