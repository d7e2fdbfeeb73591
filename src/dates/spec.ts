import type { ParsingResult } from 'chrono-node/en';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Granularities a relative expression can move by ("last week", "two days ago"). */
export type RelUnit = 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE';

/**
 * What a matched expression means before it is resolved against the reference date and
 * the sentence's tense: the parsers' output, the resolver's input.
 */
export type Spec =
  /** Needs no reference: durations, sets, explicit years, PRESENT_REF… */
  | { k: 'fixed'; type: TimexType; value: string }
  /**
   * An offset from the reference at a granularity: "last week" (W, -1), "a year ago" (Y, -1);
   * `anchored`: from the date the text last mentioned instead ("the following year", "that day").
   */
  | { k: 'rel'; unit: RelUnit; offset: number; part?: string; anchored?: boolean }
  /**
   * Calendar fields as stated; missing ones come from the reference and the tense.
   * `dir` is an explicit direction ("last Friday" -1, "next Friday" 1, "this Friday" 0).
   * `yearOffset` is a year given relative to the reference ("June last year" -1).
   */
  | {
      k: 'cal';
      year?: number;
      yearOffset?: number;
      month?: number;
      day?: number;
      weekday?: number;
      hour?: number;
      minute?: number;
      part?: string;
      quarter?: number;
      half?: number;
      season?: string;
      /** A holiday rule (parsers/holiday.ts): its day in the chosen year. */
      holiday?: string;
      dir?: number;
      /** Years to move the resolved quarter/half by ("the year-ago third quarter" -1). */
      yearShift?: number;
      /** A reporting quarter: "the quarter", "the latest quarter" (the last completed one), shifted by `offset` quarters. */
      lastQuarter?: boolean;
      offset?: number;
    };

const PREFIX = 'nf:';

/** Attaches a spec to a chrono result as a tag (chrono's public tag API carries it through refiners). */
export function tagSpec(result: ParsingResult, spec: Spec): ParsingResult {
  return result.addTag(PREFIX + JSON.stringify(spec));
}

export function specOf(tags: Set<string>): Spec | null {
  for (const t of tags) if (t.startsWith(PREFIX)) return JSON.parse(t.slice(PREFIX.length)) as Spec;
  return null;
}
