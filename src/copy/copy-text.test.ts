import { expect } from '@open-wc/testing';
import { resolve } from '../descriptor/read.js';
import type { PlenaryEvent } from '../descriptor/resolve.js';
import { LOCALES, type Locale } from '../i18n/lang.js';
import { loadLocale, templatesOf } from '../i18n/locales.js';
import { inLocale } from '../i18n/msg.js';
import { copyText, type CopyOptions } from './copy-text.js';

/**
 * The text a Copy button puts on the clipboard, written out by hand from the
 * time-zone table (never computed by the code under test):
 *   seed, 13 Oct 2020, 11:00–14:20 UTC: New York EDT −4 (7:00–10:20), Rome +2
 *   (13:00–16:20), Nairobi +3 (14:00–17:20), Seoul +9 (20:00–23:20), Fiji +12
 *   (23:00–02:20 on the 14th; Fiji's summer time began on 20 Dec 2020).
 *   Geneva meeting, 15–17 Mar 2027, 09:30 Mon – 17:00 Wed in Zurich (CET +1):
 *   New York already on EDT −4 (US clocks change on 14 Mar), so 04:30 – 12:00;
 *   Nairobi +3, 11:30 – 19:00; Tokyo +9, 17:30 Mon – 01:00 Thu.
 * Clocks: 12-hour in en-US, ko and ar, as those locales write times; 24-hour in
 * fr, es, ru and zh. Right-to-left lines in Arabic open with U+200F and carry
 * one after each piece.
 */
const R = '\u200F';

const SEED: Record<Locale, string> = {
  en: `Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19
Tuesday, October 13, 2020
New York 7:00–10:20 AM EDT
Rome 1:00–4:20 PM UTC+2
Nairobi 2:00–5:20 PM UTC+3
Seoul 8:00–11:20 PM UTC+9
Fiji 11:00 PM–2:20 AM (Oct 14) UTC+12
`,
  fr: `Accélérer la transformation numérique pour une reprise durable et résiliente après la COVID-19
mardi 13 octobre 2020
New York 7:00–10:20 UTC−4
Rome 13:00–16:20 UTC+2
Nairobi 14:00–17:20 UTC+3
Séoul 20:00–23:20 UTC+9
Fidji 23:00–2:20 (14 oct.) UTC+12
`,
  es: `Acelerar la transformación digital para una recuperación sostenible y resiliente de la COVID-19
martes, 13 de octubre de 2020
Nueva York 7:00–10:20 UTC−4
Roma 13:00–16:20 CEST
Nairobi 14:00–17:20 UTC+3
Seúl 20:00–23:20 UTC+9
Fiyi 23:00–2:20 (14 oct) UTC+12
`,
  ru: `Ускорение цифровой трансформации в интересах устойчивого и жизнестойкого восстановления после COVID-19
вторник, 13 октября 2020 г.
Нью-Йорк 7:00–10:20 UTC−4
Рим 13:00–16:20 UTC+2
Найроби 14:00–17:20 UTC+3
Сеул 20:00–23:20 UTC+9
Фиджи 23:00–2:20 (14 окт.) UTC+12
`,
  zh: `加快数字化转型，实现从2019冠状病毒病中可持续和有韧性的复苏
2020年10月13日星期二
纽约 7:00–10:20 UTC−4
罗马 13:00–16:20 UTC+2
内罗毕 14:00–17:20 UTC+3
首尔 20:00–23:20 UTC+9
斐济 23:00–2:20 (10月14日) UTC+12
`,
  ko: `코로나19로부터의 지속가능하고 회복력 있는 회복을 위한 디지털 전환 가속화
2020년 10월 13일 화요일
뉴욕 오전 7:00~10:20 UTC−4
로마 오후 1:00~4:20 UTC+2
나이로비 오후 2:00~5:20 UTC+3
서울 오후 8:00~11:20 UTC+9
피지 오후 11:00~오전 2:20 (10월 14일) UTC+12
`,
  ar: `${R}تسريع التحول الرقمي من أجل تعافٍ مستدام وقادر على الصمود من كوفيد-19${R}
${R}الثلاثاء، 13 أكتوبر 2020${R}
${R}نيويورك${R} 7:00–10:20 ص${R} UTC−4${R}
${R}روما${R} 1:00–4:20 م${R} UTC+2${R}
${R}نيروبي${R} 2:00–5:20 م${R} UTC+3${R}
${R}سول${R} 8:00–11:20 م${R} UTC+9${R}
${R}فيجي${R} 11:00 م–2:20 ص (14 أكتوبر)${R} UTC+12${R}
`,
};

/** The seed's programme (its sessions have no times), under the heading in each language. */
const PROGRAMME: Record<Locale, string> = { en: 'Programme', fr: 'Programme', es: 'Programa', ru: 'Программа', zh: '日程', ko: '프로그램', ar: 'البرنامج' };
const SESSIONS = [
  'Session 1: Setting Effective Strategies to Accelerate Digital Transformation',
  'Session 2: Building Capacities and Mindsets for Accelerating Digital Transformation',
  'Session 3: Promoting Global Digital Cooperation for Solidarity',
];

const GENEVA = `Expert Group Meeting on Public Institutions for the 2030 Agenda
Monday, March 15 – Wednesday, March 17, 2027
Zurich Mon, Mar 15, 9:30 AM – Wed, Mar 17, 5:00 PM UTC+1
New York Mon, Mar 15, 4:30 AM – Wed, Mar 17, 12:00 PM EDT
Nairobi Mon, Mar 15, 11:30 AM – Wed, Mar 17, 7:00 PM UTC+3
Tokyo Mon, Mar 15, 5:30 PM – Thu, Mar 18, 1:00 AM UTC+9

Programme
Monday, March 15
9:30 AM–12:30 PM UTC+1 · Opening plenary
2:00–5:00 PM UTC+1 · Working group A: Accountable institutions
2:00–5:00 PM UTC+1 · Working group B: Digital government
Tuesday, March 16
9:30 AM–12:30 PM UTC+1 · Country experiences
2:00–5:00 PM UTC+1 · Working group C: Public service capacities
2:00–5:00 PM UTC+1 · Working group D: Budgets for the Goals
Wednesday, March 17
9:30 AM–12:30 PM UTC+1 · Reports of the working groups
2:00–5:00 PM UTC+1 · Recommendations and closing
`;

async function example(name: string): Promise<PlenaryEvent> {
  return resolve(await (await fetch(`/examples/${name}.json`)).json());
}

async function copied(event: PlenaryEvent, locale: Locale, options: CopyOptions = {}) {
  await loadLocale(locale);
  return inLocale(templatesOf(locale), () => copyText(event, { lang: locale, locale, intl: locale }, options));
}

describe('copy as text', () => {
  for (const locale of LOCALES) {
    it(`the seed event's times, one line per zone, in ${locale}`, async () => {
      const { text } = await copied(await example('unpog-webinar-2020-10-13'), locale);
      expect(text).to.equal(SEED[locale]);
    });

    it(`the whole seed event: the times, then the programme, in ${locale}`, async () => {
      const { text } = await copied(await example('unpog-webinar-2020-10-13'), locale, { sessions: true });
      const line = (s: string) => (locale === 'ar' ? `${R}${s}${R}` : s);
      expect(text).to.equal(`${SEED[locale]}\n${[PROGRAMME[locale], ...SESSIONS].map(line).join('\n')}\n`);
    });
  }

  it('a meeting of three days in English: each zone with its dates, the sessions by day in the organisers\' zone', async () => {
    const { text } = await copied(await example('geneva-meeting-2027'), 'en', { sessions: true });
    expect(text).to.equal(GENEVA);
  });

  it('the zones asked for instead of the descriptor\'s, each once, unknown ones left out', async () => {
    const { text } = await copied(await example('unpog-webinar-2020-10-13'), 'en', { zones: 'Asia/Kathmandu Europe/Rome Mars/Olympus Asia/Katmandu' });
    expect(text.split('\n').slice(2)).to.deep.equal(['Kathmandu 4:45–8:05 PM UTC+5:45', 'Rome 1:00–4:20 PM UTC+2', '']);
  });

  it('as HTML: a table with a heading per column and a row per zone, every text escaped', async () => {
    const json = await (await fetch('/examples/unpog-webinar-2020-10-13.json')).json();
    json.title = 'Rules <b>&</b> "tools"';
    json.displayZones = [{ zone: 'Pacific/Fiji', label: '<img src=x onerror=alert(1)>' }];
    const { html } = await copied(resolve(json), 'en');
    expect(html).to.equal(`<div lang="en" dir="ltr">
<p><strong>Rules &#60;b&#62;&#38;&#60;/b&#62; &#34;tools&#34;</strong><br>Tuesday, October 13, 2020</p>
<table>
<thead><tr><th scope="col">Place</th><th scope="col">Time</th><th scope="col">Time zone</th></tr></thead>
<tbody>
<tr><th scope="row">&#60;img src=x onerror=alert(1)&#62;</th><td>11:00 PM–2:20 AM (Oct 14)</td><td>UTC+12</td></tr>
</tbody>
</table>
</div>
`);
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(parsed.querySelectorAll('img, b').length).to.equal(0);
  });

  it('as HTML in Arabic: right to left, the headings in Arabic', async () => {
    const { html } = await copied(await example('unpog-webinar-2020-10-13'), 'ar');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(parsed.body.firstElementChild!.getAttribute('dir')).to.equal('rtl');
    expect([...parsed.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['المكان', 'الوقت', 'المنطقة الزمنية']);
    expect([...parsed.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent))[4]).to.deep.equal(['فيجي', '11:00 م–2:20 ص (14 أكتوبر)', 'UTC+12']);
  });
});
