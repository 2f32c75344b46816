//! Fixtures of the desk's tests: a three-paragraph article and four open suggestions on it
//! (claims c1 and c2, demand d1, question q1), and helpers to name items and words.

use std::rc::Rc;

use article_annotator::model::article::{ArticleId, ArticleMeta};
use article_annotator::model::selection::Direction;
use article_annotator::model::{AnnotationId, Article, Category, Span, Timestamp};
use article_annotator::state::desk::{DeskAction, DeskState, Edge, Item, Proposal, Status};
use article_annotator::state::{Input, Pending, ScreenBox, Tone};

pub const TEXT: &str = "The minister said the deal was dead, and unions called it a betrayal.\n\
Unions demand a 5% raise before any vote.\n\
It is unclear whether talks will resume.";

pub fn article() -> Rc<Article> {
    let meta = ArticleMeta {
        id: ArticleId::parse("desk-test").expect("valid id"),
        title: "Desk test".into(),
        standfirst: None,
        source: "urn:article-annotator:article:desk-test".into(),
    };
    Rc::new(Article::from_plain_text(meta, TEXT))
}

/// The code-point span of the first `words` in the text.
pub fn span_of(words: &str) -> Span {
    let byte = TEXT
        .find(words)
        .unwrap_or_else(|| panic!("{words:?} not in the text"));
    let start = TEXT[..byte].chars().count();
    Span::new(start, start + words.chars().count()).expect("non-empty")
}

pub fn id(name: &str) -> AnnotationId {
    AnnotationId::parse(&format!("urn:test:{name}")).expect("valid id")
}

pub fn now() -> Timestamp {
    Timestamp::parse("2026-12-06T10:00:00Z").expect("valid")
}

fn open(name: &str, category: Category, words: &str) -> Item {
    Item {
        id: id(name),
        span: span_of(words),
        category,
        note: String::new(),
        status: Status::Open,
        proposal: Some(Rc::new(Proposal {
            category,
            span: span_of(words),
            reason: "test reason".into(),
            rule: "test.rule".into(),
            confidence: 70,
        })),
        created: None,
        modified: None,
    }
}

/// Four open suggestions: claims c1 and c2, demand d1, question q1.
pub fn desk() -> DeskState {
    use Category::*;
    let items = vec![
        open("c1", Claim, "the deal was dead"),
        open("c2", Claim, "unions called it a betrayal"),
        open("d1", Demand, "a 5% raise before any vote"),
        open("q1", Question, "whether talks will resume"),
    ];
    DeskState::new(article(), items, "Ada Editor".into())
}

pub fn select(words: &str) -> DeskAction {
    DeskAction::Select {
        pending: Pending {
            span: span_of(words),
            on_screen: ScreenBox::default(),
            input: Input::Pointer,
            hint: None,
        },
    }
}

/// (status, category, words, note) of item `name`.
pub fn row(state: &DeskState, name: &str) -> (Status, Category, String, String) {
    let item = state
        .find(&id(name))
        .unwrap_or_else(|| panic!("no item {name}"));
    let words = state
        .article
        .text()
        .slice(item.span)
        .unwrap_or_default()
        .to_string();
    (item.status, item.category, words, item.note.clone())
}

/// A desk after a few decisions of every kind.
pub fn worked() -> DeskState {
    let mut state = desk();
    for action in [
        DeskAction::Accept {
            id: Some(id("c1")),
            now: now(),
        },
        DeskAction::Reject { id: Some(id("c2")) },
        DeskAction::Recategorise {
            id: Some(id("d1")),
            category: Category::Question,
            now: now(),
        },
        DeskAction::SetNote {
            id: Some(id("c1")),
            note: "The minister's verdict.".into(),
            now: now(),
        },
        select("The minister"),
        DeskAction::Add {
            id: id("new"),
            category: Category::Claim,
            note: "Who.".into(),
            now: now(),
        },
    ] {
        state.apply(action);
    }
    state
}

pub fn accept(name: &str) -> DeskAction {
    DeskAction::Accept {
        id: Some(id(name)),
        now: now(),
    }
}

pub fn reject(name: &str) -> DeskAction {
    DeskAction::Reject { id: Some(id(name)) }
}

pub fn resize(name: &str, edge: Edge, direction: Direction) -> DeskAction {
    DeskAction::Resize {
        id: Some(id(name)),
        edge,
        direction,
        now: now(),
    }
}

/// One row of a reducer table.
pub struct Case {
    pub name: &'static str,
    pub actions: Vec<DeskAction>,
    /// Items checked afterwards: (name, status, category, words, note).
    pub want: Vec<(&'static str, Status, Category, &'static str, &'static str)>,
    /// The current item afterwards.
    pub current: Option<&'static str>,
    /// The last notice's tone.
    pub tone: Option<Tone>,
}

/// Applies each case's actions to a fresh desk and checks what it says.
pub fn run(cases: Vec<Case>) {
    for case in cases {
        let mut state = desk();
        for action in case.actions {
            state.apply(action);
        }
        for (name, status, category, words, note) in &case.want {
            let got = row(&state, name);
            let want = (*status, *category, words.to_string(), note.to_string());
            assert_eq!(got, want, "{}: item {name}", case.name);
        }
        let current = state.current.as_ref().map(|c| c.to_string());
        assert_eq!(
            current,
            case.current.map(|n| id(n).to_string()),
            "{}: current",
            case.name
        );
        assert_eq!(
            state.notice.as_ref().map(|n| n.tone),
            case.tone,
            "{}: tone",
            case.name
        );
    }
}
