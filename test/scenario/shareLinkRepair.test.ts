/**
 * Link manglings seen in chat apps and mail (issue 13): each is repaired to the exact link, or the
 * link is refused — never opened as something else.
 */
import { describe, expect, it } from 'vitest';
import { BASELINE_ID, copyOfBuiltIn } from '../../src/scenario/library.ts';
import { findShareLink } from '../../src/scenario/shareLinkRepair.ts';
import { openShareText } from '../../src/scenario/shareText.ts';
import { encodeAgainst, encodeShareHash } from '../../src/scenario/shareUrl.ts';

const scenario = copyOfBuiltIn('renewal-2026-right-size')!;
scenario.contract.quotas.vcpu = 520;
const HASH = encodeShareHash(scenario, 'renewal-2026-right-size', { risk: 'cautious', view: 'results' });
const BODY = HASH.slice(3); // after '#s='
const ORIGIN = 'https://planner.luohe.example/';

describe('finding a share link in what was opened', () => {
  it('takes a clean address as it is, with nothing repaired', () => {
    expect(findShareLink(`${ORIGIN}#${HASH.slice(1)}`)).toEqual({ hash: HASH, repairs: [] });
    expect(findShareLink(HASH)).toEqual({ hash: HASH, repairs: [] });
    expect(findShareLink(`${ORIGIN}?view=results`)).toBeNull();
    expect(findShareLink('')).toBeNull();
  });

  it.each([
    ['%23s= (the # percent-encoded)', `${ORIGIN}%23s=${BODY}`, ['encoded-hash']],
    ['%2523s= (encoded twice)', `${ORIGIN}%2523s=${BODY}`, ['encoded-hash']],
    ['the # turned into a query', `${ORIGIN}?s=${BODY}`, ['encoded-hash']],
    ['a full stop after it', `${ORIGIN}#s=${BODY}.`, ['trailing-characters']],
    ['a closing bracket and full stop', `${ORIGIN}#s=${BODY}).`, ['trailing-characters']],
    ['Chinese punctuation', `${ORIGIN}#s=${BODY}。`, ['trailing-characters']],
    ['Chinese comma, encoded', `${ORIGIN}#s=${BODY}%EF%BC%8C`, ['trailing-characters']],
    ['a quote', `${ORIGIN}#s=${BODY}"`, ['trailing-characters']],
    ['tracking parameters', `${ORIGIN}#s=${BODY}&utm_source=wechat`, ['trailing-characters']],
    ['then text after a space', `${ORIGIN}#s=${BODY} see you at 3`, ['trailing-characters']],
    ['a line break in the middle', `${ORIGIN}#s=${BODY.slice(0, 40)}\n${BODY.slice(40)}`, ['whitespace']],
    ['a CRLF in the middle', `${ORIGIN}#s=${BODY.slice(0, 25)}\r\n${BODY.slice(25)}`, ['whitespace']],
    ['an encoded line break', `${ORIGIN}#s=${BODY.slice(0, 30)}%0A${BODY.slice(30)}`, ['whitespace']],
    ['a zero-width space', `${ORIGIN}#s=${BODY.slice(0, 50)}\u200b${BODY.slice(50)}`, ['whitespace']],
    ['an encoded full stop', `${ORIGIN}#s=${BODY.replace('.', '%2E')}`, ['percent-encoding']],
    [
      'several at once',
      `${ORIGIN}%23s=${BODY.slice(0, 33)}%0D%0A${BODY.slice(33)}),`,
      ['encoded-hash', 'whitespace', 'trailing-characters'],
    ],
  ])('repairs %s', (_name, text, repairs) => {
    const found = openShareText(text);
    expect(found.found).toBe(true);
    if (!found.found) return;
    expect(found.hash).toBe(HASH);
    expect([...found.repairs].sort()).toEqual([...repairs].sort());
    expect(found.decoded.ok && found.decoded.scenario).toEqual(scenario);
  });

  it('repairs an old (format 1) link with a full stop after it', () => {
    const old = encodeAgainst(scenario, BASELINE_ID, copyOfBuiltIn(BASELINE_ID), 1, undefined, 1);
    const found = openShareText(`${ORIGIN}${old}.`);
    expect(found.found && found.hash).toBe(old);
    expect(found.found && found.decoded.ok && found.decoded.checked).toBe(false);
  });

  it.each([
    ['cut before its checksum', HASH.slice(0, HASH.lastIndexOf('.')), 'truncated'],
    ['cut inside its checksum', HASH.slice(0, -3), 'truncated'],
    ['cut inside its data (an auto-linker stopping at a dash)', HASH.slice(0, 60), 'truncated'],
    [
      'one character changed',
      HASH.slice(0, 40) + (HASH[40] === 'Q' ? 'R' : 'Q') + HASH.slice(41),
      'checksum',
    ],
    ['lower-cased by a mail client', HASH.toLowerCase(), 'checksum'],
  ])('refuses a link %s', (_name, hash, code) => {
    const found = openShareText(`${ORIGIN}${hash}`);
    expect(found.found).toBe(true);
    if (!found.found) return;
    expect(found.decoded.ok ? 'opened' : found.decoded.error.code).toBe(code);
  });
});
