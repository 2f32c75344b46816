//! WCAG contrast of the widget's colours, read from styles/widget.css for the light and dark themes.

use std::collections::HashMap;

/// The `--aa-*: #rrggbb;` declarations of the block that starts at `marker`.
fn palette(css: &str, marker: &str) -> HashMap<String, [f64; 3]> {
    let start = css
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not found"));
    let block = &css[start..];
    let block = &block[..block.find('}').expect("block ends")];
    block
        .lines()
        .filter_map(|line| {
            let (name, value) = line.trim().strip_prefix("--aa-")?.split_once(':')?;
            let hex = value.trim().trim_end_matches(';').strip_prefix('#')?;
            let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
            Some((
                name.to_string(),
                [channel(0)?, channel(2)?, channel(4)?].map(f64::from),
            ))
        })
        .collect()
}

fn luminance(rgb: [f64; 3]) -> f64 {
    let linear = rgb.map(|c| {
        let c = c / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    });
    0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
}

fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn both_themes_meet_wcag_aa() {
    let css = std::fs::read_to_string("styles/widget.css").expect("readable");
    let themes = [
        ("light", palette(&css, ".aa-root {")),
        ("dark", palette(&css, "@media (prefers-color-scheme: dark)")),
    ];
    // (foreground, background, minimum): text needs 4.5:1, lines and focus rings 3:1 (WCAG 1.4.3, 1.4.11).
    let pairs: &[(&str, &str, f64)] = &[
        ("fg", "bg", 4.5),
        ("muted", "bg", 4.5),
        ("muted", "panel", 4.5),
        ("fg", "claim-bg", 4.5),
        ("fg", "demand-bg", 4.5),
        ("fg", "question-bg", 4.5),
        ("claim-line", "bg", 3.0),
        ("demand-line", "bg", 3.0),
        ("question-line", "bg", 3.0),
        ("claim-line", "claim-bg", 3.0),
        ("demand-line", "demand-bg", 3.0),
        ("question-line", "question-bg", 3.0),
        ("focus", "bg", 3.0),
        ("bg", "focus", 4.5), // primary button text
        // Caret-mode selections (issue 13): the tint stands out from the page and the tinted
        // words around it by 3:1, and the selected words stay readable on it.
        ("caret-bg", "bg", 3.0),
        ("caret-bg", "claim-bg", 3.0),
        ("caret-bg", "demand-bg", 3.0),
        ("caret-bg", "question-bg", 3.0),
        ("caret-fg", "caret-bg", 4.5),
    ];
    for (theme, colours) in &themes {
        assert!(
            colours.len() >= 12,
            "{theme}: parsed {} colours",
            colours.len()
        );
        for (fg, bg, min) in pairs {
            let ratio = contrast(colours[*fg], colours[*bg]);
            assert!(
                ratio >= *min,
                "{theme}: {fg} on {bg} is {ratio:.2}:1, needs {min}:1"
            );
        }
    }
}

#[test]
fn contrast_formula_matches_known_values() {
    assert!((contrast([0.0; 3], [255.0; 3]) - 21.0).abs() < 0.01);
    assert!((contrast([118.0; 3], [255.0; 3]) - 4.54).abs() < 0.01);
}
