//! Byte-level UTF-8 steps: count and skip code points without decoding them.
//!
//! Context windows and agreement counts are taken on every annotation of an export or a batch;
//! decoding each character through `chars()` is cheap natively but, in the size-optimised wasm
//! build, costs a function call per character. A code point starts at every byte that is not a
//! continuation byte (`10xxxxxx`), which is all these functions need to know.

/// True for the first byte of a code point.
fn starts_char(byte: u8) -> bool {
    (byte as i8) >= -0x40
}

/// Code points that start in `bytes`.
pub fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| starts_char(b)).count()
}

/// Byte offset `n` code points before byte `end` (a char boundary of `s`), or 0.
pub fn back_chars(s: &str, end: usize, n: usize) -> usize {
    let bytes = s.as_bytes();
    let (mut at, mut counted) = (end.min(bytes.len()), 0);
    while at > 0 && counted < n {
        at -= 1;
        counted += usize::from(starts_char(bytes[at]));
    }
    at
}

/// Byte offset `n` code points after byte `start` (a char boundary of `s`), or `s.len()`.
pub fn forward_chars(s: &str, start: usize, n: usize) -> usize {
    let bytes = s.as_bytes();
    let mut counted = 0;
    for (at, &byte) in bytes.iter().enumerate().skip(start) {
        if starts_char(byte) {
            if counted == n {
                return at;
            }
            counted += 1;
        }
    }
    bytes.len()
}

/// Whole code points shared by the end of `a` and the end of `b`.
pub fn common_suffix_chars(a: &str, b: &str) -> usize {
    let n = a
        .bytes()
        .rev()
        .zip(b.bytes().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mut from = a.len() - n;
    while !a.is_char_boundary(from) {
        from += 1;
    }
    count_chars(&a.as_bytes()[from..])
}

/// Whole code points shared by the start of `a` and the start of `b`.
pub fn common_prefix_chars(a: &str, b: &str) -> usize {
    let mut n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    while !a.is_char_boundary(n) {
        n -= 1;
    }
    count_chars(&a.as_bytes()[..n])
}

#[cfg(test)]
mod tests {
    use super::{back_chars, common_prefix_chars, common_suffix_chars, count_chars, forward_chars};

    const SAMPLES: &[&str] = &[
        "",
        "plain",
        "café",
        "😀😃 x",
        "é\u{301}e",
        "بوتين قال",
        "a😀b😃c",
        "😀",
    ];

    #[test]
    fn steps_agree_with_chars() {
        for s in SAMPLES {
            let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            assert_eq!(count_chars(s.as_bytes()), s.chars().count(), "{s:?}");
            for (k, &at) in bounds.iter().enumerate() {
                for n in 0..6 {
                    assert_eq!(
                        back_chars(s, at, n),
                        bounds[k.saturating_sub(n)],
                        "{s:?} back {n} from {at}"
                    );
                    assert_eq!(
                        forward_chars(s, at, n),
                        bounds[(k + n).min(bounds.len() - 1)],
                        "{s:?} forward {n} from {at}"
                    );
                }
            }
        }
    }

    #[test]
    fn common_ends_count_whole_chars() {
        let by_chars_suffix = |a: &str, b: &str| {
            a.chars()
                .rev()
                .zip(b.chars().rev())
                .take_while(|(x, y)| x == y)
                .count()
        };
        let by_chars_prefix =
            |a: &str, b: &str| a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
        // "😀" and "😃" share three of their four bytes; "é" and "ê" share one.
        let extra = ["x😀", "x😃", "é", "ê", "aé", "bê"];
        for a in SAMPLES.iter().chain(&extra) {
            for b in SAMPLES.iter().chain(&extra) {
                assert_eq!(
                    common_suffix_chars(a, b),
                    by_chars_suffix(a, b),
                    "{a:?} {b:?}"
                );
                assert_eq!(
                    common_prefix_chars(a, b),
                    by_chars_prefix(a, b),
                    "{a:?} {b:?}"
                );
            }
        }
    }
}
