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
    struct Case {
        name: &'static str,
        text: &'static str,
        quote: TextQuote,
        hint: Option<Span>,
        /// The expected status and span.
        status: AnchorStatus,
        want: Option<Span>,
    }
    let cases = vec![
        Case {
            name: "unchanged text",
            text: "Putin rejected a ceasefire.",
            quote: quote("rejected", "Putin ", " a cease"),
            hint: span(6, 14),
            status: AnchorStatus::Exact,
            want: span(6, 14),
        },
        Case {
            name: "insertion before",
            text: "Yesterday Putin rejected a ceasefire.",
            quote: quote("rejected", "Putin ", " a cease"),
            hint: span(6, 14),
            status: AnchorStatus::Moved,
            want: span(16, 24),
        },
        Case {
            name: "no hint, unique",
            text: "Putin rejected a ceasefire.",
            quote: quote("rejected", "", ""),
            hint: None,
            status: AnchorStatus::Exact,
            want: span(6, 14),
        },
        Case {
            name: "quote gone",
            text: "Putin accepted a ceasefire.",
            quote: quote("rejected", "Putin ", " a cease"),
            hint: span(6, 14),
            status: AnchorStatus::Orphaned,
            want: None,
        },
        Case {
            name: "hint past the end",
            text: "short",
            quote: quote("rejected", "", ""),
            hint: span(90, 98),
            status: AnchorStatus::Orphaned,
            want: None,
        },
        Case {
            name: "duplicate picks context",
            text: "peace now. war now. peace later.",
            quote: quote("peace", "war now. ", " later"),
            hint: None,
            status: AnchorStatus::Exact,
            want: span(20, 25),
        },
        Case {
            name: "duplicate, hint breaks tie",
            text: "peace. peace. peace.",
            quote: quote("peace", "", ""),
            hint: span(14, 19),
            status: AnchorStatus::Exact,
            want: span(14, 19),
        },
        Case {
            name: "duplicate, no context, no hint",
            text: "peace. peace.",
            quote: quote("peace", "", ""),
            hint: None,
            status: AnchorStatus::Fuzzy,
            want: span(0, 5),
        },
        Case {
            name: "short quote, context disagrees",
            text: "the talks failed in March",
            quote: quote(
                "talks",
                "completely different prefix ",
                " and another suffix",
            ),
            hint: span(0, 5),
            status: AnchorStatus::Fuzzy,
            want: span(4, 9),
        },
        Case {
            name: "emoji before shifts code points",
            text: "😀😀 Kyiv said no",
            quote: quote("Kyiv", "😀😀 ", " said"),
            hint: span(3, 7),
            status: AnchorStatus::Exact,
            want: span(3, 7),
        },
        Case {
            name: "combining marks",
            text: "cafe\u{301} owners protested",
            quote: quote("owners", "cafe\u{301} ", " prot"),
            hint: span(6, 12),
            status: AnchorStatus::Exact,
            want: span(6, 12),
        },
        Case {
            name: "RTL text",
            text: "قال بوتين لا",
            quote: quote("بوتين", "قال ", " لا"),
            hint: span(4, 9),
            status: AnchorStatus::Exact,
            want: span(4, 9),
        },
        Case {
            name: "bare position is only fuzzy",
            text: "abcdef",
            quote: quote("", "", ""),
            hint: span(1, 3),
            status: AnchorStatus::Fuzzy,
            want: span(1, 3),
        },
        Case {
            name: "empty quote without hint",
            text: "abcdef",
            quote: quote("", "", ""),
            hint: None,
            status: AnchorStatus::Orphaned,
            want: None,
        },
    ];
    for Case {
        name,
        text,
        quote,
        hint,
        status,
        want,
    } in cases
    {
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
