import type { LinearRgb } from './srgb.ts';

/** CIE L*a*b* (D65): L 0–100, a and b roughly −128–127. */
export type Lab = [number, number, number];

// D65 reference white and the IEC 61966-2-1 linear-sRGB → XYZ matrix.
const XN = 0.95047;
const ZN = 1.08883;
const EPSILON = (6 / 29) ** 3;
const KAPPA_INV = 1 / (3 * (6 / 29) ** 2);

const f = (t: number) => (t > EPSILON ? Math.cbrt(t) : t * KAPPA_INV + 4 / 29);

export function linearToLab([r, g, b]: LinearRgb): Lab {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / XN;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / ZN;
  const fy = f(y);
  return [116 * fy - 16, 500 * (f(x) - fy), 200 * (fy - f(z))];
}

const DEG = 180 / Math.PI;
const RAD = Math.PI / 180;
const POW25_7 = 25 ** 7;

/**
 * CIEDE2000 colour difference (Sharma, Wu & Dalal 2005 formulation), kL = kC = kH = 1.
 * Works on precomputed Lab because the colorway checks compare every pair under every
 * deficiency: parsing colours per pair would dominate. ΔE00 ≈ 1 is a just-noticeable
 * difference for large patches; thin lines and small markers need far more.
 */
// At module level, not inside deltaE2000: a closure made on every call costs more than the
// arithmetic around it (the colorway suggestion calls deltaE2000 hundreds of thousands of times).
function hueDegrees(b: number, ap: number): number {
  return b === 0 && ap === 0 ? 0 : (Math.atan2(b, ap) * DEG + 360) % 360;
}

export function deltaE2000(lab1: Lab, lab2: Lab): number {
  const [l1, a1, b1] = lab1;
  const [l2, a2, b2] = lab2;
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const cBar7 = cBar ** 7;
  const g = 0.5 * (1 - Math.sqrt(cBar7 / (cBar7 + POW25_7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const h1p = hueDegrees(b1, a1p);
  const h2p = hueDegrees(b2, a2p);

  const dLp = l2 - l1;
  const dCp = c2p - c1p;
  let dhp = 0;
  if (c1p * c2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin((dhp / 2) * RAD);

  const lBarP = (l1 + l2) / 2;
  const cBarP = (c1p + c2p) / 2;
  let hBarP = h1p + h2p;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hBarP = (h1p + h2p) / 2;
    else hBarP = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos((hBarP - 30) * RAD) +
    0.24 * Math.cos(2 * hBarP * RAD) +
    0.32 * Math.cos((3 * hBarP + 6) * RAD) -
    0.2 * Math.cos((4 * hBarP - 63) * RAD);
  const dTheta = 30 * Math.exp(-(((hBarP - 275) / 25) ** 2));
  const cBarP7 = cBarP ** 7;
  const rc = 2 * Math.sqrt(cBarP7 / (cBarP7 + POW25_7));
  const lm50 = (lBarP - 50) ** 2;
  const sl = 1 + (0.015 * lm50) / Math.sqrt(20 + lm50);
  const sc = 1 + 0.045 * cBarP;
  const sh = 1 + 0.015 * cBarP * t;
  const rt = -Math.sin(2 * dTheta * RAD) * rc;
  const kl = dLp / sl;
  const kc = dCp / sc;
  const kh = dHp / sh;
  return Math.sqrt(kl * kl + kc * kc + kh * kh + rt * kc * kh);
}
