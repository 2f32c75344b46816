//! The editor's desk reducer, as tables: action sequences and the items they leave (status,
//! category, words, note), for accept, reject, recategorise, adjust, use-selection, notes,
//! accept/reject all, add, undo and redo.

use article_annotator::model::selection::Direction;
use article_annotator::model::Category;
use article_annotator::state::desk::{DeskAction, Edge, Status};
use article_annotator::state::Tone;

use crate::desk_fixture::{accept, id, now, reject, resize, run, select, Case};

#[test]
fn decisions_table() {
    use Category::*;
    use Direction::*;
    use Status::*;
    let cases = vec![
        Case {
            name: "next then accept: the first suggestion joins the draft, the next is current",
            actions: vec![
                DeskAction::Step { direction: Forward },
                DeskAction::Accept {
                    id: None,
                    now: now(),
                },
            ],
            want: vec![("c1", Accepted, Claim, "the deal was dead", "")],
            current: Some("c2"),
            tone: Some(Tone::Info),
        },
        Case {
            name: "previous from nothing wraps to the last suggestion",
            actions: vec![DeskAction::Step {
                direction: Backward,
            }],
            want: vec![("q1", Open, Question, "whether talks will resume", "")],
            current: Some("q1"),
            tone: None,
        },
        Case {
            name: "reject by id, current moves on",
            actions: vec![reject("d1")],
            want: vec![("d1", Rejected, Demand, "a 5% raise before any vote", "")],
            current: Some("q1"),
            tone: Some(Tone::Info),
        },
        Case {
            name: "accept with nothing current is refused with a message",
            actions: vec![DeskAction::Accept {
                id: None,
                now: now(),
            }],
            want: vec![("c1", Open, Claim, "the deal was dead", "")],
            current: None,
            tone: Some(Tone::Error),
        },
        Case {
            name: "a new category accepts an open suggestion as that category",
            actions: vec![DeskAction::Recategorise {
                id: Some(id("c2")),
                category: Demand,
                now: now(),
            }],
            want: vec![("c2", Accepted, Demand, "unions called it a betrayal", "")],
            current: Some("d1"),
            tone: Some(Tone::Info),
        },
        Case {
            name: "recategorising an accepted draft keeps it current",
            actions: vec![
                accept("c1"),
                DeskAction::Focus { id: Some(id("c1")) },
                DeskAction::Recategorise {
                    id: None,
                    category: Question,
                    now: now(),
                },
            ],
            want: vec![("c1", Accepted, Question, "the deal was dead", "")],
            current: Some("c1"),
            tone: Some(Tone::Info),
        },
        Case {
            name: "accept all claims, reject all questions",
            actions: vec![
                DeskAction::DecideAll {
                    category: Claim,
                    accept: true,
                    now: now(),
                },
                DeskAction::DecideAll {
                    category: Question,
                    accept: false,
                    now: now(),
                },
            ],
            want: vec![
                ("c1", Accepted, Claim, "the deal was dead", ""),
                ("c2", Accepted, Claim, "unions called it a betrayal", ""),
                ("d1", Open, Demand, "a 5% raise before any vote", ""),
                ("q1", Rejected, Question, "whether talks will resume", ""),
            ],
            current: None,
            tone: Some(Tone::Info),
        },
        Case {
            name: "undo a whole category in one step, redo it",
            actions: vec![
                DeskAction::DecideAll {
                    category: Claim,
                    accept: true,
                    now: now(),
                },
                DeskAction::Undo,
                DeskAction::Undo,
                DeskAction::Redo,
            ],
            want: vec![
                ("c1", Accepted, Claim, "the deal was dead", ""),
                ("c2", Accepted, Claim, "unions called it a betrayal", ""),
            ],
            current: None,
            tone: Some(Tone::Info),
        },
        Case {
            name: "undo every kind of step, in reverse",
            actions: vec![
                accept("c1"),
                reject("d1"),
                DeskAction::Recategorise {
                    id: Some(id("c2")),
                    category: Question,
                    now: now(),
                },
                resize("q1", Edge::End, Backward),
                DeskAction::SetNote {
                    id: Some(id("c1")),
                    note: "Note.".into(),
                    now: now(),
                },
                DeskAction::Undo,
                DeskAction::Undo,
                DeskAction::Undo,
                DeskAction::Undo,
                DeskAction::Undo,
            ],
            want: vec![
                ("c1", Open, Claim, "the deal was dead", ""),
                ("c2", Open, Claim, "unions called it a betrayal", ""),
                ("d1", Open, Demand, "a 5% raise before any vote", ""),
                ("q1", Open, Question, "whether talks will resume", ""),
            ],
            current: None,
            tone: Some(Tone::Info),
        },
        Case {
            name: "selected words the suggester missed become a draft",
            actions: vec![
                select("The minister"),
                DeskAction::Add {
                    id: id("new"),
                    category: Claim,
                    note: "Who speaks.".into(),
                    now: now(),
                },
            ],
            want: vec![("new", Accepted, Claim, "The minister", "Who speaks.")],
            current: Some("new"),
            tone: Some(Tone::Info),
        },
        Case {
            name: "adding a suggestion's own words accepts it instead",
            actions: vec![
                select("the deal was dead"),
                DeskAction::Add {
                    id: id("new"),
                    category: Claim,
                    note: "Dead deal.".into(),
                    now: now(),
                },
            ],
            want: vec![("c1", Accepted, Claim, "the deal was dead", "Dead deal.")],
            current: Some("c1"),
            tone: Some(Tone::Info),
        },
        Case {
            name: "the same words twice in one category are refused",
            actions: vec![
                accept("c1"),
                select("the deal was dead"),
                DeskAction::Add {
                    id: id("new"),
                    category: Claim,
                    note: String::new(),
                    now: now(),
                },
            ],
            want: vec![("c1", Accepted, Claim, "the deal was dead", "")],
            current: Some("c1"),
            tone: Some(Tone::Error),
        },
    ];
    run(cases);
}

#[test]
fn adjusting_table() {
    use Category::*;
    use Direction::*;
    use Status::*;
    let cases = vec![
        Case {
            name: "end extended by a word passes the comma",
            actions: vec![resize("c1", Edge::End, Forward)],
            want: vec![("c1", Open, Claim, "the deal was dead, and", "")],
            current: None,
            tone: Some(Tone::Info),
        },
        Case {
            name: "end shrunk by a word",
            actions: vec![resize("c1", Edge::End, Backward)],
            want: vec![("c1", Open, Claim, "the deal was", "")],
            current: None,
            tone: Some(Tone::Info),
        },
        Case {
            name: "start moved right, then left twice",
            actions: vec![
                resize("c1", Edge::Start, Forward),
                resize("c1", Edge::Start, Backward),
                resize("c1", Edge::Start, Backward),
            ],
            want: vec![("c1", Open, Claim, "said the deal was dead", "")],
            current: None,
            tone: Some(Tone::Info),
        },
        Case {
            name: "never shorter than a word, never past the paragraph",
            actions: vec![
                resize("q1", Edge::End, Forward),
                resize("q1", Edge::Start, Forward),
                resize("q1", Edge::Start, Forward),
                resize("q1", Edge::Start, Forward),
                resize("q1", Edge::Start, Forward),
            ],
            want: vec![("q1", Open, Question, "resume", "")],
            current: None,
            tone: Some(Tone::Error),
        },
        Case {
            name: "the selected words become the span",
            actions: vec![
                select("the deal"),
                DeskAction::UseSelection {
                    id: Some(id("c1")),
                    now: now(),
                },
            ],
            want: vec![("c1", Open, Claim, "the deal", "")],
            current: None,
            tone: Some(Tone::Info),
        },
        Case {
            name: "a note is trimmed and saved",
            actions: vec![DeskAction::SetNote {
                id: Some(id("d1")),
                note: "  The unions' price for a vote. ".into(),
                now: now(),
            }],
            want: vec![(
                "d1",
                Open,
                Demand,
                "a 5% raise before any vote",
                "The unions' price for a vote.",
            )],
            current: None,
            tone: Some(Tone::Info),
        },
    ];
    run(cases);
}
