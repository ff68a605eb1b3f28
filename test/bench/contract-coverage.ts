// Reports, for every operation fake-ecs serves, the share of its documented request parameters
// accepted by default and the share of its response model's fields present in its answer.
//   npx tsx --conditions=fake-ecs-source test/bench/contract-coverage.ts

import { measureAll } from '../fixtures/contract-coverage.js';

const measured = measureAll();
const pct = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
let parameters = 0;
let accepted = 0;
let fields = 0;
let present = 0;
for (const m of measured) {
  parameters += m.parameters;
  accepted += m.parameters - m.refused.length;
  fields += m.fields;
  present += m.fields - m.missing.length;
  console.log(
    `${m.action.padEnd(30)} parameters ${pct(m.parameters - m.refused.length, m.parameters).padStart(6)} of ${String(m.parameters).padStart(3)}` +
      `  response fields ${pct(m.fields - m.missing.length, m.fields).padStart(6)} of ${String(m.fields).padStart(3)}` +
      (m.refused.length ? `  refused: ${m.refused.join(', ')}` : '') +
      (m.missing.length ? `  missing: ${m.missing.join(', ')}` : ''),
  );
}
console.log(
  `\nall ${measured.length} operations: parameters accepted ${accepted}/${parameters} (${pct(accepted, parameters)}), response fields present ${present}/${fields} (${pct(present, fields)})`,
);
