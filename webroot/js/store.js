// The user's jobs: which ones this browser remembers (localStorage, so the list survives reloads and
// closing the tab), and the rule that merges what we hear about each.
//
// Two sources tell us about a job: GET /api/jobs/{id} (the job hash, the truth) and bridge events
// (hints that may race with a read). Both go through apply(), which only moves a job forward, so a late
// event can never turn a completed job back into an active one.

import { numberOr, percentOf } from './text.js';

const STORAGE_KEY = 'docket.jobs';
const MAX_REMEMBERED_JOBS = 50;
export const JOB_ID_PATTERN = /^[A-Za-z0-9_-]+$/;

const TERMINAL_STATES = new Set(['completed', 'failed', 'cancelled', 'expired']);
const STATE_RANK = { queued: 0, active: 1, failed: 2, cancelled: 2, completed: 3, expired: 4 };
/** Live fields: what events carry and what isNewer() compares. */
const LIVE_FIELDS = ['state', 'progress', 'pagesDone', 'pagesTotal', 'error', 'result', 'cancelRequested'];

export const isTerminal = (status) => Boolean(status && TERMINAL_STATES.has(status.state));
const rankOf = (status) => STATE_RANK[status.state] ?? -1;

/**
 * True when `next` says more than `current`: a later state, or the same state further along.
 * A read showing more attempts (a retry after a stall) or a bigger attempt budget (a manual retry)
 * is a new attempt and wins even though its progress is lower. Nothing replaces `completed` except a
 * fuller read of the same.
 */
function isNewer(current, next, source) {
  if (!current) return true;
  if (next.state === 'expired') return true;
  if (current.state === 'completed') return next.state === 'completed' && source === 'read';
  if (source === 'read' && (numberOr(next.attempts, 0) > numberOr(current.attempts, 0)
      || numberOr(next.maxAttempts, 0) > numberOr(current.maxAttempts, 0))) return true;
  const rankDifference = rankOf(next) - rankOf(current);
  if (rankDifference !== 0) return rankDifference > 0;
  if (source === 'read' && Boolean(next.cancelRequested) !== Boolean(current.cancelRequested)) return true;
  return percentOf(next) >= percentOf(current)
    && numberOr(next.pagesDone, 0) >= numberOr(current.pagesDone, 0);
}

/** A read that lags behind the events still brings the rest of the job (input, times, attempts). */
function withLiveFieldsOf(current, read) {
  const merged = { ...read };
  for (const field of LIVE_FIELDS) {
    if (field in current) merged[field] = current[field];
    else delete merged[field];
  }
  return merged;
}

function mergeStatus(current, next, source) {
  // A read is the whole job hash; an event carries only the live fields, so keep the rest.
  const merged = source === 'read' ? { ...next } : { ...(current || {}), ...next };
  if (merged.state !== 'failed' && merged.state !== 'cancelled') delete merged.error;
  if (merged.state !== 'completed') delete merged.result;
  if (merged.state !== 'active') delete merged.cancelRequested;
  return merged;
}

/**
 * One entry per listed job: { id, name, target, addedAt, status, el, reading, readAgain, lastReadAt }.
 * `el` belongs to the view; the store only carries it.
 */
export class JobStore {
  constructor() {
    this.jobs = new Map();
  }

  get(id) {
    return this.jobs.get(id);
  }

  has(id) {
    return this.jobs.has(id);
  }

  values() {
    return this.jobs.values();
  }

  add(job, save = true) {
    this.jobs.set(job.id, job);
    if (save) this.save();
  }

  delete(id) {
    this.jobs.delete(id);
    this.save();
  }

  /** Remembered jobs, newest first. */
  static remembered() {
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || '[]');
      if (!Array.isArray(saved)) return [];
      return saved
        .filter((entry) => entry && typeof entry.id === 'string' && JOB_ID_PATTERN.test(entry.id))
        .sort((a, b) => (b.addedAt || 0) - (a.addedAt || 0))
        .slice(0, MAX_REMEMBERED_JOBS);
    } catch {
      return [];
    }
  }

  save() {
    const entries = [...this.jobs.values()]
      .map(({ id, name, target, addedAt }) => ({ id, name, target, addedAt }))
      .sort((a, b) => b.addedAt - a.addedAt)
      .slice(0, MAX_REMEMBERED_JOBS);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
    } catch {
      // Storage full or disabled (private browsing): the page still works, it just forgets on reload.
    }
  }

  /**
   * Merges a status from a read or an event.
   * @returns {{changed: boolean, previous: object|null, stale: boolean}} stale: an event that looks
   *     older than what we show (it may belong to a new attempt: the caller should read the truth)
   */
  apply(id, next, source) {
    const job = this.jobs.get(id);
    if (!job || !next || typeof next.state !== 'string' || (next.id && String(next.id) !== id)) {
      return { changed: false, previous: null, stale: false };
    }
    const previous = job.status;
    if (!isNewer(previous, next, source)) {
      if (source === 'read') {
        job.status = withLiveFieldsOf(previous, next);
        return { changed: true, previous, stale: false };
      }
      return { changed: false, previous, stale: !isTerminal(previous) };
    }
    job.status = mergeStatus(previous, next, source);
    const input = job.status.input;
    if ((input && input.name && input.name !== job.name) || (job.status.target && job.status.target !== job.target)) {
      job.name = (input && input.name) || job.name;
      job.target = job.status.target || job.target;
      this.save();
    }
    return { changed: true, previous, stale: false };
  }
}
