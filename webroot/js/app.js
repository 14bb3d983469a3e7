// Docket's upload page: submit files, follow each conversion live, and keep following it after a reload.
// Wiring only: api.js talks HTTP, bridge.js the event bus, store.js remembers and merges, view.js draws.
//
// Job ids live in localStorage; on load and whenever the bridge (re)connects, every job is re-read and
// every unfinished one followed again. While the bridge is down, unfinished jobs are polled.

import { cancelJob, errorFromAnswer, fetchJob, uploadFile } from './api.js';
import { connectBridge } from './bridge.js';
import { JOB_ID_PATTERN, JobStore, isTerminal } from './store.js';
import { formatBytes, numberOr, plainError, targetLabel } from './text.js';
import {
  $, announce, announceChange, appendRow, createRow, describeChosenFiles, insertRowFirst, labelButtons, part,
  removeRow, renderJob, showBridgeStatus, showFormError, showRejected, showRowNote, showUploadProgress,
} from './view.js';

const TICK_INTERVAL_MS = 2000;
const REREAD_AFTER_MS_BRIDGE_OPEN = 30000;
const REREAD_AFTER_MS_BRIDGE_DOWN = 4000;
const STALE_EVENT_REREAD_DELAY_MS = 300;

const store = new JobStore();
/** Rows still uploading: element -> { xhr } */
const uploads = new Map();
let bridge = null;

// ---- reading and applying status -----------------------------------------------------------------

async function readJob(id) {
  const job = store.get(id);
  if (!job) return;
  if (job.reading) {
    job.readAgain = true;
    return;
  }
  job.reading = true;
  try {
    const { status, body } = await fetchJob(id);
    if (status === 200 && body) {
      applyStatus(id, body, 'read');
    } else if (status === 404 || status === 410) {
      // Deleted by an operator (404) or past the retention period (410): say so, keep the row until removed.
      applyStatus(id, { state: 'expired', error: errorFromAnswer(status, body) }, 'read');
    }
  } catch {
    // Server unreachable: keep showing the last known state; the ticker tries again.
  } finally {
    job.reading = false;
    job.lastReadAt = Date.now();
    if (job.readAgain && store.has(id)) {
      job.readAgain = false;
      readJob(id);
    }
  }
}

function scheduleRead(id) {
  const job = store.get(id);
  if (!job || job.readScheduled) return;
  job.readScheduled = true;
  setTimeout(() => {
    job.readScheduled = false;
    readJob(id);
  }, STALE_EVENT_REREAD_DELAY_MS);
}

function applyStatus(id, next, source) {
  const { changed, previous, stale } = store.apply(id, next, source);
  if (stale) scheduleRead(id); // an event that looks older than what we show may be a new attempt
  if (!changed) return;
  const job = store.get(id);
  renderJob(job);
  labelButtons(job.el, job.name || job.id);
  announceChange(job, previous);
  if (isTerminal(job.status)) {
    bridge.unfollow(id);
    if (source === 'event') scheduleRead(id); // fetch the final hash (result size, finish time)
  } else {
    bridge.follow(id);
  }
}

function forgetJob(id) {
  const job = store.get(id);
  if (!job) return;
  bridge.unfollow(id);
  store.delete(id);
  removeRow(job.el);
  announce(`${job.name || id} was removed from the list.`);
}

async function cancel(id) {
  const job = store.get(id);
  if (!job) return;
  const button = part(job.el, 'cancel');
  button.disabled = true;
  showRowNote(job.el, '');
  try {
    const { status, body } = await cancelJob(id);
    if ((status === 200 || status === 202) && body) {
      applyStatus(id, body, 'read');
      announce(status === 200 ? `${job.name}: cancelled.` : `${job.name}: stopping after the current slide.`);
    } else if (status === 409) {
      readJob(id); // it finished meanwhile
      showRowNote(job.el, 'Too late to cancel: the conversion had already finished.');
    } else {
      showRowNote(job.el, `Could not cancel: ${plainError(errorFromAnswer(status, body))}`);
    }
  } catch {
    showRowNote(job.el, `Could not cancel: ${plainError({ code: 'NETWORK_ERROR' })}`);
  } finally {
    button.disabled = false;
  }
}

// ---- uploading -----------------------------------------------------------------------------------

function startUpload(file, target) {
  const row = createRow();
  part(row, 'name').textContent = file.name;
  part(row, 'meta').textContent = `${formatBytes(file.size)} · to ${targetLabel(target)}`;
  labelButtons(row, file.name, true);
  showUploadProgress(row, 0, file.size);
  insertRowFirst(row);

  const upload = uploadFile(file, target, (loaded, total) => showUploadProgress(row, loaded, total));
  uploads.set(row, upload);
  upload.done
    .then(({ status, body }) => {
      uploads.delete(row);
      if (!row.isConnected) return; // removed while the answer was on its way
      if ((status === 202 || status === 200) && body && typeof body.id === 'string' && JOB_ID_PATTERN.test(body.id)) {
        acceptUpload(row, file, target, body);
      } else {
        rejectUpload(row, file, errorFromAnswer(status, body));
      }
    })
    .catch((err) => {
      uploads.delete(row);
      if (err.message !== 'aborted' && row.isConnected) {
        rejectUpload(row, file, { code: 'NETWORK_ERROR', message: 'No answer from the server.' });
      }
    });
}

function acceptUpload(row, file, target, body) {
  const job = { id: body.id, name: file.name, target, addedAt: Date.now(), status: null, el: row, lastReadAt: 0 };
  row.dataset.jobId = job.id;
  store.add(job);
  labelButtons(row, file.name);
  applyStatus(job.id, { state: body.state || 'queued', attempts: 0, target }, 'event');
  announce(`${file.name} uploaded. Waiting to convert.`);
  readJob(job.id);
}

function rejectUpload(row, file, error) {
  showRejected(row, error);
  labelButtons(row, file.name);
  announce(`${file.name} was not accepted: ${plainError(error)}`);
}

// ---- controls ------------------------------------------------------------------------------------

function onSubmit(event) {
  event.preventDefault();
  const input = $('file');
  const files = [...input.files];
  if (files.length === 0) {
    showFormError('Choose one or more files to convert first.');
    input.focus();
    return;
  }
  const target = $('target').value;
  files.forEach((file) => startUpload(file, target));
  input.value = '';
  describeChosenFiles();
}

function onListClick(event) {
  const button = event.target.closest('button[data-role]');
  if (!button) return;
  const row = button.closest('.job');
  const id = row.dataset.jobId;
  if (button.dataset.role === 'cancel') {
    if (id) {
      cancel(id);
    } else {
      const upload = uploads.get(row);
      uploads.delete(row);
      if (upload) upload.xhr.abort();
      removeRow(row);
      announce('Upload stopped.');
    }
  } else if (button.dataset.role === 'remove') {
    if (id) forgetJob(id);
    else removeRow(row);
  }
}

const hasFiles = (event) => Boolean(event.dataTransfer) && [...event.dataTransfer.types].includes('Files');

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

// ---- start ---------------------------------------------------------------------------------------

function restoreJobs() {
  for (const saved of JobStore.remembered()) {
    if (store.has(saved.id)) continue;
    const row = createRow();
    row.dataset.jobId = saved.id;
    const job = {
      id: saved.id,
      name: typeof saved.name === 'string' ? saved.name : '',
      target: typeof saved.target === 'string' ? saved.target : 'pdf',
      addedAt: numberOr(saved.addedAt, 0),
      status: null,
      el: row,
      lastReadAt: 0,
    };
    store.add(job, false);
    labelButtons(row, job.name || job.id);
    renderJob(job);
    appendRow(row);
    readJob(job.id);
  }
}

/** Re-reads unfinished jobs now and then: often while the bridge is down, rarely as a safety net. */
function tick() {
  const due = bridge.isOpen() ? REREAD_AFTER_MS_BRIDGE_OPEN : REREAD_AFTER_MS_BRIDGE_DOWN;
  const now = Date.now();
  for (const job of store.values()) {
    if (!isTerminal(job.status) && !job.reading && now - job.lastReadAt >= due) readJob(job.id);
  }
}

function start() {
  $('upload-form').addEventListener('submit', onSubmit);
  $('file').addEventListener('change', describeChosenFiles);
  $('jobs').addEventListener('click', onListClick);
  wireDropZone();
  bridge = connectBridge({
    onOpen() {
      showBridgeStatus('open');
      for (const job of store.values()) {
        if (isTerminal(job.status)) continue;
        bridge.follow(job.id);
        readJob(job.id); // we may have missed events while away: the job hash is the truth
      }
    },
    onClose: () => showBridgeStatus('closed'),
    onReconnect: () => announce('Live updates are back.'),
    onEvent: (id, body) => applyStatus(id, body, 'event'),
    onError: (id) => scheduleRead(id),
  });
  if (!bridge.available) showBridgeStatus('unavailable');
  restoreJobs();
  setInterval(tick, TICK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    for (const job of store.values()) {
      if (!isTerminal(job.status)) readJob(job.id);
    }
  });
}

start();
