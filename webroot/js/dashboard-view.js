// The dashboard's DOM: counts, workers, the job table of the selected state, the pager and the job
// detail dialog. Nothing here talks to the server; buttons carry data-action and data-id for the
// controller (dashboard.js).

import { resultUrl } from './api.js';
import {
  formatAgo, formatBytes, formatIn, formatTime, numberOr, percentOf, plainError, targetLabel, unitOf,
} from './text.js';

export const $ = (id) => document.getElementById(id);

function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role') node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== ''));
  return node;
}

const nameOf = (job) => (job.input && job.input.name) || job.id;

/** Operators name the listings after the queue's states, not the upload page's friendlier words. */
export const LISTING_LABELS = {
  active: 'Active', queued: 'Queued', delayed: 'Retry waiting', failed: 'Failed', completed: 'Completed',
  cancelled: 'Cancelled',
};

// ---- counts and workers --------------------------------------------------------------------------

export function renderCounts(stats) {
  const counts = stats.counts || {};
  for (const dd of document.querySelectorAll('#counts [data-count]')) {
    dd.textContent = String(numberOr(counts[dd.dataset.count], 0));
  }
  const queued = numberOr(counts.queued, 0);
  const delayed = numberOr(counts.delayed, 0);
  const workers = numberOr(stats.workers, 0);
  $('queue-depth').textContent = `Queue depth: ${queued + delayed} waiting (${queued} queued, ${delayed} waiting to`
    + ` retry) · ${workers} worker ${workers === 1 ? 'process' : 'processes'}`;
  for (const tab of document.querySelectorAll('#tabs [role="tab"]')) {
    const count = numberOr(counts[tab.dataset.state], 0);
    tab.textContent = `${LISTING_LABELS[tab.dataset.state]} (${count})`;
  }
}

export function renderWorkers(items) {
  const tbody = $('workers').querySelector('tbody');
  $('workers-empty').hidden = items.length > 0;
  $('workers').hidden = items.length === 0;
  tbody.replaceChildren(...items.map((w) => h('tr', { class: w.stale ? 'stale' : '' },
    h('th', { scope: 'row', 'data-label': 'Process' }, h('code', {}, w.name || '?'),
      w.stale ? h('span', { class: 'badge badge-bad' }, 'no heartbeat') : null),
    h('td', { 'data-label': 'Host' }, w.host || ''),
    h('td', { 'data-label': 'PID' }, String(w.pid ?? '')),
    h('td', { class: 'num', 'data-label': 'Concurrency' }, String(numberOr(w.concurrency, 0))),
    h('td', { class: 'num', 'data-label': 'Jobs in hand' }, String(numberOr(w.jobsInHand, 0))),
    h('td', { 'data-label': 'Last heartbeat' },
      h('time', { dateTime: w.lastHeartbeat || '', title: formatTime(w.lastHeartbeat, true) }, formatAgo(w.lastHeartbeat))))));
}

// ---- job table -----------------------------------------------------------------------------------

function progressCell(job) {
  const percent = percentOf(job);
  const total = numberOr(job.pagesTotal, 0);
  const text = total > 0 ? `${unitOf(job)} ${numberOr(job.pagesDone, 0)} of ${total} · ${percent}%` : 'starting…';
  return h('div', { class: 'mini' },
    h('div', {
      class: 'bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100',
      'aria-valuenow': String(percent), 'aria-label': `Progress of ${nameOf(job)}`,
    }, h('div', { class: 'bar-fill', style: `width:${percent}%` })),
    h('span', { class: 'mini-text' }, job.cancelRequested ? `${text} · stopping` : text));
}

function errorCell(job) {
  const error = job.error || (job.errors && job.errors[job.errors.length - 1]);
  if (!error) return '';
  return h('div', {}, h('code', { class: 'code' }, error.code || 'UNKNOWN'),
    h('span', { class: 'error-text' }, error.message || plainError(error)));
}

const attemptsText = (job) => `${numberOr(job.attempts, 0)} of ${numberOr(job.maxAttempts, 0)}`
  + (numberOr(job.stalledCount, 0) > 0 ? ` · stalled ${job.stalledCount}×` : '');

function timeCell(value) {
  return value ? h('time', { dateTime: value, title: formatTime(value, true) }, formatAgo(value)) : '';
}

/** Columns per listing: [heading, cell(job), className?]. */
const COLUMNS = {
  active: [['Progress', progressCell], ['Worker', (j) => h('code', {}, j.worker || '')], ['Started', (j) => timeCell(j.startedAt)],
    ['Attempts', attemptsText]],
  queued: [['Added', (j) => timeCell(j.createdAt)], ['Target', (j) => targetLabel(j.target)], ['Attempts', attemptsText]],
  delayed: [['Next try', (j) => (j.nextRetryAt ? `${formatIn(j.nextRetryAt)} (${formatTime(j.nextRetryAt, true)})` : '')],
    ['Last error', errorCell], ['Attempts', attemptsText]],
  failed: [['Error', errorCell], ['Attempts', attemptsText], ['Failed', (j) => timeCell(j.finishedAt)]],
  completed: [['Result', (j) => (j.result ? `${targetLabel(j.target)} · ${formatBytes(j.result.bytes)}` : '')],
    ['Took', (j) => duration(j.startedAt, j.finishedAt)], ['Finished', (j) => timeCell(j.finishedAt)]],
  cancelled: [['Progress then', (j) => `${numberOr(j.pagesDone, 0)} of ${numberOr(j.pagesTotal, 0)}`],
    ['Cancelled', (j) => timeCell(j.finishedAt)]],
};

function duration(from, to) {
  const ms = new Date(to).getTime() - new Date(from).getTime();
  if (!Number.isFinite(ms) || ms < 0) return '';
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;
}

function actionButton(action, job, text, className = 'secondary') {
  return h('button', {
    type: 'button', class: className, 'data-action': action, 'data-id': job.id,
    'data-focus-key': `${action}:${job.id}`, 'aria-label': `${text}: ${nameOf(job)}`,
  }, text);
}

export function actionsFor(state) {
  return {
    failed: ['retry', 'purge'], queued: ['cancel'], delayed: ['cancel'], active: ['cancel'],
    completed: ['purge'], cancelled: ['purge'],
  }[state] || [];
}

const ACTION_TEXT = { retry: 'Retry', cancel: 'Cancel', purge: 'Delete' };

export function renderJobTable(listing, page) {
  const columns = COLUMNS[listing];
  const table = $('job-table');
  table.querySelector('thead tr').replaceChildren(
    h('th', { scope: 'col' }, 'Job'),
    ...columns.map(([heading]) => h('th', { scope: 'col' }, heading)),
    h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')),
  );
  table.querySelector('tbody').replaceChildren(...page.items.map((job) => h('tr', { 'data-job-id': job.id },
    h('th', { scope: 'row', 'data-label': 'Job' },
      h('button', {
        type: 'button', class: 'link-button', 'data-action': 'open', 'data-id': job.id,
        'data-focus-key': `open:${job.id}`, 'aria-label': `Details of ${nameOf(job)}`,
      }, nameOf(job)),
      h('code', { class: 'job-id' }, job.id)),
    ...columns.map(([heading, cell]) => h('td', { 'data-label': heading }, cell(job))),
    h('td', { class: 'actions', 'data-label': 'Actions' },
      ...actionsFor(listing).map((a) => actionButton(a, job, ACTION_TEXT[a], a === 'retry' ? '' : 'secondary'))))));
  table.hidden = page.items.length === 0;
  const empty = $('jobs-empty');
  empty.hidden = page.items.length > 0;
  empty.textContent = `No ${LISTING_LABELS[listing].toLowerCase()} jobs${page.offset > 0 ? ' on this page' : ''}.`;
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = page.offset + page.items.length;
  $('page-info').textContent = page.total === 0 ? '' : `${first}–${last} of ${page.total}`;
  $('page-prev').disabled = page.offset <= 0;
  $('page-next').disabled = last >= page.total;
  $('page-prev').parentElement.hidden = page.total <= page.limit && page.offset === 0;
}

export function selectTab(listing) {
  for (const tab of document.querySelectorAll('#tabs [role="tab"]')) {
    const selected = tab.dataset.state === listing;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected) $('job-panel').setAttribute('aria-labelledby', tab.id);
  }
}

// ---- detail dialog -------------------------------------------------------------------------------

export function renderDetail(job) {
  const dialog = $('job-detail');
  dialog.dataset.id = job.id;
  dialog.dataset.state = job.state;
  $('detail-heading').textContent = nameOf(job);
  const state = job.cancelRequested ? 'Stopping' : (LISTING_LABELS[job.state] || job.state);
  $('detail-state').replaceChildren(h('span', { class: `badge badge-${job.state}` }, state));
  const input = job.input || {};
  const fields = [
    ['Job id', h('code', {}, job.id)],
    ['Target', targetLabel(job.target)],
    ['Progress', numberOr(job.pagesTotal, 0) > 0
      ? `${percentOf(job)}% · ${numberOr(job.pagesDone, 0)} of ${job.pagesTotal} ${unitOf(job)}s` : '–'],
    ['Attempts', attemptsText(job)],
    ['Worker', job.worker ? h('code', {}, job.worker) : '–'],
    ['Input', `${input.type || '?'} · ${formatBytes(input.bytes)}`],
    ['Result', job.result ? formatBytes(job.result.bytes) : '–'],
    ['Added', formatTime(job.createdAt, true) || '–'],
    ['Started', formatTime(job.startedAt, true) || '–'],
    ['Finished', formatTime(job.finishedAt, true) || '–'],
  ];
  if (job.nextRetryAt) fields.push(['Next try', `${formatTime(job.nextRetryAt, true)} (${formatIn(job.nextRetryAt)})`]);
  $('detail-fields').replaceChildren(...fields.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))));

  const errorBox = $('detail-error');
  errorBox.hidden = !job.error;
  if (job.error) {
    const plain = plainError(job.error);
    errorBox.querySelector('[data-role="error-message"]').textContent = plain;
    errorBox.querySelector('[data-role="error-detail"]').textContent = job.error.message && job.error.message !== plain
      ? `Details: ${job.error.message}` : '';
    errorBox.querySelector('[data-role="error-code"]').textContent = job.error.code || 'UNKNOWN';
  }

  const errors = Array.isArray(job.errors) ? job.errors : [];
  $('history-empty').hidden = errors.length > 0;
  $('history').hidden = errors.length === 0;
  $('history').querySelector('tbody').replaceChildren(...errors.map((e) => h('tr', {},
    h('td', { class: 'num', 'data-label': 'Attempt' }, String(e.attempt ?? '')),
    h('td', { 'data-label': 'When' }, formatTime(e.at, true)),
    h('td', { 'data-label': 'Worker' }, h('code', {}, e.worker || '')),
    h('td', { 'data-label': 'Code' }, h('code', { class: 'code' }, e.code || '')),
    h('td', { class: 'message', 'data-label': 'Message' }, e.message || ''))));

  const finished = ['completed', 'failed', 'cancelled'].includes(job.state);
  dialog.querySelector('[data-action="retry"]').hidden = job.state !== 'failed';
  dialog.querySelector('[data-action="cancel"]').hidden = finished || Boolean(job.cancelRequested);
  dialog.querySelector('[data-action="purge"]').hidden = !finished;
  const download = $('detail-download');
  download.hidden = job.state !== 'completed';
  download.href = resultUrl(job.id);
}

/** Shows a message in the page's (or the open dialog's) status line. */
export function say(message, inDialog = false) {
  const target = inDialog ? $('detail-status') : $('action-status');
  target.textContent = message;
}

export function showRefreshStatus(state, text) {
  const element = $('refresh-status');
  element.dataset.state = state;
  element.textContent = text;
}
