import { expect } from '@open-wc/testing';
import { dropUntaken, startEarly, takeEarly } from './early.js';

/** A document whose body is `markup`, its addresses read against `base`; markup from a constant, parsed by DOMParser. */
function page(markup: string, base: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head><base href="${base}"></head><body>${markup}</body></html>`, 'text/html');
}

describe('the descriptors asked for before the elements are defined', () => {
  afterEach(() => dropUntaken());

  it("asks for each Plenary element's address once, read against the page's base, and for nothing else", () => {
    const doc = page(
      `<img src="photo.png" alt="">
       <script src="other.js"></script>
       <plenary-card src="event.json"></plenary-card>
       <plenary-join src="event.json"></plenary-join>
       <div data-plenary="schedule" data-src="/elsewhere/other.json"></div>
       <div data-src="not-plenary.json"></div>
       <plenary-agenda src="  "></plenary-agenda>
       <plenary-documents src="http://[bad"></plenary-documents>`,
      'https://events.example.org/2027/',
    );
    startEarly(doc);
    const taken = ['https://events.example.org/2027/event.json', 'https://events.example.org/elsewhere/other.json'].map((url) => takeEarly(url));
    expect(taken.every((t) => t !== undefined)).to.equal(true);
    // Handed over once: the second element for an address shares the first one's request.
    expect(takeEarly('https://events.example.org/2027/event.json') === undefined, 'handed over twice').to.equal(true);
    const others = ['photo.png', 'other.js', 'not-plenary.json'].map((p) => `https://events.example.org/2027/${p}`);
    expect(others.filter((url) => takeEarly(url) !== undefined)).to.deep.equal([]);
    for (const t of taken) t!.controller.abort();
  });

  it('cancels the requests no element took, and only those', () => {
    // The signals the requests were made with (the network itself is not needed here).
    const signals = new Map<string, AbortSignal>();
    const real = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      signals.set(String(input), init!.signal!);
      return new Promise<Response>(() => {});
    };
    try {
      startEarly(page('<plenary-card src="taken.json"></plenary-card><plenary-join src="never-taken.json"></plenary-join>', 'https://events.example.org/'));
    } finally {
      window.fetch = real;
    }
    expect(takeEarly('https://events.example.org/taken.json') !== undefined, 'taken').to.equal(true);
    dropUntaken();
    expect(signals.get('https://events.example.org/never-taken.json')!.aborted).to.equal(true);
    expect(signals.get('https://events.example.org/taken.json')!.aborted).to.equal(false);
    expect(takeEarly('https://events.example.org/never-taken.json') === undefined, 'still there after it was cancelled').to.equal(true);
  });
});
