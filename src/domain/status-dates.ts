/**
 * Whether a practice's status agrees with its dates, as of a reference day
 * (its last review, else today). One rule for the check's warning
 * (src/catalogue/warnings.ts) and for the benchmark's generated practices.
 */

/** How a status contradicts the dates: which of the four slips it is, and the date that shows it. */
export interface StatusConflict {
  kind: 'ended' | 'started' | 'notStarted' | 'notEnded';
  date: string;
}

/** The status each conflict calls for. */
const AGREEING_STATUS: Record<StatusConflict['kind'], string> = {
  ended: 'completed',
  started: 'ongoing',
  notStarted: 'planned',
  notEnded: 'ongoing',
};

/** A partial date as written ("2023", "2023-05", "2023-05-14"; YAML may read a year as a number), else undefined. */
export function partialDate(value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  return typeof text === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) ? text : undefined;
}

/** Whether the period `date` (a year, month or day) is wholly before, wholly after, or around the day `reference`. */
export function comparePeriod(date: string, reference: string): 'before' | 'after' | 'around' {
  const same = reference.slice(0, date.length);
  return date < same ? 'before' : date > same ? 'after' : 'around';
}

/**
 * "planned" or "ongoing" once it ended, "planned" once it started, "ongoing"
 * or "completed" before it started, "completed" before it ends. A period that
 * holds the reference day is left alone.
 */
export function statusConflicts(
  status: string,
  start: string | undefined,
  end: string | undefined,
  reference: string,
): StatusConflict[] {
  const found: StatusConflict[] = [];
  if (end && comparePeriod(end, reference) === 'before' && (status === 'planned' || status === 'ongoing'))
    found.push({ kind: 'ended', date: end });
  else if (start && comparePeriod(start, reference) === 'before' && status === 'planned')
    found.push({ kind: 'started', date: start });
  if (start && comparePeriod(start, reference) === 'after' && (status === 'ongoing' || status === 'completed'))
    found.push({ kind: 'notStarted', date: start });
  else if (end && comparePeriod(end, reference) === 'after' && status === 'completed')
    found.push({ kind: 'notEnded', date: end });
  return found;
}

/** The status the dates allow: `status` itself when nothing contradicts it. */
export function statusAgreeingWithDates(
  status: string,
  start: string | undefined,
  end: string | undefined,
  reference: string,
): string {
  const [conflict] = statusConflicts(status, start, end, reference);
  return conflict ? AGREEING_STATUS[conflict.kind] : status;
}
