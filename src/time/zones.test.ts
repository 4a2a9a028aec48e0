import { expect } from '@open-wc/testing';
import { fixedZoneName, offsetAt, zoneCity, zoneFor } from './zones.js';

const at = (iso: string) => Date.parse(iso);

describe('offsetAt', () => {
  it("follows Rome's clocks across both changes of 2021, to the millisecond", () => {
    // Forward at 01:00 UTC on 28 March (CET +1 → CEST +2), back at 01:00 UTC on 31 October.
    expect(offsetAt('Europe/Rome', at('2021-03-28T00:50:00Z'))).to.equal(60);
    expect(offsetAt('Europe/Rome', at('2021-03-28T00:59:59.999Z'))).to.equal(60);
    expect(offsetAt('Europe/Rome', at('2021-03-28T01:00:00Z'))).to.equal(120);
    expect(offsetAt('Europe/Rome', at('2021-03-28T01:10:00Z'))).to.equal(120);
    expect(offsetAt('Europe/Rome', at('2021-10-31T00:59:59.999Z'))).to.equal(120);
    expect(offsetAt('Europe/Rome', at('2021-10-31T01:00:00Z'))).to.equal(60);
  });

  it('is exact at a change that falls between quarter hours, asked in any order', () => {
    // Liberia moved from −0:44:30 to UTC at 00:44:30 UTC on 7 January 1972.
    expect(offsetAt('Africa/Monrovia', at('1972-01-07T00:44:30Z'))).to.equal(0);
    expect(offsetAt('Africa/Monrovia', at('1972-01-07T00:44:29Z'))).to.equal(-44.5);
    expect(offsetAt('Africa/Monrovia', at('1972-01-07T00:44:31Z'))).to.equal(0);
    expect(offsetAt('Africa/Monrovia', at('1972-01-07T00:30:00Z'))).to.equal(-44.5);
    expect(offsetAt('Africa/Monrovia', at('1972-01-07T00:45:00Z'))).to.equal(0);
    // Kathmandu left its local mean time (+5:41:16) for +5:30 at 18:18:44 UTC on 31 December 1919.
    expect(offsetAt('Asia/Kathmandu', at('1919-12-31T18:18:43Z'))).to.be.closeTo(341 + 16 / 60, 1e-9);
    expect(offsetAt('Asia/Kathmandu', at('1919-12-31T18:18:44Z'))).to.equal(330);
  });

  it("reads the fixed zones of events that name none, and knows no other name", () => {
    expect(offsetAt('UTC+9', at('2020-10-13T11:00Z'))).to.equal(540);
    expect(offsetAt('UTC-3:30', at('2020-10-13T11:00Z'))).to.equal(-210);
    expect(offsetAt('UTC+0', at('2020-10-13T11:00Z'))).to.equal(0);
    expect(offsetAt('Mars/Olympus', at('2020-10-13T11:00Z'))).to.be.NaN;
  });
});

describe('fixedZoneName and zoneFor', () => {
  it('names fixed offsets with their sign, never as the IANA zone UTC', () => {
    expect([540, -210, 345, -30, 0, 65].map(fixedZoneName)).to.deep.equal(['UTC+9', 'UTC-3:30', 'UTC+5:45', 'UTC-0:30', 'UTC+0', 'UTC+1:05']);
    expect(zoneFor('UTC+0')!.isUniversal).to.equal(true);
    expect(zoneFor('UTC')!.isUniversal).to.equal(false);
    expect(zoneFor('UTC+1:05')!.offset(0)).to.equal(65);
    expect(zoneFor('Europe/Kiev')!.name).to.equal('Europe/Kiev');
    expect(zoneFor('Mars/Olympus')).to.equal(null);
  });
});

describe('zoneCity', () => {
  it("names a zone's city as it is written, also where the zone's id has no room for its apostrophe", () => {
    expect(zoneCity('Pacific/Pago_Pago')).to.equal('Pago Pago');
    expect(zoneCity('Asia/Katmandu')).to.equal('Kathmandu');
    expect(zoneCity('America/St_Johns')).to.equal('St. John’s');
    expect(zoneCity('Antarctica/DumontDUrville')).to.equal('Dumont d’Urville');
    expect(zoneCity('America/St_Kitts')).to.equal('St Kitts');
  });
});
