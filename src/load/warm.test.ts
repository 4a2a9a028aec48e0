// The page's first date formatter is built while the descriptor is on its way,
// not after it has come (the first `Intl` object of a page is the costly one).
// In a file of its own: it happens once a page, and no other test may come first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { PlenaryElement } from '../elements/plenary-element.js';

describe('while the descriptor is on its way', () => {
  it("builds the first date formatter, in the element's language and the visitor's zone", async () => {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const built: { locale: unknown; timeZone: unknown }[] = [];
    const Original = Intl.DateTimeFormat;
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built.push({ locale: args[0], timeZone: args[1]?.timeZone });
        return Reflect.construct(target, args);
      },
    });
    const key = Math.random().toString(36).slice(2);
    try {
      const el = await fixture<PlenaryElement>(html`<plenary-card lang="fr" src=${`/__fault/hold/${key}?answer=seed`}></plenary-card>`);
      await waitUntil(() => built.some((b) => b.locale === 'fr' && b.timeZone === zone), `no French formatter for ${zone} was built (built: ${JSON.stringify(built)})`);
      // Still on its way: the server holds it.
      expect(el.status).to.equal('loading');
      await fetch(`/__fault/release/${key}`);
      await waitUntil(() => el.status === 'ready', 'the descriptor was not shown once it came');
    } finally {
      Intl.DateTimeFormat = Original;
      await fetch(`/__fault/release/${key}`);
    }
  });
});
