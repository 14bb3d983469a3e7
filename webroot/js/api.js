// The HTTP API, as both pages use it. User calls (submit, read, cancel) need no credentials: a job id is
// a capability. Operator calls (listings, stats, workers, retry, purge) send the API key kept in this
// tab's sessionStorage as a bearer token, and fail with an ApiError whose status is 401 when it is
// missing or refused.

const API = '/api';
const API_KEY_STORAGE = 'docket.apiKey';

/** The code to assume when an error answer has no JSON body (a proxy, or a connection cut early). */
const STATUS_CODES = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  404: 'JOB_NOT_FOUND',
  409: 'JOB_STATE_CONFLICT',
  410: 'JOB_EXPIRED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_FORMAT',
  503: 'SERVICE_UNAVAILABLE',
};

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function parseJson(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** {code, message} from an error answer, whatever its body. */
export function errorFromAnswer(status, body) {
  const error = body && body.error;
  return {
    code: (error && error.code) || STATUS_CODES[status] || (status >= 500 ? 'INTERNAL_ERROR' : `HTTP_${status}`),
    message: (error && error.message) || `The server answered ${status}.`,
  };
}

const jobPath = (id) => `${API}/jobs/${encodeURIComponent(id)}`;
export const resultUrl = (id) => `${jobPath(id)}/result`;
export const thumbnailUrl = (id) => `${jobPath(id)}/thumbnail`;

/**
 * Uploads one file with XMLHttpRequest (fetch cannot report upload progress).
 * Returns { xhr, done }: done resolves with { status, body } and rejects only when no answer arrived
 * (Error 'network') or the upload was aborted (Error 'aborted').
 */
export function uploadFile(file, target, onProgress) {
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
  xhr.open('POST', `${API}/jobs`);
  xhr.setRequestHeader('Accept', 'application/json');
  xhr.send(form);
  return { xhr, done };
}

async function call(method, path, headers = {}) {
  const response = await fetch(path, {
    method,
    headers: { Accept: 'application/json', ...headers },
    cache: 'no-store',
  });
  return { status: response.status, body: parseJson(await response.text()) };
}

/** GET /api/jobs/{id}: { status, body } (200, 404, 410 ...). Rejects when the server is unreachable. */
export const fetchJob = (id) => call('GET', jobPath(id));

/** DELETE /api/jobs/{id}: 200 cancelled, 202 cancellation requested, 409 already finished. */
export const cancelJob = (id) => call('DELETE', jobPath(id));

// ---- operator calls -------------------------------------------------------------------------------

export function apiKey() {
  try {
    return sessionStorage.getItem(API_KEY_STORAGE) || '';
  } catch {
    return '';
  }
}

export function setApiKey(key) {
  try {
    if (key) sessionStorage.setItem(API_KEY_STORAGE, key);
    else sessionStorage.removeItem(API_KEY_STORAGE);
  } catch {
    // sessionStorage disabled: the key lasts until the next 401
  }
}

async function operatorCall(method, path, okStatuses = [200]) {
  const key = apiKey();
  const { status, body } = await call(method, path, key ? { Authorization: `Bearer ${key}` } : {});
  if (!okStatuses.includes(status)) {
    const error = errorFromAnswer(status, body);
    throw new ApiError(status, error.code, error.message);
  }
  return body;
}

export const operator = {
  stats: () => operatorCall('GET', `${API}/stats`),
  workers: () => operatorCall('GET', `${API}/workers`),
  list: (state, offset, limit) => operatorCall('GET',
    `${API}/jobs?state=${encodeURIComponent(state)}&offset=${offset}&limit=${limit}`),
  job: (id) => operatorCall('GET', jobPath(id)),
  retry: (id) => operatorCall('POST', `${jobPath(id)}/retry`, [202]),
  cancel: (id) => operatorCall('DELETE', jobPath(id), [200, 202]),
  purge: (id) => operatorCall('DELETE', `${jobPath(id)}?purge=true`, [204]),
};
