import type { Figure } from '../schema/article.js';
import { loadJsonData } from '../data-files.js';

interface UnitEntry {
  dimension: string;
  factor: number;
  ambiguous?: number[];
  note?: string;
}

interface UnitFile {
  units: Record<string, UnitEntry>;
  durations: string[];
  hedgeTolerance: Record<string, number>;
}

function table(): UnitFile {
  return loadJsonData<UnitFile>('reconcile-units.json');
}

/** A unit's entry; an unknown unit (a currency code, a counted noun) is its own dimension. */
export function unitEntry(unit: string): UnitEntry {
  const u = table().units[unit] ?? table().units[unit.toLowerCase()];
  return u ?? { dimension: `unit:${unit}`, factor: 1 };
}

/** Relative tolerance for a hedge ("about" → 10%), 0 when exact. */
export function hedgeTolerance(approximate: string | null): number {
  if (!approximate) return 0;
  return table().hedgeTolerance[approximate] ?? 0;
}

export function isDuration(unit: string): boolean {
  return table().durations.includes(unitEntry(unit).dimension);
}

/** A figure as comparable numbers: every base-unit reading (several for an ambiguous unit). */
export interface Normalized {
  dimension: string;
  low: number;
  high: number;
  /** Extra readings of an ambiguous unit, as [low, high] in base units. */
  readings: Array<[number, number]>;
  note: string | null;
}

export function normalizeFigure(f: Pick<Figure, 'value' | 'unit'>): Normalized {
  const e = unitEntry(f.unit);
  const [lo, hi] = typeof f.value === 'number' ? [f.value, f.value] : [f.value.low, f.value.high];
  const factors = e.ambiguous ?? [e.factor];
  return {
    dimension: e.dimension,
    low: lo * e.factor,
    high: hi * e.factor,
    readings: factors.map((k) => [lo * k, hi * k]),
    note: e.note ?? null,
  };
}

/** Equal within floating-point noise. */
export function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Half a unit of the last significant digit: "1.5 million" is precise to ±50,000, "1,498,000"
 * to ±500 — rounding tolerance of a stated value (integers with at least two trailing zeros).
 */
export function roundingTolerance(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  let v = Math.abs(value);
  let place = 1;
  if (Number.isInteger(v)) {
    while (v % 10 === 0 && v >= 10) {
      v /= 10;
      place *= 10;
    }
    // Only clearly rounded numbers ("200", "1.5 million"): "10" vs "12" is a real difference.
    return place < 100 ? 0 : place / 2;
  }
  const decimals = (String(v).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -decimals;
}

/** Significant digits of a stated number: 12797000000 → 5, 1500000 → 2, 50 → 1, 0.25 → 2. */
export function significantDigits(value: number): number {
  const s = Math.abs(value).toPrecision(15).replace(/e.*$/, '');
  const digits = s.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(digits.length, 1);
}

/**
 * Whether a figure is specific enough to be evidence that two articles report one event: not a
 * year, duration or small count, and not a round number ("50%", "$1 billion" recur everywhere).
 */
export function isSpecific(f: Figure): boolean {
  if (typeof f.value !== 'number') return significantDigits(f.value.low) + significantDigits(f.value.high) >= 3;
  if (isDuration(f.unit) || f.quantity === 'duration' || f.quantity === 'date' || f.quantity === 'age') return false;
  const v = f.value;
  if ((f.unit === '' || f.unit === 'person') && Number.isInteger(v) && v >= 1800 && v <= 2100) return false;
  if ((f.unit === '' || f.unit === 'person') && v <= 10) return false;
  return significantDigits(v) >= 2;
}

/** A key for a specific figure (value + unit reading); ambiguous units give every reading. */
export function figureKeys(f: Figure): string[] {
  if (!isSpecific(f)) return [];
  const n = normalizeFigure(f);
  return n.readings.map(([lo, hi]) => `${n.dimension}:${+lo.toPrecision(10)}:${+hi.toPrecision(10)}`);
}
