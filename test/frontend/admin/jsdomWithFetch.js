// jsdom without the Fetch API is not a browser for the Configure page: its client calls fetch(). This environment is
// jsdom plus Node's own Fetch API and the web platform pieces msw 2 relies on (streams, text coding, broadcast
// channels, abort signals that Node's fetch accepts). Not MessageChannel: React's scheduler would use Node's, whose
// open ports keep Jest from exiting. Select it per test file with
//   /** @jest-environment ./test/frontend/admin/jsdomWithFetch.js */
const { TestEnvironment } = require('jest-environment-jsdom');

const fromNode = [
  'fetch', 'Request', 'Response', 'Headers', 'FormData', 'Blob', 'File',
  'AbortController', 'AbortSignal',
  'TextEncoder', 'TextDecoder', 'TextEncoderStream', 'TextDecoderStream',
  'ReadableStream', 'WritableStream', 'TransformStream',
  'BroadcastChannel', 'structuredClone',
];

class JsdomWithFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of fromNode) {
      if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
    // user-event's arrow-key walk through radio groups needs CSS.escape, which jsdom lacks. Enough of it for
    // identifiers (names made of letters, digits, - and _; anything else is backslash-escaped).
    if (!this.global.CSS) this.global.CSS = { escape: (value) => String(value).replace(/[^\w-]/g, (c) => '\\' + c) };
  }
}

module.exports = JsdomWithFetch;
