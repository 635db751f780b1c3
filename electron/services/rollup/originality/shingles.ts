/**
 * Rolling hashes of every k-character shingle of a folded text. Two 32-bit polynomial hashes
 * (different odd bases, arithmetic mod 2³² through Math.imul) are folded into one 53-bit key, so a
 * key is an exact JS number: it can be sorted in a Float64Array and kept in a Set without strings.
 * Keys only propose candidates; every match is confirmed character by character afterwards.
 */
const BASE_1 = 1_000_003;
const BASE_2 = 911_382_323;

export function shingleKeys(codes: Int32Array, k: number): Float64Array {
  const count = codes.length - k + 1;
  if (count <= 0 || k <= 0) return new Float64Array(0);
  const keys = new Float64Array(count);
  let power1 = 1;
  let power2 = 1;
  for (let i = 1; i < k; i++) {
    power1 = Math.imul(power1, BASE_1);
    power2 = Math.imul(power2, BASE_2);
  }
  let hash1 = 0;
  let hash2 = 0;
  for (let i = 0; i < k; i++) {
    hash1 = (Math.imul(hash1, BASE_1) + codes[i]!) | 0;
    hash2 = (Math.imul(hash2, BASE_2) + codes[i]!) | 0;
  }
  keys[0] = (hash1 >>> 11) * 0x1_0000_0000 + (hash2 >>> 0);
  for (let i = 1; i < count; i++) {
    const leaving = codes[i - 1]!;
    const entering = codes[i + k - 1]!;
    hash1 = (Math.imul((hash1 - Math.imul(leaving, power1)) | 0, BASE_1) + entering) | 0;
    hash2 = (Math.imul((hash2 - Math.imul(leaving, power2)) | 0, BASE_2) + entering) | 0;
    keys[i] = (hash1 >>> 11) * 0x1_0000_0000 + (hash2 >>> 0);
  }
  return keys;
}
