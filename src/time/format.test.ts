import { expect } from '@open-wc/testing';
import { dayShift, intlZone, isoDate, isoDateTime, machineTime, zoneAbbreviation } from './format.js';

// The seed's start: 7:00 in New York (EDT, UTC−4) on 13 October 2020.
const SEED_START = Date.UTC(2020, 9, 13, 11, 0);

describe('writing instants for machines', () => {
  it("gives an instant's date in a zone, on either side of the date line", () => {
    expect(isoDate(SEED_START, 'America/New_York')).to.equal('2020-10-13');
    expect(isoDate(SEED_START, 'Pacific/Fiji')).to.equal('2020-10-13'); // 23:00, +12
    expect(isoDate(SEED_START, 'Pacific/Kiritimati')).to.equal('2020-10-14'); // 01:00, +14
    expect(isoDate(SEED_START, 'Pacific/Pago_Pago')).to.equal('2020-10-13'); // 00:00, −11
    expect(isoDate(SEED_START - 1, 'Pacific/Pago_Pago')).to.equal('2020-10-12');
  });

  it('writes <time datetime> values in the zone shown, with the offset', () => {
    expect(machineTime(SEED_START, 'America/New_York')).to.equal('2020-10-13T07:00-04:00');
    expect(machineTime(SEED_START, 'Asia/Kathmandu')).to.equal('2020-10-13T16:45+05:45');
    expect(machineTime(SEED_START, 'Pacific/Pago_Pago')).to.equal('2020-10-13T00:00-11:00');
    expect(machineTime(SEED_START, 'UTC+9')).to.equal('2020-10-13T20:00+09:00');
  });

  it('writes ISO 8601 date-times with seconds as schema.org readers expect', () => {
    expect(isoDateTime(SEED_START, 'America/New_York')).to.equal('2020-10-13T07:00:00-04:00');
    expect(isoDateTime(SEED_START + 500, 'America/New_York')).to.equal('2020-10-13T07:00:00.500-04:00');
    expect(isoDateTime(SEED_START, 'UTC-3:30')).to.equal('2020-10-13T07:30:00-03:30');
    // A fixed zone of offset 0 is written Z; the IANA zone UTC keeps its offset.
    expect(isoDateTime(SEED_START, 'UTC+0')).to.equal('2020-10-13T11:00:00Z');
    expect(isoDateTime(SEED_START, 'UTC')).to.equal('2020-10-13T11:00:00+00:00');
  });

  it('counts day shifts against the organizers\' date', () => {
    const end = Date.UTC(2020, 9, 13, 14, 20); // 10:20 in New York, 2:20 the next morning in Fiji
    expect(dayShift(end, 'Pacific/Fiji', SEED_START, 'America/New_York')).to.equal(1);
    expect(dayShift(SEED_START, 'Pacific/Fiji', SEED_START, 'America/New_York')).to.equal(0);
    expect(dayShift(SEED_START, 'Pacific/Pago_Pago', SEED_START, 'Pacific/Kiritimati')).to.equal(-1);
  });

  it('gives Intl a name for every fixed zone', () => {
    expect(['UTC+0', 'UTC+9', 'UTC-3:30', 'Europe/Rome'].map(intlZone)).to.deep.equal(['UTC', 'Etc/GMT-9', '-03:30', 'Europe/Rome']);
  });
});

describe('zoneAbbreviation', () => {
  it("follows the zone's offset through the year and the language asked", () => {
    const winter = Date.UTC(2020, 11, 13, 12, 0);
    expect(zoneAbbreviation(SEED_START, 'en-US', 'America/New_York')).to.equal('EDT');
    expect(zoneAbbreviation(winter, 'en-US', 'America/New_York')).to.equal('EST');
    expect(zoneAbbreviation(SEED_START + 3_600_000, 'en-US', 'America/New_York')).to.equal('EDT');
    expect(zoneAbbreviation(SEED_START, 'fr', 'America/New_York')).to.equal('UTC\u22124');
    expect(zoneAbbreviation(winter, 'fr', 'America/New_York')).to.equal('UTC\u22125');
    expect(zoneAbbreviation(SEED_START, 'en-US', 'Asia/Kathmandu')).to.equal('UTC+5:45');
  });
});
