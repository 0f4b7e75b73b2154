process.env.AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING = '1';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/contract-setup.ts'],
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores in CI: files run in parallel against one DynamoDB Local, each with its own table.
    maxWorkers: 2,
    env: {
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_DEV: 'false',
      AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING: '1',
      // Two busy cores can keep DynamoDB Local from answering for seconds: the store's own
      // timeouts are tested with short limits where they are the subject (store-stall.test.ts).
      // The SDK counts a wait for one of its 50 sockets as connecting: 200 concurrent calls in one
      // process would otherwise read as a store that does not answer.
      STORE_CONNECT_TIMEOUT_MS: '60000',
      STORE_ATTEMPT_TIMEOUT_MS: '60000',
      STORE_TIMEOUT_MS: '120000',
      STORE_HEALTH_TIMEOUT_MS: '20000',
    },
  },
});
