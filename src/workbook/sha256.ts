/**
 * SHA-256 (FIPS 180-4) in plain TypeScript. The fingerprint must be the same in the task pane (browser,
 * where Web Crypto is asynchronous and absent on plain http) and in the CLI, so we carry our own.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** Processes whole 64-byte blocks of `bytes` starting at `offset` into the state `h`. */
function compress(h: Uint32Array, w: Uint32Array, bytes: Uint8Array, offset: number, end: number): void {
  for (let p = offset; p < end; p += 64) {
    for (let i = 0; i < 16; i++) {
      const j = p + i * 4;
      w[i] =
        ((bytes[j] ?? 0) << 24) |
        ((bytes[j + 1] ?? 0) << 16) |
        ((bytes[j + 2] ?? 0) << 8) |
        (bytes[j + 3] ?? 0);
    }
    for (let i = 16; i < 64; i++) {
      const w15 = w[i - 15] ?? 0;
      const w2 = w[i - 2] ?? 0;
      const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
      const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
      w[i] = ((w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1) | 0;
    }
    let a = h[0] ?? 0;
    let b = h[1] ?? 0;
    let c = h[2] ?? 0;
    let d = h[3] ?? 0;
    let e = h[4] ?? 0;
    let f = h[5] ?? 0;
    let g = h[6] ?? 0;
    let hh = h[7] ?? 0;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + (K[i] ?? 0) + (w[i] ?? 0)) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = ((h[0] ?? 0) + a) | 0;
    h[1] = ((h[1] ?? 0) + b) | 0;
    h[2] = ((h[2] ?? 0) + c) | 0;
    h[3] = ((h[3] ?? 0) + d) | 0;
    h[4] = ((h[4] ?? 0) + e) | 0;
    h[5] = ((h[5] ?? 0) + f) | 0;
    h[6] = ((h[6] ?? 0) + g) | 0;
    h[7] = ((h[7] ?? 0) + hh) | 0;
  }
}

/** SHA-256 of bytes, as 64 lowercase hex digits. */
export function sha256Hex(bytes: Uint8Array): string {
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  const whole = bytes.length - (bytes.length % 64);
  compress(h, w, bytes, 0, whole);

  // Padding: the tail, 0x80, zeros, then the bit length as a 64-bit big-endian integer.
  const rest = bytes.length - whole;
  const tail = new Uint8Array(rest < 56 ? 64 : 128);
  tail.set(bytes.subarray(whole));
  tail[rest] = 0x80;
  const bitsHigh = Math.floor(bytes.length / 0x20000000);
  const bitsLow = (bytes.length * 8) >>> 0;
  const n = tail.length;
  tail[n - 8] = bitsHigh >>> 24;
  tail[n - 7] = (bitsHigh >>> 16) & 0xff;
  tail[n - 6] = (bitsHigh >>> 8) & 0xff;
  tail[n - 5] = bitsHigh & 0xff;
  tail[n - 4] = bitsLow >>> 24;
  tail[n - 3] = (bitsLow >>> 16) & 0xff;
  tail[n - 2] = (bitsLow >>> 8) & 0xff;
  tail[n - 1] = bitsLow & 0xff;
  compress(h, w, tail, 0, n);

  let hex = "";
  for (const word of h) hex += (word >>> 0).toString(16).padStart(8, "0");
  return hex;
}

/** SHA-256 of a string's UTF-8 bytes. */
export function sha256Text(text: string): string {
  return sha256Hex(new TextEncoder().encode(text));
}

/** A faster SHA-256 a platform offers (hex of bytes), e.g. node:crypto in the CLI. */
export type Sha256 = (bytes: Uint8Array) => string | Promise<string>;

let platformSha256: Sha256 | undefined;

/** Sets the platform's own SHA-256 (the CLI passes node:crypto's); fingerprints stay identical. */
export function setPlatformSha256(hash: Sha256 | undefined): void {
  platformSha256 = hash;
}

interface Subtle {
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
}

function webCrypto(): Subtle | undefined {
  const scope = globalThis as { crypto?: { subtle?: Subtle } };
  return scope.crypto?.subtle;
}

/**
 * SHA-256 (hex) of a string's UTF-8 bytes, by the fastest means at hand: the platform's hash set with
 * setPlatformSha256 (node:crypto in the CLI), else WebCrypto's crypto.subtle (Node, the pane over HTTPS, the
 * offline page), ten to twenty times faster than sha256Text (`npm run bench -- libraries`); sha256Text
 * where there is neither (a page served over plain HTTP is not a secure context and has no
 * crypto.subtle). The same digest in every case.
 */
export async function sha256TextFast(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  if (platformSha256) return platformSha256(bytes);
  const subtle = webCrypto();
  if (subtle) {
    const digest = new Uint8Array(await subtle.digest("SHA-256", bytes));
    let hex = "";
    for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
    return hex;
  }
  return sha256Hex(bytes);
}
