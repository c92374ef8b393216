import { describe, expect, it } from 'vitest';
import { runErrorText } from '../../src/app/run/runErrorText.ts';
import { describeBudgetStop } from '../../src/model/runaway.ts';

describe('a run failure as the page shows it', () => {
  const message = describeBudgetStop(
    { kind: 'time', owner: 'network', ownerEvents: 0 },
    {
      replication: 3,
      when: '2031-03-01T00:00+08:00',
      limitText: { en: 'it used up its 20 s time budget', zh: '用尽20秒的时间预算' },
    },
  );

  it('shows the line of the page’s language of a message in both', () => {
    expect(runErrorText(message, 'en')).toMatch(
      /^Replication 3 was stopped .* the bandwidth model .* network\.events/,
    );
    expect(runErrorText(message, 'en')).not.toMatch(/[\u3400-\u9fff]/);
    expect(runErrorText(message, 'zh-CN')).toMatch(/^编号为3的重复运行.*带宽模型/);
  });

  it('never shows a stack: only the first line of any other message', () => {
    const stack =
      'TypeError: x is undefined\n    at f (https://h/assets/index-1.js:9:100)\n    at g (index.js:1:2)';
    expect(runErrorText(stack, 'en')).toBe('TypeError: x is undefined');
  });
});
