/**
 * Horizontal bar charts drawn on the server as SVG. Each chart has a title and description for
 * assistive technology, and every page that shows one also shows the same figures as a table:
 * the table is the accessible version, the chart is for seeing the shape at a glance.
 */
import { formatNumber } from './format.js';

export interface Series {
  key: string;
  label: string;
  /** GOV.UK palette colours with at least 3:1 contrast on white (WCAG 1.4.11). */
  colour: string;
}

export interface ChartRow {
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
    segments: { x: number; width: number; colour: string; title: string }[];
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

/** A stacked horizontal bar chart's view model: positions computed here, the template only draws. */
export function barChart(o: {
  id: string;
  title: string;
  description: string;
  series: Series[];
  rows: ChartRow[];
  width?: number;
}): ChartView {
  const width = o.width ?? 640;
  const labelWidth = 190;
  const barHeight = 22;
  const gap = 12;
  const top = 40;
  const right = 60;
  const plot = width - labelWidth - right;
  const totals = o.rows.map((r) => o.series.reduce((s, k) => s + (r.values[k.key] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const scale = plot / max;
  const bars = o.rows.map((row, i) => {
    const y = top + i * (barHeight + gap);
    let x = labelWidth;
    const segments = o.series
      .filter((s) => (row.values[s.key] ?? 0) > 0)
      .map((s) => {
        const value = row.values[s.key] ?? 0;
        const seg = {
          x: Math.round(x * 10) / 10,
          width: Math.max(1, Math.round(value * scale * 10) / 10),
          colour: s.colour,
          title: `${row.label}: ${s.label} ${formatNumber(value)}`,
        };
        x += value * scale;
        return seg;
      });
    const total = totals[i] ?? 0;
    return {
      y,
      label: row.label,
      labelY: y + barHeight / 2 + 5,
      total: formatNumber(total),
      totalX: Math.round((x + 6) * 10) / 10,
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
    legendX += 24 + s.label.length * 8;
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
