import { describe, expect, it } from 'vitest';
import { safeReturnPath, sessionPhase, timeLeftText, WARN_BEFORE_MS } from './session-expiry';

describe('session expiry', () => {
  const expiresAt = '2026-12-05T12:00:00.000Z';
  const at = (ms: number) => Date.parse(expiresAt) - ms;

  it('warns in the last minutes and lapses at the expiry itself', () => {
    expect(sessionPhase(expiresAt, at(WARN_BEFORE_MS + 1))).toBe('active');
    expect(sessionPhase(expiresAt, at(WARN_BEFORE_MS))).toBe('warning');
    expect(sessionPhase(expiresAt, at(1))).toBe('warning');
    expect(sessionPhase(expiresAt, at(0))).toBe('lapsed');
    expect(sessionPhase(null, at(0))).toBe('active');
    expect(sessionPhase('not a date', at(0))).toBe('active');
  });

  it('says the time left in words', () => {
    expect(timeLeftText(4 * 60_000 + 5_000)).toBe('4 minutes 5 seconds');
    expect(timeLeftText(60_000)).toBe('1 minute');
    expect(timeLeftText(1_500)).toBe('2 seconds');
    expect(timeLeftText(-5)).toBe('0 seconds');
  });
});

describe('safeReturnPath', () => {
  it('keeps paths of this site, with their query and fragment', () => {
    expect(safeReturnPath('/awards/1?tab=payments#top', '/sign-in')).toBe('/awards/1?tab=payments#top');
    expect(safeReturnPath('/audit?actor=alice%40x', '/sign-in')).toBe('/audit?actor=alice%40x');
  });

  it.each([
    ['//evil.example/x'],
    ['/\\evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['/ok\nLocation: x'],
    ['/sign-in?returnTo=/x'],
    ['/sign-in'],
    [''],
    [null],
    [`/${'a'.repeat(2001)}`],
  ])('refuses %j', (value) => {
    expect(safeReturnPath(value, '/sign-in', '/home')).toBe('/home');
  });
});
