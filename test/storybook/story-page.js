// What every story must show a designer, in the built Storybook and in the dev
// server alike: it renders something a person can see, with no page error, no
// console error, no failed request and no second copy of Lit.
import assert from 'node:assert/strict';

/** Messages that mean a story is broken even when the browser logs them only as a warning. */
const BROKEN = [/Failed to fetch dynamically imported module/, /Multiple versions of Lit loaded/];

/**
 * Lists in `problems` everything that goes wrong on `page` while it shows
 * `story`, until `stop()`. A failed request counts only if it was made while
 * watching: an answer that comes late belongs to the story that asked.
 */
export function watchStory(page, story) {
  const problems = [];
  const expect404 = story.tags?.includes('expect-404');
  const asked = new WeakSet();
  const listeners = {
    pageerror: (e) => problems.push(`page error: ${e.message}`),
    // Failed requests are judged by their address below (the console only says "Failed to load resource").
    console: (m) => {
      const text = m.text();
      if (m.type() === 'error' && !text.startsWith('Failed to load resource')) problems.push(`console error: ${text}`);
      else if (BROKEN.some((re) => re.test(text))) problems.push(`console ${m.type()}: ${text}`);
    },
    request: (r) => asked.add(r),
    response: (r) => {
      const path = new URL(r.url()).pathname;
      if (!asked.has(r.request()) || r.status() < 400 || path === '/favicon.ico') return; // favicon: the browser's own guess, not the story's
      if (expect404 && r.status() === 404 && path.startsWith('/examples/no-such-')) return;
      problems.push(`HTTP ${r.status()} for ${path}`);
    },
  };
  for (const [event, listener] of Object.entries(listeners)) page.on(event, listener);
  const stop = () => {
    for (const [event, listener] of Object.entries(listeners)) page.off(event, listener);
  };
  return { problems, stop };
}

/**
 * Shows `story` of the Storybook at `origin` and waits until its Plenary elements
 * have settled (or, for a loading story, appeared). Fails at once when Storybook
 * shows its error screen instead of the story, and when nothing visible rendered;
 * the failure lists the `problems` seen so far (from watchStory), which say why.
 *
 * The story is opened by its address (iframe.html?id=…), unless `inPlace` is set
 * and the page already shows a story of the same file: then it is switched to as
 * Storybook's sidebar does, without loading the page again. With `inPlace`, it
 * also waits until Storybook is done with the story (the accessibility addon
 * checks it after it renders), so that the next one can take its place.
 */
export async function openStory(page, origin, story, { problems = [], timeout = 15000, inPlace = false } = {}) {
  try {
    if (inPlace && (await showsComponent(page, origin, story))) await switchTo(page, story, timeout);
    else await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { timeout: Math.max(timeout, 30000) });
    await rendered(page, story, timeout);
    if (inPlace) await done(page, timeout);
  } catch (error) {
    if (problems.length > 0) error.message += `\n  seen on the page:\n    ${problems.join('\n    ')}`;
    throw error;
  }
}

/**
 * Shows stories one after another in pages of `context`, as a designer goes
 * through the sidebar: the first story of each file loads the page
 * (iframe.html?id=…), the file's other stories are switched to in it (openStory's
 * `inPlace`), so a story that leaves the page broken for the next one is caught
 * too. Each call shows `story`, runs `check(page)` on it, then fails on the
 * `problems` seen (watchStory); after a failure the next story starts on a
 * fresh page. `options` go to openStory.
 */
export function storyByStory(context, origin, options = {}) {
  let page = null;
  return async (story, check = async () => {}) => {
    page ??= await context.newPage();
    const { problems, stop } = watchStory(page, story);
    let ok = false;
    try {
      await openStory(page, origin, story, { ...options, problems, inPlace: true });
      await check(page);
      assert.deepEqual(problems, []);
      ok = true;
    } finally {
      stop();
      if (!ok) {
        await page.close();
        page = null;
      }
    }
  };
}

/** Whether `page` shows a story of the same file (component) as `story`: a story id is `<component>--<story>`. */
async function showsComponent(page, origin, story) {
  if (!page.url().startsWith(`${origin}/iframe.html?`)) return false;
  const component = story.id.slice(0, story.id.indexOf('--'));
  return page.evaluate((id) => window.__STORYBOOK_PREVIEW__?.currentRender?.story?.componentId === id, component);
}

async function switchTo(page, story, timeout) {
  // Storybook reloads the page when it leaves a story it is not done with.
  await done(page, timeout);
  await page.evaluate((storyId) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' }), story.id);
}

function done(page, timeout) {
  return page.waitForFunction(() => ['finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase), null, { timeout });
}

async function rendered(page, story, timeout) {
  const outcome = await page.waitForFunction(
    ({ id, loading }) => {
      if (document.body.classList.contains('sb-show-errordisplay')) return 'error';
      // This story's render (not the one before it) has reached the page.
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      if (render?.id !== id || !['completed', 'afterEach', 'finished'].includes(render.phase)) return false;
      const root = document.getElementById('storybook-root');
      if (!root || root.children.length === 0) return false;
      const elements = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('plenary-') && 'status' in e);
      const settled = (el) => el.status !== 'loading' && [...(el.shadowRoot?.querySelectorAll('*') ?? [])].every((c) => !c.localName.startsWith('plenary-') || !('status' in c) || settled(c));
      return (loading ? elements.length > 0 : elements.every(settled)) && 'shown';
    },
    { id: story.id, loading: story.tags?.includes('loading') },
    { timeout },
  );
  if ((await outcome.jsonValue()) === 'error') {
    const shown = await page.evaluate(() => document.querySelector('#error-message')?.textContent?.trim() ?? '');
    assert.fail(`Storybook shows an error instead of the story: ${shown}`);
  }
  // Something a person can see: text, or (while loading) the placeholder box.
  const seen = await page.evaluate(() => {
    const root = document.getElementById('storybook-root');
    const elements = [...root.querySelectorAll('*')];
    const text = root.innerText.trim().length + elements.reduce((n, e) => n + (e.shadowRoot?.textContent?.trim().length ?? 0), 0);
    const placeholder = elements.some((e) => (e.shadowRoot?.querySelector('[part=placeholder]')?.getBoundingClientRect().height ?? 0) > 40);
    return { height: root.getBoundingClientRect().height, text, placeholder };
  });
  assert.ok(seen.height > 10 && (seen.text > 0 || seen.placeholder), `the story rendered something (${JSON.stringify(seen)})`);
}

/** The titles a designer finds in the sidebar: every element, and the playground. */
export const TITLES = [
  'Elements/Event page',
  'Elements/Card',
  'Elements/Schedule',
  'Elements/Agenda',
  'Elements/Documents',
  'Elements/Contacts',
  'Elements/Join',
  'Elements/Calendar',
  'Descriptor playground',
];
