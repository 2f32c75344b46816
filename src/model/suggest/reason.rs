//! Why a suggestion fired, in an editor's words, and how sure the suggester is (a whole percent).
//!
//! A reason is a kind plus the cue text that triggered it ("attributed statement: 'said'");
//! rules report what they found as [`Found`] token ranges, which the parent turns into spans.

use std::fmt;
use std::ops::Range;

use crate::model::category::Category;

/// The rule family that produced a suggestion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReasonKind {
    /// A statement attributed to a source by a reporting verb.
    Attribution,
    /// An assessment hedged by a modal or a hedge word.
    Hedge,
    /// A statement about the future.
    Prediction,
    /// Evaluative or loaded language.
    Evaluation,
    /// A figure, amount or date range that could be checked.
    Figure,
    /// A comparison ("far less than").
    Comparison,
    /// A plain clause asserting something.
    Statement,
    /// A condition put on another party.
    Condition,
    /// A request or call addressed to a party.
    Request,
    /// An obligation ("must", "should") addressed to an actor.
    Obligation,
    /// A proposal put to a party.
    Proposal,
    /// A quoted command.
    Imperative,
    /// A sentence ending in a question mark.
    ExplicitQuestion,
    /// An embedded question after a cue of uncertainty.
    OpenQuestion,
    /// A party that gave no answer.
    NonAnswer,
    /// A stated concern or fear about what may happen.
    Concern,
}

impl ReasonKind {
    /// The words an editor reads before the cue.
    pub fn label(self) -> &'static str {
        match self {
            ReasonKind::Attribution => "attributed statement",
            ReasonKind::Hedge => "hedged assessment",
            ReasonKind::Prediction => "prediction",
            ReasonKind::Evaluation => "evaluative language",
            ReasonKind::Figure => "figure",
            ReasonKind::Comparison => "comparison",
            ReasonKind::Statement => "assertion",
            ReasonKind::Condition => "condition",
            ReasonKind::Request => "request",
            ReasonKind::Obligation => "obligation",
            ReasonKind::Proposal => "proposal",
            ReasonKind::Imperative => "quoted command",
            ReasonKind::ExplicitQuestion => "explicit question",
            ReasonKind::OpenQuestion => "open question",
            ReasonKind::NonAnswer => "no answer given",
            ReasonKind::Concern => "stated concern",
        }
    }

    /// A stable rule id ("claim.attribution"), for tools that count outcomes per rule.
    pub fn id(self) -> &'static str {
        match self {
            ReasonKind::Attribution => "claim.attribution",
            ReasonKind::Hedge => "claim.hedge",
            ReasonKind::Prediction => "claim.prediction",
            ReasonKind::Evaluation => "claim.evaluation",
            ReasonKind::Figure => "claim.figure",
            ReasonKind::Comparison => "claim.comparison",
            ReasonKind::Statement => "claim.statement",
            ReasonKind::Condition => "demand.condition",
            ReasonKind::Request => "demand.request",
            ReasonKind::Obligation => "demand.obligation",
            ReasonKind::Proposal => "demand.proposal",
            ReasonKind::Imperative => "demand.imperative",
            ReasonKind::ExplicitQuestion => "question.explicit",
            ReasonKind::OpenQuestion => "question.embedded",
            ReasonKind::NonAnswer => "question.non-answer",
            ReasonKind::Concern => "question.concern",
        }
    }
}

/// Why a suggestion fired: its rule family and the words that triggered it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Reason {
    /// The rule family.
    pub kind: ReasonKind,
    /// The cue as it appears in the article ("key condition"); empty when the rule has none.
    pub cue: String,
}

impl fmt::Display for Reason {
    /// "attributed statement: 'said'", or the bare label when there is no cue.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind.label())?;
        if !self.cue.is_empty() {
            f.write_str(": '")?;
            f.write_str(&self.cue)?;
            f.write_str("'")?;
        }
        Ok(())
    }
}

/// How sure the suggester is, as a whole percentage from 1 to 99.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Confidence(u8);

impl Confidence {
    /// A confidence clamped into 1..=99: rules never claim certainty.
    pub fn new(percent: i32) -> Confidence {
        // The clamp keeps the value inside u8.
        Confidence(percent.clamp(1, 99) as u8)
    }

    /// The percentage.
    pub fn percent(self) -> u8 {
        self.0
    }
}

/// What a rule found in one paragraph, in token indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The tokens to highlight.
    pub tokens: Range<usize>,
    /// Claim, demand or question.
    pub category: Category,
    /// Rule family.
    pub kind: ReasonKind,
    /// The cue's tokens (empty when none).
    pub cue: Range<usize>,
    /// Score before clamping.
    pub score: i32,
}

#[cfg(test)]
mod tests {
    use super::{Confidence, Reason, ReasonKind};

    #[test]
    fn reasons_read_as_editor_words() {
        struct Case {
            kind: ReasonKind,
            cue: &'static str,
            want: &'static str,
        }
        let cases = [
            Case {
                kind: ReasonKind::Attribution,
                cue: "said",
                want: "attributed statement: 'said'",
            },
            Case {
                kind: ReasonKind::Condition,
                cue: "key condition",
                want: "condition: 'key condition'",
            },
            Case {
                kind: ReasonKind::OpenQuestion,
                cue: "whether",
                want: "open question: 'whether'",
            },
            Case {
                kind: ReasonKind::ExplicitQuestion,
                cue: "",
                want: "explicit question",
            },
        ];
        for case in cases {
            let reason = Reason {
                kind: case.kind,
                cue: case.cue.into(),
            };
            assert_eq!(reason.to_string(), case.want);
        }
        assert_eq!(Confidence::new(140).percent(), 99);
        assert_eq!(Confidence::new(-3).percent(), 1);
    }
}
