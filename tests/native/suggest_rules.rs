//! The suggester's cues and traps as tables of one-sentence articles, and the shape of every
//! span it proposes (whole words, one paragraph, no split character) on every labelled text.

use article_annotator::model::article::{ArticleId, ArticleMeta};
use article_annotator::model::suggest::{suggest, Suggestion};
use article_annotator::model::{Article, Category};

fn article(text: &str) -> Article {
    let meta = ArticleMeta {
        id: ArticleId::parse("t").expect("id"),
        title: "T".into(),
        standfirst: None,
        source: "urn:x:t".into(),
    };
    Article::from_plain_text(meta, text)
}

/// (category, quote, reason) of each suggestion for `text`.
fn suggested(text: &str) -> Vec<(Category, String, String)> {
    let a = article(text);
    suggest(&a)
        .iter()
        .map(|s: &Suggestion| {
            let quote = a.text().slice(s.span).unwrap_or_default().to_string();
            (s.category, quote, s.reason.to_string())
        })
        .collect()
}

struct Cue {
    text: &'static str,
    category: Category,
    quote: &'static str,
    reason: &'static str,
}

#[test]
fn cues_fire_with_the_span_and_reason_an_editor_expects() {
    use Category::{Claim, Demand, Question};
    let cases = [
        Cue {
            text: "Critics say the plan will hurt low-income families.",
            category: Claim,
            quote: "Critics say the plan will hurt low-income families",
            reason: "attributed statement: 'say'",
        },
        Cue {
            text: "The deal would almost certainly collapse without American support.",
            category: Claim,
            quote: "The deal would almost certainly collapse without American support",
            reason: "hedged assessment: 'would'",
        },
        Cue {
            text: "A 2025 study found that three of five tools rated women lower.",
            category: Claim,
            quote: "A 2025 study found that three of five tools rated women lower",
            reason: "attributed statement: 'found'",
        },
        Cue {
            text: "Unions have called for an immediate pay rise.",
            category: Demand,
            quote: "Unions have called for an immediate pay rise",
            reason: "request: 'called'",
        },
        Cue {
            text: "Residents want the council to reopen the library.",
            category: Demand,
            quote: "Residents want the council to reopen the library",
            reason: "request: 'want'",
        },
        Cue {
            text: "The club will sell the ground only if the council approves the plan.",
            category: Demand,
            quote: "only if the council approves the plan",
            reason: "condition: 'only if'",
        },
        Cue {
            text: "The club will sell the ground only if the council approves the plan.",
            category: Claim,
            quote: "The club will sell the ground",
            reason: "prediction: 'will'",
        },
        Cue {
            text: "His key condition was “the release of all prisoners held since May”.",
            category: Demand,
            quote: "the release of all prisoners held since May",
            reason: "condition: 'key condition'",
        },
        Cue {
            text: "She said the regulator should inspect the works unannounced.",
            category: Demand,
            quote: "the regulator should inspect the works unannounced",
            reason: "obligation: 'should'",
        },
        Cue {
            text: "She said the regulator should inspect the works unannounced.",
            category: Claim,
            quote: "She said the regulator should inspect the works unannounced",
            reason: "attributed statement: 'said'",
        },
        Cue { text: "Talks resumed. The union’s demand for a 22% raise over four years was rejected.", category: Demand, quote: "a 22% raise over four years", reason: "condition: 'union’s demand'" },
        Cue { text: "Talks resumed. The union’s demand for a 22% raise over four years was rejected.", category: Claim, quote: "The union’s demand for a 22% raise over four years was rejected", reason: "attributed statement: 'rejected'" },
        Cue { text: "No decision has been made on whether the school will close.", category: Question, quote: "whether the school will close", reason: "open question: 'whether'" },
        Cue { text: "The number of people affected remains unknown, officials said.", category: Question, quote: "The number of people affected remains unknown", reason: "open question: 'unknown'" },
        Cue { text: "Council tax to rise by 5%\nBy Jane Smith\nThe council has approved a 4.99% rise on Monday.", category: Claim, quote: "The council has approved a 4.99% rise on Monday", reason: "figure: '4.99'" },
        Cue {
            text: "Ministers rejected the proposal by unions for a four-day week.",
            category: Demand,
            quote: "the proposal by unions for a four-day week",
            reason: "proposal: 'proposal'",
        },
        Cue {
            text: "“Stop the closures now,” the protesters chanted outside.",
            category: Demand,
            quote: "Stop the closures now",
            reason: "quoted command: 'Stop'",
        },
        Cue {
            text: "Who will pay for the audits? The bill is silent.",
            category: Question,
            quote: "Who will pay for the audits",
            reason: "explicit question: '?'",
        },
        Cue {
            text: "It is unclear whether the school will reopen.",
            category: Question,
            quote: "whether the school will reopen",
            reason: "open question: 'unclear whether'",
        },
        Cue {
            text: "Police did not say how many people were arrested.",
            category: Question,
            quote: "how many people were arrested",
            reason: "open question: 'say how'",
        },
        Cue {
            text: "The ministry declined to comment on the leaked report.",
            category: Question,
            quote: "declined to comment on the leaked report",
            reason: "no answer given: 'declined to comment'",
        },
        Cue {
            text: "The concern is that patients will wait even longer.",
            category: Question,
            quote: "patients will wait even longer",
            reason: "stated concern: 'concern is that'",
        },
        Cue {
            text: "Whether the plan will survive remains to be seen.",
            category: Question,
            quote: "Whether the plan will survive",
            reason: "open question: 'remains to be seen'",
        },
        Cue {
            text: "The first was what the two sides had agreed and whether it would hold?",
            category: Question,
            quote: "whether it would hold",
            reason: "explicit question: '?'",
        },
    ];
    for case in cases {
        let got = suggested(case.text);
        let want = (
            case.category,
            case.quote.to_string(),
            case.reason.to_string(),
        );
        assert!(
            got.contains(&want),
            "{}\n  want {want:?}\n  got  {got:?}",
            case.text
        );
    }
}

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
