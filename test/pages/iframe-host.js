// What a host page adds around dist/embed.html frames: each frame takes the
// height it reports (the README's snippet, for several frames). Every message is
// kept in window.heights for the tests.
window.heights = [];
addEventListener('message', (event) => {
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
  if (!frame || event.data?.type !== 'plenary:height') return;
  window.heights.push({ frame: frame.id, origin: event.origin, data: event.data });
  frame.style.height = `${event.data.height}px`;
});
