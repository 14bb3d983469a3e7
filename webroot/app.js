// Docket's upload page: submit files, follow each conversion live, and keep following it after a reload.
//
// Two sources tell us about a job: GET /api/jobs/{id} (the job hash, the truth) and events on the
// event-bus address jobs.<id> (hints that may race with a read). Both go through applyStatus(), which
// only ever moves a job forward, so a late event can never turn a completed job back into an active one.
// Job ids live in localStorage; on load and whenever the bridge (re)connects, every job is re-read and
// every unfinished one re-registered.

const API_JOBS = '/api/jobs';
const BRIDGE_URL = '/eventbus';
const STORAGE_KEY = 'docket.jobs';
const MAX_REMEMBERED_JOBS = 50;
const JOB_ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const TICK_INTERVAL_MS = 2000;
const REREAD_AFTER_MS_BRIDGE_OPEN = 30000;
const REREAD_AFTER_MS_BRIDGE_DOWN = 4000;
const STALE_EVENT_REREAD_DELAY_MS = 300;

const TERMINAL_STATES = new Set(['completed', 'failed', 'cancelled']);
const STATE_RANK = { queued: 0, active: 1, failed: 2, cancelled: 2, completed: 3 };
const STATE_LABELS = {
  loading: 'Checking',
  uploading: 'Uploading',
  rejected: 'Not accepted',
  queued: 'Waiting',
  active: 'Converting',
  completed: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** Plain words for every error code the server (or this page) can report. */
const ERROR_TEXT = {
  PAYLOAD_TOO_LARGE: 'This file is too large to upload. Try a smaller file.',
  UNSUPPORTED_FORMAT: 'Docket can’t convert this kind of file. It accepts PowerPoint presentations (.pptx, .ppt).',
  UNSUPPORTED_TARGET: 'This file can’t be converted to the format you chose.',
  ENCRYPTED_DOCUMENT: 'This document is protected by a password. Remove the password and upload it again.',
  CORRUPT_DOCUMENT: 'This file is damaged, or is not really the kind of file its name says, so it can’t be read.',
  DOCUMENT_TOO_LARGE: 'This document is too big to convert (too many pages, or pictures that are too large).',
  CONVERSION_FAILED: 'Something went wrong while converting this document.',
  BLOB_STORE_ERROR: 'The server couldn’t store or read the file. Try again in a little while.',
  TIMEOUT: 'The conversion took too long and was stopped.',
  CANCELLED: 'The conversion was cancelled.',
  LEASE_LOST: 'The worker converting this document stopped before it finished.',
  STALLED_LIMIT: 'The conversion kept stopping unexpectedly, so Docket gave up on this document.',
  BAD_REQUEST: 'The server didn’t understand the upload. Choose the file again and retry.',
  JOB_NOT_FOUND: 'The server no longer knows this conversion; it may have expired.',
  JOB_NOT_FINISHED: 'The result is not ready yet.',
  SERVICE_UNAVAILABLE: 'The server is busy or not ready. Try again in a moment.',
  INTERNAL_ERROR: 'Something went wrong on the server.',
  NETWORK_ERROR: 'The upload couldn’t reach the server or was cut off. Check your connection and try again; '
    + 'if the file is very large, it may be over the server’s size limit.',
};

/** The code to assume when an error answer has no JSON body (a proxy, or a connection cut early). */
const STATUS_CODES = {
  400: 'BAD_REQUEST',
  404: 'JOB_NOT_FOUND',
  409: 'JOB_NOT_FINISHED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_FORMAT',
  503: 'SERVICE_UNAVAILABLE',
};

// ---------------------------------------------------------------------------------------------------
// Page state: one entry per listed row.

/** id -> { id, name, addedAt, status, el, reading, readAgain, lastReadAt, lastAnnounced } */
const jobs = new Map();
/** Rows still uploading or refused at upload: element -> { xhr } */
const uploads = new Map();
const bridge = { eb: null, open: false, handlers: new Map() };

const $ = (id) => document.getElementById(id);
const part = (row, role) => row.querySelector(`[data-role="${role}"]`);

// ---------------------------------------------------------------------------------------------------
// Remembered jobs (localStorage)

function loadRememberedJobs() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || '[]');
    if (!Array.isArray(saved)) return [];
    return saved
      .filter((entry) => entry && typeof entry.id === 'string' && JOB_ID_PATTERN.test(entry.id))
      .sort((a, b) => (b.addedAt || 0) - (a.addedAt || 0));
  } catch {
    return [];
  }
}

function saveRememberedJobs() {
  const entries = [...jobs.values()]
    .map(({ id, name, addedAt }) => ({ id, name, addedAt }))
    .sort((a, b) => b.addedAt - a.addedAt)
    .slice(0, MAX_REMEMBERED_JOBS);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // Storage full or disabled (private browsing): the page still works, it just forgets on reload.
  }
}

// ---------------------------------------------------------------------------------------------------
// HTTP API

function parseJson(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function errorFromAnswer(status, body) {
  const error = body && body.error;
  return {
    code: (error && error.code) || STATUS_CODES[status] || (status >= 500 ? 'INTERNAL_ERROR' : `HTTP_${status}`),
    message: (error && error.message) || `The server answered ${status}.`,
  };
}

/**
 * Uploads one file with XMLHttpRequest (fetch cannot report upload progress).
 * Resolves with { status, body }; rejects only when no answer arrived at all.
 */
function uploadFile(file, target, onProgress) {
  const xhr = new XMLHttpRequest();
  const done = new Promise((resolve, reject) => {
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => resolve({ status: xhr.status, body: parseJson(xhr.responseText) });
    xhr.onerror = () => reject(new Error('network'));
    xhr.onabort = () => reject(new Error('aborted'));
  });
  const form = new FormData();
  if (target) form.append('target', target); // before the file, so a streaming server sees it first
  form.append('file', file, file.name);
  xhr.open('POST', API_JOBS);
  xhr.setRequestHeader('Accept', 'application/json');
  xhr.send(form);
  return { xhr, done };
}

async function fetchJob(id) {
  const response = await fetch(`${API_JOBS}/${encodeURIComponent(id)}`, {
    headers: { Accept: 'application/json' },
    cache: 'no-store',
  });
  return { status: response.status, body: parseJson(await response.text()) };
}

const resultUrl = (id) => `${API_JOBS}/${encodeURIComponent(id)}/result`;

// ---------------------------------------------------------------------------------------------------
// Event-bus bridge

function connectBridge() {
  const EventBus = globalThis.EventBus;
  if (typeof EventBus !== 'function' || typeof globalThis.SockJS !== 'function') {
    showBridgeStatus('unavailable');
    return;
  }
  const eb = new EventBus(BRIDGE_URL);
  eb.enableReconnect(true);
  eb.onopen = onBridgeOpen; // called on the first connection and on every reconnection
  eb.onreconnect = () => announce('Live updates are back.');
  eb.onclose = onBridgeClose;
  eb.onerror = () => {}; // the library would log to the console; a closed bridge shows in the page
  eb.onunhandled = () => {}; // e.g. an event still in flight for a job just removed from the list
  bridge.eb = eb;
}

function onBridgeOpen() {
  bridge.open = true;
  bridge.handlers.clear(); // a new SockJS connection starts with no registrations
  showBridgeStatus('open');
  for (const job of jobs.values()) {
    if (isTerminal(job.status)) continue;
    followJob(job);
    readJob(job.id); // we may have missed events while away: the job hash is the truth
  }
}

function onBridgeClose() {
  bridge.open = false;
  bridge.handlers.clear();
  showBridgeStatus('closed');
}

function followJob(job) {
  const address = `jobs.${job.id}`;
  if (!bridge.open || bridge.handlers.has(address) || isTerminal(job.status)) return;
  const handler = (err, message) => {
    if (err) {
      scheduleRead(job.id);
    } else if (message) {
      applyStatus(job.id, eventBody(message), 'event');
    }
  };
  bridge.eb.registerHandler(address, {}, handler);
  bridge.handlers.set(address, handler);
}

/** The event's body: a JSON object, or (if the server published it encoded) a JSON string. */
function eventBody(message) {
  return typeof message.body === 'string' ? parseJson(message.body) : message.body;
}

function unfollowJob(id) {
  const address = `jobs.${id}`;
  const handler = bridge.handlers.get(address);
  if (!handler) return;
  bridge.handlers.delete(address);
  if (bridge.open) bridge.eb.unregisterHandler(address, {}, handler);
}

// ---------------------------------------------------------------------------------------------------
// Job status: reading and merging

async function readJob(id) {
  const job = jobs.get(id);
  if (!job) return;
  if (job.reading) {
    job.readAgain = true;
    return;
  }
  job.reading = true;
  try {
    const { status, body } = await fetchJob(id);
    if (status === 404) {
      forgetJob(id, 'expired');
    } else if (status === 200 && body) {
      applyStatus(id, body, 'read');
    }
  } catch {
    // Server unreachable: keep showing the last known state; the ticker tries again.
  } finally {
    job.reading = false;
    job.lastReadAt = Date.now();
    if (job.readAgain && jobs.has(id)) {
      job.readAgain = false;
      readJob(id);
    }
  }
}

function scheduleRead(id) {
  const job = jobs.get(id);
  if (!job || job.readScheduled) return;
  job.readScheduled = true;
  setTimeout(() => {
    job.readScheduled = false;
    readJob(id);
  }, STALE_EVENT_REREAD_DELAY_MS);
}

const isTerminal = (status) => Boolean(status && TERMINAL_STATES.has(status.state));
const rankOf = (status) => STATE_RANK[status.state] ?? -1;
const numberOr = (value, fallback) => (Number.isFinite(value) ? value : fallback);

function percentOf(status) {
  if (status.state === 'completed') return 100;
  if (Number.isFinite(status.progress)) return Math.max(0, Math.min(100, Math.round(status.progress)));
  const total = numberOr(status.pagesTotal, 0);
  return total > 0 ? Math.round((100 * numberOr(status.pagesDone, 0)) / total) : 0;
}

/**
 * True when `next` says more than `current`: a later state, or the same state further along.
 * A read showing more attempts is a new attempt (a retry after a stall) and wins even though its
 * progress is lower. Nothing replaces `completed` except a fuller read of the same.
 */
function isNewer(current, next, source) {
  if (!current) return true;
  if (current.state === 'completed') return next.state === 'completed' && source === 'read';
  if (source === 'read' && numberOr(next.attempts, 0) > numberOr(current.attempts, 0)) return true;
  const rankDifference = rankOf(next) - rankOf(current);
  if (rankDifference !== 0) return rankDifference > 0;
  return percentOf(next) >= percentOf(current)
    && numberOr(next.pagesDone, 0) >= numberOr(current.pagesDone, 0);
}

/** Live fields: what events carry and what isNewer() compares. */
const LIVE_FIELDS = ['state', 'progress', 'pagesDone', 'pagesTotal', 'error', 'result'];

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
  return merged;
}

function applyStatus(id, next, source) {
  const job = jobs.get(id);
  if (!job || !next || typeof next.state !== 'string' || (next.id && String(next.id) !== id)) return;
  if (!isNewer(job.status, next, source)) {
    if (source === 'read') {
      job.status = withLiveFieldsOf(job.status, next);
      renderJob(job);
    } else if (!isTerminal(job.status)) {
      scheduleRead(id); // an event that looks older than what we show may be a new attempt: ask the truth
    }
    return;
  }
  const previous = job.status;
  job.status = mergeStatus(previous, next, source);
  if (job.status.input && job.status.input.name && job.status.input.name !== job.name) {
    job.name = job.status.input.name;
    saveRememberedJobs();
  }
  renderJob(job);
  announceChange(job, previous);
  if (isTerminal(job.status)) {
    unfollowJob(id);
    if (source === 'event') scheduleRead(id); // fetch the final hash (result size, finish time)
  } else {
    followJob(job);
  }
}

function forgetJob(id, reason) {
  const job = jobs.get(id);
  if (!job) return;
  unfollowJob(id);
  jobs.delete(id);
  saveRememberedJobs();
  removeRow(job.el);
  announce(reason === 'expired'
    ? `${job.name || id} is no longer known to the server and was removed from the list.`
    : `${job.name || id} was removed from the list.`);
}

// ---------------------------------------------------------------------------------------------------
// Uploading

function startUpload(file, target) {
  const row = createRow();
  row.dataset.state = 'uploading';
  part(row, 'name').textContent = file.name;
  part(row, 'meta').textContent = `${formatBytes(file.size)} · to ${target.toUpperCase()}`;
  setRemoveLabel(row, `Cancel the upload of ${file.name}`, 'Cancel');
  showUploadProgress(row, 0, file.size);
  insertRowFirst(row);

  const upload = uploadFile(file, target, (loaded, total) => showUploadProgress(row, loaded, total));
  uploads.set(row, upload);
  upload.done
    .then(({ status, body }) => {
      if (status === 202 && body && typeof body.id === 'string' && JOB_ID_PATTERN.test(body.id)) {
        acceptUpload(row, file, body);
      } else {
        rejectUpload(row, file, errorFromAnswer(status, body));
      }
    })
    .catch((err) => {
      if (err.message !== 'aborted') rejectUpload(row, file, { code: 'NETWORK_ERROR', message: 'No answer from the server.' });
    });
}

function acceptUpload(row, file, body) {
  uploads.delete(row);
  if (!row.isConnected) return; // removed while the answer was on its way
  const job = { id: body.id, name: file.name, addedAt: Date.now(), status: null, el: row, lastReadAt: 0 };
  row.dataset.jobId = job.id;
  jobs.set(job.id, job);
  saveRememberedJobs();
  setRemoveLabel(row, `Remove ${file.name} from the list`, 'Remove');
  applyStatus(job.id, { state: body.state || 'queued', attempts: 0 }, 'event');
  announce(`${file.name} uploaded. Waiting to convert.`);
  followJob(job);
  readJob(job.id);
}

function rejectUpload(row, file, error) {
  uploads.delete(row);
  if (!row.isConnected) return;
  row.dataset.state = 'rejected';
  part(row, 'badge').textContent = STATE_LABELS.rejected;
  part(row, 'bar').hidden = true;
  part(row, 'progress').textContent = 'The upload was not accepted.';
  showError(row, error);
  setRemoveLabel(row, `Remove ${file.name} from the list`, 'Remove');
  announce(`${file.name} was not accepted: ${plainError(error)}`);
}

// ---------------------------------------------------------------------------------------------------
// Rendering

function createRow() {
  const row = $('job-template').content.firstElementChild.cloneNode(true);
  const nameId = `job-name-${Math.random().toString(36).slice(2, 10)}`;
  part(row, 'name').id = nameId;
  part(row, 'bar').setAttribute('aria-labelledby', nameId);
  return row;
}

function insertRowFirst(row) {
  $('jobs').prepend(row);
  updateEmptyNote();
}

function appendRow(row) {
  $('jobs').append(row);
  updateEmptyNote();
}

function removeRow(row) {
  const hadFocus = row.contains(document.activeElement);
  const neighbour = row.nextElementSibling || row.previousElementSibling;
  row.remove();
  updateEmptyNote();
  if (hadFocus) (neighbour ? part(neighbour, 'remove') : $('file')).focus();
}

function updateEmptyNote() {
  $('jobs-empty').hidden = $('jobs').children.length > 0;
}

function setRemoveLabel(row, label, text) {
  const button = part(row, 'remove');
  button.textContent = text;
  button.setAttribute('aria-label', label);
}

function setBar(row, percent, valueText) {
  const bar = part(row, 'bar');
  bar.hidden = false;
  bar.setAttribute('aria-valuenow', String(percent));
  bar.setAttribute('aria-valuetext', valueText);
  part(row, 'bar-fill').style.width = `${percent}%`;
}

function showUploadProgress(row, loaded, total) {
  const percent = total > 0 ? Math.min(100, Math.round((100 * loaded) / total)) : 0;
  const text = total > 0 && loaded >= total
    ? `Uploaded ${formatBytes(total)}; the server is checking the file…`
    : `Uploading: ${formatBytes(loaded)} of ${formatBytes(total)} (${percent}%)`;
  part(row, 'badge').textContent = STATE_LABELS.uploading;
  part(row, 'progress').textContent = text;
  setBar(row, percent, text);
}

function renderJob(job) {
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
  part(row, 'badge').textContent = STATE_LABELS[state] || state;
  part(row, 'meta').textContent = describeInput(job);
  const text = progressText(status);
  part(row, 'progress').textContent = text;
  if (state === 'failed' || state === 'cancelled') {
    part(row, 'bar').hidden = true;
  } else {
    setBar(row, status ? percentOf(status) : 0, text);
  }
  renderError(row, status);
  renderResult(row, job);
}

function renderError(row, status) {
  if (status && status.state === 'failed') {
    showError(row, status.error || { code: 'UNKNOWN' });
  } else {
    part(row, 'error').hidden = true;
  }
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
  const link = part(row, 'download');
  link.href = resultUrl(job.id);
  link.setAttribute('aria-label', `Download the PDF of ${job.name || job.id}`);
  const bytes = job.status.result && job.status.result.bytes;
  part(row, 'result-size').textContent = Number.isFinite(bytes) ? `(${formatBytes(bytes)})` : '';
}

function progressText(status) {
  if (!status) return 'Checking the status…';
  const unit = unitOf(status);
  const done = numberOr(status.pagesDone, 0);
  const total = numberOr(status.pagesTotal, 0);
  switch (status.state) {
    case 'queued':
      return numberOr(status.attempts, 0) > 0 ? 'Waiting to try again…' : 'Waiting for a worker…';
    case 'active':
      return total > 0
        ? `Converting: ${done} of ${total} ${unit}s done (${percentOf(status)}%)`
        : 'Converting: reading the document…';
    case 'completed':
      return total > 0 ? `Done: ${total} ${total === 1 ? unit : `${unit}s`} converted.` : 'Done.';
    case 'failed':
      return 'The conversion failed.';
    case 'cancelled':
      return 'The conversion was cancelled.';
    default:
      return status.state;
  }
}

function unitOf(status) {
  const input = status.input || {};
  const name = (input.name || '').toLowerCase();
  const type = (input.type || '').toLowerCase();
  const isSlides = /\.(pptx?|ppsx?|potx?)$/.test(name) || /presentation|powerpoint|pptx?$/.test(type);
  return isSlides ? 'slide' : 'page';
}

function describeInput(job) {
  const status = job.status || {};
  const parts = [];
  if (status.input && Number.isFinite(status.input.bytes)) parts.push(formatBytes(status.input.bytes));
  parts.push('to PDF');
  const created = formatTime(status.createdAt) || formatTime(job.addedAt);
  if (created) parts.push(`added ${created}`);
  if (numberOr(status.attempts, 0) > 1) parts.push(`attempt ${status.attempts}`);
  return parts.join(' · ');
}

function plainError(error) {
  return ERROR_TEXT[error.code] || error.message || 'The conversion failed.';
}

function formatBytes(bytes) {
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

function formatTime(value) {
  if (value === undefined || value === null || value === '') return '';
  const date = typeof value === 'number' ? new Date(value < 1e12 ? value * 1000 : value) : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const sameDay = date.toDateString() === new Date().toDateString();
  return sameDay
    ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

function showBridgeStatus(state) {
  const element = $('bridge-status');
  element.dataset.state = state;
  element.textContent = {
    open: 'Live updates on.',
    closed: 'Live updates paused; reconnecting. Status is checked every few seconds meanwhile.',
    unavailable: 'Live updates unavailable; status is checked every few seconds.',
  }[state];
}

// ---------------------------------------------------------------------------------------------------
// Announcements (aria-live): state changes and every quarter of progress, not every slide.

function announce(message) {
  const announcer = $('announcer');
  announcer.textContent = '';
  setTimeout(() => {
    announcer.textContent = message;
  }, 50);
}

function announceChange(job, previous) {
  if (!previous) return; // first read after a page load: the list speaks for itself
  const status = job.status;
  const name = job.name || job.id;
  const quarter = status.state === 'active' ? Math.floor(percentOf(status) / 25) : -1;
  if (status.state !== previous.state) {
    const said = {
      active: `${name}: converting.`,
      completed: `${name}: done. The PDF is ready to download.`,
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

// ---------------------------------------------------------------------------------------------------
// Form, drop zone and list controls

function describeChosenFiles() {
  const files = [...$('file').files];
  $('file-chosen').textContent = files.length === 0
    ? ''
    : `Chosen: ${files.map((f) => `${f.name} (${formatBytes(f.size)})`).join(', ')}`;
  if (files.length > 0) $('form-error').hidden = true;
}

function onSubmit(event) {
  event.preventDefault();
  const input = $('file');
  const files = [...input.files];
  if (files.length === 0) {
    $('form-error').textContent = 'Choose a file to convert first.';
    $('form-error').hidden = false;
    input.focus();
    return;
  }
  const target = $('target').value;
  files.forEach((file) => startUpload(file, target));
  input.value = '';
  describeChosenFiles();
}

function onRemoveClick(event) {
  const button = event.target.closest('[data-role="remove"]');
  if (!button) return;
  const row = button.closest('.job');
  if (row.dataset.jobId) {
    forgetJob(row.dataset.jobId);
  } else {
    const upload = uploads.get(row);
    uploads.delete(row);
    if (upload) upload.xhr.abort();
    removeRow(row);
  }
}

function hasFiles(event) {
  return Boolean(event.dataTransfer) && [...event.dataTransfer.types].includes('Files');
}

function wireDropZone() {
  const zone = $('drop-zone');
  const setDragging = (on) => {
    zone.dataset.dragging = String(on);
  };
  zone.addEventListener('dragenter', (e) => {
    if (hasFiles(e)) setDragging(true);
  });
  zone.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  });
  zone.addEventListener('dragleave', (e) => {
    if (!zone.contains(e.relatedTarget)) setDragging(false);
  });
  zone.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    $('file').files = e.dataTransfer.files;
    describeChosenFiles();
  });
  // A file dropped beside the zone must not make the browser navigate away from the page.
  window.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
}

// ---------------------------------------------------------------------------------------------------
// Start

function restoreJobs() {
  for (const saved of loadRememberedJobs().slice(0, MAX_REMEMBERED_JOBS)) {
    if (jobs.has(saved.id)) continue;
    const row = createRow();
    row.dataset.jobId = saved.id;
    const job = {
      id: saved.id,
      name: typeof saved.name === 'string' ? saved.name : '',
      addedAt: numberOr(saved.addedAt, 0),
      status: null,
      el: row,
      lastReadAt: 0,
    };
    setRemoveLabel(row, `Remove ${job.name || job.id} from the list`, 'Remove');
    jobs.set(job.id, job);
    renderJob(job);
    appendRow(row);
    readJob(job.id);
  }
}

/** Re-reads unfinished jobs now and then: often while the bridge is down, rarely as a safety net. */
function tick() {
  const due = bridge.open ? REREAD_AFTER_MS_BRIDGE_OPEN : REREAD_AFTER_MS_BRIDGE_DOWN;
  const now = Date.now();
  for (const job of jobs.values()) {
    if (!isTerminal(job.status) && !job.reading && now - job.lastReadAt >= due) readJob(job.id);
  }
}

function start() {
  $('upload-form').addEventListener('submit', onSubmit);
  $('file').addEventListener('change', describeChosenFiles);
  $('jobs').addEventListener('click', onRemoveClick);
  wireDropZone();
  restoreJobs();
  updateEmptyNote();
  connectBridge();
  setInterval(tick, TICK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    jobs.forEach((job) => {
      if (!isTerminal(job.status)) readJob(job.id);
    });
  });
}

start();
