//! The suggester's cues as a table of short articles: each fires with the span and the reason
//! an editor expects.

use article_annotator::model::article::{ArticleId, ArticleMeta};
use article_annotator::model::suggest::{suggest, Suggestion};
use article_annotator::model::{Article, Category};

/// A one-off article over `text`.
pub fn article(text: &str) -> Article {
    let meta = ArticleMeta {
        id: ArticleId::parse("t").expect("id"),
        title: "T".into(),
        standfirst: None,
        source: "urn:x:t".into(),
    };
    Article::from_plain_text(meta, text)
}

/// (category, quote, reason) of each suggestion for `text`.
pub fn suggested(text: &str) -> Vec<(Category, String, String)> {
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
