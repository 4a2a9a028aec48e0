import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { metaFor, MOMENTS, MEETING_MOMENTS, meeting, withRecording, cancelled, postponed, invalid, neverArrives, FAULTS, ANSWERED, serverError, tooLarge, offlineWithCopy, showing, type ElementArgs } from './fixtures.js';

const meta: Meta<ElementArgs> = { title: 'Elements/Join', component: 'plenary-join', ...metaFor('plenary-join') };
export default meta;
type Story = StoryObj<ElementArgs>;

export const UpcomingFarAhead: Story = { args: { now: MOMENTS.upcoming } };
export const JoinWindowOpen: Story = { args: { now: MOMENTS.open } };
export const Live: Story = { args: { now: MOMENTS.live } };
export const EndedWithRecording: Story = { args: { src: undefined, event: withRecording, now: MOMENTS.ended } };
export const EndedWithoutRecording: Story = { args: { now: MOMENTS.ended } };
export const Cancelled: Story = { args: { src: undefined, event: cancelled, now: MOMENTS.open } };
export const Postponed: Story = { args: { src: undefined, event: postponed, now: MOMENTS.open } };

export const Loading: Story = { args: { src: undefined, event: neverArrives }, tags: ['loading'] };
export const ErrorBadAddress: Story = { name: 'Error: bad address (404)', args: { src: '/examples/no-such-event.json' }, tags: ['expect-404'] };
export const ErrorInvalidDescriptor: Story = { name: 'Error: invalid descriptor, several problems', args: { src: undefined, event: invalid } };
export const ErrorNotJson: Story = { name: 'Error: not valid JSON', args: { src: FAULTS.notJson } };
export const ErrorWebPage: Story = { name: 'Error: a web page, not a descriptor', args: { src: FAULTS.webPage } };
/** The server fails: the story answers HTTP 500 for its address. */
export const ErrorServerError: Story = { name: 'Error: server error (500)', args: { src: ANSWERED.serverError }, beforeEach: serverError };
/** A descriptor of 2.5 MB, over the 2 MB Plenary reads: the story answers it for its address. */
export const ErrorTooLarge: Story = { name: 'Error: too large (over 2 MB)', args: { src: ANSWERED.tooLarge }, beforeEach: tooLarge };
/** No connection, and the copy kept from an earlier visit: shown, under a note that it may be out of date. */
export const OfflineCopyFromAnEarlierVisit: Story = {
  name: 'Offline: the copy from an earlier visit',
  args: { src: ANSWERED.offline, now: MOMENTS.open },
  beforeEach: offlineWithCopy,
  play: showing('plenary-join', '[part=stale]'),
};

/**
 * The three-day meeting (examples/intergovernmental-meeting-2027.json), seen
 * from New York: a link per session, the second day for registered
 * participants only, interpretation into the six official languages.
 */
const sessions = (now: string): ElementArgs => ({ src: undefined, event: meeting, now, zone: 'America/New_York' });

export const SessionsNextSession: Story = { name: 'Sessions: next session counting down', args: sessions(MEETING_MOMENTS.nextSession) };
export const SessionsOpen: Story = { name: 'Sessions: session open', args: sessions(MEETING_MOMENTS.sessionOpen) };
export const SessionsLive: Story = { name: 'Sessions: session live', args: sessions(MEETING_MOMENTS.sessionLive) };
export const SessionsBetween: Story = { name: 'Sessions: between sessions', args: sessions(MEETING_MOMENTS.betweenSessions) };
export const SessionsRegisteredBefore: Story = { name: 'Sessions: registered only, before', args: sessions(MEETING_MOMENTS.registeredBefore) };
export const SessionsRegisteredDuring: Story = { name: 'Sessions: registered only, during', args: sessions(MEETING_MOMENTS.registeredDuring) };

/** The first session's window open, in each language of the UI: the visitor's own language of interpretation comes first. */
const interpretation = (lang: string): ElementArgs => ({ ...sessions(MEETING_MOMENTS.sessionOpen), lang });

export const InterpretationEnglish: Story = { name: 'Interpretation: English', args: interpretation('en'), globals: { locale: 'en' } };
export const InterpretationFrench: Story = { name: 'Interpretation: French', args: interpretation('fr'), globals: { locale: 'fr' } };
export const InterpretationSpanish: Story = { name: 'Interpretation: Spanish', args: interpretation('es'), globals: { locale: 'es' } };
export const InterpretationRussian: Story = { name: 'Interpretation: Russian', args: interpretation('ru'), globals: { locale: 'ru' } };
export const InterpretationChinese: Story = { name: 'Interpretation: Chinese', args: interpretation('zh'), globals: { locale: 'zh' } };
export const InterpretationKorean: Story = { name: 'Interpretation: Korean', args: interpretation('ko'), globals: { locale: 'ko' } };
export const InterpretationArabic: Story = { name: 'Interpretation: Arabic', args: interpretation('ar'), globals: { locale: 'ar' } };

/**
 * The one-day forum in Bangkok (examples/hybrid-forum.json, UTC+7), seen from
 * Bangkok: one link for the day, a morning and an afternoon session with lunch
 * between (12:30–13:30). The link pauses at lunch, and its window opens again
 * 15 minutes before the afternoon.
 */
const forum = (now: string): ElementArgs => ({ src: '/examples/hybrid-forum.json', now, zone: 'Asia/Bangkok' });

/** 10:00 in Bangkok: live, saying when it pauses and resumes. */
export const OneLinkLiveBeforeLunch: Story = { name: 'One link: live, pausing for lunch', args: forum('2026-11-18T03:00Z') };
/** 12:45 in Bangkok: at lunch, no link, when it opens again and a countdown to the afternoon. */
export const OneLinkAtLunch: Story = { name: 'One link: at lunch', args: forum('2026-11-18T05:45Z') };

/**
 * A page left open while the meeting is postponed: the element shows the open
 * session, then, 1.5 s later, the descriptor it is given says "postponed" (as a
 * refresh brings it), and the link gives way to the notice.
 */
export const PostponedByLiveUpdate: Story = {
  name: 'Postponed by a live update',
  args: sessions(MEETING_MOMENTS.sessionOpen),
  play: async ({ canvasElement, abortSignal }) => {
    const join = canvasElement.querySelector('plenary-join');
    // Storybook aborts the play function when the designer leaves the story: the timer goes with it.
    const waited = await new Promise<boolean>((resolve) => {
      if (abortSignal.aborted) return resolve(false);
      const timer = setTimeout(() => resolve(true), 1500);
      abortSignal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve(false);
        },
        { once: true },
      );
    });
    if (waited && join?.isConnected) join.event = { ...meeting, status: 'postponed' };
  },
};
