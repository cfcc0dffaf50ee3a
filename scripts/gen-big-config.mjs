// A large hand-written-style JSON5 config for the scaling bench: comments
// throughout, 50 providers, `entries` in all (half model rows, half allowlist
// entries, one per row). Usage: node scripts/gen-big-config.mjs <entries> <file>
import fs from 'node:fs';

const entries = Number(process.argv[2] ?? 5000);
const file = process.argv[3];
const providers = 50;
const rowsPer = Math.max(1, Math.round(entries / 2 / providers));
const lines = ['// generated for the scaling bench: a large, commented openclaw.json', '{', '  // the agent defaults', '  agents: {', '    defaults: {', "      model: { primary: 'qwen/qwen3.5-plus', fallbacks: ['p0/model-0'] },", '      models: {'];
for (let p = 0; p < providers; p++) {
  lines.push(`        // provider p${p}`);
  for (let m = 0; m < rowsPer; m++) lines.push(`        'p${p}/model-${m}': { alias: 'Provider ${p} model ${m}', params: { temperature: 0.${m % 10}, maxTokens: 2048 } }, // entry ${m}`);
}
lines.push('      },', '    },', '  },', '  models: {', "    mode: 'merge',", '    providers: {');
for (let p = 0; p < providers; p++) {
  lines.push(`      /* provider ${p}: an aggregator with many models */`, `      p${p}: {`, `        baseUrl: 'https://p${p}.example.com/v1',`, "        api: 'openai-completions',", '        models: [');
  for (let m = 0; m < rowsPer; m++) {
    lines.push(`          { id: 'model-${m}', name: 'Model ${m} of provider ${p}', reasoning: ${m % 3 === 0}, input: ['text', 'image'],`);
    lines.push(`            cost: { input: 0.${m % 9}, output: 1.${m % 7}, cacheRead: 0, cacheWrite: 0 }, contextWindow: ${4096 * (1 + (m % 64))}, maxTokens: 4096 }, // row ${m}`);
  }
  lines.push('        ],', '      },');
}
lines.push('    },', '  },', '}', '');
fs.writeFileSync(file, lines.join('\n'));
