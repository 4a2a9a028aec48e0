// Written by scripts/write-shape.js from fields.ts (`npm run build`); do not edit.
// The field table without its documentation: what the elements check a descriptor against.
import type { ShapeField, Spec } from './fields.js';

const DisplayZoneShape: Spec<ShapeField> = {
  type: 'object',
  name: 'DisplayZone',
  fields: {
    zone: { spec: { type: 'string', format: 'zone' }, required: true },
    label: { spec: { type: 'text' } },
  },
};

const PostalAddressShape: Spec<ShapeField> = {
  type: 'object',
  name: 'PostalAddress',
  fields: {
    streetAddress: { spec: { type: 'text' } },
    addressLocality: { spec: { type: 'text' } },
    postalCode: { spec: { type: 'string' } },
    addressCountry: { spec: { type: 'string' } },
  },
};

const VenueShape: Spec<ShapeField> = {
  type: 'object',
  name: 'Venue',
  fields: {
    name: { spec: { type: 'text' }, required: true },
    address: { spec: { type: 'union', options: [PostalAddressShape, { type: 'text' }] } },
    url: { spec: { type: 'string', format: 'url' } },
  },
};

const InterpretationShape: Spec<ShapeField> = {
  type: 'object',
  name: 'Interpretation',
  fields: {
    lang: { spec: { type: 'string', format: 'lang' }, required: true },
    label: { spec: { type: 'text' } },
    url: { spec: { type: 'string', format: 'url' } },
    channel: { spec: { type: 'string' } },
  },
};

const JoinShape: Spec<ShapeField> = {
  type: 'object',
  name: 'Join',
  fields: {
    url: { spec: { type: 'string', format: 'meeting' } },
    platform: { spec: { type: 'string' } },
    label: { spec: { type: 'text' } },
    opensMinutesBefore: { spec: { type: 'integer', minimum: 0, maximum: 10080 } },
    meetingId: { spec: { type: 'string' } },
    passcode: { spec: { type: 'string' } },
    interpretation: { spec: { type: 'array', items: InterpretationShape } },
    access: { spec: { type: 'string', enum: ['public', 'registered'] } },
    registration: { spec: { type: 'string', format: 'url' } },
  },
};

const OrganizationShape: Spec<ShapeField> = {
  type: 'object',
  name: 'Organization',
  fields: {
    name: { spec: { type: 'text' }, required: true },
    abbreviation: { spec: { type: 'text' } },
    url: { spec: { type: 'string', format: 'url' } },
    logo: { spec: { type: 'string', format: 'url' } },
  },
};

const PersonShape: Spec<ShapeField> = {
  type: 'object',
  name: 'Person',
  fields: {
    name: { spec: { type: 'text' }, required: true },
    title: { spec: { type: 'text' } },
    organization: { spec: { type: 'text' } },
    url: { spec: { type: 'string', format: 'url' } },
  },
};

const DocumentShape: Spec<ShapeField> = {
  type: 'object',
  name: 'Document',
  fields: {
    title: { spec: { type: 'text' }, required: true },
    url: { spec: { type: 'string', format: 'url' }, required: true },
    kind: { spec: { type: 'string', enum: ['concept-note', 'agenda', 'talking-points', 'reference', 'presentation', 'report', 'other'] } },
    language: { spec: { type: 'string', format: 'lang' } },
    format: { spec: { type: 'string' } },
    session: { spec: { type: 'string', format: 'id' } },
    description: { spec: { type: 'text' } },
  },
};

const SessionJoinShape: Spec<ShapeField> = {
  type: 'object',
  name: 'SessionJoin',
  fields: {
    url: { spec: { type: 'string', format: 'meeting' } },
    platform: { spec: { type: 'string' } },
    label: { spec: { type: 'text' } },
    opensMinutesBefore: { spec: { type: 'integer', minimum: 0, maximum: 10080 } },
    meetingId: { spec: { type: 'string' } },
    passcode: { spec: { type: 'string' } },
    interpretation: { spec: { type: 'array', items: InterpretationShape } },
    access: { spec: { type: 'string', enum: ['public', 'registered'] } },
    registration: { spec: { type: 'string', format: 'url' } },
  },
};

const SessionShape: Spec<ShapeField> = {
  type: 'object',
  name: 'Session',
  fields: {
    id: { spec: { type: 'string', format: 'id' } },
    title: { spec: { type: 'text' }, required: true },
    description: { spec: { type: 'text' } },
    start: { spec: { type: 'string', format: 'datetime' } },
    end: { spec: { type: 'string', format: 'datetime' } },
    speakers: { spec: { type: 'array', items: PersonShape } },
    moderators: { spec: { type: 'array', items: PersonShape } },
    documents: { spec: { type: 'array', items: DocumentShape } },
    join: { spec: SessionJoinShape },
  },
};

const LinkShape: Spec<ShapeField> = {
  type: 'object',
  name: 'Link',
  fields: {
    kind: { spec: { type: 'string', enum: ['discussion', 'recording', 'registration', 'website', 'facebook', 'x', 'youtube', 'blog', 'rss', 'other'] }, required: true },
    url: { spec: { type: 'string', format: 'url' }, required: true },
    label: { spec: { type: 'text' } },
    description: { spec: { type: 'text' } },
  },
};

const ContactShape: Spec<ShapeField> = {
  type: 'object',
  name: 'Contact',
  fields: {
    name: { spec: { type: 'text' }, required: true },
    title: { spec: { type: 'text' } },
    unit: { spec: { type: 'text' } },
    organization: { spec: { type: 'text' } },
    email: { spec: { type: 'string', format: 'email' } },
    phone: { spec: { type: 'string', format: 'phone' } },
  },
};

const EventShape: Spec<ShapeField> = {
  type: 'object',
  name: 'Event',
  fields: {
    $schema: { spec: { type: 'string' } },
    plenary: { spec: { type: 'version', value: 1 }, required: true },
    id: { spec: { type: 'string', format: 'id' } },
    lang: { spec: { type: 'string', format: 'lang' } },
    title: { spec: { type: 'text' }, required: true },
    series: { spec: { type: 'text' } },
    summary: { spec: { type: 'text' } },
    description: { spec: { type: 'text' } },
    timeZone: { spec: { type: 'string', format: 'zone' } },
    start: { spec: { type: 'string', format: 'datetime' }, required: true },
    end: { spec: { type: 'string', format: 'datetime' }, required: true },
    displayZones: { spec: { type: 'array', items: { type: 'union', options: [{ type: 'string', format: 'zone' }, DisplayZoneShape] } } },
    status: { spec: { type: 'string', enum: ['scheduled', 'postponed', 'cancelled', 'rescheduled'] } },
    previousStart: { spec: { type: 'string', format: 'datetime' } },
    revision: { spec: { type: 'integer', minimum: 0, maximum: 1000000 } },
    updated: { spec: { type: 'string', format: 'datetime' } },
    image: { spec: { type: 'union', options: [{ type: 'string', format: 'url' }, { type: 'array', items: { type: 'string', format: 'url' } }] } },
    attendance: { spec: { type: 'string', enum: ['online', 'in-person', 'mixed'] } },
    venue: { spec: VenueShape },
    join: { spec: JoinShape },
    organizers: { spec: { type: 'array', items: OrganizationShape } },
    partners: { spec: { type: 'array', items: OrganizationShape } },
    sessions: { spec: { type: 'array', items: SessionShape } },
    speakers: { spec: { type: 'array', items: PersonShape } },
    moderators: { spec: { type: 'array', items: PersonShape } },
    documents: { spec: { type: 'array', items: DocumentShape } },
    links: { spec: { type: 'array', items: LinkShape } },
    contacts: { spec: { type: 'array', items: ContactShape } },
  },
};

export const DESCRIPTOR_SHAPE: Spec<ShapeField> = EventShape;
