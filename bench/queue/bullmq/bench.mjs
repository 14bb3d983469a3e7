// BullMQ side of bench/queue: one Queue adds JOBS jobs with CONCURRENCY adds in flight, then one Worker
// with concurrency CONCURRENCY and an empty processor processes them. BullMQ's defaults otherwise: lock
// of LEASE_MS (default 30 s, BullMQ's own default) renewed at half of it, stalled check every 30 s,
// completed jobs kept. Prints one "@@ {json}" line per measured phase, with the same Redis counters as
// QueueBench.java. Each phase gives up after BENCH_PHASE_LIMIT_S (60) seconds.
//   node bench.mjs PORT [JOBS] [CONCURRENCY] [WARMUP]
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';

const [port, jobs = 20000, concurrency = 50, warmup = 4000] = process.argv.slice(2).map(Number);
const LEASE_MS = Number(process.env.LEASE_MS || 30000); // lockDuration; BullMQ renews at half of it
const PHASE_LIMIT_MS = Number(process.env.BENCH_PHASE_LIMIT_S || 60) * 1000;
const connection = { host: '127.0.0.1', port, maxRetriesPerRequest: null };
const probe = new IORedis(connection);
const data = { target: 'pdf', inputName: 'deck.pptx', inputType: 'pptx', inputBytes: 123456 };
const CLIENT_COMMANDS = new Set(['evalsha', 'eval', 'evalsha_ro', 'eval_ro', 'fcall', 'brpoplpush', 'blmove',
  'brpop', 'blpop', 'bzpopmin', 'bzpopmax', 'client|setname', 'client|setinfo', 'hello', 'ping', 'select',
  'multi', 'exec', 'script|load', 'info']);

function bounded(promise, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${PHASE_LIMIT_MS} ms`)), PHASE_LIMIT_MS);
  })]).finally(() => clearTimeout(timer));
}

async function snapshot() {
  const cpu = process.cpuUsage();
  const info = await probe.info('stats', 'commandstats', 'cpu');
  const num = (name) => Number((info.match(new RegExp(`^${name}:([\\d.]+)`, 'm')) || [0, 0])[1]);
  const calls = {};
  for (const m of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) calls[m[1]] = Number(m[2]);
  return { commands: num('total_commands_processed'), reads: num('total_reads_processed'),
    writes: num('total_writes_processed'), calls,
    redisCpuS: num('used_cpu_sys') + num('used_cpu_user'), clientCpuUs: cpu.user + cpu.system };
}

function emit(phase, seconds, n, before, after, extra = {}) {
  const calls = {};
  for (const [k, v] of Object.entries(after.calls)) {
    const d = v - (before.calls[k] || 0) - (k === 'info' ? 1 : 0);
    if (d > 0) calls[k] = d;
  }
  const clientCalls = Object.entries(calls).filter(([k]) => CLIENT_COMMANDS.has(k)).reduce((s, [, v]) => s + v, 0);
  const f = (x) => Number(x.toFixed(3));
  console.log('@@ ' + JSON.stringify({ system: 'bullmq', variant: 'bullmq', jobs: n, concurrency, phase,
    seconds: f(seconds), rate: f(n / seconds), clientCallsPerJob: f(clientCalls / n),
    commandsPerJob: f((after.commands - before.commands - 1) / n), readsPerJob: f((after.reads - before.reads - 1) / n),
    writesPerJob: f((after.writes - before.writes - 1) / n),
    redisCpuUsPerJob: f(((after.redisCpuS - before.redisCpuS) * 1e6) / n),
    clientCpuUsPerJob: f((after.clientCpuUs - before.clientCpuUs) / n), ...extra, calls }));
}

async function reset() {
  await probe.flushall('SYNC');
  if ((await probe.info('persistence')).includes('aof_enabled:1')) {
    await noRewrite();
    await probe.bgrewriteaof();
    await noRewrite();
  }
}

async function noRewrite() {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    const p = await probe.info('persistence');
    if (p.includes('aof_rewrite_in_progress:0') && p.includes('aof_rewrite_scheduled:0')) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('AOF rewrite did not finish in 30 s');
}

async function add(queue, n) {
  let issued = 0;
  async function lane() {
    while (issued < n) {
      issued++;
      await queue.add('noop', data);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, lane));
}

async function run(name, n, report) {
  await reset();
  const queue = new Queue(name, { connection });
  await queue.waitUntilReady();
  let before = await snapshot();
  let t0 = process.hrtime.bigint();
  await bounded(add(queue, n), 'add');
  let seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let after = await snapshot();
  const waiting = await queue.getWaitingCount();
  if (waiting !== n) throw new Error(`waiting ${waiting} after adding ${n}`);
  if (report) emit('add', seconds, n, before, after);

  before = await snapshot();
  t0 = process.hrtime.bigint();
  let completed = 0;
  let failed = 0;
  let worker;
  const done = new Promise((resolve) => {
    worker = new Worker(name, async () => {}, { connection, concurrency, lockDuration: LEASE_MS });
    worker.on('completed', () => { if (++completed === n) resolve(); });
    worker.on('failed', () => { failed++; });
    worker.on('error', (err) => console.error('worker error', err.message));
  });
  await bounded(done, 'process');
  seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  after = await snapshot();
  await worker.close();
  const counts = await queue.getJobCounts('completed', 'active', 'wait', 'failed');
  if (counts.completed !== n || counts.active || counts.wait || counts.failed || failed) {
    throw new Error(`after processing: ${JSON.stringify(counts)}, failed events ${failed}`);
  }
  if (report) emit('process', seconds, n, before, after, { leaseMs: LEASE_MS });
  await queue.close();
}

try {
  if (warmup > 0) await run('warmup', warmup, false);
  await run('bench', jobs, true);
  await reset();
} finally {
  probe.disconnect();
}
process.exit(0);
