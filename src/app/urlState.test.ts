import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from './urlState';

describe('the address as state', () => {
  it('writes every part in one fixed order and reads it back', () => {
    const search =
      '?lang=ar&bundle=%2Fa.json&event=e1&view=list&from=2021-01-01&to=2022-12-31&cal=hijri&tr=ru';
    const state = parseUrlState(search);
    expect(state).toMatchObject({
      lang: 'ar',
      bundle: '/a.json',
      event: 'e1',
      view: 'list',
      calendar: 'hijri',
      translation: 'ru',
    });
    expect(formatUrlState(state)).toBe(search);
  });

  it('drops what it cannot use instead of failing', () => {
    const state = parseUrlState('?lang=xx&view=grid&cal=julian&tr=%3Cscript%3E&from=yesterday');
    expect(state).toEqual(parseUrlState(''));
    expect(formatUrlState(state)).toBe('');
  });

  it('takes translation languages as bundles key them, regions included', () => {
    expect(parseUrlState('?tr=pt-BR').translation).toBe('pt-BR');
    expect(parseUrlState('?tr=EN').translation).toBeUndefined();
  });
});
