// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { aBundle, anEvent } from '../testing/bundleBuilders';
import { problemSubject } from './problemSubject';

const bundle = aBundle({ events: [anEvent({ id: 'call', title: { en: 'Phone call', ar: 'محادثة هاتفية' } }), anEvent({ id: 'x', title: {} })] });

describe('what a problem is about', () => {
  it('is the event at the start of its path, by its title in the reader’s language', () => {
    expect(problemSubject('events[0].start', bundle, 'ar')).toEqual({ event: 'محادثة هاتفية' });
    expect(problemSubject('events[0].grounding.offset', bundle, 'zh')).toEqual({ event: 'Phone call' });
  });

  it('is the event’s id when it has no title', () => {
    expect(problemSubject('events[1].title', bundle, 'en')).toEqual({ event: 'x' });
  });

  it('is the event a link starts from, for a problem with the link', () => {
    const linked = { ...bundle, relations: [{ type: 'anniversary-of' as const, from: 'call', to: 'x', years: 0 }] };
    expect(problemSubject('relations[0].years', linked, 'en')).toEqual({ event: 'Phone call' });
  });

  it('is the path for anything else', () => {
    expect(problemSubject('relations[3].years', bundle, 'en')).toEqual({ path: 'relations[3].years' });
    expect(problemSubject('events[9].start', bundle, 'en')).toEqual({ path: 'events[9].start' });
    expect(problemSubject('article.dateline', bundle, 'en')).toEqual({ path: 'article.dateline' });
  });
});
