/**
 * The `plenary` command for content teams:
 *   plenary validate <file-or-url…> [--json]   check descriptors, with line and column
 *   plenary preview <file> [--port N]    the whole event on a local page, reloading on save
 *   plenary ics <file> [-o out.ics] [--sessions] [--reminder N]  the calendar file the elements offer
 *   plenary new [file] [--force] [--multi-session]  a starting descriptor that passes validation
 *   plenary embed <file-or-url> [--fallback]  the HTML to paste into a page
 *   plenary render <file-or-url> [--show …] [--lang …]  the event as plain HTML, the elements' fallback
 */
import { parseArgs } from 'node:util';
import { writeFile, access } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkFile, checkTarget, checkText, eventOf, readTarget, type Checked, type Located } from './check.js';
import { read, type PlenaryEvent } from '../descriptor/index.js';
import { isLanguageTag } from '../descriptor/checks.js';
import { FALLBACK_SHOWS, renderFallback, renderLine, type FallbackShow } from '../fallback/fallback.js';
import { localeFor } from '../i18n/lang.js';
import { loadLocale, templatesOf } from '../i18n/locales.js';
import { inLocale } from '../i18n/msg.js';
import { buildIcs, icsFileName } from '../calendar/ics.js';
import { multiSessionDescriptor, starterDescriptor } from './starter.js';
import { embedSnippet } from './embed.js';
import { startPreview, type PreviewOptions } from './preview.js';
import { zoneNamed } from '../time/zones.js';
import { readTime } from '../time/instant.js';
import { VERSION } from '../version.js';

export const USAGE = `Plenary ${VERSION}: tools for event descriptors.

Usage:
  plenary validate <file.json or https://…/event.json> [more…] [--json]
      Check descriptors: each error and warning with its path, line and column. An address
      is asked for as a page asks: what it answers is checked (a sign-in page, an error).
      Exit status 0 when all are valid, 1 when any has errors, 2 when a file cannot be read.
  plenary preview <file.json> [--port 8787] [--lang fr] [--zone Asia/Seoul] [--now 2020-10-13T10:45Z]
      Show the whole event from the file on a local page; it reloads when you save.
      In the descriptor's language unless --lang; --zone: the visitor's time zone;
      --now: the moment shown (the page's address takes ?lang=, ?zone= and ?now= too).
  plenary ics <file.json> [-o event.ics] [--sessions] [--reminder 15]
      Write the calendar file (RFC 5545) the elements offer, in the descriptor's language. "-o -" writes to the screen.
      --sessions: one entry per session with times; --reminder: minutes before (0: none).
  plenary new [event.json] [--force] [--multi-session]
      Write a starting descriptor with every field, to copy and fill in.
      --multi-session: a meeting of three days instead, each session with its times,
      some with a link of their own, interpretation, a day for registered participants.
  plenary embed <file.json or https://…/event.json> [--fallback] [--lang fr] [--base https://…/event.json] [--cdn /assets/plenary.js]
      Print the HTML to paste into a page to show the event.
      --fallback: the whole event inside the element as plain HTML (plenary render), shown at once.
      --cdn: the address of plenary.js the page loads (default: this release on unpkg.com).
  plenary render <file.json or https://…/event.json> [--show event] [--lang fr] [--heading-level 2] [--base https://…/event.json] [-o out.html]
      Print the event as plain HTML to put inside the element as its fallback content: what
      visitors, search engines and pages without the script read, until the element shows it.
      --show: event (default), card, schedule, agenda, documents or contacts, as the element.
      --lang: the language written (default: the descriptor's). --base: the descriptor's address
      on the site, against which its relative addresses are read (default: the address given).`;

interface Streams {
  readonly out: NodeJS.WritableStream & { isTTY?: boolean };
  readonly err: NodeJS.WritableStream;
}

export async function main(args: readonly string[], streams: Streams = { out: process.stdout, err: process.stderr }): Promise<number> {
  const [command, ...rest] = args;
  const { out, err } = streams;
  if (command === undefined) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  // "plenary ics --help" asks for the same help as "plenary --help", not for a file named "--help".
  if (command === '--help' || command === '-h' || command === 'help' || rest.some((a) => a === '--help' || a === '-h')) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    out.write(`${VERSION}\n`);
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest as string[],
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        port: { type: 'string' },
        force: { type: 'boolean' },
        cdn: { type: 'string' },
        sessions: { type: 'boolean' },
        reminder: { type: 'string' },
        show: { type: 'string' },
        lang: { type: 'string' },
        zone: { type: 'string' },
        now: { type: 'string' },
        'heading-level': { type: 'string' },
        base: { type: 'string' },
        fallback: { type: 'boolean' },
        'multi-session': { type: 'boolean' },
      },
    });
  } catch (error) {
    const { message, code } = error as Error & { code?: string };
    // "--reminder -5": the parser's own words ("argument is ambiguous… use '--reminder=-XYZ'") say nothing of the value.
    const option = /^Option '(--[\w-]+)/.exec(message)?.[1];
    const value = option && rest.includes(option) ? rest[rest.indexOf(option) + 1] : undefined;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && value?.startsWith('-')) {
      return usageError(err, command, `${option} is followed by "${value}", which begins with a dash; no value of ${option} does`);
    }
    err.write(`plenary ${command}: ${message}\n\n${USAGE}\n`);
    return 2;
  }
  const files = parsed.positionals;
  const options = parsed.values as Options;
  const misplaced = misplacedOption(command, options);
  if (misplaced) return usageError(err, command, misplaced);
  switch (command) {
    case 'validate':
      if (files.length === 0) return usageError(err, 'validate', 'name at least one descriptor file');
      return validateCommand(files, options.json === true, streams);
    case 'preview':
      if (files.length !== 1) return usageError(err, 'preview', 'name one descriptor file');
      if (options.port !== undefined && !(/^\d{1,5}$/.test(options.port) && Number(options.port) <= 65535)) {
        return usageError(err, 'preview', `--port takes a port number from 1 to 65535 (0: any free port), not "${options.port}"`);
      }
      if (options.lang !== undefined && !isLanguageTag(options.lang)) return usageError(err, 'preview', `--lang takes a language tag such as "fr" or "es-MX", not "${options.lang}"`);
      if (options.zone !== undefined && !zoneNamed(options.zone)) return usageError(err, 'preview', `--zone takes an IANA time zone such as "Asia/Seoul", not "${options.zone}"`);
      if (options.now !== undefined && readTime(options.now, null).kind === 'invalid') {
        return usageError(err, 'preview', `--now takes a date and time such as "2020-10-13T10:45Z", not "${options.now}"`);
      }
      return previewCommand(files[0]!, options.port, { lang: options.lang, zone: options.zone, now: options.now }, streams);
    case 'ics':
      if (files.length !== 1) return usageError(err, 'ics', 'name one descriptor file');
      if (options.reminder !== undefined && !/^\d{1,5}$/.test(options.reminder)) {
        return usageError(err, 'ics', `--reminder takes a whole number of minutes from 0 (none) to 99999, not "${options.reminder}"`);
      }
      return icsCommand(files[0]!, { output: options.output, sessions: options.sessions === true, reminder: options.reminder }, streams);
    case 'new':
      if (files.length > 1) return usageError(err, 'new', 'name at most one file to write');
      return newCommand(files[0] ?? 'event.json', { force: options.force === true, multiSession: options['multi-session'] === true }, streams);
    case 'embed':
      if (files.length !== 1) return usageError(err, 'embed', 'name one descriptor file or address');
      if (options.lang !== undefined && !isLanguageTag(options.lang)) return usageError(err, 'embed', `--lang takes a language tag such as "fr" or "es-MX", not "${options.lang}"`);
      return embedCommand(files[0]!, options, streams);
    case 'render': {
      if (files.length !== 1) return usageError(err, 'render', 'name one descriptor file or address');
      const problem = renderOptionsProblem(options);
      if (problem) return usageError(err, 'render', problem);
      return renderCommand(files[0]!, options, streams);
    }
    default:
      err.write(`plenary: unknown command "${command}".\n\n${USAGE}\n`);
      return 2;
  }
}

interface Options {
  json?: boolean;
  output?: string;
  port?: string;
  force?: boolean;
  cdn?: string;
  sessions?: boolean;
  reminder?: string;
  show?: string;
  lang?: string;
  zone?: string;
  now?: string;
  'heading-level'?: string;
  base?: string;
  fallback?: boolean;
  'multi-session'?: boolean;
}

/** The options each command reads; any other given to it is refused rather than quietly ignored. */
const COMMAND_OPTIONS: Readonly<Record<string, readonly (keyof Options)[]>> = {
  validate: ['json'],
  preview: ['port', 'lang', 'zone', 'now'],
  ics: ['output', 'sessions', 'reminder'],
  new: ['force', 'multi-session'],
  embed: ['fallback', 'lang', 'base', 'cdn'],
  render: ['show', 'lang', 'heading-level', 'base', 'output'],
};

/** What to say of an option given to a command that does not read it, or undefined. */
function misplacedOption(command: string, options: Options): string | undefined {
  const takes = COMMAND_OPTIONS[command];
  if (!takes) return undefined;
  const name = (Object.keys(options) as (keyof Options)[]).find((o) => !takes.includes(o));
  if (name === undefined) return undefined;
  const flag = name === 'output' ? '-o (--output)' : `--${name}`;
  const others = Object.keys(COMMAND_OPTIONS).filter((c) => COMMAND_OPTIONS[c]!.includes(name));
  const named = others.length > 1 ? `${others.slice(0, -1).join(', ')} and ${others.at(-1)}` : others[0];
  return `${flag} is not an option of ${command} (${named} ${others.length === 1 ? 'takes' : 'take'} it)`;
}

function usageError(err: NodeJS.WritableStream, command: string, what: string): number {
  err.write(`plenary ${command}: ${what}.\n\n${USAGE}\n`);
  return 2;
}

// ------------------------------------------------------------------ validate

async function validateCommand(files: readonly string[], json: boolean, { out }: Streams): Promise<number> {
  const results: Checked[] = [];
  for (const file of files) results.push(await checkTarget(file));
  const status = Math.max(...results.map((r) => (!r.readable ? 2 : r.errors.length > 0 ? 1 : 0)));
  if (json) {
    out.write(`${JSON.stringify({ valid: status === 0, files: results.map(({ json: _json, ...rest }: Checked & { json?: unknown }) => rest) }, null, 2)}\n`);
    return status;
  }
  const color = colors(out);
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if (!r.readable) {
      const where = r.line ? `:${r.line}:${r.column}` : '';
      out.write(`${color.bold(r.file)}${where}: ${color.red('cannot be read')}: ${r.reason}\n`);
      continue;
    }
    errors += r.errors.length;
    warnings += r.warnings.length;
    const verdict = r.errors.length === 0 ? color.green('valid') : color.red('invalid');
    out.write(`${color.bold(r.file)}: ${verdict} (${count(r.errors.length, 'error')}, ${count(r.warnings.length, 'warning')})\n`);
    const problems = [...r.errors.map((p) => ['error', p] as const), ...r.warnings.map((p) => ['warning', p] as const)].sort(
      (a, b) => a[1].line - b[1].line || a[1].column - b[1].column,
    );
    for (const [kind, p] of problems) out.write(`  ${line(r.file, p, kind, color)}\n`);
  }
  const unreadable = results.filter((r) => !r.readable).length;
  const valid = results.filter((r) => r.readable && r.errors.length === 0).length;
  out.write(
    `\n${count(results.length, 'file')} checked: ${valid} valid, ${results.length - valid - unreadable} with errors${unreadable ? `, ${unreadable} unreadable` : ''}` +
      ` (${count(errors, 'error')}, ${count(warnings, 'warning')}).\n`,
  );
  return status;
}

function line(file: string, p: Located, kind: 'error' | 'warning', color: Colors): string {
  const label = kind === 'error' ? color.red('error  ') : color.yellow('warning');
  return `${color.dim(`${file}:${p.line}:${p.column}`)}  ${label}  ${p.path ? `${color.bold(p.label ?? p.path)}: ` : ''}${p.message}`;
}

// ------------------------------------------------------------------ the others

async function previewCommand(file: string, port: string | undefined, shown: PreviewOptions, { out, err }: Streams): Promise<number> {
  const checked = await checkFile(file);
  if (!checked.readable && checked.reason === 'no such file') {
    err.write(`plenary preview: ${file}: no such file\n`);
    return 2;
  }
  const preview = await startPreview(file, port === undefined ? 8787 : Number(port), shown);
  out.write(`Previewing ${file} at ${preview.url} (it reloads when the file changes; Ctrl+C stops).\n`);
  await preview.closed;
  return 0;
}

interface IcsCommandOptions {
  readonly output?: string;
  readonly sessions: boolean;
  readonly reminder?: string;
}

async function icsCommand(file: string, { output, sessions, reminder }: IcsCommandOptions, { out, err }: Streams): Promise<number> {
  const checked = await checkFile(file);
  if (!checked.readable) {
    err.write(`plenary ics: ${file}${checked.line ? `:${checked.line}:${checked.column}` : ''}: cannot be read: ${checked.reason}\n`);
    return 2;
  }
  const result = eventOf(checked);
  if (!result.ok) {
    err.write(`plenary ics: ${file} has errors; fix them first (plenary validate ${file}):\n`);
    for (const p of checked.errors) err.write(`  ${file}:${p.line}:${p.column}  ${p.path ? `${p.label ?? p.path}: ` : ''}${p.message}\n`);
    return 1;
  }
  // Written in the descriptor's language, words and punctuation ("Rejoindre (Zoom) : …"), as an element speaking it offers the file.
  const locale = localeFor(result.event.lang);
  await loadLocale(locale);
  const ics = inLocale(templatesOf(locale), () =>
    buildIcs(result.event, {
      now: Date.now(),
      lang: result.event.lang,
      productVersion: VERSION,
      entries: sessions ? 'sessions' : 'event',
      reminderMinutes: reminder === undefined ? undefined : Number(reminder),
    }),
  );
  if (output === '-') {
    out.write(ics);
    return 0;
  }
  const target = output ?? icsFileName(result.event, sessions ? 'sessions' : 'event');
  if (!(await wrote('ics', target, ics, err))) return 2;
  out.write(`Wrote ${target}.\n`);
  return 0;
}

async function newCommand(file: string, { force, multiSession }: { force: boolean; multiSession: boolean }, { out, err }: Streams): Promise<number> {
  if (!force && (await exists(file))) {
    err.write(`plenary new: ${file} already exists; choose another name, or add --force to replace it.\n`);
    return 2;
  }
  const text = `${JSON.stringify(multiSession ? multiSessionDescriptor() : starterDescriptor(), null, 2)}\n`;
  const checked = checkText(file, text);
  if (!checked.readable || checked.errors.length > 0 || checked.warnings.length > 0) throw new Error('the starting descriptor does not pass validation cleanly');
  if (!(await wrote('new', file, text, err))) return 2;
  const what = multiSession
    ? 'a starting descriptor for a meeting of three days, its sessions with their own times and links, interpretation and a day for registered participants'
    : 'a starting descriptor with every field';
  out.write(`Wrote ${file}: ${what}. Edit it, then check it with: plenary validate ${file}\n`);
  return 0;
}

async function embedCommand(target: string, options: Options, streams: Streams): Promise<number> {
  const loaded = await loadEvent('embed', target, options.base, streams);
  if (typeof loaded === 'number') return loaded;
  const fallback = options.fallback ? await renderFallback(loaded.event, { lang: options.lang }) : await renderLine(loaded.event, options.lang);
  streams.out.write(embedSnippet(loaded.event, { src: target, isUrl: loaded.isUrl, cdn: options.cdn, lang: options.lang, fallback }));
  return 0;
}

// ------------------------------------------------------------------ render

/** What is wrong with render's options, or undefined. */
function renderOptionsProblem(options: Options): string | undefined {
  if (options.show !== undefined && !(FALLBACK_SHOWS as readonly string[]).includes(options.show)) {
    const moment = options.show === 'join' || options.show === 'calendar';
    return moment
      ? `--show ${options.show}: what <plenary-${options.show}> shows depends on the moment it is seen, so it has no pre-rendered fallback; use ${FALLBACK_SHOWS.join(', ')}`
      : `--show takes ${FALLBACK_SHOWS.join(', ')}, not "${options.show}"`;
  }
  if (options.lang !== undefined && !isLanguageTag(options.lang)) return `--lang takes a language tag such as "fr" or "es-MX", not "${options.lang}"`;
  const level = options['heading-level'];
  if (level !== undefined && !/^[2-6]$/.test(level)) return '--heading-level takes a level from 2 to 6, as the elements\' heading-level attribute';
  if (level !== undefined && options.show === 'schedule') return '--heading-level is for the event page, card, agenda, documents or contacts: the schedule has no heading';
  return undefined;
}

async function renderCommand(target: string, options: Options, streams: Streams): Promise<number> {
  const { out, err } = streams;
  const loaded = await loadEvent('render', target, options.base, streams);
  if (typeof loaded === 'number') return loaded;
  if (options.lang !== undefined && localeFor(options.lang) === 'en' && !/^en(-|$)/i.test(options.lang)) {
    err.write(`plenary render: Plenary's words are not translated into "${options.lang}": they are in English; the descriptor's texts are picked for "${options.lang}" where it has them.\n`);
  }
  const html = await renderFallback(loaded.event, {
    show: options.show as FallbackShow | undefined,
    lang: options.lang,
    headingLevel: options['heading-level'] === undefined ? undefined : Number(options['heading-level']),
  });
  if (options.output === undefined || options.output === '-') {
    out.write(html);
    return 0;
  }
  if (!(await wrote('render', options.output, html, err))) return 2;
  out.write(`Wrote ${options.output}.\n`);
  return 0;
}

/**
 * The event of a descriptor file or address, its relative addresses read against
 * `base` (default: the address itself; for a file, none: its relative addresses are
 * left unlinked, with a warning). An exit status, with the reason written, when it
 * cannot be read or has errors.
 */
async function loadEvent(command: string, target: string, base: string | undefined, { err }: Streams): Promise<{ event: PlenaryEvent; isUrl: boolean } | number> {
  const isUrl = /^https?:\/\//i.test(target);
  if (base !== undefined && !/^https?:\/\//i.test(base)) {
    err.write(`plenary ${command}: --base takes the descriptor's http or https address on the site, not "${base}".\n`);
    return 2;
  }
  const answer = await readTarget(target);
  if (!('text' in answer)) {
    err.write(`plenary ${command}: ${target} cannot be read: ${answer.reason}\n`);
    return 2;
  }
  const text = answer.text;
  const checked = checkText(target, text);
  if (!checked.readable) {
    err.write(`plenary ${command}: ${target}${checked.line ? `:${checked.line}:${checked.column}` : ''}: ${checked.reason}\n`);
    return 2;
  }
  if (checked.errors.length > 0) {
    err.write(`plenary ${command}: ${target} has errors; fix them first (plenary validate ${target}):\n`);
    for (const p of checked.errors) err.write(`  ${target}:${p.line}:${p.column}  ${p.path ? `${p.label ?? p.path}: ` : ''}${p.message}\n`);
    return 1;
  }
  // A file's own address (file:) is never linked to: relative addresses resolve to nothing Plenary links to.
  const result = read(checked.json, { baseUrl: base ?? (isUrl ? target : pathToFileURL(target).href) });
  if (!result.ok) {
    err.write(`plenary ${command}: ${target} has errors; fix them first (plenary validate ${target}).\n`);
    return 1;
  }
  const unlinked = relativeAddresses(checked.json);
  if (base === undefined && !isUrl && unlinked > 0) {
    err.write(
      `plenary ${command}: ${target} gives ${unlinked === 1 ? 'an address' : `${unlinked} addresses`} relative to where it is published; ` +
        `they are shown as text, not links. Add --base with the descriptor's address on the site to link them.\n`,
    );
  }
  if (checked.warnings.length > 0) {
    err.write(`plenary ${command}: ${target} has ${checked.warnings.length === 1 ? 'a warning' : `${checked.warnings.length} warnings`} (plenary validate ${target} lists them).\n`);
  }
  return { event: result.event, isUrl };
}

/** How many of the descriptor's strings under a "url", "logo" or "image" key are relative addresses. */
function relativeAddresses(json: unknown, key = ''): number {
  if (typeof json === 'string') return ['url', 'logo', 'image'].includes(key) && !/^[a-z][a-z0-9+.-]*:/i.test(json) ? 1 : 0;
  if (Array.isArray(json)) return json.reduce<number>((n, item) => n + relativeAddresses(item, key), 0);
  if (typeof json === 'object' && json !== null) return Object.entries(json).reduce<number>((n, [k, v]) => n + relativeAddresses(v, k), 0);
  return 0;
}

// ------------------------------------------------------------------ helpers

/** Writes `text` to `file`; when it cannot, says why in one sentence and returns false. */
async function wrote(command: string, file: string, text: string, err: NodeJS.WritableStream): Promise<boolean> {
  try {
    await writeFile(file, text);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      ENOENT: `the folder ${dirname(file)} does not exist; create it first, or name a file in a folder that does`,
      EISDIR: 'it is a folder; name a file, in it or elsewhere',
      ENOTDIR: 'part of its path is a file, not a folder',
      EACCES: 'you may not write there',
      EPERM: 'you may not write there',
    };
    err.write(`plenary ${command}: cannot write ${file}: ${(code && reasons[code]) ?? (error as Error).message}.\n`);
    return false;
  }
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

/** ANSI colours on a terminal (unless NO_COLOR is set); plain text anywhere else. */
function colors(out: { isTTY?: boolean }): Colors {
  const on = out.isTTY === true && !process.env.NO_COLOR;
  const wrap = (code: number, reset: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[${reset}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}
