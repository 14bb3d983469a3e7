// The upload page's DOM: one list item per job (from the <template>), the bridge status line and the
// aria-live announcer. Nothing here talks to the server.

import { resultUrl, thumbnailUrl } from './api.js';
import {
  STATE_LABELS, TARGETS, formatBytes, formatTime, numberOr, percentOf, plainError, targetLabel, unitOf,
} from './text.js';

export const $ = (id) => document.getElementById(id);
export const part = (row, role) => row.querySelector(`[data-role="${role}"]`);

export function createRow() {
  const row = $('job-template').content.firstElementChild.cloneNode(true);
  const nameId = `job-name-${Math.random().toString(36).slice(2, 10)}`;
  part(row, 'name').id = nameId;
  part(row, 'bar').setAttribute('aria-labelledby', nameId);
  return row;
}

export function insertRowFirst(row) {
  $('jobs').prepend(row);
  updateEmptyNote();
}

export function appendRow(row) {
  $('jobs').append(row);
  updateEmptyNote();
}

export function removeRow(row) {
  const hadFocus = row.contains(document.activeElement);
  const neighbour = row.nextElementSibling || row.previousElementSibling;
  row.remove();
  updateEmptyNote();
  if (hadFocus) (neighbour ? part(neighbour, 'remove') : $('file')).focus();
}

function updateEmptyNote() {
  $('jobs-empty').hidden = $('jobs').children.length > 0;
}

/** Labels both row buttons for screen readers with the file's name. */
export function labelButtons(row, name, uploading = false) {
  const cancel = part(row, 'cancel');
  cancel.setAttribute('aria-label', uploading ? `Stop uploading ${name}` : `Cancel the conversion of ${name}`);
  part(row, 'remove').setAttribute('aria-label', `Remove ${name} from the list`);
}

function setBar(row, percent, valueText) {
  const bar = part(row, 'bar');
  bar.hidden = false;
  bar.setAttribute('aria-valuenow', String(percent));
  bar.setAttribute('aria-valuetext', valueText);
  part(row, 'bar-fill').style.width = `${percent}%`;
}

export function showUploadProgress(row, loaded, total) {
  const percent = total > 0 ? Math.min(100, Math.round((100 * loaded) / total)) : 0;
  const text = total > 0 && loaded >= total
    ? `Uploaded ${formatBytes(total)}; the server is checking the file…`
    : `Uploading: ${formatBytes(loaded)} of ${formatBytes(total)} (${percent}%)`;
  row.dataset.state = 'uploading';
  part(row, 'badge').textContent = STATE_LABELS.uploading;
  part(row, 'progress').textContent = text;
  part(row, 'cancel').hidden = false;
  part(row, 'remove').hidden = true;
  setBar(row, percent, text);
}

/** A row whose upload the server refused (413, 415, 400 ...) or that never got an answer. */
export function showRejected(row, error) {
  row.dataset.state = 'rejected';
  part(row, 'badge').textContent = STATE_LABELS.rejected;
  part(row, 'bar').hidden = true;
  part(row, 'progress').textContent = 'The upload was not accepted.';
  part(row, 'cancel').hidden = true;
  part(row, 'remove').hidden = false;
  showError(row, error);
}

export function renderJob(job) {
  const row = job.el;
  const status = job.status;
  const state = status ? status.state : 'loading';
  row.dataset.state = state;
  if (status) {
    row.dataset.progress = String(percentOf(status));
    row.dataset.pagesDone = String(numberOr(status.pagesDone, 0));
    row.dataset.pagesTotal = String(numberOr(status.pagesTotal, 0));
  }
  part(row, 'name').textContent = job.name || job.id;
  part(row, 'badge').textContent = status && status.cancelRequested ? 'Stopping' : (STATE_LABELS[state] || state);
  part(row, 'meta').textContent = describeInput(job);
  const text = progressText(status);
  part(row, 'progress').textContent = text;
  if (['failed', 'cancelled', 'expired'].includes(state)) {
    part(row, 'bar').hidden = true;
  } else {
    setBar(row, status ? percentOf(status) : 0, text);
  }
  const cancellable = (state === 'queued' || state === 'active') && !status.cancelRequested;
  part(row, 'cancel').hidden = !cancellable;
  part(row, 'remove').hidden = false;
  if (state === 'failed' || state === 'expired') showError(row, status.error || { code: 'UNKNOWN' });
  else part(row, 'error').hidden = true;
  renderResult(row, job);
}

function showError(row, error) {
  const plain = plainError(error);
  part(row, 'error').hidden = false;
  part(row, 'error-message').textContent = plain;
  part(row, 'error-code').textContent = error.code || 'UNKNOWN';
  const detail = part(row, 'error-detail');
  detail.textContent = error.message && error.message !== plain ? `Details: ${error.message}` : '';
  detail.hidden = !detail.textContent;
}

function renderResult(row, job) {
  const completed = job.status && job.status.state === 'completed';
  part(row, 'result').hidden = !completed;
  if (!completed) return;
  const name = job.name || job.id;
  const target = job.status.target || job.target || 'pdf';
  const link = part(row, 'download');
  link.href = resultUrl(job.id);
  link.textContent = (TARGETS[target] || TARGETS.pdf).download;
  link.setAttribute('aria-label', `${link.textContent}: ${name}`);
  const bytes = job.status.result && job.status.result.bytes;
  part(row, 'result-size').textContent = Number.isFinite(bytes) ? formatBytes(bytes) : '';
  const thumb = part(row, 'thumb');
  if (!thumb.dataset.requested) {
    // Requested once per row: re-rendering must not reload it, and a job without one just hides it.
    thumb.dataset.requested = 'true';
    thumb.alt = `First page of ${name}`;
    thumb.addEventListener('load', () => { part(row, 'thumb-link').hidden = false; }, { once: true });
    thumb.addEventListener('error', () => { part(row, 'thumb-link').hidden = true; }, { once: true });
    thumb.src = thumbnailUrl(job.id);
    part(row, 'thumb-link').href = resultUrl(job.id);
  }
}

function progressText(status) {
  if (!status) return 'Checking the status…';
  const unit = unitOf(status);
  const done = numberOr(status.pagesDone, 0);
  const total = numberOr(status.pagesTotal, 0);
  switch (status.state) {
    case 'queued':
      if (status.nextRetryAt) return `Waiting to try again (at ${formatTime(status.nextRetryAt, true)})…`;
      return numberOr(status.attempts, 0) > 0 ? 'Waiting to try again…' : 'Waiting for a worker…';
    case 'active':
      if (status.cancelRequested) return `Stopping after the current ${unit}…`;
      return total > 0
        ? `Converting: ${unit} ${done} of ${total} (${percentOf(status)}%)`
        : 'Converting: reading the document…';
    case 'completed':
      return total > 0 ? `Done: ${total} ${total === 1 ? unit : `${unit}s`} converted.` : 'Done.';
    case 'failed':
      return 'The conversion failed.';
    case 'cancelled':
      return total > 0 && done > 0 ? `Cancelled after ${done} of ${total} ${unit}s.` : 'The conversion was cancelled.';
    case 'expired':
      return 'No longer kept on the server.';
    default:
      return status.state;
  }
}

function describeInput(job) {
  const status = job.status || {};
  const parts = [];
  if (status.input && Number.isFinite(status.input.bytes) && status.input.bytes > 0) {
    parts.push(formatBytes(status.input.bytes));
  }
  parts.push(`to ${targetLabel(status.target || job.target || 'pdf')}`);
  const created = formatTime(status.createdAt) || formatTime(job.addedAt);
  if (created) parts.push(`added ${created}`);
  if (numberOr(status.attempts, 0) > 1) parts.push(`attempt ${status.attempts}`);
  return parts.join(' · ');
}

export function showBridgeStatus(state) {
  const element = $('bridge-status');
  element.dataset.state = state;
  element.textContent = {
    open: 'Live updates on.',
    closed: 'Live updates paused; reconnecting. Status is checked every few seconds meanwhile.',
    unavailable: 'Live updates unavailable; status is checked every few seconds.',
  }[state];
}

// ---- announcements (aria-live): state changes and every quarter of progress, not every slide ------

export function announce(message) {
  const announcer = $('announcer');
  announcer.textContent = '';
  setTimeout(() => {
    announcer.textContent = message;
  }, 50);
}

export function announceChange(job, previous) {
  if (!previous) return; // first read after a page load: the list speaks for itself
  const status = job.status;
  const name = job.name || job.id;
  const quarter = status.state === 'active' ? Math.floor(percentOf(status) / 25) : -1;
  if (status.state !== previous.state) {
    const said = {
      active: `${name}: converting.`,
      completed: `${name}: done. The result is ready to download.`,
      failed: `${name}: failed. ${plainError(status.error || { code: 'UNKNOWN' })}`,
      cancelled: `${name}: cancelled.`,
      queued: `${name}: waiting to try again.`,
    }[status.state];
    if (said) announce(said);
  } else if (quarter > 0 && quarter !== job.lastAnnouncedQuarter) {
    announce(`${name}: ${percentOf(status)}% converted.`);
  }
  job.lastAnnouncedQuarter = quarter;
}

export function describeChosenFiles() {
  const files = [...$('file').files];
  $('file-chosen').textContent = files.length === 0
    ? ''
    : `Chosen: ${files.map((f) => `${f.name} (${formatBytes(f.size)})`).join(', ')}`;
  if (files.length > 0) $('form-error').hidden = true;
}

export function showFormError(message) {
  $('form-error').textContent = message;
  $('form-error').hidden = false;
}

/** A short-lived note under a row's buttons (e.g. a refused cancel). */
export function showRowNote(row, message) {
  const note = part(row, 'note');
  note.textContent = message;
  note.hidden = !message;
}
