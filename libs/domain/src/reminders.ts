import { daysBetween } from './calendar-date.js';

// Reporting-round reminders: one a configurable number of days before the due date (or as soon after
// as the job runs, until the due date), and one from the day after the due date (within two weeks). Each goes once per
// project and person; the caller records what it sent so that a second run sends nothing.

export type ReminderKind = 'DUE_SOON' | 'OVERDUE';

export const DEFAULT_REMINDER_DAYS_BEFORE = 7;

/**
 * How long after the due date the overdue reminder may still go (if the job could not run on the day
 * after). Beyond it a round is history: a project that starts reporting later is not told it missed it.
 */
export const OVERDUE_REMINDER_DAYS = 14;

/** Which reminder (if any) is due for a round due on `dueDate`, seen on `today`. */
export function reminderDue(dueDate: string, today: string, daysBefore: number): ReminderKind | undefined {
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < -OVERDUE_REMINDER_DAYS) return undefined;
  if (daysLeft < 0) return 'OVERDUE';
  if (daysLeft <= daysBefore) return 'DUE_SOON';
  return undefined;
}
