//! Anchoring table: where a recorded quote lands after the text changed, and with what status.

use article_annotator::model::anchor::{describe, locate};
use article_annotator::model::{AnchorStatus, IndexedText, Span, TextQuote};

fn quote(exact: &str, prefix: &str, suffix: &str) -> TextQuote {
    TextQuote {
        exact: exact.into(),
        prefix: prefix.into(),
        suffix: suffix.into(),
    }
}

fn span(start: usize, end: usize) -> Option<Span> {
    Span::new(start, end)
}

#[test]
fn locate_table() {
    // (name, text, quote, hint, expected status, expected span)
    let cases: Vec<(
        &str,
        &str,
        TextQuote,
        Option<Span>,
        AnchorStatus,
        Option<Span>,
    )> = vec![
        (
            "unchanged text",
            "Putin rejected a ceasefire.",
            quote("rejected", "Putin ", " a cease"),
            span(6, 14),
            AnchorStatus::Exact,
            span(6, 14),
        ),
        (
            "insertion before",
            "Yesterday Putin rejected a ceasefire.",
            quote("rejected", "Putin ", " a cease"),
            span(6, 14),
            AnchorStatus::Moved,
            span(16, 24),
        ),
        (
            "no hint, unique",
            "Putin rejected a ceasefire.",
            quote("rejected", "", ""),
            None,
            AnchorStatus::Exact,
            span(6, 14),
        ),
        (
            "quote gone",
            "Putin accepted a ceasefire.",
            quote("rejected", "Putin ", " a cease"),
            span(6, 14),
            AnchorStatus::Orphaned,
            None,
        ),
        (
            "hint past the end",
            "short",
            quote("rejected", "", ""),
            span(90, 98),
            AnchorStatus::Orphaned,
            None,
        ),
        (
            "duplicate picks context",
            "peace now. war now. peace later.",
            quote("peace", "war now. ", " later"),
            None,
            AnchorStatus::Exact,
            span(20, 25),
        ),
        (
            "duplicate, hint breaks tie",
            "peace. peace. peace.",
            quote("peace", "", ""),
            span(14, 19),
            AnchorStatus::Exact,
            span(14, 19),
        ),
        (
            "duplicate, no context, no hint",
            "peace. peace.",
            quote("peace", "", ""),
            None,
            AnchorStatus::Fuzzy,
            span(0, 5),
        ),
        (
            "short quote, context disagrees",
            "the talks failed in March",
            quote(
                "talks",
                "completely different prefix ",
                " and another suffix",
            ),
            span(0, 5),
            AnchorStatus::Fuzzy,
            span(4, 9),
        ),
        (
            "emoji before shifts code points",
            "😀😀 Kyiv said no",
            quote("Kyiv", "😀😀 ", " said"),
            span(3, 7),
            AnchorStatus::Exact,
            span(3, 7),
        ),
        (
            "combining marks",
            "cafe\u{301} owners protested",
            quote("owners", "cafe\u{301} ", " prot"),
            span(6, 12),
            AnchorStatus::Exact,
            span(6, 12),
        ),
        (
            "RTL text",
            "قال بوتين لا",
            quote("بوتين", "قال ", " لا"),
            span(4, 9),
            AnchorStatus::Exact,
            span(4, 9),
        ),
        (
            "bare position is only fuzzy",
            "abcdef",
            quote("", "", ""),
            span(1, 3),
            AnchorStatus::Fuzzy,
            span(1, 3),
        ),
        (
            "empty quote without hint",
            "abcdef",
            quote("", "", ""),
            None,
            AnchorStatus::Orphaned,
            None,
        ),
    ];
    for (name, text, quote, hint, status, want) in cases {
        let indexed = IndexedText::new(text.to_string());
        let placement = locate(&indexed, &quote, hint);
        assert_eq!((placement.status, placement.span), (status, want), "{name}");
    }
}

#[test]
fn describe_then_locate_is_exact_everywhere_in_mixed_text() {
    let text = IndexedText::new("Zürich – “deal” 🇺🇦 talks. ".repeat(20));
    for start in (0..text.n_chars() - 8).step_by(7) {
        let span = Span::new(start, start + 8).expect("non-empty");
        let quote = describe(&text, span).expect("in range");
        assert!(quote.prefix.chars().count() <= 32 && quote.suffix.chars().count() <= 32);
        let placement = locate(&text, &quote, Some(span));
        assert_eq!(
            (placement.status, placement.span),
            (AnchorStatus::Exact, Some(span))
        );
    }
}
