import { describe, expect, it } from 'vitest';
import { inputChanges, labelOfPathText } from '../../src/app/results/inputChanges.ts';
import { BASELINE_ID, copyOfBuiltIn } from '../../src/scenario/library.ts';

describe('what changed since a result', () => {
  it('names each changed field with its labels and both values', () => {
    const before = copyOfBuiltIn(BASELINE_ID)!;
    const after = copyOfBuiltIn(BASELINE_ID)!;
    after.contract.quotas.vcpu = 520;
    after.compute.hosts[3].ramGb = 128;
    after.name = 'Other';
    const changes = inputChanges(before, after, 'en');
    expect(changes.map((c) => c.path)).toEqual(['name', 'contract.quotas.vcpu', 'compute.hosts[3].ramGb']);
    expect(changes[1]).toEqual({
      path: 'contract.quotas.vcpu',
      label: 'Contract › Quotas › vCPU',
      before: '494',
      after: '520',
    });
    expect(changes[2].label).toBe('Compute › Physical hosts › #4 › RAM');
    expect(changes[0].before).toMatch(/^“Luohe/);
    expect(inputChanges(before, before, 'en')).toEqual([]);
  });

  it('labels a draft’s path in the UI language', () => {
    expect(labelOfPathText('contract.quotas.ramGb', 'zh-CN')).toBe('合同 › 配额 › 内存');
    expect(labelOfPathText('compute.hosts[3].ramGb', 'en')).toBe('Compute › Physical hosts › #4 › RAM');
    expect(labelOfPathText('contract.quotas.ramGb', 'en')).toBe('Contract › Quotas › RAM');
    expect(labelOfPathText('contract.quotas.smsPerYear', 'en')).toBe('Contract › Quotas › SMS per year');
    expect(labelOfPathText('compute.systems[0].vms[1].count', 'en')).toBe(
      'Compute › Systems › #1 › VM sizes › #2 › VMs',
    );
  });
});
