/**
 * Horizontal bar charts drawn on the server as SVG. Each chart has a title and description for
 * assistive technology, and every page that shows one also shows the same figures as a table:
 * the table is the accessible version, the chart is for seeing the shape at a glance.
 */
import { formatNumber } from './format.js';

interface Series {
  key: string;
  label: string;
  /** GOV.UK palette colours with at least 3:1 contrast on white (WCAG 1.4.11). */
  colour: string;
}

interface ChartRow {
  label: string;
  /** Value per series key; null (a suppressed figure) draws nothing. */
  values: Record<string, number | null>;
}

export interface ChartView {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  labelWidth: number;
  legend: { label: string; colour: string; x: number }[];
  ticks: { x: number; label: string }[];
  axisY: number;
  bars: {
    y: number;
    label: string;
    labelY: number;
    total: string;
    totalX: number;
    segments: { x: number; y: number; height: number; width: number; colour: string; title: string }[];
  }[];
  barHeight: number;
}

export const PALETTE = {
  green: '#00703c',
  brown: '#8a5a00',
  blue: '#1d70b8',
  grey: '#505a5f',
  purple: '#4c2c92',
  red: '#d4351c',
  darkBlue: '#003078',
} as const;

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= max / 4) ?? 10;
  return Math.ceil(max / (step * magnitude)) * step * magnitude;
}

const round = (n: number) => Math.round(n * 10) / 10;
/** Roughly how wide 13px Arial text is: enough to keep row labels from being cut off. */
const textWidth = (s: string) => s.length * 7.2;

/**
 * A horizontal bar chart's view model: positions computed here, the template only draws.
 * `stacked` adds the series into one bar per row (parts of a whole, like beds by state);
 * `grouped` draws one thinner bar per series (figures to compare, like used and agreed).
 */
export function barChart(o: {
  id: string;
  title: string;
  description: string;
  series: Series[];
  rows: ChartRow[];
  width?: number;
  mode?: 'stacked' | 'grouped';
}): ChartView {
  const width = o.width ?? 640;
  const grouped = o.mode === 'grouped' && o.series.length > 1;
  const labelWidth = Math.min(
    300,
    Math.max(80, Math.ceil(Math.max(0, ...o.rows.map((r) => textWidth(r.label))) + 14)),
  );
  const barHeight = grouped ? 14 * o.series.length : 22;
  const gap = 12;
  const top = 40;
  const right = 60;
  const plot = width - labelWidth - right;
  const totals = o.rows.map((r) => o.series.reduce((s, k) => s + (r.values[k.key] ?? 0), 0));
  const biggest = grouped
    ? Math.max(0, ...o.rows.flatMap((r) => o.series.map((k) => r.values[k.key] ?? 0)))
    : Math.max(0, ...totals);
  const max = niceMax(biggest);
  const scale = plot / max;
  const bars = o.rows.map((row, i) => {
    const y = top + i * (barHeight + gap);
    let x = labelWidth;
    const segments = o.series
      .map((s, j) => ({ s, j, value: row.values[s.key] ?? 0 }))
      .filter(({ value }) => value > 0)
      .map(({ s, j, value }) => {
        const seg = {
          x: round(grouped ? labelWidth : x),
          y: grouped ? y + j * 14 : y,
          height: grouped ? 13 : barHeight,
          width: Math.max(1, round(value * scale)),
          colour: s.colour,
          title: `${row.label}: ${s.label} ${formatNumber(value)}`,
        };
        if (!grouped) x += value * scale;
        return seg;
      });
    const total = totals[i] ?? 0;
    const end = grouped ? labelWidth + (Math.max(0, ...segments.map((g) => g.width)) || 0) : x;
    return {
      y,
      label: row.label,
      labelY: y + barHeight / 2 + 5,
      // Grouped bars are read one by one (the table has each figure); stacked ones show their total.
      total: grouped ? '' : formatNumber(total),
      totalX: round(end + 6),
      segments,
    };
  });
  const axisY = top + o.rows.length * (barHeight + gap);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({
    x: Math.round((labelWidth + f * plot) * 10) / 10,
    label: formatNumber(Math.round(f * max * 100) / 100),
  }));
  let legendX = labelWidth;
  const legend = o.series.map((s) => {
    const item = { label: s.label, colour: s.colour, x: legendX };
    legendX += 30 + textWidth(s.label);
    return item;
  });
  return {
    id: o.id,
    title: o.title,
    description: o.description,
    width,
    height: axisY + 30,
    labelWidth,
    legend,
    ticks,
    axisY,
    bars,
    barHeight,
  };
}
