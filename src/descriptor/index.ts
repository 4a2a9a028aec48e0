/** The event descriptor, format 1: types, validation and resolution. No DOM needed. */
export type * from './types.js';
export { EVENT_STATUSES, ATTENDANCE_MODES, DOCUMENT_KINDS, LINK_KINDS } from './types.js';
export { validate, SUPPORTED_VERSIONS } from './validate.js';
export { resolve, read, type ReadResult } from './read.js';
export { DescriptorError } from './resolve.js';
export type {
  PlenaryEvent,
  Session,
  EventDocument,
  Link,
  Contact,
  Person,
  Organization,
  Join,
  Venue,
  DisplayZone,
  ResolveOptions,
} from './resolve.js';
export { LangText, baseLanguage, type PickedText } from './text.js';
export { buildSchema, SCHEMA_ID } from './schema.js';
