//! Randomness the generator can replay anywhere: a seeded SplitMix64 (the same seed gives
//! the same programs on every machine and with any number of jobs), and a source that
//! reads a fuzzer's bytes so that libFuzzer can steer the very same generator.

/// Where the generator's choices come from.
pub trait Entropy {
    /// The next 64 random bits.
    fn next_u64(&mut self) -> u64;
}

/// SplitMix64 (Steele, Lea and Flood): tiny, fast, and fully specified, so a seed means
/// the same program on every platform and in every version of this crate's dependencies.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    /// The generator for program `index` of a campaign with `seed`: independent of the
    /// order programs are run in, so `--jobs` never changes which programs are tried.
    pub fn for_program(seed: u64, index: u64) -> SplitMix64 {
        let mut mix = SplitMix64(index.wrapping_mul(0xA076_1D64_78BD_642F) ^ seed);
        let derived = mix.next_u64() ^ SplitMix64(seed).next_u64();
        SplitMix64(derived)
    }
}

impl Entropy for SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Choices read from a byte string (a fuzzer's input), two bytes per choice. When the bytes
/// run out every choice is 0, which the generator always maps to its simplest option, so a
/// short input still gives a small, finished program.
#[derive(Clone, Debug)]
pub struct ByteEntropy<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> ByteEntropy<'a> {
    /// Entropy read from `data` (zeroes once it runs out).
    pub fn new(data: &'a [u8]) -> ByteEntropy<'a> {
        ByteEntropy { data, pos: 0 }
    }
}

impl Entropy for ByteEntropy<'_> {
    fn next_u64(&mut self) -> u64 {
        let mut v = 0u64;
        for _ in 0..2 {
            let b = self.data.get(self.pos).copied().unwrap_or(0);
            self.pos += 1;
            v = (v << 8) | u64::from(b);
        }
        // Spread the two bytes over the whole range, so `below(n)` sees them for any n.
        v.wrapping_mul(0x0001_0001_0001_0001)
    }
}

/// Convenience methods over an [`Entropy`].
pub struct Rand<'a> {
    src: &'a mut dyn Entropy,
}

impl<'a> Rand<'a> {
    pub fn new(src: &'a mut dyn Entropy) -> Rand<'a> {
        Rand { src }
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        ((u128::from(self.src.next_u64()) * n as u128) >> 64) as usize
    }

    /// True with probability `percent`/100; with exhausted fuzzer bytes, always false.
    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) >= 100usize.saturating_sub(percent as usize)
    }

    pub fn pick<'s, T>(&mut self, items: &'s [T]) -> &'s T {
        &items[self.below(items.len())]
    }

    /// An index chosen with the given weights (the first when all are 0).
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|&w| u64::from(w)).sum();
        if total == 0 {
            return 0;
        }
        let mut r = self.below(total as usize) as u64;
        for (i, &w) in weights.iter().enumerate() {
            if r < u64::from(w) {
                return i;
            }
            r -= u64::from(w);
        }
        weights.len() - 1
    }

    pub fn raw(&mut self) -> u64 {
        self.src.next_u64()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_is_the_published_sequence() {
        // First outputs of SplitMix64 seeded with 0, as in the reference implementation.
        let mut r = SplitMix64::new(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn exhausted_bytes_choose_zero() {
        let mut b = ByteEntropy::new(&[]);
        let mut r = Rand::new(&mut b);
        assert_eq!(r.below(7), 0);
        assert!(!r.chance(99));
    }
}
