// Another library that took a plenary-* name before Plenary arrived.
customElements.define('plenary-card', class extends HTMLElement {});
