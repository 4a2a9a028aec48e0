/**
 * The event as schema.org `Event` data (JSON-LD), for search engines and other
 * readers of the page: the properties Google's event rich results recommend
 * (image, offers, performer, organizer with url, location with a PostalAddress)
 * beside the required ones, and each session as a `subEvent`.
 */
import type { Join, Organization, Person, PlenaryEvent, Venue } from '../descriptor/resolve.js';
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

type Json = Record<string, unknown>;

export function eventJsonLd(event: PlenaryEvent, options: { lang: string; pageUrl?: string }): Json {
  const { lang } = options;
  const page = options.pageUrl?.split('#')[0] ?? '';

  const place = event.venue ? placeOf(event.venue, lang) : undefined;
  /** Where to go: the venue, the way in online (for registered participants, where to register), or both. */
  const locationOf = (join: Join | undefined) => {
    const address = join?.url ?? join?.registration;
    const virtual = address ? { '@type': 'VirtualLocation', url: address } : undefined;
    const locations = (
      event.attendance === 'online' ? [virtual] : event.attendance === 'in-person' ? [place] : [place, virtual]
    ).filter((l): l is Json => l !== undefined);
    return locations.length > 1 ? locations : locations[0];
  };
  const location = locationOf(event.join);

  const organizer = event.organizers.map((o) => organizationOf(o, lang));
  const iso = (ms: Instant | undefined) => (ms === undefined ? undefined : isoDateTime(ms, event.timeZone));
  const eventStatus = STATUS[event.status];
  const eventAttendanceMode = ATTENDANCE[event.attendance];
  const subEvent = event.sessions.map((s) =>
    compact({
      '@type': 'Event',
      name: s.title.in(lang),
      startDate: iso(s.start),
      endDate: iso(s.end),
      url: page ? `${page}#${s.id}` : undefined,
      eventStatus,
      eventAttendanceMode,
      location: s.join ? locationOf(s.join) : location,
      performer: list(people([...s.speakers], lang)),
    }),
  );

  const performer = people([...event.speakers, ...event.sessions.flatMap((s) => s.speakers)], lang);
  const registration = event.links.find((l) => l.kind === 'registration' && l.url);
  const offers = registration
    ? { '@type': 'Offer', url: registration.url, price: 0, priceCurrency: 'USD', availability: `${SCHEMA}/InStock` }
    : undefined;
  const website = event.links.find((l) => l.kind === 'website' && l.url)?.url;

  return compact({
    '@context': SCHEMA,
    '@type': 'Event',
    '@id': `${page}#${event.id}`,
    name: event.title.in(lang),
    description: event.summary?.in(lang),
    url: website ?? (page || undefined),
    image: event.images.length > 1 ? [...event.images] : event.images[0],
    startDate: iso(event.start),
    endDate: iso(event.end),
    eventStatus,
    previousStartDate: iso(event.previousStart),
    eventAttendanceMode,
    location,
    organizer: list(organizer),
    performer: list(performer),
    offers,
    subEvent: list(subEvent),
  });
}

function placeOf(venue: Venue, lang: string): Json {
  const a = venue.postalAddress;
  const address = a
    ? compact({
        '@type': 'PostalAddress',
        streetAddress: a.streetAddress?.in(lang),
        addressLocality: a.addressLocality?.in(lang),
        postalCode: a.postalCode,
        addressCountry: a.addressCountry,
      })
    : venue.address?.in(lang);
  return compact({ '@type': 'Place', name: venue.name.in(lang), address, url: venue.url });
}

function organizationOf(o: Organization, lang: string): Json {
  return compact({ '@type': 'Organization', name: o.name.in(lang), url: o.url, logo: o.logo });
}

/** Each person once (by name), as a schema.org Person with job title and affiliation. */
function people(persons: readonly Person[], lang: string): Json[] {
  const seen = new Set<string>();
  const out: Json[] = [];
  for (const p of persons) {
    const name = p.name.in(lang);
    if (seen.has(name)) continue;
    seen.add(name);
    const affiliation = p.organization?.in(lang);
    out.push(
      compact({
        '@type': 'Person',
        name,
        jobTitle: p.title?.in(lang),
        affiliation: affiliation ? { '@type': 'Organization', name: affiliation } : undefined,
        url: p.url,
      }),
    );
  }
  return out;
}

function list(items: readonly Json[]): Json[] | undefined {
  return items.length > 0 ? [...items] : undefined;
}

function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
