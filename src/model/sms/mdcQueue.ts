/**
 * The M/D/c queue in steady state — Poisson arrivals, c channels, every message taking the same
 * service time D — computed exactly (to ~10⁻¹²), for the SMS gateway's steady stream.
 *
 * Number in system. Sampled every D, N' = (N − c)⁺ + A with A ~ Poisson(a), a = λD = cρ (whoever is
 * in service leaves within D; whoever waits or arrives is still there), and this holds from any phase,
 * so its stationary law is the time-stationary one (which arrivals see: PASTA). Its PGF is
 *   P(z) = A(z)·K·Π_{k=0}^{c−1}(z − z_k) ÷ (z^c − A(z)),   A(z) = e^{a(z−1)},
 * where z_0 = 1 and z_1..z_{c−1} are the other roots of z^c = A(z) in the unit disk (Crommelin 1932),
 * each the fixed point of z = ω^k·e^{ρ(z−1)}, ω = e^{2πi/c} (a contraction: |d/dz| ≤ ρ), polished by
 * Newton; K = (c − a) ÷ Π_{k≥1}(1 − z_k) makes P(1) = 1. The probabilities p_n come from P on the unit
 * circle by an FFT of N points (half-step angles, so z = 1 is never a sample); N is chosen so that
 * P(queue ≥ N) < 10⁻¹³: the tail decays like τ⁻ⁿ with ln τ = ρ(τ − 1), τ > 1 (for every c).
 *
 * Waiting time (Crommelin's formula, all terms positive). With FCFS and equal services a message
 * waits ≤ x iff, for every j > x/D, fewer than jc others arrived in the (jD − x) before it. Writing
 * x = TD + (D − u), u ∈ (0, D], and Q(r) = P(N ≤ r + c):
 *   P(W ≤ x) = Σ_{k=0}^{(T+1)c−1} e^{−λu}(λu)^k/k! · Q((T+1)c − 1 − k).
 * For c = 1 this is Erlang's 1909 M/D/1 formula in a stable form. P(W > 0) = P(N ≥ c) and
 * E[W] = E[(N − c)⁺] ÷ λ (Little). Pure numbers, no randomness.
 */

const TAIL = 1e-13;

export interface MdcSolution {
  channels: number;
  rho: number;
  /** Q[n] = P(N ≤ n), n = 0..Q.length−1; 1 beyond. */
  cumulative: Float64Array;
  /** P(W > 0) = P(N ≥ c). */
  waitProbability: number;
  /** E[W] in service times D. */
  meanWaitInServices: number;
}

/** τ > 1 with ln τ = ρ(τ − 1): the queue length's geometric decay rate, by Newton from above. */
export function tailRoot(rho: number): number {
  let z = 1 + (2 * (1 - rho)) / rho + 1;
  for (let i = 0; i < 200; i++) {
    const f = Math.log(z) - rho * (z - 1);
    const step = f / (1 / z - rho);
    z -= step;
    if (z <= 1) z = 1 + 1e-12;
    if (Math.abs(step) < 1e-15 * z) break;
  }
  return z;
}

/** The c − 1 roots z_k (k = 1..c−1) of z^c = e^{cρ(z−1)} inside the unit disk, as re/im arrays. */
export function innerRoots(channels: number, rho: number): { re: Float64Array; im: Float64Array } {
  const re = new Float64Array(channels - 1);
  const im = new Float64Array(channels - 1);
  for (let k = 1; k < channels; k++) {
    const wr = Math.cos((2 * Math.PI * k) / channels);
    const wi = Math.sin((2 * Math.PI * k) / channels);
    // g(z) = z − ω^k e^{ρ(z−1)}; a few contraction steps from 0, then Newton (g' = 1 − ρ·ω^k e^{ρ(z−1)}).
    let zr = 0;
    let zi = 0;
    for (let it = 0; it < 100; it++) {
      const m = Math.exp(rho * (zr - 1));
      const er = m * Math.cos(rho * zi);
      const ei = m * Math.sin(rho * zi);
      const fr = wr * er - wi * ei; // ω^k e^{ρ(z−1)}
      const fi = wr * ei + wi * er;
      const gr = zr - fr;
      const gi = zi - fi;
      let nr: number;
      let ni: number;
      if (it < 8) {
        nr = fr;
        ni = fi;
      } else {
        const dr = 1 - rho * fr;
        const di = -rho * fi;
        const den = dr * dr + di * di;
        nr = zr - (gr * dr + gi * di) / den;
        ni = zi - (gi * dr - gr * di) / den;
      }
      const change = Math.hypot(nr - zr, ni - zi);
      zr = nr;
      zi = ni;
      if (it >= 8 && change < 1e-14) break;
    }
    re[k - 1] = zr;
    im[k - 1] = zi;
  }
  return { re, im };
}

/** In-place radix-2 FFT (forward, e^{−2πi nk/N}); n a power of two. */
function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j], re[i]];
      [im[i], im[j]] = [im[j], im[i]];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const ang = (-2 * Math.PI) / len;
    const wr = Math.cos(ang);
    const wi = Math.sin(ang);
    for (let i = 0; i < n; i += len) {
      let cr = 1;
      let ci = 0;
      for (let j = 0; j < len / 2; j++) {
        const ar = re[i + j + len / 2] * cr - im[i + j + len / 2] * ci;
        const ai = re[i + j + len / 2] * ci + im[i + j + len / 2] * cr;
        re[i + j + len / 2] = re[i + j] - ar;
        im[i + j + len / 2] = im[i + j] - ai;
        re[i + j] += ar;
        im[i + j] += ai;
        const t = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = t;
      }
    }
  }
}

/** Solves the M/D/c queue at utilisation ρ ∈ (0, 1) with `channels` channels (see the header). */
export function solveMdc(channels: number, rho: number): MdcSolution {
  const c = channels;
  const a = c * rho;
  const lnTau = Math.log(tailRoot(rho));
  let size = 64;
  while (size < Math.log(1 / TAIL) / lnTau + 4 * c + 16) size *= 2;
  const roots = innerRoots(c, rho);
  let kr = c - a; // K = (c − a) / Π(1 − z_k)
  let ki = 0;
  for (let k = 0; k < c - 1; k++) {
    const dr = 1 - roots.re[k];
    const di = -roots.im[k];
    const den = dr * dr + di * di;
    const nr = (kr * dr + ki * di) / den;
    ki = (ki * dr - kr * di) / den;
    kr = nr;
  }
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  for (let j = 0; j < size; j++) {
    const theta = (2 * Math.PI * (j + 0.5)) / size;
    const zr = Math.cos(theta);
    const zi = Math.sin(theta);
    // A(z) = e^{a(z−1)}, z^c, and K·A(z)·Π_{k=0}^{c−1}(z − z_k) ÷ (z^c − A(z)).
    const m = Math.exp(a * (zr - 1));
    const ar = m * Math.cos(a * zi);
    const ai = m * Math.sin(a * zi);
    const pr = Math.cos(c * theta);
    const pi = Math.sin(c * theta);
    let nr = kr * ar - ki * ai;
    let ni = kr * ai + ki * ar;
    let t = nr * (zr - 1) - ni * zi;
    ni = nr * zi + ni * (zr - 1);
    nr = t;
    for (let k = 0; k < c - 1; k++) {
      const fr = zr - roots.re[k];
      const fi = zi - roots.im[k];
      t = nr * fr - ni * fi;
      ni = nr * fi + ni * fr;
      nr = t;
    }
    const dr = pr - ar;
    const di = pi - ai;
    const den = dr * dr + di * di;
    re[j] = (nr * dr + ni * di) / den;
    im[j] = (ni * dr - nr * di) / den;
  }
  fft(re, im);
  // p_n = e^{−iπn/N} · FFT[n] ÷ N (the half-step angles), real up to rounding.
  const cumulative = new Float64Array(size);
  let q = 0;
  let queueMean = 0;
  for (let n = 0; n < size; n++) {
    const phase = (-Math.PI * n) / size;
    const p = Math.max(0, (re[n] * Math.cos(phase) - im[n] * Math.sin(phase)) / size);
    q = Math.min(1, q + p);
    cumulative[n] = q;
    if (n > c) queueMean += (n - c) * p;
  }
  return {
    channels: c,
    rho,
    cumulative,
    waitProbability: Math.max(0, 1 - cumulative[c - 1]),
    meanWaitInServices: queueMean / a,
  };
}

/** P(W > x) for x in service times D (x ≥ 0), by Crommelin's formula on a solved queue. */
export function mdcWaitSurvival(s: MdcSolution, x: number): number {
  if (x <= 0) return s.waitProbability;
  const c = s.channels;
  const lambdaD = c * s.rho; // arrivals per service time
  const T = Math.floor(x);
  const u = T + 1 - x; // in (0, 1]
  const top = (T + 1) * c - 1;
  const q = s.cumulative;
  const mean = lambdaD * u;
  // Poisson(mean) terms beyond mean + 12√mean + 30 are below 10⁻¹⁸ of the total.
  const kMax = Math.min(top, Math.ceil(mean + 12 * Math.sqrt(mean) + 30));
  let term = Math.exp(-mean);
  let sum = 0;
  for (let k = 0; k <= kMax; k++) {
    const index = top - k + c; // Q(r) = P(N ≤ r + c)
    sum += term * (index < q.length ? q[index] : 1);
    term *= mean / (k + 1);
  }
  return Math.max(0, 1 - sum);
}

/** Erlang C: P(wait) in M/M/c at utilisation ρ, by the stable recursion on Erlang B. */
export function erlangC(channels: number, rho: number): number {
  const a = channels * rho;
  let b = 1;
  for (let k = 1; k <= channels; k++) b = (a * b) / (k + a * b);
  return b / (1 - rho * (1 - b));
}
