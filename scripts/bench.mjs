// `npm run bench`: every SPEC §8 figure, measured on this machine with hyperfine (Debian package `hyperfine`)
// and GNU time, written to bench/results.md. Not part of `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'openclaw.js');
const runs = Number(process.env.BENCH_RUNS ?? 30);
const need = (cmd) => {
  if (spawnSync('sh', ['-c', `command -v ${cmd}`]).status !== 0) {
    console.error(`bench: ${cmd} is not installed (apt-get install ${cmd === 'time' ? 'time' : cmd})`);
    process.exit(1);
  }
};
need('hyperfine');
if (!fs.existsSync('/usr/bin/time')) need('time');
if (!fs.existsSync(path.join(root, 'dist', 'main.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'openclaw-bench-'));
const env = { ...process.env, HOME: home, NO_COLOR: '1', DBUS_SESSION_BUS_ADDRESS: `unix:path=${home}/no-bus`, QWEN_API_KEY: 'sk-bench0123456789abcdefWXYZ' };
const node = process.execPath;
const cli = (args) => `${node} ${bin} ${args}`;
const stateDir = path.join(home, '.openclaw');
const configPath = path.join(stateDir, 'openclaw.json');
execFileSync(node, [bin, 'onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'file'], { env, stdio: 'ignore' });
const baseConfig = fs.readFileSync(configPath, 'utf8');

/** Median seconds of each command (the median, as the issue measured: one descheduled run on this shared 2-core machine moves a mean by several ms), in one hyperfine run so that the ratios share one machine state. */
function hyperfine(commands, prepare, opts = { warmup: 3, runs }) {
  const out = path.join(home, 'hf.json');
  const args = ['--shell=none', '--warmup', String(opts.warmup), '--runs', String(opts.runs), '--export-json', out, ...(prepare ? ['--prepare', prepare] : [])];
  for (const [name, command] of commands) args.push(`--command-name=${name}`, command);
  const r = spawnSync('hyperfine', args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`hyperfine failed (${r.status}): ${r.stderr} ${r.error ?? ''}`);
  return Object.fromEntries(JSON.parse(fs.readFileSync(out, 'utf8')).results.map((r) => [r.command, r.median]));
}

/** Peak RSS in MiB of one run (GNU time). */
function peakRss(command) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'sh', '-c', `${command} >/dev/null 2>&1`], { env, encoding: 'utf8' });
  return Number(r.stderr.trim().split('\n').at(-1)) / 1024;
}

const onboardFile = cli('onboard --non-interactive --auth-choice qwen-api-key --secret-store file');
const startup = [
  ['node -e 0', `${node} -e 0`, undefined],
  ['--version', cli('--version'), 1.2],
  ['__complete chat-model', cli('__complete chat-model'), 1.2],
  ['models list --provider qwen', cli('models list --provider qwen'), 1.4],
  ['models status --json', cli('models status --json'), 1.4],
  ['onboard --non-interactive … --secret-store file', onboardFile, 2.0],
];
/**
 * This VM's speed drifts by tens of percent within a minute (neighbours on the host), and hyperfine
 * runs its commands one after another: a slow minute that falls on one command moves its ratio more
 * than anything we change. So the start-up commands run in short rounds, each round one hyperfine
 * run of all of them with `node -e 0`, and a command's ratio is the median over the rounds of its
 * ratio within the round.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const perRound = [];
for (let round = 0; round < ROUNDS; round++) perRound.push(hyperfine(startup.map(([n, c]) => [n, c]), undefined, { warmup: 1, runs: Math.max(3, Math.round(runs / 6)) }));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const rows = [];
for (const [name, command, budget] of startup) {
  const rss = peakRss(command);
  const ratio = median(perRound.map((m) => m[name] / m['node -e 0']));
  const ms = median(perRound.map((m) => m[name])) * 1000;
  rows.push(`| ${name} | ${ms.toFixed(0)} ms | ${ratio.toFixed(2)}× | ${budget ? `≤ ${budget}×` : '—'} | ${rss.toFixed(0)} MiB | ${budget ? (ratio <= budget && rss <= 80 ? 'yes' : 'no') : ''} |`);
}

const scaling = [];
const scale = {};
for (const entries of [500, 5000, 50000]) {
  const big = path.join(home, `big-${entries}.json5`);
  execFileSync(node, [path.join(root, 'scripts', 'gen-big-config.mjs'), String(entries), big]);
  const size = fs.statSync(big).size;
  const restore = `cp ${big} ${configPath}`;
  fs.copyFileSync(big, configPath);
  const m = hyperfine(
    [
      ['models list --all', cli('models list --all')],
      ['models set', cli('models set qwen/glm-5')],
      ['onboard', onboardFile],
    ],
    restore,
  );
  const rss = {};
  for (const [name, command] of [['models list --all', cli('models list --all')], ['models set', cli('models set qwen/glm-5')], ['onboard', onboardFile]]) {
    fs.copyFileSync(big, configPath);
    rss[name] = peakRss(command);
  }
  scale[entries] = m;
  scaling.push(`| ${entries.toLocaleString('en')} (${(size / 1e6).toFixed(2)} MB) | ${['models list --all', 'models set', 'onboard'].map((n) => `${(m[n] * 1000).toFixed(0)} ms, ${rss[n].toFixed(0)} MiB`).join(' | ')} |`);
}
fs.writeFileSync(configPath, baseConfig);
const linear = ['models list --all', 'models set', 'onboard'].map((n) => `${n} ${(scale[50000][n] / scale[5000][n]).toFixed(1)}×`).join(', ');

// A store of 1,000 profiles (SPEC §8): every key is remembered by the scrubber, so the output pass is where a quadratic scan would show.
const storeHome = fs.mkdtempSync(path.join(os.tmpdir(), 'openclaw-bench-store-'));
// The seed era's JSON store: the file the scrubber and the list read whole.
const storeEnv = { ...env, HOME: storeHome, OPENCLAW_GATEWAY_VERSION: '2026.4.24' };
execFileSync(node, [bin, 'onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'file'], { env: storeEnv, stdio: 'ignore' });
const storePath = path.join(storeHome, '.openclaw', 'agents', 'main', 'agent', 'auth-profiles.json');
const store = JSON.parse(fs.readFileSync(storePath, 'utf8'));
for (let i = 0; i < 1000; i++) store.profiles[`qwen:p${i}`] = { type: 'api_key', provider: 'qwen', key: `sk-${i.toString(36).padStart(4, '0')}${'0123456789abcdefghijklmnopqrstuv'.slice(i % 16)}${i}` };
fs.writeFileSync(storePath, JSON.stringify(store), { mode: 0o600 });
const storeRows = [];
{
  const out = path.join(storeHome, 'hf.json');
  const commands = [['models auth list --json', cli('models auth list --json')], ['models status', cli('models status')]];
  const args = ['--shell=none', '--warmup', '2', '--runs', String(Math.max(5, Math.round(runs / 3))), '--export-json', out];
  for (const [name, command] of commands) args.push(`--command-name=${name}`, command);
  const r = spawnSync('hyperfine', args, { env: storeEnv, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`hyperfine failed: ${r.stderr}`);
  for (const result of JSON.parse(fs.readFileSync(out, 'utf8')).results) {
    const ms = result.median * 1000;
    storeRows.push(`| ${result.command} | ${ms.toFixed(0)} ms | ≤ 300 ms | ${ms <= 300 ? 'yes' : 'no'} |`);
  }
}
fs.rmSync(storeHome, { recursive: true, force: true });

/**
 * A 1 MB paste into the key prompt (SPEC §8: refused or accepted within 1 s), in a real terminal:
 * tmux runs the wizard, pastes the buffer, and the time is taken until the refusal is on screen.
 */
function pasteMs() {
  if (spawnSync('sh', ['-c', 'command -v tmux']).status !== 0) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openclaw-bench-paste-'));
  const socket = path.join(dir, 'sock');
  const tmux = (...args) => spawnSync('tmux', ['-S', socket, ...args], { encoding: 'utf8', timeout: 10_000 });
  const wait = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const screenMatches = (re, timeoutMs) => {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (re.test(tmux('capture-pane', '-p', '-J').stdout ?? '')) return true;
      wait(5);
    }
    return false;
  };
  try {
    const command = `env HOME=${dir} NO_COLOR=1 TERM=xterm-256color ${node} ${bin} onboard --auth-choice qwen-api-key --secret-store file --no-video --model qwen/qwen3.5-plus`;
    // The pane outlives the command, so the refusal is still on screen when it exits (kill-server ends it).
    tmux('new-session', '-d', '-x', '120', '-y', '40', `${command}; sleep 60`);
    if (!screenMatches(/Paste your/, 10_000)) return undefined;
    const file = path.join(dir, 'paste');
    fs.writeFileSync(file, 'x'.repeat(1024 * 1024));
    tmux('load-buffer', '-b', 'paste', file);
    const started = Date.now();
    tmux('paste-buffer', '-d', '-b', 'paste');
    return screenMatches(/no key is that long/, 30_000) ? Date.now() - started : Infinity;
  } finally {
    tmux('kill-server');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const paste = pasteMs();
const pasteRow = paste === undefined ? '| 1 MB paste into the key prompt | (tmux not installed) | ≤ 1000 ms | |' : `| 1 MB paste into the key prompt, until the refusal shows | ${paste === Infinity ? '> 30 s' : `${paste} ms`} | ≤ 1000 ms | ${paste <= 1000 ? 'yes' : 'no'} |`;

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const report = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, start-up: ${ROUNDS} rounds of hyperfine (${Math.max(3, Math.round(runs / 6))} runs each after 1 warm-up), the median of each round's ratio; scaling: hyperfine ${runs} runs after 3 warm-ups; peak RSS by GNU time.

## Start-up, as ratios to a bare \`node -e 0\` of the same run (SPEC §8)

| command | median | ratio | budget | peak RSS (≤ 80 MiB) | within |
|---|---|---|---|---|---|
${rows.join('\n')}

## Scaling: a generated JSON5 config (comments throughout, 50 providers, one allowlist entry per model row)

| entries (file size) | models list --all | models set | onboard |
|---|---|---|---|
${scaling.join('\n')}

50,000 entries against 5,000: ${linear} (budget: ≤ 10×, linear). Budget at 5,000 entries: ≤ 300 ms and ≤ 120 MiB each.

## A store of 1,000 profiles (every key remembered by the output scrubber)

| command | median | budget | within |
|---|---|---|---|
${storeRows.join('\n')}

## Input that grows (SPEC §8: linear)

| what | time | budget | within |
|---|---|---|---|
${pasteRow}
`;
fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench', 'results.md'), report);
console.log(report);
fs.rmSync(home, { recursive: true, force: true });
