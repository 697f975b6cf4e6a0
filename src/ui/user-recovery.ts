/**
 * The schedule as every verdict sees it - the popup's and the badge's alike, so they never disagree: the
 * logged sessions plus the unanswered planned session assumed rolled ("Did you roll?", issue 12), and
 * whether there are any dates to give at all.
 */
import { pendingSession, withPending } from '../recovery/pending';
import { nextPlannedSession } from '../recovery/schedule';
import type { RecoverySettings, Session } from '../recovery/types';
import { toRecovery, type Settings } from '../settings';

export interface UserRecovery {
  /** What verdicts use: the log, plus the pending planned session as if rolled. */
  recovery: RecoverySettings;
  /** The planned session "Did you roll?" asks about. */
  pending: Session | null;
  /** Nothing logged, nothing planned: there are no dates to give. */
  noDates: boolean;
}

/** The schedule as verdicts see it at `now` (the badge does the same, src/background/tabs.ts). */
export function userRecovery(
  settings: Settings,
  sessions: Session[],
  skipped: readonly number[],
  now: number,
): UserRecovery {
  const base = toRecovery(settings, sessions);
  const pending = pendingSession(base, skipped, now);
  const noDates = !pending && sessions.length === 0 && nextPlannedSession(settings, now) === null;
  return { recovery: withPending(base, pending), pending, noDates };
}

/** The options page's first-run welcome (entrypoints/background.ts opens it on install). */
export const WELCOME_PATH = '/options.html#welcome';
