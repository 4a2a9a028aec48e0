/** `plenary/join.js`: defines <plenary-join>, and nothing else. */
import { defineEach } from '../registry.js';
import { PlenaryJoinElement } from '../elements/join/join.js';

defineEach([
  ['plenary-join', PlenaryJoinElement],
]);

export { PlenaryJoinElement };
