import { describe, expect, it } from 'vitest';
import { figuresView, formatValue, RATE_WITHHELD, SUPPRESSED } from '../../web/figures.js';

const figure = (value: number | null) =>
  value === null ? { value, suppressed: true } : { value, suppressed: false };

describe('aggregate figures as tables', () => {
  it('reads a withheld percentage as withheld, never as a count "fewer than 5"', () => {
    expect(formatValue('usedOfAgreed', { value: null, suppressed: true })).toBe(RATE_WITHHELD);
    expect(formatValue('occupancy', { value: null, suppressed: true })).not.toBe(SUPPRESSED);
    expect(formatValue('requests', { value: null, suppressed: true })).toBe(SUPPRESSED);
  });

  it('reads a zero as 0', () => {
    expect(formatValue('requests', { value: 0, suppressed: false })).toBe('0');
  });

  it('reads a suppressed figure as "fewer than 5", never 0 or blank', () => {
    const view = figuresView({
      byRegion: [
        {
          regionCode: 'E12000003',
          regionName: 'Yorkshire and The Humber',
          requests: figure(12),
          placed: figure(null),
        },
        {
          regionCode: 'E12000005',
          regionName: 'West Midlands',
          requests: figure(null),
          placed: figure(null),
        },
      ],
    });
    const [section] = view.sections;
    expect(section?.main?.head.map((h) => h.text)).toEqual(['Region', 'Requests', 'Placed']);
    expect(section?.main?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Yorkshire and The Humber', '12', SUPPRESSED],
      ['West Midlands', SUPPRESSED, SUPPRESSED],
    ]);
  });

  it('also understands null in a row marked suppressed', () => {
    const view = figuresView({
      rows: [
        { stream: 'welfare', children: null, suppressed: true },
        { stream: 'justice', children: 7 },
      ],
    });
    expect(view.sections[0]?.main?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Welfare', SUPPRESSED],
      ['Justice (youth custody)', '7'],
    ]);
  });

  it('folds nested figures into their own tables and charts the counts', () => {
    const row = (name: string, n: number) => ({
      regionName: name,
      requests: figure(n),
      placed: figure(5),
      waitingDays: { median: figure(3), p90: figure(null) },
    });
    const view = figuresView({
      generatedAt: '2026-11-25T10:00:00Z',
      byRegion: [row('North East', 9), row('London', 20)],
    });
    expect(view.facts).toEqual([
      { key: { text: 'Figures as at' }, value: { text: '10am on 25 November 2026' } },
    ]);
    const [section] = view.sections;
    expect(section?.more.map((t) => t.caption)).toEqual(['By region: days waiting']);
    expect(section?.more[0]?.rows[0]?.map((c) => c.text)).toEqual(['North East', '3', SUPPRESSED]);
    expect(section?.main?.chart?.legend.map((l) => l.label)).toEqual(['Requests', 'Placed']);
  });

  it('shows shares as percentages and department codes as names', () => {
    const view = figuresView({
      byDepartment: [
        { department: 'DfE', share: 0.45, bedNights: figure(120) },
        { department: 'MoJ', share: 0.35, bedNights: figure(null) },
      ],
    });
    expect(view.sections[0]?.main?.rows[0]?.map((c) => c.text)).toEqual([
      'Department for Education',
      '45%',
      '120',
    ]);
  });
});
