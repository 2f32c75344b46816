//! The saved value (issue 10, items 1 and 2, the pure half): keyed by the article's identity,
//! the text hash inside it, a correction re-anchors every note and tells the reader; values
//! this version cannot read, wholly or in part, or that a newer version wrote, are reported as
//! such (the shell then sets them aside or holds them); a host's own value is never taken for
//! ours; annotations read late (after a failed read) survive undo.

use std::rc::Rc;

use article_annotator::model::article::ArticleMeta;
use article_annotator::model::i18n::{Key, Msg};
use article_annotator::model::w3c::reader_collection;
use article_annotator::model::{
    AnchorStatus, AnnotationId, Article, ArticleId, Category, Origin, Placed, Span, Timestamp,
};
use article_annotator::state::saved::{
    article_key, host_key, identity, is_ours, read_value, stored_value, v1_prefix, Damage,
};
use article_annotator::state::{Action, AppState, Input, Pending, ScreenBox};

const BEFORE: &str = "Alpha beta gamma delta, and a first paragraph long enough to keep its context.\nYesterday in the capital, the minister said that the talks would resume on Monday.\nA paragraph that the editors will remove entirely from the story.";
const AFTER: &str = "Alpha beta gamma delta, and a first paragraph long enough to keep its context.\nLate yesterday in the capital, the minister said that the talks would resume on Monday.";

fn article(id: &str, source: &str, text: &str) -> Rc<Article> {
    let meta = ArticleMeta {
        id: ArticleId::parse(id).expect("valid id"),
        title: "T".into(),
        standfirst: None,
        source: source.into(),
    };
    Rc::new(Article::from_plain_text(meta, text))
}

/// A state on `article` with one reader annotation per quoted phrase.
fn annotated(article: &Rc<Article>, phrases: &[&str]) -> AppState {
    let mut state = AppState::new(article.clone(), Vec::new());
    state.apply(restore(Vec::new(), false));
    for (n, phrase) in phrases.iter().enumerate() {
        let span = span_of(article, phrase);
        state.apply(Action::Select {
            pending: Pending {
                span,
                on_screen: ScreenBox::default(),
                input: Input::Keyboard,
                hint: None,
            },
        });
        state.apply(Action::Create {
            id: AnnotationId::parse(&format!("urn:test:{n}")).expect("valid"),
            category: Category::Claim,
            note: format!("note {n}"),
            now: Timestamp::parse("2026-11-25T10:00:00Z").expect("valid"),
        });
    }
    state
}

fn span_of(article: &Article, phrase: &str) -> Span {
    let text = article.text().as_str();
    let byte = text.find(phrase).expect("phrase in text");
    let start = text[..byte].chars().count();
    Span::new(start, start + phrase.chars().count()).expect("non-empty")
}

fn restore(annotations: Vec<Placed>, revised: bool) -> Action {
    Action::Restore {
        annotations,
        warning: None,
        revised,
        held: false,
    }
}

fn saved_value(state: &AppState) -> String {
    let collection = reader_collection(&state.article, state.annotations.iter().map(Rc::as_ref));
    stored_value(&collection, &state.article.text_hash())
}

#[test]
fn keys_name_the_article_not_its_text() {
    let before = article("story-1", "https://news.example/story-1", BEFORE);
    let after = article("story-1", "https://news.example/story-1", AFTER);
    let elsewhere = article("story-1", "https://other.example/story-1", BEFORE);
    assert_eq!(article_key(&before), article_key(&after));
    assert_ne!(article_key(&before), article_key(&elsewhere));
    assert!(article_key(&before).starts_with("article-annotator:v2:story-1:"));
    assert_eq!(v1_prefix(&before), "article-annotator:v1:story-1:");
    assert_eq!(
        host_key("host-settings"),
        "article-annotator:key:host-settings"
    );
    // A reader arriving from a newsletter finds the same notes; `?p=` still names the article.
    let tracked = article(
        "story-1",
        "https://news.example/s?p=7&utm_source=mail&fbclid=x#top",
        BEFORE,
    );
    let plain = article("story-1", "https://news.example/s?p=7", BEFORE);
    assert_eq!(article_key(&tracked), article_key(&plain));
    assert_eq!(
        identity("https://n.example/a?utm_medium=x"),
        "https://n.example/a"
    );
    assert_eq!(
        identity("https://n.example/?p=1&q=2#f"),
        "https://n.example/?p=1&q=2"
    );
    assert_eq!(identity("urn:x:story-1"), "urn:x:story-1");
    assert_eq!(host_key("article-annotator:mine"), "article-annotator:mine");
}

#[test]
fn a_saved_value_reads_back_whole() {
    let article = article("story-1", "urn:x:story-1", BEFORE);
    let state = annotated(&article, &["Alpha beta", "talks would resume"]);
    let raw = saved_value(&state);
    assert!(is_ours(&raw));
    let reading = read_value(&raw, &article, None);
    assert_eq!(reading.damage, Damage::None);
    assert!(!reading.revised);
    let statuses: Vec<AnchorStatus> = reading
        .annotations
        .iter()
        .map(|p| p.placement.status)
        .collect();
    assert_eq!(statuses, [AnchorStatus::Exact; 2]);
    assert_eq!(reading.annotations[1].annotation.note, "note 1");
}

#[test]
fn a_correction_re_anchors_and_tells_the_reader() {
    let before = article("story-1", "urn:x:story-1", BEFORE);
    let after = article("story-1", "urn:x:story-1", AFTER);
    let phrases = [
        "Alpha beta",
        "talks would resume",
        "editors will remove entirely",
    ];
    let raw = saved_value(&annotated(&before, &phrases));
    let reading = read_value(&raw, &after, None);
    assert!(reading.revised, "the text hash inside the value differs");
    assert_eq!(reading.damage, Damage::None);
    let statuses: Vec<AnchorStatus> = reading
        .annotations
        .iter()
        .map(|p| p.placement.status)
        .collect();
    let want = [
        AnchorStatus::Exact,
        AnchorStatus::Moved,
        AnchorStatus::Orphaned,
    ];
    assert_eq!(statuses, want);
    // The reducer tells the reader, and keeps the orphan listed.
    let mut state = AppState::new(after.clone(), Vec::new());
    state.apply(restore(reading.annotations, true));
    assert_eq!(state.annotations.len(), 3);
    assert_eq!(state.n_orphaned(), 1);
    let notice = state.notice.as_ref().expect("a message");
    assert_eq!(
        notice.text(&article_annotator::model::i18n::Strings::english()),
        "The article was updated since your last visit: 1 note kept, 1 moved, 1 not found (still listed)."
    );
    // An unchanged text says nothing.
    let mut same = AppState::new(before.clone(), Vec::new());
    let reading = read_value(&raw, &before, None);
    assert!(!reading.revised);
    same.apply(restore(reading.annotations, false));
    assert_eq!(same.notice, None);
    // The orphan is written back as it was read: kept, and exported unchanged.
    let written = saved_value(&state);
    assert!(written.contains("editors will remove entirely"));
    assert_eq!(read_value(&written, &after, None).annotations.len(), 3);
}

#[test]
fn first_version_values_name_their_text_in_the_key() {
    let before = article("story-1", "urn:x:story-1", BEFORE);
    let after = article("story-1", "urn:x:story-1", AFTER);
    let state = annotated(&before, &["Alpha beta"]);
    let v1 = reader_collection(&before, state.annotations.iter().map(Rc::as_ref));
    assert!(is_ours(&v1), "what the first version wrote is ours");
    let hash = before.text_hash();
    assert!(!read_value(&v1, &before, Some(&hash)).revised);
    assert!(read_value(&v1, &after, Some(&hash)).revised);
}

#[test]
fn damage_is_reported_never_hidden() {
    let article = article("story-1", "urn:x:story-1", BEFORE);
    let raw = saved_value(&annotated(&article, &["Alpha beta", "talks would resume"]));
    struct Case {
        name: &'static str,
        raw: String,
        want: Damage,
        n_read: usize,
    }
    let cases = [
        Case {
            name: "an item with a category a newer version made",
            raw: raw.replacen(
                "urn:article-annotator:category:claim",
                "urn:article-annotator:category:rumour",
                1,
            ),
            want: Damage::Partial { n_unread: 1 },
            n_read: 1,
        },
        Case {
            name: "a value from a newer format",
            raw: raw.replacen("\"format\":2", "\"format\":3", 1),
            want: Damage::Newer { format: 3 },
            n_read: 2,
        },
        Case {
            name: "garbage",
            raw: "{\"this is\": not json".into(),
            want: Damage::Whole {
                reason: Msg::ImportInvalidJson {
                    line: 1,
                    column: 13,
                    detail: "expected value".into(),
                },
            },
            n_read: 0,
        },
    ];
    for case in cases {
        let reading = read_value(&case.raw, &article, None);
        assert_eq!(reading.damage, case.want, "{}", case.name);
        assert_eq!(reading.annotations.len(), case.n_read, "{}", case.name);
    }
}

#[test]
fn a_host_value_is_never_ours() {
    for raw in [
        "{\"theme\":\"dark\"}",
        "[]",
        "dark",
        "",
        "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"Annotation\"}",
    ] {
        assert!(!is_ours(raw), "{raw}");
    }
}

#[test]
fn annotations_read_late_survive_undo_and_redo() {
    let article = article("story-1", "urn:x:story-1", BEFORE);
    let stored: Vec<Placed> = annotated(&article, &["Alpha beta"])
        .annotations
        .iter()
        .map(|p| (**p).clone())
        .collect();
    // The first read failed; the reader annotated in memory.
    let mut state = AppState::new(article.clone(), Vec::new());
    state.apply(Action::Restore {
        annotations: Vec::new(),
        warning: Some(Msg::Plain(Key::StorageUnreadable)),
        revised: false,
        held: true,
    });
    assert!(state.storage.held);
    state.apply(Action::Select {
        pending: Pending {
            span: span_of(&article, "talks would resume"),
            on_screen: ScreenBox::default(),
            input: Input::Pointer,
            hint: None,
        },
    });
    state.apply(Action::Create {
        id: AnnotationId::parse("urn:test:late").expect("valid"),
        category: Category::Claim,
        note: String::new(),
        now: Timestamp::parse("2026-11-25T11:00:00Z").expect("valid"),
    });
    state.apply(Action::StorageProblem {
        message: Msg::Plain(Key::StorageHeld),
        held: true,
    });
    assert!(state.storage.unsaved);
    // The read succeeds now: the stored annotation comes back, in every undo step too.
    state.apply(Action::Recover {
        annotations: stored,
        warning: None,
    });
    let ids = |s: &AppState| -> Vec<String> {
        s.annotations
            .iter()
            .filter(|p| p.annotation.origin == Origin::Reader)
            .map(|p| p.annotation.id.to_string())
            .collect()
    };
    assert_eq!(ids(&state), ["urn:test:late", "urn:test:0"]);
    assert!(!state.storage.held);
    state.apply(Action::Undo);
    assert_eq!(ids(&state), ["urn:test:0"], "undo keeps what was read late");
    state.apply(Action::Redo);
    assert_eq!(ids(&state), ["urn:test:late", "urn:test:0"]);
    state.apply(Action::StorageOk);
    assert_eq!(state.storage.warning, None);
    assert!(!state.storage.unsaved);
    let forced = state.storage.forced;
    state.apply(Action::SaveAnyway);
    assert_eq!(state.storage.forced, forced + 1);
}
