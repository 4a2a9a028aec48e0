/** `plenary/agenda.js`: defines <plenary-agenda>, and nothing else. */
import { defineEach } from '../registry.js';
import { PlenaryAgendaElement } from '../elements/agenda/agenda.js';

defineEach([
  ['plenary-agenda', PlenaryAgendaElement],
]);

export { PlenaryAgendaElement };
