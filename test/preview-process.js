// `plenary preview` as a content team starts it: a child process on a file, on any free port.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/plenary.js', import.meta.url));

/** Starts `plenary preview <file> --port 0 [args…]`; resolves to the address it prints and a way to stop it. */
export async function startPreviewProcess(file, args = []) {
  const child = spawn(process.execPath, [BIN, 'preview', file, '--port', '0', ...args], { cwd: ROOT });
  const stop = () => child.kill('SIGTERM');
  try {
    const url = await new Promise((ok, fail) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) ok(m[1]);
      });
      child.on('close', () => fail(new Error(`preview stopped: ${out}`)));
    });
    return { url, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
