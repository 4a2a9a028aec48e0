import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { TemplateMap } from '@lit/localize';
import { inLocale, msg, str } from './msg.js';

/** Strings as lit-localize writes them: values stand for the source's values by index, maybe in another order. */
const templates = {
  plain: 'Bonjour',
  between: str`${1} avant ${0}`,
  marked: html`<b>${1}</b> puis ${0}`,
} as unknown as TemplateMap;

describe('msg()', () => {
  it('answers in English outside a locale, and for a string the locale lacks', () => {
    expect(msg('Hello', { id: 'plain' })).to.equal('Hello');
    const a = 'one';
    const b = 'two';
    expect(msg(str`${a} before ${b}`, { id: 'between' })).to.equal('one before two');
    expect(inLocale(templates, () => msg('Goodbye', { id: 'missing' }))).to.equal('Goodbye');
  });

  it('answers from the locale by id, putting each value where the translation puts it', () => {
    const a = 'one';
    const b = 'two';
    expect(inLocale(templates, () => msg('Hello', { id: 'plain' }))).to.equal('Bonjour');
    expect(inLocale(templates, () => msg(str`${a} before ${b}`, { id: 'between' }))).to.equal('two avant one');
    const result = inLocale(templates, () => msg(html`${a} then <b>${b}</b>`, { id: 'marked' })) as TemplateResult;
    expect(result.strings.join('|')).to.equal('<b>|</b> puis |');
    expect(result.values).to.deep.equal(['two', 'one']);
  });
});
