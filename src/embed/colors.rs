//! Which `colors` values a host may set: colours only. A custom property can hold anything
//! (`url(…)` and `image-set(…)` make the browser fetch, `var(…)` reaches other properties,
//! `expression(…)` was script in old browsers), so a value must be a hex colour, a keyword, or
//! one colour function (`rgb`, `hsl`, `oklch`, `color-mix`, …) holding numbers, keywords and
//! other colour functions.

/// Longest value accepted.
const MAX_LEN: usize = 64;

/// The colour functions of CSS Color 4 and 5.
const FUNCTIONS: [&str; 13] = [
    "rgb",
    "rgba",
    "hsl",
    "hsla",
    "hwb",
    "lab",
    "lch",
    "oklab",
    "oklch",
    "color",
    "color-mix",
    "light-dark",
    "device-cmyk",
];

/// True when `value` is a colour and nothing else.
pub fn is_colour(value: &str) -> bool {
    let value = value.trim();
    if value.is_empty() || value.len() > MAX_LEN || !value.is_ascii() {
        return false;
    }
    let lower = value.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix('#') {
        return [3, 4, 6, 8].contains(&hex.len()) && hex.bytes().all(|b| b.is_ascii_hexdigit());
    }
    if lower.bytes().all(|b| b.is_ascii_alphabetic()) {
        return true;
    }
    // One function call, its parentheses closing at the very end.
    let Some(open) = lower.find('(') else {
        return false;
    };
    FUNCTIONS.contains(&&lower[..open]) && lower.ends_with(')') && arguments_are_colour(&lower)
}

/// Every function named is a colour function, parentheses balance and close only at the end,
/// and nothing but numbers, units, keywords, hex digits and separators appears.
fn arguments_are_colour(lower: &str) -> bool {
    let bytes = lower.as_bytes();
    let mut depth = 0_usize;
    let mut idx = 0;
    while idx < bytes.len() {
        let byte = bytes[idx];
        if byte.is_ascii_alphabetic() {
            let start = idx;
            while idx < bytes.len() && (bytes[idx].is_ascii_alphanumeric() || bytes[idx] == b'-') {
                idx += 1;
            }
            if bytes.get(idx) == Some(&b'(') && !FUNCTIONS.contains(&&lower[start..idx]) {
                return false;
            }
            continue;
        }
        match byte {
            b'(' => depth += 1,
            b')' => {
                depth = match depth.checked_sub(1) {
                    Some(depth) => depth,
                    None => return false,
                };
                // The outer call closes last.
                if depth == 0 && idx + 1 != bytes.len() {
                    return false;
                }
            }
            b'0'..=b'9' | b'.' | b'%' | b' ' | b',' | b'/' | b'+' | b'-' | b'#' => {}
            _ => return false,
        }
        idx += 1;
    }
    depth == 0
}

#[cfg(test)]
mod tests {
    use super::is_colour;

    #[test]
    fn colours_only() {
        for good in [
            "#dbeafe",
            "#FFF",
            "#1d4ed8cc",
            "rebeccapurple",
            "transparent",
            "rgb(29 78 216)",
            "rgba(29, 78, 216, 0.5)",
            "hsl(210deg 90% 40% / 50%)",
            "oklch(0.62 0.19 259)",
            "color(display-p3 0.1 0.3 0.9)",
            "color-mix(in srgb, #dbeafe 40%, white)",
            "light-dark(#fff, #000)",
        ] {
            assert!(is_colour(good), "{good}");
        }
        for bad in [
            "url(https://evil.example/x.png)",
            "url(//evil.example/x.png)",
            "URL(x)",
            "image-set(\"x.png\" 1x)",
            "var(--host-secret)",
            "expression(alert(1))",
            "rgb(1 2 3) url(x)",
            "rgb(1 2 3)) , url(x",
            "color-mix(in srgb, url(x) 10%, red)",
            "env(safe-area-inset-top)",
            "red; background: url(x)",
            "red !important",
            "#12345",
            "#ggg",
            "",
            "u\\72l(x)",
            "rgb(1 2 3",
            "attr(data-x)",
        ] {
            assert!(!is_colour(bad), "{bad}");
        }
    }
}
