import { describe, expect, it } from 'vitest';
import { issueProblemText, issueText, parseIssuePath } from '../../src/app/i18n/issueText.ts';
import { zhIssues } from '../../src/app/i18n/messagesIssues.zh.ts';
import { CHECK_NAMES } from '../../src/scenario/issueRule.ts';
import { BASELINE_ID, copyOfBuiltIn } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadScenario, type ValidationIssue } from '../../src/scenario/validate.ts';

function issues(edit: (doc: Scenario) => void): { doc: Scenario; issues: ValidationIssue[] } {
  const doc = copyOfBuiltIn(BASELINE_ID)!;
  edit(doc);
  const r = loadScenario(doc);
  return { doc, issues: r.ok ? [] : r.issues };
}

/** Latin words a Chinese message may hold: units, product names, and the values the user typed. */
const LATIN_ALLOWED = /^(vCPU|CPU|HA|GB|TB|Mbit|s|JSON|DDoS|YYYY|MM|DD|k|portal)$/;

/** Latin words outside “quotes” (names and values the user gave are quoted) and the typed values. */
function latinWords(text: string, typed: readonly string[]): string[] {
  let rest = text.replace(/“[^”]*”/g, '');
  for (const t of typed) rest = rest.replaceAll(t, '');
  return [...rest.matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]).filter((w) => !LATIN_ALLOWED.test(w));
}

describe('validation messages in the UI language', () => {
  it('name the field by its label and say the rule in Chinese and English', () => {
    const { doc, issues: found } = issues((d) => {
      d.compute.hosts[3].ramGb = -4;
    });
    expect(found).toHaveLength(1);
    expect(issueText(found[0], 'zh-CN', doc)).toBe(
      '计算资源 › 物理主机 › “host-04” › 内存：须 ≥ 1，当前为 -4',
    );
    expect(issueText(found[0], 'en', doc)).toBe(
      'Compute › Physical hosts › “host-04” › RAM: must be ≥ 1, got -4',
    );
    expect(issueProblemText(found[0], 'zh-CN')).toBe('须 ≥ 1，当前为 -4');
  });

  it('names options and cross-section checks in the language', () => {
    const { doc, issues: found } = issues((d) => {
      (d.compute.placement as { policy: string }).policy = 'worst-fit';
      d.compute.haReserveHosts = 16;
    });
    const zh = found.map((i) => issueText(i, 'zh-CN', doc));
    expect(zh.join('\n')).toContain('最佳适应');
    const hosts = copyOfBuiltIn(BASELINE_ID)!.compute.hosts.length;
    const { issues: cross } = issues((d) => {
      d.compute.haReserveHosts = hosts;
    });
    expect(issueText(cross[0], 'zh-CN')).toBe(
      `计算资源 › HA 预留主机数：须少于主机数 ${hosts}，当前为 ${hosts}`,
    );
    expect(issueText(cross[0], 'en')).toBe(
      `Compute › HA reserve hosts: must be fewer than the ${hosts} hosts, got ${hosts}`,
    );
  });

  it('leave no English sentence on a Chinese page, whatever is wrong', () => {
    const cases: ((d: Scenario) => void)[] = [
      (d) => {
        d.term.months = 0;
      },
      (d) => {
        d.term.months = 3.5;
      },
      (d) => {
        d.term.startDate = '2023-02-30';
      },
      (d) => {
        d.term.startDate = '23-1-1';
      },
      (d) => {
        d.contract.totalInclVatCny = '12';
      },
      (d) => {
        d.contract.vatRate = '1.5';
      },
      (d) => {
        (d.contract as { vatRate: unknown }).vatRate = 0.06;
      },
      (d) => {
        d.id = 'Not An Id';
      },
      (d) => {
        d.name = '';
      },
      (d) => {
        d.compute.systems[0].vms = [];
      },
      (d) => {
        (d as unknown as Record<string, unknown>).extra = 1;
      },
      (d) => {
        (d.compute as { hostFailure: unknown }).hostFailure = { kind: 'gamma', meanHours: 5 };
      },
      (d) => {
        d.compute.hosts[1].id = d.compute.hosts[0].id;
      },
      (d) => {
        d.storage.systems[0].systemId = 'nowhere';
      },
      (d) => {
        d.compute.systems[0].onboardMonth = 200;
      },
      (d) => {
        d.contract.installmentDueDates[1] = '2023-01-01';
      },
      (d) => {
        d.timeline.push({ kind: 'price-change', date: '2031-01-01', factor: '0.9' });
      },
      (d) => {
        d.timeline.push({ kind: 'onboard-system', date: '2024-01-01', systemId: d.compute.systems[0].id });
      },
      (d) => {
        d.timeline.push({ kind: 'exit-notice', date: '2025-03-01', exitDate: '2025-03-05' });
      },
      (d) => {
        d.compute.systems[0].vms[0].count = 4_990;
      },
      (d) => {
        d.sms.categories[0].intradayBatches = [
          { hour: 9, share: 0.8 },
          { hour: 10, share: 0.8 },
        ];
      },
      (d) => {
        d.compute.hostRepair = { kind: 'triangular', minHours: 5, modeHours: 2, maxHours: 9 };
      },
      (d) => {
        d.compute.systems[0].decommissionMonth = 0;
      },
      // The model-soundness bounds (boundsChecks.ts): refused with their figures, in the language.
      (d) => {
        d.compute.hostFailure = { kind: 'exponential', meanHours: 0.5 };
      },
      (d) => {
        d.database.nodeFailure = { kind: 'exponential', meanHours: 0.01 };
        d.database.nodeRepair = { kind: 'exponential', meanHours: 0.01 };
      },
      (d) => {
        d.storage.systems[0].primaryTb = 50_000;
        d.storage.systems[0].growth = { kind: 'compound', ratePerYear: 9 };
      },
      (d) => {
        d.contract.priceCatalog.calibrationFactor = '5000';
      },
      (d) => {
        d.timeline.push({ kind: 'price-change', date: '2024-01-01', factor: '5000' });
      },
    ];
    for (const edit of cases) {
      const { doc, issues: found } = issues(edit);
      expect(found.length, String(edit)).toBeGreaterThan(0);
      for (const issue of found) {
        expect(issue.rule?.code, issue.message).not.toBe('other');
        const typed = [
          issue.rule && 'got' in issue.rule && 'text' in issue.rule.got ? issue.rule.got.text : '',
        ];
        if (issue.rule?.code === 'check') typed.push(...Object.values(issue.rule.params).map(String));
        if (issue.rule?.code === 'unknownKeys') typed.push(...issue.rule.keys);
        const zh = issueText(issue, 'zh-CN', doc);
        expect(latinWords(zh, typed.filter(Boolean)), `${issue.message} → ${zh}`).toEqual([]);
      }
    }
  });

  it('has a message for every named check', () => {
    for (const name of CHECK_NAMES) expect(`issue.check.${name}` in zhIssues, name).toBe(true);
  });

  it('reads paths back into keys', () => {
    expect(parseIssuePath('compute.hosts[3].ramGb')).toEqual(['compute', 'hosts', 3, 'ramGb']);
    expect(parseIssuePath('')).toEqual([]);
    expect(parseIssuePath('a["odd key"].b')).toEqual(['a', 'odd key', 'b']);
  });
});
