// Prints bench/queue's table from the "@@" result lines that bench/queue/run collected (one JSON object per
// line: config, round, system, variant, phase, rate, clientCallsPerJob, commandsPerJob, readsPerJob, ...).
//   node summarize.mjs results.jsonl BULLMQ_VERSION
import { readFileSync } from 'node:fs';

const [file, bullmqVersion = '?'] = process.argv.slice(2);
const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const configs = [...new Set(rows.map((r) => r.config))];
const variants = ['bullmq', ...new Set(rows.filter((r) => r.system === 'docket').map((r) => r.variant))];
const label = (v) => (v === 'bullmq' ? `BullMQ ${bullmqVersion}` : `Docket ${v}`);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const pick = (config, variant, phase) => rows.filter((r) => r.config === config && r.variant === variant && r.phase === phase);
const rounds = [...new Set(rows.map((r) => r.round))].sort();

// Docket's rate over the mean of the BullMQ runs just before and after it (same config, same phase).
function pairedRatios(config, variant, phase) {
  const ref = pick(config, 'bullmq', phase);
  return pick(config, variant, phase).map((r) => {
    const near = ref.filter((b) => Math.abs(b.seq - r.seq) === 1);
    return near.length ? r.rate / mean(near.map((b) => b.rate)) : null;
  }).filter((x) => x !== null);
}

function ratio(config, variant, phase) {
  const ratios = pairedRatios(config, variant, phase);
  if (!ratios.length) return '';
  const range = ratios.length > 1 ? ` (${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)})` : '';
  return `${median(ratios).toFixed(2)}${range}`;
}

const header = ['config', 'system', 'add jobs/s', 'process jobs/s', 'add ratio', 'process ratio',
  'calls/job add+proc', 'commands/job add+proc', 'socket reads/job add+proc', 'Redis CPU µs/job add+proc',
  'client CPU µs/job add+proc'];
const table = [header];
for (const config of configs) {
  for (const variant of variants) {
    const add = pick(config, variant, 'add');
    const proc = pick(config, variant, 'process');
    if (!add.length && !proc.length) continue;
    const m = (rs, k, d = 0) => (rs.length ? median(rs.map((r) => r[k])).toFixed(d) : '-');
    table.push([config, label(variant), m(add, 'rate'), m(proc, 'rate'),
      variant === 'bullmq' ? '1' : ratio(config, variant, 'add'),
      variant === 'bullmq' ? '1' : ratio(config, variant, 'process'),
      `${m(add, 'clientCallsPerJob', 2)} + ${m(proc, 'clientCallsPerJob', 2)}`,
      `${m(add, 'commandsPerJob', 1)} + ${m(proc, 'commandsPerJob', 1)}`,
      `${m(add, 'readsPerJob', 3)} + ${m(proc, 'readsPerJob', 3)}`,
      `${m(add, 'redisCpuUsPerJob', 1)} + ${m(proc, 'redisCpuUsPerJob', 1)}`,
      `${m(add, 'clientCpuUsPerJob', 1)} + ${m(proc, 'clientCpuUsPerJob', 1)}`]);
  }
}
const widths = header.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
const line = (r) => '| ' + r.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
console.log(line(table[0]));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
table.slice(1).forEach((r) => console.log(line(r)));
const jobs = rows[0]?.jobs;
const conc = rows[0]?.concurrency;
console.log(`\n${jobs} jobs, ${conc} in flight / concurrency ${conc}, ${rounds.length} round(s). Figures: medians over` +
  ' all runs. Ratio: Docket/BullMQ, each Docket run over the mean of the BullMQ runs just before and after it;' +
  ' median of those pairs, their range in brackets.');
console.log('calls/job: requests clients sent (EVALSHA, BRPOPLPUSH, BZPOPMIN, ...), the round trips of one job;' +
  ' commands/job: every command Redis ran, inside scripts too; socket reads/job: read events Redis served' +
  ' (below 1 when requests share a pipelined connection); CPU: redis-server\'s (INFO cpu) and the client' +
  ' process\'s (JVM or node) CPU time over the phase, per job, less sensitive to other load than jobs/s.');
const renewals = rows.filter((r) => r.system === 'docket' && r.phase === 'process');
if (renewals.length) {
  console.log(`lease ${renewals[0].leaseMs} ms; LeaseKeeper renewal rounds during process phases: ` +
    renewals.map((r) => r.leaseRenewalRounds).join(', ') +
    `; blocking takes (BRPOPLPUSH that returned a job) in shipped runs: ` +
    rows.filter((r) => r.variant === 'shipped' && r.phase === 'process').map((r) => r.blockingTakes).join(', '));
}
