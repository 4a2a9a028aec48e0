/** The event as schema.org `Event` data (JSON-LD), for search engines and other readers of the page. */
import type { PlenaryEvent } from '../descriptor/resolve.js';
import type { AttendanceMode, EventStatus, Instant } from '../descriptor/types.js';
import { isoDateTime } from '../time/format.js';

const SCHEMA = 'https://schema.org';

const STATUS: Record<EventStatus, string> = {
  scheduled: `${SCHEMA}/EventScheduled`,
  cancelled: `${SCHEMA}/EventCancelled`,
  postponed: `${SCHEMA}/EventPostponed`,
  rescheduled: `${SCHEMA}/EventRescheduled`,
};

const ATTENDANCE: Record<AttendanceMode, string> = {
  online: `${SCHEMA}/OnlineEventAttendanceMode`,
  'in-person': `${SCHEMA}/OfflineEventAttendanceMode`,
  mixed: `${SCHEMA}/MixedEventAttendanceMode`,
};

export function eventJsonLd(event: PlenaryEvent, options: { lang: string; pageUrl?: string }): Record<string, unknown> {
  const { lang } = options;
  const page = options.pageUrl?.split('#')[0] ?? '';

  const place = event.venue
    ? compact({ '@type': 'Place', name: event.venue.name.in(lang), address: event.venue.address?.in(lang), url: event.venue.url })
    : undefined;
  const virtual = event.join?.url ? { '@type': 'VirtualLocation', url: event.join.url } : undefined;
  const locations = (
    event.attendance === 'online' ? [virtual] : event.attendance === 'in-person' ? [place] : [place, virtual]
  ).filter((l): l is Record<string, unknown> => l !== undefined);

  const organizer = event.organizers.map((o) => compact({ '@type': 'Organization', name: o.name.in(lang), url: o.url }));
  const iso = (ms: Instant | undefined) => (ms === undefined ? undefined : isoDateTime(ms, event.timeZone));
  const subEvent = event.sessions.map((s) =>
    compact({ '@type': 'Event', name: s.title.in(lang), startDate: iso(s.start), endDate: iso(s.end) }),
  );

  return compact({
    '@context': SCHEMA,
    '@type': 'Event',
    '@id': `${page}#${event.id}`,
    name: event.title.in(lang),
    description: event.summary?.in(lang),
    startDate: iso(event.start),
    endDate: iso(event.end),
    eventStatus: STATUS[event.status],
    eventAttendanceMode: ATTENDANCE[event.attendance],
    location: locations.length > 1 ? locations : locations[0],
    organizer: organizer.length > 0 ? organizer : undefined,
    subEvent: subEvent.length > 0 ? subEvent : undefined,
  });
}

function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
