// Words and number formats shared by the upload page and the dashboard: one place says what each state
// and error code means to a person.

export const STATE_LABELS = {
  loading: 'Checking',
  uploading: 'Uploading',
  rejected: 'Not accepted',
  queued: 'Waiting',
  delayed: 'Retry waiting',
  active: 'Converting',
  completed: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
  expired: 'Expired',
};

/** Plain words for every error code the server (or these pages) can report. */
export const ERROR_TEXT = {
  PAYLOAD_TOO_LARGE: 'This file is too large to upload. Try a smaller file.',
  UNSUPPORTED_FORMAT: 'Docket can’t convert this kind of file. It accepts PowerPoint presentations (.pptx, .ppt).',
  UNSUPPORTED_TARGET: 'This file can’t be converted to the format you chose. Try PDF instead.',
  ENCRYPTED_DOCUMENT: 'This document is protected by a password. Remove the password and upload it again.',
  CORRUPT_DOCUMENT: 'This file is damaged, or is not really the kind of file its name says, so it can’t be read.',
  DOCUMENT_TOO_LARGE: 'This document is too big to convert (too many pages, or pictures that are too large).',
  CONVERSION_FAILED: 'Something went wrong while converting this document.',
  BLOB_STORE_ERROR: 'The server couldn’t store or read the file. Try again in a little while.',
  TIMEOUT: 'The conversion took too long and was stopped.',
  CANCELLED: 'The conversion was cancelled.',
  LEASE_LOST: 'The worker converting this document stopped before it finished.',
  STALLED_LIMIT: 'The conversion kept stopping unexpectedly, so Docket gave up on this document.',
  BAD_REQUEST: 'The server didn’t understand the request. Choose the file again and retry.',
  IDEMPOTENCY_CONFLICT: 'This upload reused the key of a different, earlier upload.',
  UNAUTHORIZED: 'This needs an operator API key.',
  JOB_NOT_FOUND: 'The server doesn’t know this conversion; it may have been deleted.',
  JOB_NOT_FINISHED: 'The result is not ready yet.',
  JOB_STATE_CONFLICT: 'The job is no longer in a state that allows this.',
  JOB_EXPIRED: 'This conversion finished long ago, and its files have been deleted.',
  SERVICE_UNAVAILABLE: 'The server is busy or not ready. Try again in a moment.',
  INTERNAL_ERROR: 'Something went wrong on the server.',
  NETWORK_ERROR: 'The request couldn’t reach the server or was cut off. Check your connection and try again; '
    + 'if the file is very large, it may be over the server’s size limit.',
};

/** The words for an error {code, message}: ours when we know the code, else the server's message. */
export function plainError(error) {
  return ERROR_TEXT[error && error.code] || (error && error.message) || 'Something went wrong.';
}

export const TARGETS = {
  pdf: { label: 'PDF', download: 'Download PDF' },
  png: { label: 'PNG pages', download: 'Download PNG pages (.zip)' },
};

export function targetLabel(target) {
  return (TARGETS[target] && TARGETS[target].label) || String(target || 'PDF').toUpperCase();
}

export const numberOr = (value, fallback) => (Number.isFinite(value) ? value : fallback);

export function formatBytes(bytes) {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

function toDate(value) {
  if (value === undefined || value === null || value === '') return null;
  const date = typeof value === 'number' ? new Date(value < 1e12 ? value * 1000 : value) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A time of day for today, else a short date and time. */
export function formatTime(value, withSeconds = false) {
  const date = toDate(value);
  if (!date) return '';
  const sameDay = date.toDateString() === new Date().toDateString();
  const time = { hour: '2-digit', minute: '2-digit', ...(withSeconds ? { second: '2-digit' } : {}) };
  return sameDay
    ? date.toLocaleTimeString([], time)
    : date.toLocaleString([], { dateStyle: 'medium', timeStyle: withSeconds ? 'medium' : 'short' });
}

/** "just now", "12 s ago", "3 min ago", "2 h ago". */
export function formatAgo(value, now = Date.now()) {
  const date = toDate(value);
  if (!date) return '';
  const seconds = Math.round((now - date.getTime()) / 1000);
  if (seconds < 2) return 'just now';
  if (seconds < 90) return `${seconds} s ago`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min ago`;
  return `${Math.round(seconds / 3600)} h ago`;
}

/** "in 12 s", "in 3 min", or "now" for a time in the past. */
export function formatIn(value, now = Date.now()) {
  const date = toDate(value);
  if (!date) return '';
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (seconds <= 0) return 'now';
  if (seconds < 90) return `in ${seconds} s`;
  return `in ${Math.round(seconds / 60)} min`;
}

/** "slide" for presentations, else "page". */
export function unitOf(status) {
  const input = (status && status.input) || {};
  const name = (input.name || '').toLowerCase();
  const type = (input.type || '').toLowerCase();
  const isSlides = /\.(pptx?|ppsx?|potx?)$/.test(name) || /presentation|powerpoint|pptx?$/.test(type);
  return isSlides ? 'slide' : 'page';
}

export function percentOf(status) {
  if (status.state === 'completed') return 100;
  if (Number.isFinite(status.progress)) return Math.max(0, Math.min(100, Math.round(status.progress)));
  const total = numberOr(status.pagesTotal, 0);
  return total > 0 ? Math.round((100 * numberOr(status.pagesDone, 0)) / total) : 0;
}
