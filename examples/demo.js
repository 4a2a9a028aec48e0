// The demo page's own controls: ?now=, ?zone= and ?lang= are passed to the
// event, to see it at another moment, from another zone, or in another language.
const params = new URLSearchParams(location.search);
const event = document.querySelector('plenary-event');
for (const name of ['now', 'zone', 'lang']) {
  const value = params.get(name);
  if (value) event.setAttribute(name, value);
}
