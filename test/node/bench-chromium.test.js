// The Chromium the benchmark drives (bench/chromium.sh): Chromium reads only the
// last --disable-features list it is given, so the wrapper merges every list
// into one. Without it the benchmark's own list (the address-bar popup) would
// silently drop playwright's. The wrapper is run here with a stand-in for
// Chromium that prints the arguments it receives, one per line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WRAPPER = fileURLToPath(new URL('../../bench/chromium.sh', import.meta.url));

function argumentsReceived(args) {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-chromium-'));
  try {
    const standIn = join(dir, 'chromium');
    writeFileSync(standIn, '#!/bin/sh\nfor arg do printf "%s\\n" "$arg"; done\n', { mode: 0o755 });
    const out = execFileSync(WRAPPER, args, { env: { ...process.env, PLENARY_CHROMIUM: standIn }, encoding: 'utf8' });
    return out.split('\n').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('every --disable-features list reaches Chromium as one, in order, the other arguments as they were', () => {
  const received = argumentsReceived([
    '--headless',
    '--disable-features=PaintHolding,MediaRouter',
    '--user-data-dir=/a folder/with spaces',
    '--disable-features=WebUIOmniboxPopup',
    'about:blank',
  ]);
  assert.deepEqual(received, [
    '--disable-features=PaintHolding,MediaRouter,WebUIOmniboxPopup',
    '--headless',
    '--user-data-dir=/a folder/with spaces',
    'about:blank',
  ]);
});

test('with no --disable-features, the arguments pass unchanged', () => {
  assert.deepEqual(argumentsReceived(['--headless', '--enable-features=A,B', '']), ['--headless', '--enable-features=A,B', '']);
});
