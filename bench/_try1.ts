import { generateWorkbook, AS_OF } from '/work/main/bench/generate';
import { lint, loadConfig } from '/work/main/shared';
const c = loadConfig({ asOf: AS_OF }); if (!c.ok) throw new Error('cfg');
for (const n of [10_000, 100_000]) {
  let t = performance.now();
  const wb = generateWorkbook(n);
  console.log('gen', n, (performance.now()-t).toFixed(0), 'ms');
  t = performance.now();
  const r = lint(wb, c.config);
  console.log('lint', (performance.now()-t).toFixed(0), 'ms', r.diagnostics.length, r.sheets);
  const counts: Record<string, number> = {};
  for (const d of r.diagnostics) counts[d.ruleId] = (counts[d.ruleId]??0)+1;
  console.log(counts);
  if (n === 10_000) { const seen = new Set(); for (const d of r.diagnostics) { if (seen.has(d.ruleId)) continue; seen.add(d.ruleId); console.log(d.ruleId, d.message); } }
}
