import { expect } from '@open-wc/testing';
import { validate } from './validate.js';
import type { Problem } from './types.js';

/** The smallest valid descriptor; each case changes one thing. */
const minimal = (): Record<string, unknown> => ({
  plenary: 1,
  id: 'webinar-2020-10-13',
  title: 'Webinar',
  timeZone: 'America/New_York',
  start: '2020-10-13T07:00',
  end: '2020-10-13T10:20',
});

const withField = (patch: Record<string, unknown>) => ({ ...minimal(), ...patch });

const at = (problems: readonly Problem[], path: string) => problems.filter((p) => p.path === path);

function expectOnlyError(json: unknown, path: string, ...fragments: string[]) {
  const { errors } = validate(json);
  expect(errors.map((e) => e.path), JSON.stringify(errors)).to.deep.equal([path]);
  for (const f of fragments) expect(errors[0]!.message).to.contain(f);
}

/** A problem that costs only a link: no error, one warning at `path`. */
function expectOnlyWarning(json: unknown, path: string, ...fragments: string[]) {
  const { errors, warnings } = validate(json);
  expect(errors, JSON.stringify(errors)).to.deep.equal([]);
  const found = at(warnings, path);
  expect(found.length, JSON.stringify(warnings)).to.equal(1);
  for (const f of fragments) expect(found[0]!.message).to.contain(f);
  expect(found[0]!.message).to.contain('shown as text, not as a link');
}

function expectValid(json: unknown) {
  const { errors } = validate(json);
  expect(errors, JSON.stringify(errors)).to.deep.equal([]);
}

describe('validate: the seed and the minimal descriptor', () => {
  it('accepts the seed event with no error and no warning', async () => {
    const seed = await (await fetch('/examples/unpog-webinar-2020-10-13.json')).json();
    expect(validate(seed)).to.deep.equal({ errors: [], warnings: [] });
  });

  it('accepts the minimal descriptor', () => {
    expect(validate(minimal())).to.deep.equal({ errors: [], warnings: [] });
  });
});

describe('validate: the whole descriptor and its version', () => {
  for (const value of [null, [], 'event', 42]) {
    it(`rejects ${JSON.stringify(value)} as a descriptor, at the root`, () => {
      expectOnlyError(value, '', 'must be a JSON object');
    });
  }

  it('asks for the version field when it is missing', () => {
    const json = minimal();
    delete json.plenary;
    expectOnlyError(json, 'plenary', 'is missing');
  });

  it('names the versions this build reads when the version is another', () => {
    expectOnlyError(withField({ plenary: 2 }), 'plenary', 'says 2', 'reads format 1');
  });

  it('does not take the string "1" for the version, and says the quotes are what is wrong', () => {
    const { errors } = validate(withField({ plenary: '1' }));
    expect(errors.map((e) => [e.path, e.message])).to.deep.equal([['plenary', 'must be the number 1, without quotes; found the text "1". Write "plenary": 1.']]);
    expectOnlyError(withField({ plenary: '2' }), 'plenary', 'says "2"', 'reads format 1');
  });
});

describe('validate: required fields and types', () => {
  for (const field of ['title', 'start', 'end']) {
    it(`reports a missing ${field}`, () => {
      const json = minimal();
      delete json[field];
      expectOnlyError(json, field, 'is missing');
    });
  }

  it('reports an empty title', () => {
    expectOnlyError(withField({ title: '  ' }), 'title', 'is empty');
  });

  it('reports a title whose every language is empty, and only warns of one empty language beside a filled one', () => {
    expectOnlyError(withField({ title: { fr: ' ', en: '' } }), 'title', 'no text in any language');
    const { errors, warnings } = validate(withField({ title: { en: 'Webinar', fr: ' ' } }));
    expect(errors).to.deep.equal([]);
    expect(warnings.map((w) => w.path)).to.deep.equal(['title.fr']);
  });

  it('reports a title that is a number, naming the expected form', () => {
    expectOnlyError(withField({ title: 7 }), 'title', 'must be text', 'found the number 7');
  });

  it('accepts a title in several languages', () => {
    expectValid(withField({ title: { en: 'Webinar', ko: '웨비나', 'zh-Hans': '网络研讨会' } }));
  });

  it('reports a text object with no language', () => {
    expectOnlyError(withField({ title: {} }), 'title', 'has no text');
  });

  it('reports a key of a text object that is not a language tag, such as a template marker', () => {
    const { errors } = validate(withField({ title: { _$litType$: 1, strings: ['x'] } }));
    expect(errors.map((e) => e.path)).to.deep.equal(['title._$litType$', 'title.strings']);
    expect(errors[0]!.message).to.contain('"_$litType$" is not a language tag');
  });

  it('quotes a key that is not a plain name in the path', () => {
    expectOnlyError(withField({ title: { 'en us': 'x' } }), 'title["en us"]', 'not a language tag');
  });

  it('reports a list where an object belongs', () => {
    expectOnlyError(withField({ join: ['https://example.org'] }), 'join', 'must be an object');
  });

  it('reports an object where a list belongs', () => {
    expectOnlyError(withField({ sessions: { title: 'One' } }), 'sessions', 'must be a list');
  });

  it('reports null in an optional field', () => {
    expectOnlyError(withField({ series: null }), 'series', 'is null');
  });

  it('reports a missing required field inside a list item with its index', () => {
    expectOnlyError(withField({ sessions: [{ title: 'One' }, { description: 'No title' }] }), 'sessions[1].title', 'is missing');
  });

  it('reports a value outside an enumeration with a suggestion', () => {
    expectOnlyError(withField({ status: 'canceled' }), 'status', 'not one of', 'Did you mean "cancelled"');
  });

  it('reports a document kind outside the list', () => {
    expectOnlyError(withField({ documents: [{ title: 'Slides', url: 'https://a.org/s.pdf', kind: 'slides' }] }), 'documents[0].kind', 'not one of');
  });

  it('reports opensMinutesBefore that is negative or not whole', () => {
    expectOnlyError(withField({ join: { url: 'https://a.org/j', opensMinutesBefore: -5 } }), 'join.opensMinutesBefore', 'between 0 and');
    expectOnlyError(withField({ join: { url: 'https://a.org/j', opensMinutesBefore: 2.5 } }), 'join.opensMinutesBefore', 'whole number');
  });

  it('reports a language tag that is not one', () => {
    expectOnlyError(withField({ lang: 'english' }), 'lang', 'not a language tag');
  });

  it('reports an id with spaces', () => {
    expectOnlyError(withField({ id: 'my event' }), 'id', 'not a usable id');
  });
});

describe('validate: unknown fields', () => {
  it('warns about a misspelt top-level field and suggests the right one', () => {
    const { errors, warnings } = validate({ ...withField({ tittle: 'x' }) });
    expect(errors).to.deep.equal([]);
    expect(at(warnings, 'tittle')[0]!.message).to.contain('Did you mean "title"');
  });

  it('warns about a misspelt field inside a session', () => {
    const { warnings } = validate(withField({ sessions: [{ title: 'One', descripton: 'x' }] }));
    expect(at(warnings, 'sessions[0].descripton')[0]!.message).to.contain('Did you mean "description"');
  });

  it('lists the known fields when nothing is close', () => {
    const { warnings } = validate(withField({ zzzzzzzz: 1 }));
    expect(at(warnings, 'zzzzzzzz')[0]!.message).to.contain('Known fields: plenary, id, lang, title');
  });

  it('warns about __proto__ and constructor keys and lets neither reach a prototype', () => {
    const json = JSON.parse(
      '{"plenary":1,"title":"T","timeZone":"UTC","start":"2020-01-01T10:00","end":"2020-01-01T11:00",' +
        '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
        '"join":{"url":"https://a.org/j","__proto__":{"polluted":true}}}',
    );
    const { errors, warnings } = validate(json);
    expect(errors).to.deep.equal([]);
    expect(warnings.map((w) => w.path)).to.include.members(['__proto__', 'constructor', 'join.__proto__']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('validate: language codes', () => {
  const warnings = (json: unknown) => validate(json).warnings.map((w) => `${w.path}: ${w.message}`);

  it('warns of a three-letter code where the language has a two-letter one, in a lang field and as a text key', () => {
    const json = withField({ lang: 'eng', title: { eng: 'Webinar', fre: 'Webinaire', fr: 'Webinaire' }, join: { url: 'https://a.org/j', interpretation: [{ lang: 'chi' }] } });
    expect(validate(json).errors).to.deep.equal([]);
    expect(warnings(json)).to.deep.equal([
      'lang: "eng" is written "en": browsers and screen readers know the language by that code.',
      'title.eng: "eng" is written "en": browsers and screen readers know the language by that code, and a visitor reading it is shown this text only when no other fits.',
      'title.fre: "fre" is written "fr": browsers and screen readers know the language by that code, and a visitor reading it is shown this text only when no other fits.',
      'join.interpretation[0].lang: "chi" is written "zh": browsers and screen readers know the language by that code.',
    ]);
  });

  it("warns of a country's code written for its language, and of a two-letter code no language has", () => {
    expect(warnings(withField({ lang: 'cn' }))).to.deep.equal(['lang: "cn" is not the code of a language ("cn" is a country\'s; its language is "zh"): write the language\'s code, such as "en", "fr" or "zh".']);
    expect(warnings(withField({ title: { en: 'Webinar', qq: 'x' } }))).to.deep.equal(['title.qq: "qq" is not the code of a language: write the language\'s code, such as "en", "fr" or "zh".']);
  });

  it('takes the codes of real languages, with their scripts and regions, "mul" and the rarer ones without a word', () => {
    const json = withField({
      lang: 'fr-CA',
      title: { en: 'Webinar', 'zh-Hans': '网络研讨会', sw: 'Semina', ha: 'Taron', kr: 'x', fil: 'Webinar', 'es-419': 'Seminario web' },
      join: { url: 'https://a.org/j', interpretation: [{ lang: 'mul', label: 'Floor' }, { lang: 'ar' }] },
    });
    expect(warnings(json)).to.deep.equal([]);
  });
});

describe('validate: time zones', () => {
  it('rejects Mars/Olympus, naming it', () => {
    expectOnlyError(withField({ timeZone: 'Mars/Olympus' }), 'timeZone', '"Mars/Olympus" is not a known time zone');
  });

  for (const alias of ['Europe/Kiev', 'Asia/Calcutta', 'US/Eastern', 'UTC']) {
    it(`accepts ${alias}, which the browser's Intl knows`, () => {
      expectValid(withField({ timeZone: alias }));
    });
  }

  it("rejects an abbreviation the browser does not take as a zone, with a city's zone that keeps it", () => {
    const said = (timeZone: string) => validate(withField({ timeZone })).errors.map((e) => `${e.path}: ${e.message}`);
    expect(said('ICT')).to.deep.equal(['timeZone: "ICT" is an abbreviation, not a time zone; give the IANA zone of the city whose clock the event keeps, such as "Asia/Bangkok".']);
    expect(said('KST')).to.deep.equal(['timeZone: "KST" is an abbreviation, not a time zone; give the IANA zone of the city whose clock the event keeps, such as "Asia/Seoul".']);
    expect(said('CEST')).to.deep.equal(['timeZone: "CEST" is an abbreviation, not a time zone; give the IANA zone of the city whose clock the event keeps, such as "Europe/Paris".']);
    // One it has no city for.
    expect(said('XYZT')).to.deep.equal(['timeZone: "XYZT" is an abbreviation, not a time zone; give the IANA zone of the city whose clock the event keeps, such as "Asia/Bangkok" or "America/New_York".']);
  });

  it('rejects an offset given as a zone and says why', () => {
    expectOnlyError(withField({ timeZone: '+03:00' }), 'timeZone', 'is an offset');
    expectOnlyError(withField({ timeZone: 'UTC+3' }), 'timeZone', 'is an offset');
  });

  it('warns of a zone that names no place: an old abbreviation or a fixed offset, whose clock does not change with the place\'s', () => {
    const warned = (timeZone: string) => {
      const { errors, warnings } = validate(withField({ timeZone }));
      expect(errors, JSON.stringify(errors)).to.deep.equal([]);
      return at(warnings, 'timeZone').map((w) => w.message);
    };
    // From the zone table: EST is UTC−5 all year, EST5EDT follows New York (−5, −4 in summer), Etc/GMT-9 is UTC+9.
    expect(warned('EST')).to.deep.equal([
      '"EST" names no place: it keeps UTC\u22125 all year, whatever the clocks of the place do. Give the IANA zone of the city whose clock the event keeps, such as "America/New_York" or "Asia/Seoul", so that its times follow that clock.',
    ]);
    expect(warned('EST5EDT')[0]).to.contain('it keeps UTC\u22125 in January and UTC\u22124 in July,');
    expect(warned('Etc/GMT-9')[0]).to.contain('it keeps UTC+9 all year (in these names the sign is the other way round)');
    for (const place of ['America/New_York', 'US/Eastern', 'UTC', 'Etc/UTC', 'GMT']) expect(warned(place), place).to.deep.equal([]);
    const shown = validate(withField({ displayZones: ['Asia/Seoul', 'MST'] }));
    expect(at(shown.warnings, 'displayZones[1]')).to.have.length(1);
    expect(at(shown.warnings, 'displayZones[1]')[0]!.message).to.contain('"MST" names no place: it keeps UTC\u22127 all year');
  });

  it('suggests the zone meant by a typo', () => {
    expectOnlyError(withField({ timeZone: 'Europe/Rom' }), 'timeZone', 'Did you mean "Europe/Rome"');
  });

  it('suggests the zone of the city a typo names, not the zone whose whole name is nearest', () => {
    // Geneva keeps Zurich's time (Switzerland has one zone); "Europe/Vienna" is nearer as a string.
    expectOnlyError(withField({ timeZone: 'Europe/Genva' }), 'timeZone', 'is not a known time zone', 'Did you mean "Europe/Zurich"?');
    expectOnlyError(withField({ timeZone: 'Asia/Soeul' }), 'timeZone', 'Did you mean "Asia/Seoul"?');
    expectOnlyError(withField({ timeZone: 'America/New_Yrok' }), 'timeZone', 'Did you mean "America/New_York"?');
    // Geneva as French and German write it.
    for (const city of ['Genève', 'Genf', 'Europe/Geneve']) expectOnlyError(withField({ timeZone: city }), 'timeZone', 'names a city', 'Did you mean "Europe/Zurich"?');
  });

  it('asks for timeZone when times are local', () => {
    const json = minimal();
    delete json.timeZone;
    expectOnlyError(json, 'timeZone', 'is missing', 'start and end are local times');
  });

  it('needs no timeZone when every time carries an offset', () => {
    const json = withField({ start: '2020-10-13T11:00Z', end: '2020-10-13T10:20-04:00' });
    delete json.timeZone;
    expectValid(json);
  });

  it('reports a bad zone in displayZones, in both forms', () => {
    expectOnlyError(withField({ displayZones: ['Europe/Rome', 'Atlantis/Capital'] }), 'displayZones[1]', 'not a known time zone');
    expectOnlyError(withField({ displayZones: [{ zone: 'Atlantis/Capital', label: 'A' }] }), 'displayZones[0].zone', 'not a known time zone');
  });

  it('reports a display zone that is neither a string nor an object', () => {
    expectOnlyError(withField({ displayZones: [5] }), 'displayZones[0]', 'must be a string or an object');
  });

  it('warns about a display zone given twice', () => {
    const { warnings } = validate(withField({ displayZones: ['Asia/Seoul', { zone: 'Asia/Seoul', label: 'Seoul' }] }));
    expect(at(warnings, 'displayZones[1]')[0]!.message).to.contain('repeats Asia/Seoul');
  });
});

describe('validate: date-times', () => {
  it('rejects a local time inside the spring-forward gap (Rome, 28 March 2021)', () => {
    expectOnlyError(
      withField({ timeZone: 'Europe/Rome', start: '2021-03-28T02:30', end: '2021-03-28T05:00' }),
      'start',
      '"2021-03-28T02:30" does not exist in Europe/Rome',
      'clocks go forward from 02:00 to 03:00',
    );
  });

  it('rejects a local time in New York\'s gap (14 March 2021)', () => {
    expectOnlyError(withField({ start: '2021-03-14T02:30', end: '2021-03-14T05:00' }), 'start', 'does not exist in America/New_York');
  });

  it("rejects 02:15 in Lord Howe's half-hour gap (3 October 2021) and accepts 02:45", () => {
    const lordHowe = { timeZone: 'Australia/Lord_Howe', end: '2021-10-03T05:00' };
    expectOnlyError(withField({ ...lordHowe, start: '2021-10-03T02:15' }), 'start', 'clocks go forward from 02:00 to 02:30');
    expectValid(withField({ ...lordHowe, start: '2021-10-03T02:45' }));
  });

  it('warns about a local time that happens twice and says how to pick the second', () => {
    const { errors, warnings } = validate(withField({ timeZone: 'Europe/Rome', start: '2021-10-31T02:30', end: '2021-10-31T05:00' }));
    expect(errors).to.deep.equal([]);
    const message = at(warnings, 'start')[0]!.message;
    expect(message).to.contain('happens twice in Europe/Rome');
    expect(message).to.contain('+02:00');
    expect(message).to.contain('"2021-10-31T02:30+01:00"');
  });

  it('takes a time with an offset as it is, whatever the zone', () => {
    expectValid(withField({ timeZone: 'Europe/Rome', start: '2021-03-28T02:30+01:00', end: '2021-03-28T05:00+02:00' }));
  });

  for (const [value, fragment] of [
    ['13/10/2020 07:00', 'not a date and time'],
    ['2020-10-13', 'has a date but no time'],
    ['2020-13-01T10:00', 'month 13'],
    ['2021-02-29T10:00', 'that month has 28 days'],
    ['2020-10-13T24:00', 'hour 24'],
    ['2020-10-13T07:00+25:00', 'offsets lie between'],
  ] as const) {
    it(`rejects the date-time ${value}`, () => {
      expectOnlyError(withField({ start: value }), 'start', fragment);
    });
  }

  it('reports an end before the start, and an end equal to it', () => {
    expectOnlyError(withField({ end: '2020-10-13T06:00' }), 'end', 'is not after start');
    expectOnlyError(withField({ end: '2020-10-13T07:00' }), 'end', 'is not after start');
  });
});

describe('validate: text pasted with HTML', () => {
  it('warns of HTML from a word processor in a description, naming a few of its tags, in each language where it is', () => {
    const word = '<!--[if gte mso 9]><xml></xml><![endif]--><p class="MsoNormal" style="margin:0"><b>Opening</b>&nbsp;of the session</p>';
    const { errors, warnings } = validate(withField({ description: { en: word, fr: 'Ouverture de la session' } }));
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      {
        path: 'description.en',
        message: 'holds HTML (<!-- -->, <xml>, <p>), which visitors would read as it is written, tags and all. Give plain text; in a description, leave a blank line between paragraphs.',
      },
    ]);
    expect(at(validate(withField({ title: '<b>Webinar</b>' })).warnings, 'title').map((w) => w.message)).to.deep.equal([
      'holds HTML (<b>), which visitors would read as it is written, tags and all. Give plain text; in a description, leave a blank line between paragraphs.',
    ]);
  });

  it('takes signs that only look like markup as text: "< 5%", "R&D", "a -> b"', () => {
    expect(validate(withField({ title: 'Growth < 5% & R&D: a -> b, <3 sessions' })).warnings).to.deep.equal([]);
    expect(validate(withField({ description: 'Write to Ana <ana@un.org> or see <https://un.org/x>; Q&A, Tom & Jerry, Session <1>, a<ana>.' })).warnings).to.deep.equal([]);
    expect(at(validate(withField({ description: 'Price: 5&euro; &mdash; <o:p></o:p>' })).warnings, 'description').map((w) => w.message)[0]).to.contain('(&euro;, &mdash;, <o:p>)');
  });
});

describe('validate: a document whose format is not the file its address gives', () => {
  const formatWarnings = (json: unknown, path: string) => at(validate(json).warnings, path).map((w) => w.message);

  it('warns of a format that names one file type while the address ends in another, in the list and under a session', () => {
    expect(formatWarnings(withField({ documents: [{ title: 'Concept note', url: 'https://a.org/note.docx', format: 'PDF' }] }), 'documents[0].format')).to.deep.equal([
      'is "PDF", but the address ends in ".docx": visitors are told they are opening a PDF file. Correct the format or the address.',
    ]);
    const session = { id: 's1', title: 'Panel', documents: [{ title: 'Slides', url: '/files/slides.pdf?v=2#page=3', format: '.pptx' }] };
    expect(formatWarnings(withField({ sessions: [session] }), 'sessions[0].documents[0].format')).to.deep.equal([
      'is ".pptx", but the address ends in ".pdf": visitors are told they are opening a .pptx file. Correct the format or the address.',
    ]);
    expectValid(withField({ documents: [{ title: 'Concept note', url: 'https://a.org/note.docx', format: 'PDF' }] }));
  });

  it('leaves alone a format that agrees, one kind of file under two names, a format that is not a file type and an address that is a page or has no extension', () => {
    const documents = [
      { title: 'A', url: 'https://a.org/a.PDF', format: 'pdf' },
      { title: 'B', url: 'https://a.org/b.docx', format: 'DOC' },
      { title: 'C', url: 'https://a.org/c.jpeg', format: 'JPG' },
      { title: 'D', url: 'https://a.org/d.docx', format: 'Word' },
      { title: 'E', url: 'https://a.org/e.pdf', format: 'PDF, 2 MB' },
      { title: 'F', url: 'https://a.org/documents/f', format: 'PDF' },
      { title: 'G', url: 'https://a.org/g.pdf?download=1', format: 'PDF' },
      { title: 'H', url: 'https://a.org/getfile.aspx?id=7', format: 'PDF' },
      { title: 'I', url: 'https://a.org/i.valueOf', format: 'constructor' },
    ];
    expect(validate(withField({ documents })).warnings).to.deep.equal([]);
  });
});

describe('validate: sessions, ids and references', () => {
  it('reports a session that starts before the event', () => {
    expectOnlyError(withField({ sessions: [{ title: 'Early', start: '2020-10-13T06:00', end: '2020-10-13T08:00' }] }), 'sessions[0].start', 'outside the event');
  });

  it('reports a session that ends after the event', () => {
    expectOnlyError(withField({ sessions: [{ title: 'Late', start: '2020-10-13T09:00', end: '2020-10-13T11:00' }] }), 'sessions[0].end', 'outside the event');
  });

  it('accepts sessions given with offsets when they fall inside the event', () => {
    expectValid(withField({ sessions: [{ title: 'UTC', start: '2020-10-13T11:00Z', end: '2020-10-13T12:00Z' }] }));
  });

  it("reports a session that ends before it starts, at the session's end", () => {
    expectOnlyError(withField({ sessions: [{ title: 'S', start: '2020-10-13T09:00', end: '2020-10-13T08:00' }] }), 'sessions[0].end', "not after the session's start");
  });

  it("warns of a session whose end is a day out: 10:00 to 13:00 the next day is 27 hours, and says what to check; a long evening is not one", () => {
    const meeting = withField({ start: '2027-10-13T10:00', end: '2027-10-15T18:00', timeZone: 'Europe/Zurich' });
    const { errors, warnings } = validate({ ...meeting, sessions: [{ id: 'item-3', title: 'Item 3', start: '2027-10-14T10:00', end: '2027-10-15T13:00' }] });
    expect(errors).to.deep.equal([]);
    expect(warnings.map(({ path, message }) => ({ path, message }))).to.deep.equal([
      { path: 'sessions[0].end', message: '"2027-10-15T13:00" is 27 hours after the session\'s start "2027-10-14T10:00"; if the session does not last that long, check the date of its end.' },
    ]);
    expect(validate({ ...meeting, sessions: [{ id: 'night', title: 'Night', start: '2027-10-13T19:00', end: '2027-10-14T03:00' }] }).warnings).to.deep.equal([]);
  });

  it('warns of a session with times and no id: its calendar entry follows its place in the list; one without times needs none', () => {
    const { errors, warnings } = validate(withField({ sessions: [{ id: 'opening', title: 'Opening', start: '2020-10-13T07:00' }, { title: 'Panel', start: '2020-10-13T08:00' }, { title: 'Remarks' }] }));
    expect(errors).to.deep.equal([]);
    expect(warnings.map(({ path, message }) => ({ path, message }))).to.deep.equal([
      {
        path: 'sessions[1]',
        message:
          'has times but no id, so calendars know its entry by its place in the list: a session added or removed before it would give visitors who added the sessions the wrong entries. Give it an id that never changes, such as "session-2".',
      },
    ]);
  });

  it('reports a session with an end and no start', () => {
    expectOnlyError(withField({ sessions: [{ title: 'S', end: '2020-10-13T08:00' }] }), 'sessions[0].start', 'needs a start');
  });

  it('reports a session id used twice, at the second', () => {
    expectOnlyError(withField({ sessions: [{ id: 's1', title: 'A' }, { id: 's1', title: 'B' }] }), 'sessions[1].id', 'already the id of sessions[0]');
  });

  it('reports a document that names a session that does not exist, listing the ids', () => {
    expectOnlyError(
      withField({ sessions: [{ id: 's1', title: 'A' }], documents: [{ title: 'TP', url: 'https://a.org/tp.pdf', session: 's9' }] }),
      'documents[0].session',
      '"s9" is not the id of any session',
      'Session ids: s1',
    );
  });
});

describe('validate: addresses', () => {
  const hostile: Array<[string, string]> = [
    ['javascript:alert(1)', '"javascript:" scheme'],
    ['JaVaScRiPt:alert(1)', '"javascript:" scheme'],
    ['\u0001javascript:alert(1)', 'starts with an invisible or control character (U+0001)'],
    ['java\tscript:alert(1)', 'contains an invisible or control character (U+0009)'],
    [' https://example.org/join', 'starts with a space'],
    ['data:text/html,<script>alert(1)</script>', '"data:" scheme'],
    ['vbscript:msgbox(1)', '"vbscript:" scheme'],
    ['file:///etc/passwd', '"file:" scheme'],
  ];
  for (const [url, fragment] of hostile) {
    it(`refuses to link the join address ${JSON.stringify(url)}, with a warning`, () => {
      expectOnlyWarning(withField({ join: { url } }), 'join.url', fragment);
    });
  }

  it('refuses unsafe addresses in every kind of link field, each with a warning', () => {
    const bad = 'javascript:alert(1)';
    const { errors, warnings } = validate(
      withField({
        venue: { name: 'Hall', url: bad },
        organizers: [{ name: 'Org', url: bad, logo: bad }],
        speakers: [{ name: 'Ana', url: bad }],
        documents: [{ title: 'Doc', url: bad }],
        links: [{ kind: 'website', url: bad }],
      }),
    );
    expect(errors).to.deep.equal([]);
    expect(warnings.map((e) => e.path)).to.deep.equal([
      'venue.url',
      'organizers[0].url',
      'organizers[0].logo',
      'speakers[0].url',
      'documents[0].url',
      'links[0].url',
    ]);
  });

  it('accepts https, http, mailto and relative addresses', () => {
    expectValid(
      withField({
        links: [
          { kind: 'website', url: 'https://www.un.org/' },
          { kind: 'blog', url: 'http://blog.example.org/' },
          { kind: 'other', url: 'mailto:events@un.org' },
          { kind: 'other', url: 'docs/agenda.pdf' },
          { kind: 'other', url: 'HTTPS://WWW.UN.ORG/' },
        ],
      }),
    );
  });

  it('warns of a web address written without https:, saying where Plenary links', () => {
    const warned = (json: unknown, path: string) => {
      const { errors, warnings } = validate(json);
      expect(errors, JSON.stringify(errors)).to.deep.equal([]);
      return at(warnings, path).map((w) => w.message);
    };
    expect(warned(withField({ join: { url: 'www.zoom.us/j/123', platform: 'Zoom' } }), 'join.url')).to.deep.equal([
      '"www.zoom.us/j/123" has no https:; Plenary links to "https://www.zoom.us/j/123". Write it so; or, for a file beside the descriptor, begin it with "./".',
    ]);
    expect(warned(withField({ documents: [{ title: 'Note', url: 'example.org/a.pdf' }] }), 'documents[0].url')).to.have.length(1);
    // Files beside the descriptor are what relative addresses are for.
    expectValid(withField({ documents: [{ title: 'Note', url: 'a.pdf' }, { title: 'Minutes', url: 'minutes.md' }, { title: 'Report', url: 'v1.2/report.2024.pdf' }] }));
    for (const file of ['summary.de', 'main.go', 'archive.xz', 'agenda.en']) expect(validate(withField({ documents: [{ title: 'File', url: file }] })).warnings, file).to.deep.equal([]);
    expect(warned(withField({ join: { url: 'zoom.us/j/123' } }), 'join.url')).to.have.length(1);
    // An e-mail address in a link's place, as a contact's is written: a mailbox, not a file beside the descriptor.
    expect(warned(withField({ links: [{ kind: 'other', url: 'secretariat@un.org' }] }), 'links[0].url')).to.deep.equal([
      '"secretariat@un.org" has no mailto:; Plenary links to "mailto:secretariat@un.org". Write it so; or, for a file beside the descriptor, begin it with "./".',
    ]);
  });

  it('warns of an e-mail address given as the meeting\'s address, once, and does not make it the join link', () => {
    // Copied from the invitation's "Questions? events@un.org": "Join the meeting" would open an e-mail.
    for (const url of ['mailto:events@un.org', 'MAILTO:events@un.org', 'events@un.org']) {
      expectOnlyWarning(withField({ join: { url, platform: 'WebEx' } }), 'join.url', `${JSON.stringify(url)} is an e-mail address, not the address of the online meeting`, 'https: address of the meeting');
    }
    const sessions = [{ id: 's1', title: 'Opening', start: '2020-10-13T07:00', end: '2020-10-13T08:00', join: { url: 'mailto:chair@un.org' } }];
    expectOnlyWarning(withField({ join: { url: 'https://un.webex.com/meet/a' }, sessions }), 'sessions[0].join.url', 'is an e-mail address');
    // Elsewhere an e-mail address is a fine link: "Write to the secretariat".
    expectValid(withField({ links: [{ kind: 'other', url: 'mailto:events@un.org' }], join: { url: 'https://un.webex.com/meet/a' } }));
    expect(validate(withField({ links: [{ kind: 'other', url: 'mailto:events@un.org' }], join: { url: 'https://un.webex.com/meet/a' } })).warnings).to.deep.equal([]);
  });

  it('does not link e-mail values that carry quotes, attributes or a mailto: prefix', () => {
    expectOnlyWarning(withField({ contacts: [{ name: 'A', email: 'a"onmouseover="x@un.org' }] }), 'contacts[0].email', 'not an e-mail address');
    expectOnlyWarning(withField({ contacts: [{ name: 'A', email: 'a@un.org?cc=b@x.org' }] }), 'contacts[0].email', 'not an e-mail address');
    expectOnlyWarning(withField({ contacts: [{ name: 'A', email: 'mailto:a@un.org' }] }), 'contacts[0].email', 'starts with "mailto:"');
  });

  it('does not link a phone number with letters', () => {
    expectOnlyWarning(withField({ contacts: [{ name: 'A', phone: 'call me' }] }), 'contacts[0].phone', 'international form');
  });
});

describe('validate: what attendance needs', () => {
  it('warns when an in-person event has no venue', () => {
    const { errors, warnings } = validate(withField({ attendance: 'in-person' }));
    expect(errors).to.deep.equal([]);
    expect(at(warnings, 'venue')[0]!.message).to.contain('will not know where to go');
  });

  it('warns when an online event has no join link', () => {
    const { warnings } = validate(withField({ attendance: 'online' }));
    expect(at(warnings, 'join')[0]!.message).to.contain('no link to join');
  });
});

describe('validate: reports every problem at once', () => {
  it('lists several problems of one descriptor, each at its path', () => {
    const { errors, warnings } = validate({
      plenary: 1,
      title: '',
      timeZone: 'Mars/Olympus',
      start: '2020-10-13T07:00',
      end: 'tomorrow',
      join: { url: 'javascript:alert(1)' },
      sessions: [{ title: 'A', id: 'x' }, { title: 'B', id: 'x' }],
      tittle: 'typo',
    });
    expect(errors.map((e) => e.path)).to.deep.equal(['title', 'timeZone', 'end', 'sessions[1].id']);
    expect(warnings.map((w) => w.path)).to.deep.equal(['join.url', 'tittle', 'id']);
  });
});

describe('validate: found by fuzzing', () => {
  it('asks for timeZone when it is empty and the times are local', () => {
    const { errors } = validate(withField({ timeZone: '' }));
    expect(errors.map((e) => e.path)).to.deep.equal(['timeZone']);
    expect(errors[0]!.message).to.contain('is missing');
  });
});


describe('validate: one mistake gives one error', () => {
  /** An event with four timed sessions, all inside it. */
  const programme = (patch: Record<string, unknown> = {}) =>
    withField({
      sessions: [
        { id: 'opening', title: 'Opening', start: '2020-10-13T07:00', end: '2020-10-13T07:30' },
        { id: 'panel', title: 'Panel', start: '2020-10-13T07:30', end: '2020-10-13T09:00' },
        { id: 'debate', title: 'Debate', start: '2020-10-13T09:00', end: '2020-10-13T10:00' },
        { id: 'closing', title: 'Closing', start: '2020-10-13T10:00', end: '2020-10-13T10:20' },
      ],
      ...patch,
    });
  const oneSession = (session: Record<string, unknown>, patch: Record<string, unknown> = {}) =>
    withField({ sessions: [{ title: 'Panel', ...session }], ...patch });
  /** Errors without their labels (labels have their own tests below). */
  const errorsOf = (json: unknown) => validate(json).errors.map(({ path, message }) => ({ path, message }));
  const notADate = (value: string) =>
    `"${value}" is not a date and time in the form "2020-10-13T07:00" (ISO 8601, optionally with an offset such as "+09:00" or "Z").`;
  const badId = (value: string) =>
    `"${value}" is not a usable id; use up to 128 letters, digits, ".", "_" or "-", starting with a letter or digit.`;

  it('accepts the four sessions as they are', () => {
    expectValid(programme());
  });

  it('an event that ends before it starts: one error at end, no session "outside the event"', () => {
    expect(errorsOf(programme({ end: '2020-10-13T06:00' }))).to.deep.equal([
      { path: 'end', message: '"2020-10-13T06:00" is not after start "2020-10-13T07:00"; the event must end after it starts.' },
    ]);
  });

  it('an event with no start: one error at start; the sessions are not held against it', () => {
    const json = programme();
    delete json.start;
    expect(errorsOf(json)).to.deep.equal([
      { path: 'start', message: 'is missing. Start: local time in `timeZone` (`2020-10-13T07:00`), or with an offset or `Z`.' },
    ]);
  });

  it('an event start that is not a date and time: one error at start', () => {
    expect(errorsOf(programme({ start: '13/10/2020 07:00' }))).to.deep.equal([{ path: 'start', message: notADate('13/10/2020 07:00') }]);
  });

  it("an event start in the zone's spring-forward gap: one error at start", () => {
    const json = oneSession({ start: '2021-03-14T01:00', end: '2021-03-14T04:00' }, { start: '2021-03-14T02:30', end: '2021-03-14T05:00' });
    expect(errorsOf(json)).to.deep.equal([
      {
        path: 'start',
        message: '"2021-03-14T02:30" does not exist in America/New_York (clocks go forward from 02:00 to 03:00). Choose a time outside the skipped hour, or write the offset.',
      },
    ]);
  });

  it('a city for timeZone: one error at timeZone, none at the local times it would have read', () => {
    expect(errorsOf(programme({ timeZone: 'Geneva' }))).to.deep.equal([
      { path: 'timeZone', message: '"Geneva" names a city, not a time zone; use the IANA zone that keeps its time. Did you mean "Europe/Zurich"?' },
    ]);
  });

  it('a null timeZone with local times: one error that says what to write, not "remove the field"', () => {
    expect(validate(withField({ timeZone: null }))).to.deep.equal({
      errors: [
        {
          path: 'timeZone',
          message:
            'is missing, and start and end are local times with no offset. Add the organizers\' IANA zone, such as "timeZone": "America/New_York", or write each time with its offset ("2020-10-13T07:00-04:00").',
        },
      ],
      warnings: [],
    });
  });

  it('a timeZone that is a number, with local times: one error, its type', () => {
    expect(errorsOf(withField({ timeZone: 5 }))).to.deep.equal([{ path: 'timeZone', message: 'must be a string; found the number 5.' }]);
  });

  it('an empty timeZone with local times: the error, and no warning to remove the field', () => {
    const { errors, warnings } = validate(withField({ timeZone: '' }));
    expect(errors.map((e) => e.path)).to.deep.equal(['timeZone']);
    expect(warnings).to.deep.equal([]);
  });

  it('a session start that is not a date and time: one error, not also "needs a start"', () => {
    expect(errorsOf(oneSession({ start: '9am', end: '2020-10-13T09:00' }))).to.deep.equal([
      { path: 'sessions[0].start', message: notADate('9am') },
    ]);
  });

  it('a session start that is null: one error, not also "needs a start"', () => {
    expect(errorsOf(oneSession({ start: null, end: '2020-10-13T09:00' }))).to.deep.equal([
      { path: 'sessions[0].start', message: 'is null; remove the field or give it a value.' },
    ]);
  });

  it('a session start in the gap: one error, not also "outside the event"', () => {
    const json = oneSession({ start: '2021-03-14T02:30', end: '2021-03-14T04:00' }, { start: '2021-03-14T01:00', end: '2021-03-14T05:00' });
    expect(errorsOf(json)).to.deep.equal([
      {
        path: 'sessions[0].start',
        message: '"2021-03-14T02:30" does not exist in America/New_York (clocks go forward from 02:00 to 03:00). Choose a time outside the skipped hour, or write the offset.',
      },
    ]);
  });

  it('a session that ends before it starts, and before the event: one error at its end', () => {
    expect(errorsOf(oneSession({ start: '2020-10-13T08:00', end: '2020-10-13T06:30' }))).to.deep.equal([
      { path: 'sessions[0].end', message: '"2020-10-13T06:30" is not after the session\'s start "2020-10-13T08:00".' },
    ]);
  });

  it('a session that ends when it starts (its start copied as its end): an error at its end', () => {
    expect(errorsOf(oneSession({ start: '2020-10-13T08:00', end: '2020-10-13T08:00' }))).to.deep.equal([
      { path: 'sessions[0].end', message: '"2020-10-13T08:00" is not after the session\'s start "2020-10-13T08:00".' },
    ]);
  });

  it('the event ends at 10:20: a session may end then, but not start then', () => {
    expect(errorsOf(oneSession({ start: '2020-10-13T09:20', end: '2020-10-13T10:20' }))).to.deep.equal([]);
    expect(errorsOf(oneSession({ start: '2020-10-13T07:00' }))).to.deep.equal([]);
    expect(errorsOf(oneSession({ start: '2020-10-13T10:20' }))).to.deep.equal([
      {
        path: 'sessions[0].start',
        message: '"2020-10-13T10:20" is outside the event (2020-10-13T07:00 – 2020-10-13T10:20); sessions must lie inside the event.',
      },
    ]);
  });

  it('a session on the wrong day: one error at its start, not one for each end', () => {
    expect(errorsOf(oneSession({ start: '2020-10-14T08:00', end: '2020-10-14T09:00' }))).to.deep.equal([
      {
        path: 'sessions[0].start',
        message: '"2020-10-14T08:00" – "2020-10-14T09:00" is not inside the event (2020-10-13T07:00 – 2020-10-13T10:20); sessions must lie inside the event.',
      },
    ]);
  });

  it('a session id that is not usable, named by a document: one error at the id, none at the document', () => {
    const json = oneSession({ id: 'panel 1' }, { documents: [{ title: 'TP', url: 'https://a.org/tp.pdf', session: 'panel 1' }] });
    expect(errorsOf(json)).to.deep.equal([{ path: 'sessions[0].id', message: badId('panel 1') }]);
  });

  it("a session id that is not usable, named by the session's own document: one error at the id", () => {
    const json = oneSession({ id: 'panel 1', documents: [{ title: 'TP', url: 'https://a.org/tp.pdf', session: 'panel 1' }] });
    expect(errorsOf(json)).to.deep.equal([{ path: 'sessions[0].id', message: badId('panel 1') }]);
  });

  it('the same unusable id twice: each reported as unusable, not also as a repeat', () => {
    const json = withField({ sessions: [{ id: 'panel 1', title: 'A' }, { id: 'panel 1', title: 'B' }] });
    expect(errorsOf(json)).to.deep.equal([
      { path: 'sessions[0].id', message: badId('panel 1') },
      { path: 'sessions[1].id', message: badId('panel 1') },
    ]);
  });

  it('sessions that are not a list, named by a document: one error at sessions', () => {
    const json = withField({ sessions: { id: 's1', title: 'A' }, documents: [{ title: 'TP', url: 'https://a.org/tp.pdf', session: 's1' }] });
    expect(errorsOf(json)).to.deep.equal([{ path: 'sessions', message: 'must be a list ([ … ]); found an object.' }]);
  });

  it('a wrong display zone given twice: an error at each, and no "repeats" warning', () => {
    const { errors, warnings } = validate(withField({ displayZones: [{ zone: 'Geneva' }, { zone: 'Geneva' }] }));
    expect(errors.map((e) => e.path)).to.deep.equal(['displayZones[0].zone', 'displayZones[1].zone']);
    expect(warnings).to.deep.equal([]);
  });
});

describe('validate: problems name sessions, documents and people as editors do', () => {
  const building = 'Session 2: Building capacities';

  it('follows the session index with its title, and keeps the path as it was', () => {
    const json = withField({
      sessions: [
        { title: 'Session 1: Strategies', start: '2020-10-13T07:00', end: '2020-10-13T08:00' },
        { title: 'Session 2: Setting the scene', start: '2020-10-13T08:00', end: '2020-10-13T09:00' },
        { title: building, start: '2020-10-13T06:00', end: '2020-10-13T10:00' },
      ],
    });
    expect(validate(json).errors).to.deep.equal([
      {
        path: 'sessions[2].start',
        label: 'sessions[2] ("Session 2: Building capacities").start',
        message: '"2020-10-13T06:00" is outside the event (2020-10-13T07:00 – 2020-10-13T10:20); sessions must lie inside the event.',
      },
    ]);
  });

  it("uses the title in the descriptor's language", () => {
    const json = withField({
      lang: 'fr',
      sessions: [{ title: { en: 'Opening', fr: 'Ouverture' }, start: '2020-10-13T06:00', end: '2020-10-13T08:00' }],
    });
    expect(validate(json).errors[0]!.label).to.equal('sessions[0] ("Ouverture").start');
  });

  it('shortens a long title to about 40 characters, at a word, with "…"', () => {
    const json = withField({
      sessions: [{ title: 'Session 2: Building Capacities and Mindsets for Accelerating Digital Transformation', start: '2020-10-13T06:00' }],
    });
    expect(validate(json).errors[0]!.label).to.equal('sessions[0] ("Session 2: Building Capacities and…").start');
  });

  it('names documents by their title and people by their name, at every level', () => {
    const bad = 'javascript:alert(1)';
    const { warnings } = validate(
      withField({
        organizers: [{ name: 'UN DESA', url: bad }],
        sessions: [
          {
            title: 'Opening',
            speakers: [{ name: 'Mr. Juwang Zhu' }, { name: 'Ms. Adriana Alberti', url: bad }],
            documents: [{ title: 'Talking points', url: bad }],
          },
        ],
        contacts: [{ name: 'Ms. Ana Lopez', email: 'mailto:a@un.org' }],
      }),
    );
    expect(warnings.map((w) => w.label)).to.deep.equal([
      'organizers[0] ("UN DESA").url',
      'sessions[0] ("Opening").speakers[1] ("Ms. Adriana Alberti").url',
      'sessions[0] ("Opening").documents[0] ("Talking points").url',
      'contacts[0] ("Ms. Ana Lopez").email',
    ]);
    expect(warnings.map((w) => w.path)).to.deep.equal(['organizers[0].url', 'sessions[0].speakers[1].url', 'sessions[0].documents[0].url', 'contacts[0].email']);
  });

  it('says with a missing required field the misspelling of it written beside it (the elements show errors, not warnings)', () => {
    const { errors, warnings } = validate(withField({ sessions: [{ id: 'opening', titel: 'Opening', start: '2020-10-13T07:00', end: '2020-10-13T08:00' }] }));
    expect(errors).to.deep.equal([{ path: 'sessions[0].title', message: 'is missing. There is a field "titel" here: did you mean "title"? Title of the session.' }]);
    expect(warnings.map((w) => w.path)).to.deep.equal(['sessions[0].titel']);
  });

  it('gives no label where the path passes no titled item, nor for an item without a title', () => {
    const { errors } = validate(withField({ end: '2020-10-13T06:00', sessions: [{ description: 'No title' }] }));
    expect(errors).to.deep.equal([
      { path: 'sessions[0].title', message: 'is missing. Title of the session.' },
      { path: 'end', message: '"2020-10-13T06:00" is not after start "2020-10-13T07:00"; the event must end after it starts.' },
    ]);
  });

  it('names the first holder of a repeated session id by its title', () => {
    const { errors } = validate(withField({ sessions: [{ id: 's1', title: 'Opening' }, { id: 's1', title: 'Panel' }] }));
    expect(errors[0]!.message).to.equal('"s1" is already the id of sessions[0] ("Opening"); ids must be unique.');
    expect(errors[0]!.label).to.equal('sessions[1] ("Panel").id');
  });
});

describe('validate: a city where a time zone belongs', () => {
  const cities: Array<[string, string]> = [
    ['Geneva', 'Europe/Zurich'],
    ['Bangkok', 'Asia/Bangkok'],
    ['New York', 'America/New_York'],
    ['new york', 'America/New_York'],
    ['Washington', 'America/New_York'],
    ['The Hague', 'Europe/Amsterdam'],
    ['Bonn', 'Europe/Berlin'],
    ['Montreal', 'America/Toronto'],
    ['Canberra', 'Australia/Sydney'],
    ['Ottawa', 'America/Toronto'],
    ['New Delhi', 'Asia/Kolkata'],
    ['Beijing', 'Asia/Shanghai'],
    ['Brasília', 'America/Sao_Paulo'],
    ['Brasilia', 'America/Sao_Paulo'],
    ['Addis Ababa', 'Africa/Addis_Ababa'],
    ['Nairobi', 'Africa/Nairobi'],
    ['Sao Paulo', 'America/Sao_Paulo'],
    ['São Paulo', 'America/Sao_Paulo'],
    ['Washington, D.C.', 'America/New_York'],
    ['Kyiv', 'Europe/Kyiv'],
    ['Europe/Geneva', 'Europe/Zurich'],
  ];
  for (const [city, zone] of cities) {
    it(`"${city}" as timeZone: did you mean ${zone}`, () => {
      expectOnlyError(
        withField({ timeZone: city }),
        'timeZone',
        `"${city}" names a city, not a time zone; use the IANA zone that keeps its time. Did you mean "${zone}"?`,
      );
    });
  }

  it('suggests the zone in displayZones, in both forms', () => {
    expectOnlyError(withField({ displayZones: ['Europe/Rome', 'Bangkok'] }), 'displayZones[1]', 'Did you mean "Asia/Bangkok"?');
    expectOnlyError(withField({ displayZones: [{ zone: 'The Hague', label: 'ICJ' }] }), 'displayZones[0].zone', 'Did you mean "Europe/Amsterdam"?');
  });

  it('every zone it suggests is one the browser accepts', async () => {
    const { CITY_ZONES } = await import('./cities.js');
    for (const zone of new Set(Object.values(CITY_ZONES))) expectValid(withField({ timeZone: zone }));
  });

  it('does not take a word that names no city for one', () => {
    expectOnlyError(withField({ timeZone: 'Atlantis' }), 'timeZone', '"Atlantis" is not a known time zone');
  });
});

describe('validate: previousStart', () => {
  it('reads it like start, and warns when the event is not rescheduled', () => {
    expect(validate(withField({ status: 'rescheduled', previousStart: '2020-10-06T07:00', revision: 1 }))).to.deep.equal({ errors: [], warnings: [] });
    const { errors, warnings } = validate(withField({ previousStart: '2020-10-06T07:00' }));
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([{ path: 'previousStart', message: 'is read only for a rescheduled event; add "status": "rescheduled", or remove it.' }]);
    expectOnlyError(withField({ status: 'rescheduled', previousStart: '2020-03-08T02:30' }), 'previousStart', 'does not exist in America/New_York');
  });
});

describe('validate: offsets against the zone', () => {
  // Zurich keeps CEST (UTC+2) from 29 March 2026: 10:00+01:00 on the 30th is 09:00 UTC, 11:00 in Zurich.
  it("warns of a time whose offset is not the zone's at that moment, and says what it is shown as", () => {
    const zurich = (start: string) => validate(withField({ timeZone: 'Europe/Zurich', start, end: '2026-03-30T18:00' }));
    const { errors, warnings } = zurich('2026-03-30T10:00+01:00');
    expect(errors).to.deep.equal([]);
    expect(at(warnings, 'start').map((w) => w.message)).to.deep.equal([
      '"2026-03-30T10:00+01:00" has the offset +01:00, but Europe/Zurich is at +02:00 then, so it is shown as 11:00 there. To mean 10:00 in Europe/Zurich, write "2026-03-30T10:00".',
    ]);
    // The zone's own offset, and times in UTC, are what they say.
    expect(at(zurich('2026-03-30T10:00+02:00').warnings, 'start')).to.deep.equal([]);
    expect(at(zurich('2026-03-30T08:00Z').warnings, 'start')).to.deep.equal([]);
  });
});

describe('validate: id', () => {
  it("warns of an event without an id, and offers one made from its title and date: calendars would otherwise know it by its title and start", () => {
    const { id: _, ...json } = minimal();
    expect(validate(json).warnings).to.deep.equal([
      {
        path: 'id',
        message:
          'is missing, so calendars know the event by its title and start: if either changes, visitors who added it get a second entry, and a cancellation does not reach the first. Give it an id that never changes, such as "webinar-2020-10-13".',
      },
    ]);
  });

  it('makes the id offered from the first title in Latin letters, without accents, in a few words', () => {
    const offered = (title: unknown, start = '2027-05-10T09:00') => {
      const { id: _, ...json } = withField({ title, start, end: '2027-05-10T10:00' });
      return /such as "([^"]*)"/.exec(validate(json).warnings.find((w) => w.path === 'id')!.message)![1];
    };
    expect(offered('Séance de clôture: la coopération numérique')).to.equal('seance-de-cloture-la-cooperation-2027-05-10');
    expect(offered({ ko: '디지털 정부 포럼', en: 'Digital Government Forum' })).to.equal('digital-government-forum-2027-05-10');
    expect(offered('디지털 정부 포럼')).to.equal('event-2027-05-10');
  });

  it('says nothing of an event that has an id', () => {
    expect(validate(minimal()).warnings).to.deep.equal([]);
  });
});

describe('validate: revision', () => {
  it('warns when an event is cancelled, postponed or rescheduled and its revision is not raised: calendars would keep the old entry', () => {
    for (const status of ['cancelled', 'postponed', 'rescheduled']) {
      const { errors, warnings } = validate(withField({ status }));
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([
        {
          path: 'status',
          message: `is "${status}", but "revision" is not raised: calendars that added the event ignore the change until it is. Give "revision": 1 (one more than the last published).`,
        },
      ]);
      expect(validate(withField({ status, revision: 1 })).warnings).to.deep.equal([]);
    }
    expect(validate(withField({ status: 'scheduled' })).warnings).to.deep.equal([]);
  });
});

describe('validate: clock changes (warnings)', () => {
  // Rome goes to CEST (+2) on 29 March 2026 at 01:00 UTC; New York to EDT (−4) on 8 March (tz database).
  it('warns about a change during the event and the weeks when two zones are an unusual distance apart', () => {
    const { errors, warnings } = validate(
      withField({ timeZone: 'Europe/Rome', start: '2026-03-27T09:00', end: '2026-03-31T18:00', displayZones: ['Europe/Rome', 'America/New_York'] }),
    );
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      { path: 'displayZones[0]', message: 'Europe/Rome changes its clocks during the event, on 2026-03-29 (to UTC+2): check that the times you wrote for after the change are right.' },
      { path: 'start', message: 'falls in the weeks when America/New_York is 5 hours behind Europe/Rome, instead of 6: check the times you wrote in other documents.' },
    ]);
  });

  it('says an unusual distance once when two zones keep one clock, of the organizers\' zone', () => {
    // Zurich and Rome both keep CET/CEST and change on 28 March 2027; New York is 5 hours behind both from 14 March.
    const { warnings } = validate(
      withField({ timeZone: 'Europe/Zurich', start: '2027-03-15T09:30', end: '2027-03-17T17:00', displayZones: ['Europe/Rome', 'America/New_York', 'Europe/Zurich'] }),
    );
    expect(warnings).to.deep.equal([
      { path: 'start', message: 'falls in the weeks when America/New_York is 5 hours behind Europe/Zurich, instead of 6: check the times you wrote in other documents.' },
    ]);
  });

  it('warns about the weeks of an unusual distance that a change during the event begins', () => {
    // Zurich goes back to CET (+1) on 31 October 2027, New York to EST (−5) on 7 November: from the 31st, New
    // York (EDT, −4) is 5 hours behind Zurich, not 6.
    const { warnings } = validate(
      withField({ timeZone: 'Europe/Zurich', start: '2027-10-30T09:30', end: '2027-11-01T17:00', displayZones: ['Europe/Zurich', 'America/New_York'] }),
    );
    expect(warnings).to.deep.equal([
      { path: 'displayZones[0]', message: 'Europe/Zurich changes its clocks during the event, on 2027-10-31 (to UTC+1): check that the times you wrote for after the change are right.' },
      { path: 'end', message: 'falls in the weeks when America/New_York is 5 hours behind Europe/Zurich, instead of 6 (from 2027-10-31): check the times you wrote in other documents.' },
    ]);
  });

  it('for a zone only shown, says what the schedule does rather than ask to check times never written in it', () => {
    // Seoul keeps UTC+9; Rome goes to UTC+2 on 29 March 2026.
    const { warnings } = validate(withField({ timeZone: 'Asia/Seoul', start: '2026-03-27T09:00', end: '2026-03-31T18:00', displayZones: ['Asia/Seoul', 'Europe/Rome'] }));
    expect(warnings).to.deep.equal([
      {
        path: 'displayZones[1]',
        message: 'Europe/Rome changes its clocks during the event, on 2026-03-29 (to UTC+2): the schedule shows its times after that at the new offset; check any times for it you wrote elsewhere.',
      },
    ]);
  });

  it('says nothing for zones that keep one offset, or outside those weeks', () => {
    expect(validate(withField({ timeZone: 'Asia/Seoul', start: '2026-03-27T09:00', end: '2026-03-31T18:00', displayZones: ['Asia/Seoul', 'Africa/Nairobi'] })).warnings).to.deep.equal([]);
    expect(validate(withField({ timeZone: 'Europe/Rome', start: '2026-04-15T09:00', end: '2026-04-15T12:00', displayZones: ['Europe/Rome', 'America/New_York'] })).warnings).to.deep.equal([]);
  });
});

describe('validate: ways in — per session, interpretation, registered participants', () => {
  const session = (patch: Record<string, unknown>) => ({ id: 'opening', title: 'Opening', start: '2020-10-13T07:00', end: '2020-10-13T08:00', ...patch });
  const warningsAt = (json: unknown, path: string) => at(validate(json).warnings, path).map((w) => w.message);

  it('asks for the link of a public join, or for registered access', () => {
    expectOnlyError(withField({ join: { platform: 'Zoom' } }), 'join.url', 'is missing', '"access": "registered"');
  });

  it('accepts a join for registered participants with no link, and a session join that takes the rest from the event', () => {
    const json = withField({
      join: { access: 'registered', registration: 'https://example.org/register', interpretation: [{ lang: 'fr', channel: '2' }, { lang: 'ar', url: 'https://webtv.example.org/ar' }] },
      sessions: [session({ join: { url: 'https://example.org/opening', access: 'public' } })],
    });
    expect(validate(json)).to.deep.equal({ errors: [], warnings: [] });
  });

  it('warns that a link, meeting ID or passcode of a join for registered participants is never shown (the descriptor is public)', () => {
    const json = withField({ join: { access: 'registered', url: 'https://example.org/j', meetingId: '123', passcode: 'x', registration: 'https://example.org/r' } });
    expectValid(json);
    for (const field of ['url', 'meetingId', 'passcode']) {
      expect(warningsAt(json, `join.${field}`)).to.deep.equal([
        'is never shown: this link is sent to registered participants only ("access": "registered"). Remove it: anyone can read the descriptor.',
      ]);
    }
  });

  it('warns about a session\'s link when the session inherits registered access', () => {
    const json = withField({ join: { access: 'registered', registration: 'https://example.org/r' }, sessions: [session({ join: { url: 'https://example.org/s' } })] });
    expect(warningsAt(json, 'sessions[0].join.url').length).to.equal(1);
  });

  it('warns when registered participants have nowhere to register, unless the event has a registration link', () => {
    expect(warningsAt(withField({ join: { access: 'registered' } }), 'join.access')[0]).to.contain('not where to register');
    expect(warningsAt(withField({ join: { access: 'registered' }, links: [{ kind: 'registration', url: 'https://example.org/r' }] }), 'join.access')).to.deep.equal([]);
  });

  it('warns that a session join on a session without a start is never offered; one without an end is offered until the session ends', () => {
    const json = withField({ join: { url: 'https://example.org/j' }, sessions: [{ title: 'Opening', join: { url: 'https://example.org/s' } }] });
    expectValid(json);
    expect(warningsAt(json, 'sessions[0].join')[0]).to.contain('is never offered: the session has no start.');
    const open = withField({ join: { url: 'https://example.org/j' }, sessions: [{ id: 'opening', title: 'Opening', start: '2020-10-13T08:00', join: { url: 'https://example.org/s' } }] });
    expect(warningsAt(open, 'sessions[0].join')).to.deep.equal([]);
  });

  it('warns about a language of interpretation listed twice, and reports one that is not a language tag', () => {
    const twice = withField({ join: { url: 'https://example.org/j', interpretation: [{ lang: 'fr' }, { lang: 'FR', channel: '3' }] } });
    expect(warningsAt(twice, 'join.interpretation[1].lang')).to.deep.equal(['repeats "FR", already join.interpretation[0]; visitors see the language twice.']);
    expectOnlyError(withField({ join: { url: 'https://example.org/j', interpretation: [{ lang: 'French' }] } }), 'join.interpretation[0].lang', 'not a language tag');
    expectOnlyError(withField({ join: { url: 'https://example.org/j', access: 'members' } }), 'join.access', 'not one of: public, registered');
  });
});
