/** `plenary/calendar.js`: defines <plenary-calendar>, and nothing else. */
import { defineEach } from '../registry.js';
import { PlenaryCalendarElement } from '../elements/calendar/calendar.js';

defineEach([
  ['plenary-calendar', PlenaryCalendarElement],
]);

export { PlenaryCalendarElement };
