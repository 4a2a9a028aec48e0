/** `plenary/schedule.js`: defines <plenary-schedule>, and nothing else. */
import { defineEach } from '../registry.js';
import { PlenaryScheduleElement } from '../elements/schedule/schedule.js';

defineEach([
  ['plenary-schedule', PlenaryScheduleElement],
]);

export { PlenaryScheduleElement };
