// A 500-session descriptor, handed to the agenda as a property. Records, from
// navigation start (performance.now()), when the descriptor was handed over, the
// end of the main thread's work on the first frame in which the agenda fills the
// screen with sessions, and on the first frame in which all 500 are in place.
// The page shows nothing else, so its first contentful paint is that first
// frame on screen (what a visitor sees): the browser reports it (bench/run.js
// reads it) some time after the main thread's part, once the frame is rastered
// and presented.
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
let visible;
// Checked in each frame's requestAnimationFrame callback, before that frame is
// laid out and painted: a message posted from there is handled once the frame's
// rendering is done, which is the moment recorded.
const afterThisFrame = (record) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => record(performance.now());
  channel.port2.postMessage(null);
};
const frame = () => {
  const sessions = agenda.shadowRoot?.querySelectorAll('li.session') ?? [];
  if (visible === undefined && sessions.length > 0 && (sessions.length === 500 || sessions[sessions.length - 1].getBoundingClientRect().top >= innerHeight)) {
    visible = null;
    afterThisFrame((t) => (visible = t));
  }
  if (sessions.length === 500) {
    afterThisFrame((t) => {
      window.benchResult = { ms: t, visible, handedOver, sessions: agenda.shadowRoot.querySelectorAll('li.session').length };
      console.debug('plenary-bench: measured');
    });
    return;
  }
  requestAnimationFrame(frame);
};
requestAnimationFrame(frame);
