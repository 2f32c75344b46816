//! The suggester's traps as a table (none may fire), sentence splitting around abbreviations,
//! and the shape of every span it proposes (whole words, one paragraph, no split character)
//! on every labelled text.

use article_annotator::model::suggest::suggest;
use article_annotator::model::Category;
use proptest::prelude::*;

use super::suggest_rules::{article, suggested};

struct Trap {
    text: &'static str,
    /// A category that must not be suggested over `quote`.
    not: Category,
    quote: &'static str,
}

#[test]
fn traps_do_not_fire() {
    use Category::{Claim, Demand, Question};
    let cases = [
        Trap {
            text: "Council tax to rise by 5%",
            not: Claim,
            quote: "Council tax to rise by 5%",
        },
        Trap {
            text: "The figures, officials said on Tuesday, were worse than expected.",
            not: Claim,
            quote: "officials said on Tuesday",
        },
        Trap {
            text: "It must have been the water.",
            not: Demand,
            quote: "It must have been the water",
        },
        Trap {
            text: "The so-called ‘peace proposal’ was rejected by both sides.",
            not: Demand,
            quote: "peace proposal",
        },
        Trap {
            text: "Is this really about pay? Not entirely.",
            not: Question,
            quote: "Is this really about pay",
        },
        Trap {
            text: "About 2,000 people attended the rally in the square on Saturday.",
            not: Claim,
            quote: "About 2,000 people attended the rally in the square on Saturday",
        },
        Trap {
            text: "The figures were published by the agency on Thursday.",
            not: Claim,
            quote: "The figures were published by the agency on Thursday",
        },
        Trap {
            text: "Mr. Johnson, 54, was elected in 2019.",
            not: Claim,
            quote: "Mr. Johnson, 54, was elected in 2019",
        },
        Trap {
            text: "The White House did not respond to a request for comment.",
            not: Claim,
            quote: "The White House did not respond to a request for comment",
        },
        Trap {
            text: "The White House did not respond to a request for comment.",
            not: Demand,
            quote: "a request for comment",
        },
        Trap {
            text: "The White House did not respond to a request for comment.",
            not: Question,
            quote: "The White House did not respond to a request for comment",
        },
        Trap {
            text: "Members would stay out as long as it takes, he said.",
            not: Demand,
            quote: "as long as it takes",
        },
        Trap {
            text: "The Russian will need to let Trump know soon.",
            not: Demand,
            quote: "The Russian will need to let Trump know soon",
        },
        Trap {
            text: "The trust would otherwise ask the council to list the ground.",
            not: Demand,
            quote: "The trust would otherwise ask the council to list the ground",
        },
        Trap {
            text: "Ms Whitfield said costs would rise if demand for care kept growing.",
            not: Demand,
            quote: "demand for care kept growing",
        },
        Trap {
            text: "Putin was asking that when the guns fall silent the army be left alone.",
            not: Question,
            quote: "when the guns fall silent the army be left alone",
        },
        Trap {
            text: "“We will not back down,” she said.",
            not: Claim,
            quote: "We will not back down,” she said",
        },
    ];
    for case in cases {
        // After a lead sentence: an article's first sentence is its news, dates and all.
        let got = suggested(&format!("Ministers met again.\n{}", case.text));
        let fired = got
            .iter()
            .any(|(c, q, _)| *c == case.not && q == case.quote);
        assert!(
            !fired,
            "{}: {:?} over {:?}\n  got {got:?}",
            case.text, case.not, case.quote
        );
    }
}

#[test]
fn sentences_survive_abbreviations_and_quoted_questions() {
    let got = suggested(
        "Mr. Smith said the U.S. Navy would send ships. “Why now?” Dr. Jones asked the panel.",
    );
    let quotes: Vec<&str> = got.iter().map(|(_, q, _)| q.as_str()).collect();
    assert!(
        quotes.contains(&"Mr. Smith said the U.S. Navy would send ships"),
        "{got:?}"
    );
    assert!(
        quotes.contains(&"“Why now?” Dr. Jones asked the panel")
            || !quotes.iter().any(|q| q.starts_with("Jones")),
        "{got:?}"
    );
}

#[test]
fn spans_are_whole_words_inside_one_paragraph_and_deterministic() {
    let mut texts: Vec<String> = vec![
        article_annotator::seed::SEED_TEXT.to_string(),
        "Zoë said the café’s 🇺🇦 “naïve” plan would fail, e\u{301}tude notwithstanding.\nIt is unclear whether 😀 fans will return.".into(),
    ];
    for set in ["dev", "holdout"] {
        for entry in std::fs::read_dir(format!("tests/fixtures/suggest/{set}"))
            .expect("fixtures")
            .flatten()
        {
            if entry.path().extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(entry.path()).expect("text"));
            }
        }
    }
    for text in texts {
        let a = article(&text);
        let first = suggest(&a);
        assert_eq!(first, suggest(&a), "deterministic");
        let chars: Vec<char> = a.text().as_str().chars().collect();
        for s in &first {
            let para = a.paragraph_at(s.span.start()).expect("inside a paragraph");
            assert!(
                a.paragraphs()[para].contains(s.span),
                "{:?} crosses a paragraph",
                s.span
            );
            let quote = a.text().slice(s.span).unwrap_or_default();
            let (before, after) = (
                s.span.start().checked_sub(1).map(|i| chars[i]),
                chars.get(s.span.end()),
            );
            assert!(
                !before.is_some_and(char::is_alphanumeric),
                "starts inside a word: {quote:?}"
            );
            assert!(
                !after.is_some_and(|c| c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(c)),
                "ends inside a word: {quote:?}"
            );
            assert!(
                quote
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || "“‘\"'(".contains(c)),
                "{quote:?}"
            );
            assert!(s.confidence.percent() >= 1 && s.confidence.percent() <= 99);
            assert!(!s.reason.to_string().is_empty());
        }
    }
}

/// Words, marks and characters that stress the rules: quotes of every kind, dashes,
/// abbreviations, cues, combining accents, emoji, line breaks.
fn tricky() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        " ",
        " ",
        " ",
        "\n",
        ",",
        ".",
        "?",
        "!",
        ":",
        ";",
        "–",
        "—",
        "-",
        "“",
        "”",
        "‘",
        "’",
        "\"",
        "'",
        "(",
        ")",
        "said",
        "that",
        "if",
        "whether",
        "unclear",
        "must",
        "have",
        "been",
        "demanded",
        "called",
        "for",
        "on",
        "to",
        "the",
        "council",
        "U.S.",
        "Mr.",
        "a.m.",
        "e\u{301}",
        "😀",
        "🇺🇦",
        "2024",
        "40%",
        "and",
        "but",
        "which",
        "according",
        "not",
        "say",
        "how",
        "proposal",
        "offer",
        "condition",
        "was",
        "unless",
        "only",
        "Who",
        "is",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_valid_spans_without_panicking(text in tricky()) {
        let a = article(&text);
        for s in suggest(&a) {
            let para = a.paragraph_at(s.span.start());
            prop_assert!(para.is_some_and(|p| a.paragraphs()[p].contains(s.span)));
            prop_assert!(a.text().slice(s.span).is_some());
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        let _ = suggest(&article(&text));
    }
}
