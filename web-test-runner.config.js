// Element and unit tests in headless Chromium (the system's, never a download).
// The browser's zone and locale are pinned, so no test depends on where it runs:
// Asia/Kathmandu (UTC+5:45) is far from every zone the examples use, so code that
// quietly used the machine's zone instead of the visitor's would show it.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.js';
import { faultRoutes } from './test/fault-routes.js';

export const TEST_ZONE = 'Asia/Kathmandu';
export const TEST_LOCALE = 'en-US';

let executablePath;
try {
  executablePath = chromiumPath();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

/**
 * FUZZ_SEED and FUZZ_RUNS from the shell, for test/fuzz.test.ts: a browser cannot
 * read process.env, so they are served as a module (`FUZZ_SEED=42 npx wtr …`).
 */
const testEnv = {
  name: 'plenary-test-env',
  serve(context) {
    if (context.path !== '/__plenary-test-env.js') return undefined;
    const env = { FUZZ_SEED: process.env.FUZZ_SEED ?? null, FUZZ_RUNS: process.env.FUZZ_RUNS ?? null };
    return { body: `export default ${JSON.stringify(env)};\n`, type: 'js' };
  },
};

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  middleware: [faultRoutes],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [testEnv, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, args: CHROMIUM_ARGS },
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: TEST_ZONE, locale: TEST_LOCALE }),
    }),
  ],
};
