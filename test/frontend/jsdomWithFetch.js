// jsdom plus Node's Fetch API and the web platform pieces msw 2 needs, for tests whose code calls fetch() (msw
// answers). Select it per test file with
//   /** @jest-environment ./test/frontend/jsdomWithFetch.js */
const { TestEnvironment } = require('jest-environment-jsdom');

const NODE_GLOBALS = [
  'fetch', 'Request', 'Response', 'Headers', 'FormData', 'Blob', 'File', 'AbortController', 'AbortSignal',
  'TextEncoder', 'TextDecoder', 'TextEncoderStream', 'TextDecoderStream', 'ReadableStream', 'WritableStream',
  'TransformStream', 'BroadcastChannel', 'structuredClone',
];
// Not MessageChannel: React's scheduler would use it, and its open port keeps Jest from exiting.

module.exports = class JsdomWithNodeFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of NODE_GLOBALS) {
      if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
    // user-event walks radio groups with CSS.escape, which jsdom lacks.
    if (!this.global.CSS) this.global.CSS = {};
    if (!this.global.CSS.escape) this.global.CSS.escape = (value) => String(value).replace(/[^\w-]/g, (c) => '\\' + c);
  }
};
