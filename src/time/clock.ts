/**
 * One clock for every element on the page. An element asks to be woken at the
 * next instant its display changes (the join window opens, the countdown's
 * number changes); the clock keeps a single timer for the earliest of those
 * instants. Nothing polls. When a tab wakes from sleep, due wake-ups run at once.
 */

export interface WakeUp {
  readonly at: number;
  readonly run: () => void;
}

const MAX_DELAY = 2 ** 31 - 1; // setTimeout's limit (about 24.8 days)
const pending = new Set<WakeUp>();
let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Infinity;
let listening = false;

/** Call `run` at the instant `at` (ms since the epoch). Returns a function that cancels it. */
export function wakeAt(at: number, run: () => void): () => void {
  const entry: WakeUp = { at, run };
  pending.add(entry);
  listen();
  arm();
  return () => {
    if (pending.delete(entry)) arm();
  };
}

/** How many wake-ups are waiting (for leak tests). */
export function pendingWakeUps(): number {
  return pending.size;
}

/** Whether the clock's one timer is set (for leak tests). */
export function clockTimerSet(): boolean {
  return timer !== undefined;
}

function arm(): void {
  let next = Infinity;
  for (const entry of pending) next = Math.min(next, entry.at);
  if (next === timerAt) return;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  timerAt = next;
  if (next === Infinity) return;
  timer = setTimeout(fire, Math.min(Math.max(next - Date.now(), 0), MAX_DELAY));
}

function fire(): void {
  timer = undefined;
  timerAt = Infinity;
  const now = Date.now();
  const due = [...pending].filter((entry) => entry.at <= now);
  for (const entry of due) pending.delete(entry);
  for (const entry of due) {
    try {
      entry.run();
    } catch (error) {
      console.warn('Plenary: a scheduled update failed', error);
    }
  }
  arm();
}

function listen(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  // A sleeping tab's timers run late; catch up as soon as it is visible again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && pending.size > 0) fire();
  });
}
