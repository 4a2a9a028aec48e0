/** `plenary/card.js`: defines <plenary-card>, and the join and calendar actions it shows, and nothing else. */
import { defineEach } from '../registry.js';
import { PlenaryCardElement } from '../elements/card/card.js';
import { PlenaryJoinElement } from '../elements/join/join.js';
import { PlenaryCalendarElement } from '../elements/calendar/calendar.js';

defineEach([
  ['plenary-card', PlenaryCardElement],
  ['plenary-join', PlenaryJoinElement],
  ['plenary-calendar', PlenaryCalendarElement],
]);

export { PlenaryCardElement };
