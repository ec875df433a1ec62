// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dateFieldProblem } from './dateFieldProblem';

describe('what is wrong with a typed date', () => {
  it('is nothing for a date at the precision, or an empty end', () => {
    expect(dateFieldProblem('2021-09-07', 'day', true)).toBeUndefined();
    expect(dateFieldProblem('2021-09', 'month', true)).toBeUndefined();
    expect(dateFieldProblem('', 'day', false)).toBeUndefined();
  });

  it('is a missing date for an empty start', () => {
    expect(dateFieldProblem('', 'day', true)).toBe('missing');
    expect(dateFieldProblem('  ', 'year', true)).toBe('missing');
  });

  it('is the form when it is not written as a date at all', () => {
    expect(dateFieldProblem('7/9/2021', 'day', true)).toBe('form');
  });

  it('is the precision when it is a date written to another precision than the one chosen', () => {
    expect(dateFieldProblem('2021-09', 'day', true)).toBe('precision');
    expect(dateFieldProblem('2021-09-07', 'year', true)).toBe('precision');
  });

  it('is a date that does not exist when the form is right but the day or month is not', () => {
    expect(dateFieldProblem('2021-02-30', 'day', true)).toBe('no-such-date');
    expect(dateFieldProblem('2021-13', 'month', true)).toBe('no-such-date');
  });

  it('is an end before its start, but not an end on the start or after it', () => {
    expect(dateFieldProblem('2021-09-01', 'day', false, '2021-09-07')).toBe('before-start');
    expect(dateFieldProblem('2021-09-07', 'day', false, '2021-09-07')).toBeUndefined();
    expect(dateFieldProblem('2021-09-08', 'day', false, '2021-09-07')).toBeUndefined();
    // A start that is not a date has its own problem.
    expect(dateFieldProblem('2021-09-01', 'day', false, '2021-02-30')).toBeUndefined();
  });
});
