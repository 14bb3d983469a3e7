// Docket's operator dashboard: polls /api/stats, /api/workers and one page of one listing every 2 s,
// and offers retry, cancel and delete. When the server answers 401 it asks for an API key, keeps it in
// sessionStorage (this tab only) and sends it as a bearer token from then on.

import { ApiError, apiKey, operator, setApiKey } from './api.js';
import { renderThroughputChart, describe } from './chart.js';
import {
  $, renderCounts, renderDetail, renderJobTable, renderWorkers, say, selectTab, showRefreshStatus,
} from './dashboard-view.js';
import { formatTime, plainError } from './text.js';

const REFRESH_MS = 2000;
const PAGE_SIZE = 20;
const LISTINGS = ['active', 'queued', 'delayed', 'failed', 'completed', 'cancelled'];

const view = { listing: 'active', offset: 0 };
let timer = null;
let refreshing = false;
let refreshAgain = false;
let waitingForKey = false;

// ---- polling -------------------------------------------------------------------------------------

function schedule(delay = REFRESH_MS) {
  clearTimeout(timer);
  if (!waitingForKey) timer = setTimeout(refresh, delay);
}

async function refresh() {
  if (refreshing) {
    refreshAgain = true;
    return;
  }
  refreshing = true;
  clearTimeout(timer);
  try {
    const [stats, workers, page] = await Promise.all([
      operator.stats(), operator.workers(), operator.list(view.listing, view.offset, PAGE_SIZE)]);
    if (page.offset > 0 && page.items.length === 0 && page.total > 0) {
      view.offset = Math.max(0, Math.floor((page.total - 1) / PAGE_SIZE) * PAGE_SIZE); // the page emptied
      refreshAgain = true;
    }
    showBoard();
    renderCounts(stats);
    const series = Array.isArray(stats.series) ? stats.series : [];
    renderThroughputChart($('chart'), series);
    $('rate-summary').textContent = describe(series);
    renderWorkers(Array.isArray(workers.items) ? workers.items : []);
    keepingFocus(() => renderJobTable(view.listing, page));
    await refreshDetail();
    showRefreshStatus('open', `Updated ${formatTime(Date.now(), true)}`);
  } catch (err) {
    handleFailure(err);
  } finally {
    refreshing = false;
    if (refreshAgain) {
      refreshAgain = false;
      refresh();
    } else {
      schedule();
    }
  }
}

async function refreshDetail() {
  const dialog = $('job-detail');
  if (!dialog.open) return;
  try {
    renderDetail(await operator.job(dialog.dataset.id));
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 410)) {
      say(`This job no longer exists: ${plainError(err)}`, true);
    } else {
      throw err;
    }
  }
}

function handleFailure(err) {
  if (err instanceof ApiError && err.status === 401) {
    askForKey(apiKey() ? 'That key was not accepted. Check it and try again.' : '');
  } else if (err instanceof ApiError) {
    showRefreshStatus('closed', `The server answered with an error (${err.code}); retrying…`);
  } else {
    showRefreshStatus('closed', 'Can’t reach the server; retrying every 2 seconds…');
  }
}

/** Re-renders without losing the keyboard focus when the focused control survives the re-render. */
function keepingFocus(render) {
  const key = document.activeElement && document.activeElement.dataset && document.activeElement.dataset.focusKey;
  const inTable = key && $('job-table').contains(document.activeElement);
  render();
  if (!inTable) return;
  const again = $('job-table').querySelector(`[data-focus-key="${CSS.escape(key)}"]`);
  (again || $('job-panel')).focus();
}

// ---- authentication ------------------------------------------------------------------------------

function askForKey(message) {
  waitingForKey = true;
  clearTimeout(timer);
  setApiKey('');
  $('board').hidden = true;
  $('auth').hidden = false;
  $('forget-key').hidden = true;
  $('auth-error').textContent = message;
  $('auth-error').hidden = !message;
  showRefreshStatus('closed', 'Waiting for an API key.');
  const input = $('api-key');
  input.value = '';
  input.focus();
}

function showBoard() {
  const wasHidden = $('board').hidden;
  $('auth').hidden = true;
  $('board').hidden = false;
  $('forget-key').hidden = !apiKey();
  if (wasHidden && document.activeElement === $('api-key')) $('board').focus(); // the form just vanished
}

function onKeySubmit(event) {
  event.preventDefault();
  const key = $('api-key').value.trim();
  if (!key) {
    $('auth-error').textContent = 'Enter the key first.';
    $('auth-error').hidden = false;
    return;
  }
  setApiKey(key);
  waitingForKey = false;
  $('auth-error').hidden = true;
  showRefreshStatus('connecting', 'Checking the key…');
  refresh();
}

function onForgetKey() {
  setApiKey('');
  $('forget-key').hidden = true;
  refresh(); // a server that needs a key asks again; an open one just carries on
}

// ---- tabs and pages ------------------------------------------------------------------------------

function showListing(listing, focus = false) {
  view.listing = listing;
  view.offset = 0;
  selectTab(listing);
  if (focus) $(`tab-${listing}`).focus();
  refresh();
}

function onTabKey(event) {
  const index = LISTINGS.indexOf(view.listing);
  const next = {
    ArrowRight: (index + 1) % LISTINGS.length,
    ArrowLeft: (index + LISTINGS.length - 1) % LISTINGS.length,
    Home: 0,
    End: LISTINGS.length - 1,
  }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  showListing(LISTINGS[next], true);
}

function turnPage(delta) {
  view.offset = Math.max(0, view.offset + delta * PAGE_SIZE);
  refresh();
}

// ---- actions -------------------------------------------------------------------------------------

const nameOf = (button) => {
  const row = button.closest('tr');
  const label = row && row.querySelector('.link-button');
  return label ? label.textContent : ($('job-detail').open ? $('detail-heading').textContent : button.dataset.id);
};

function confirmDelete(name) {
  const dialog = $('confirm');
  $('confirm-text').textContent = `Delete “${name}” and its files? This cannot be undone.`;
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.showModal();
  });
}

async function act(action, id, name, inDialog) {
  try {
    if (action === 'open') {
      const dialog = $('job-detail');
      say('', true);
      renderDetail(await operator.job(id));
      if (!dialog.open) dialog.showModal();
      return;
    }
    if (action === 'retry') {
      await operator.retry(id);
      say(`${name}: queued again with a fresh attempt budget.`, inDialog);
    } else if (action === 'cancel') {
      const job = await operator.cancel(id);
      say(job && job.cancelRequested ? `${name}: its worker stops after the current page.` : `${name}: cancelled.`, inDialog);
    } else if (action === 'purge') {
      if (!(await confirmDelete(name))) return;
      await operator.purge(id);
      if ($('job-detail').open && $('job-detail').dataset.id === id) $('job-detail').close();
      say(`${name}: deleted with its files.`);
    }
    refresh();
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      if ($('job-detail').open) $('job-detail').close();
      askForKey('That key was not accepted. Check it and try again.');
    } else {
      const verb = { open: 'open', retry: 'retry', cancel: 'cancel', purge: 'delete' }[action];
      say(`Could not ${verb} ${name}: ${err instanceof ApiError ? `${plainError(err)} (${err.code})` : plainError({ code: 'NETWORK_ERROR' })}`, inDialog);
      refresh();
    }
  }
}

function onActionClick(event) {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  const dialog = $('job-detail');
  const inDialog = dialog.contains(button);
  if (inDialog && button.dataset.action === 'close') {
    dialog.close();
    return;
  }
  const id = inDialog ? dialog.dataset.id : button.dataset.id;
  act(button.dataset.action, id, nameOf(button), inDialog);
}

// ---- start ---------------------------------------------------------------------------------------

function start() {
  for (const tab of document.querySelectorAll('#tabs [role="tab"]')) {
    tab.addEventListener('click', () => showListing(tab.dataset.state));
  }
  $('tabs').addEventListener('keydown', onTabKey);
  $('page-prev').addEventListener('click', () => turnPage(-1));
  $('page-next').addEventListener('click', () => turnPage(1));
  $('job-panel').addEventListener('click', onActionClick);
  $('job-detail').addEventListener('click', onActionClick);
  $('auth-form').addEventListener('submit', onKeySubmit);
  $('forget-key').addEventListener('click', onForgetKey);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && !waitingForKey) refresh();
  });
  const wanted = new URLSearchParams(window.location.search).get('state');
  if (LISTINGS.includes(wanted)) view.listing = wanted;
  selectTab(view.listing);
  refresh();
}

start();
