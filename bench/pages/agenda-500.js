// A 500-session descriptor, handed to the agenda as a property. Records, from
// navigation start (performance.now()), the moment the frame in which every
// session is in place has been rendered, and when the descriptor was handed over.
const start = Date.UTC(2030, 0, 1);
const sessions = Array.from({ length: 500 }, (_, i) => ({
  id: `s${i + 1}`,
  title: `Session ${i + 1}: regional perspectives on digital government`,
  start: new Date(start + i * 600_000).toISOString(),
  end: new Date(start + (i + 1) * 600_000).toISOString(),
  description: `What session ${i + 1} covers, in a sentence or two for the programme.`,
  speakers: [{ name: 'A. Speaker', title: 'Director', organization: 'UN DESA' }],
}));
const descriptor = { plenary: 1, title: 'Marathon', start: new Date(start).toISOString(), end: new Date(start + 500 * 600_000).toISOString(), sessions };
await customElements.whenDefined('plenary-agenda');
const agenda = document.getElementById('agenda');
const handedOver = performance.now();
agenda.event = descriptor;
await agenda.updateComplete;
// The next frame lays out and paints the sessions: a message posted from its
// requestAnimationFrame callback is handled once that frame's rendering is done.
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    window.benchResult = { ms: performance.now(), handedOver, sessions: agenda.shadowRoot.querySelectorAll('li.session').length };
  };
  channel.port2.postMessage(null);
});
