import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCodesByAction } from '../../scripts/contract/error-codes.js';
import { withErrorSection } from '../../scripts/contract/error-section.js';
import { withParameterSection } from '../../scripts/contract/fidelity-doc.js';
import { classifyParameters } from '../../scripts/contract/parameter-section.js';
import { requestContract } from '../../src/contract/contract.js';
import { OPERATION_ROWS } from '../../src/operations/table.js';
import { SDK_OPERATIONS } from '../../src/sdk/index.js';
import { probeReads } from '../../src/shared/params.js';

const doc = readFileSync(new URL('../../docs/fidelity.md', import.meta.url), 'utf8');

describe("docs/fidelity.md's parameter list", () => {
  it('is what `npm run contract` generates from the operation table (run it after adding a row)', () => {
    expect(doc).toBe(withParameterSection(doc));
  });

  it('classifies every documented parameter of every served operation exactly once', () => {
    const classes = classifyParameters();
    expect(classes).toHaveLength(SDK_OPERATIONS.length);
    for (const c of classes) {
      const documented = (requestContract(c.action) ?? []).map((f) => f.wire).sort();
      expect([...c.modelled, ...c.stored, ...c.accepted].sort(), c.action).toEqual(documented);
    }
  });

  it('calls modelled what the reader reads, and accepted what it does not', () => {
    const createSnapshot = classifyParameters().find((c) => c.action === 'CreateSnapshot');
    expect(createSnapshot?.modelled).toContain('DiskId');
    expect(createSnapshot?.stored).toEqual(['ResourceGroupId']);
    expect(createSnapshot?.accepted).toContain('OwnerId');
    expect(createSnapshot?.accepted).not.toContain('ResourceGroupId');
    const createDisk = classifyParameters().find((c) => c.action === 'CreateDisk');
    expect(createDisk?.extras).toContain('DryRun');
  });

  it('calls stored only documented parameters the reader reads (a row cannot claim what it drops)', () => {
    for (const row of OPERATION_ROWS) {
      const read = new Set(probeReads(row.op.read));
      const documented = requestContract(row.action) ?? [];
      for (const wire of row.op.stores ?? []) {
        const field = documented.find((f) => f.wire === wire);
        expect(field, `${row.action} stores ${wire}`).toBeDefined();
        expect(read.has(field?.sdk ?? ''), `${row.action} reads ${wire}`).toBe(true);
      }
    }
    const stored = classifyParameters().flatMap((c) => c.stored.map((w) => `${c.action}.${w}`));
    expect(stored).toEqual(
      expect.arrayContaining(['RunInstances.HostName', 'CreateDisk.KMSKeyId']),
    );
  });
});

describe("docs/fidelity.md's error matrix", () => {
  // Deriving the codes builds a TypeScript program of src/ (seconds): once for both tests.
  let derived: ReadonlyMap<string, readonly string[]> | undefined;
  const codesByAction = () => {
    derived ??= errorCodesByAction();
    return derived;
  };

  it('is what `npm run contract` derives from the operations and the catalogue (run it after a change)', () => {
    expect(doc).toBe(withErrorSection(doc, codesByAction()));
  }, 120_000);

  it('finds the codes an operation writes in its transition and the helpers it calls', () => {
    const byAction = codesByAction();
    expect(byAction.get('DescribeTaskAttribute')).toEqual(
      expect.arrayContaining([
        'InvalidTaskId.NotFound',
        'InvalidRegionId.NotFound',
        'MissingParameter',
      ]),
    );
    expect(byAction.get('DeleteDisk')).toEqual(expect.arrayContaining(['DiskStillAttached']));
    expect(byAction.get('DescribeRegions')).not.toContain('MissingParameter');
    expect(byAction.get('ModifyDiskSpec')).toContain('DryRunOperation');
    expect(byAction.get('RunInstances')).toContain('IdempotentParameterMismatch');
  }, 120_000);
});
