//! The server-rendered widget against the markup contract (README "For host pages"): paragraphs
//! whose text is the article's, runs at their code-point offsets, marks with categories and ids,
//! edge markers without text, ids under the instance prefix, no `style` attribute; the numbered
//! notes linked both ways; a golden of a small article; and a first render that does not depend
//! on where the reader's annotations are stored.

use std::rc::Rc;

use article_annotator::components::prerender::{fingerprint, render_to_html};
use article_annotator::components::AppProps;
use article_annotator::model::article::{ArticleId, ArticleMeta};
use article_annotator::model::bundle::{load, Bundle};
use article_annotator::options::{StorageChoice, WidgetOptions};
use article_annotator::seed::seed_bundle;

use crate::render_cli::annotations;

fn props(bundle: Bundle, instance: &str, storage: StorageChoice) -> AppProps {
    AppProps {
        bundle: Rc::new(bundle),
        instance: instance.to_string().into(),
        options: Rc::new(WidgetOptions {
            storage,
            ..WidgetOptions::default()
        }),
    }
}

fn ssr(bundle: Bundle, instance: &str) -> String {
    render_to_html(props(bundle, instance, StorageChoice::PerArticle)).expect("renders")
}

/// Text of `html` as `textContent` would give it: tags and comments out, entities decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let end = if rest[at..].starts_with("<!--") {
            "-->"
        } else {
            ">"
        };
        rest = rest[at..]
            .find(end)
            .map_or("", |e| &rest[at + e + end.len()..]);
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Every value of `attribute` in `html`, in order.
fn values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let needle = format!(" {attribute}=\"");
    html.match_indices(&needle)
        .map(|(at, _)| {
            let from = at + needle.len();
            &html[from..from + html[from..].find('"').expect("closed value")]
        })
        .collect()
}

/// The element opening at the first `open` and its content up to `close`.
fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html.find(open).expect(open);
    let end = start + html[start..].find(close).expect(close) + close.len();
    &html[start..end]
}

#[test]
fn the_seed_keeps_the_markup_contract() {
    let bundle = seed_bundle();
    let article = bundle.article.clone();
    let html = ssr(bundle, "aa");
    // Paragraphs: textContent is exactly the paragraph's text.
    for (i, span) in article.paragraphs().iter().enumerate() {
        let open = format!("<p data-paragraph=\"{i}\" class=\"aa-paragraph\">");
        let paragraph = between(&html, &open, "</p>");
        let expected = article
            .text()
            .slice(*span)
            .expect("a paragraph")
            .to_string();
        assert_eq!(text_of(paragraph), expected, "paragraph {i}");
    }
    // Runs: the text at each data-start is the run's own text.
    let chars: Vec<char> = article.text().as_str().chars().collect();
    for piece in html
        .split("<span data-start=\"")
        .skip(1)
        .chain(html.split("<mark data-start=\"").skip(1))
    {
        let start: usize = piece[..piece.find('"').expect("value")]
            .parse()
            .expect("a number");
        let run =
            text_of(&piece[piece.find('>').expect("tag") + 1..piece.find("</").expect("closed")]);
        let at: String = chars[start..start + run.chars().count()].iter().collect();
        assert_eq!(at, run, "run at {start}");
    }
    // Marks: categories, ids and depth on each.
    let marks: Vec<&str> = html.split("<mark ").skip(1).collect();
    assert_eq!(marks.len(), 45);
    for mark in &marks {
        let tag = &mark[..mark.find('>').expect("tag")];
        for attribute in [
            "data-category=\"",
            "data-annotation-ids=\"urn:uuid:",
            "data-depth=\"",
        ] {
            assert!(tag.contains(attribute), "{attribute} in {tag}");
        }
    }
    // Edges: empty, one start and one end per annotation; starts link to numbered notes.
    assert_eq!(html.matches("data-edge=\"start\"").count(), 42);
    assert_eq!(html.matches("data-edge=\"end\"").count(), 42);
    assert_eq!(html.matches("class=\"aa-edge\"></a>").count(), 42);
    assert_eq!(html.matches("class=\"aa-edge\"></span>").count(), 42);
    for n in 1..=42 {
        assert!(
            html.contains(&format!(
                "id=\"aa-ref-{n}\" href=\"#aa-note-{n}\" aria-label=\""
            )),
            "ref {n}"
        );
        assert!(html.contains(&format!(" data-note=\"{n}\"")), "number {n}");
        assert!(html.contains(&format!("id=\"aa-note-{n}\"")), "note {n}");
        assert!(
            html.contains(&format!("href=\"#aa-ref-{n}\"")),
            "back link {n}"
        );
    }
    // The notes' order is the text's: note 1 is the first highlight.
    let first_ref = values(&html, "data-annotation-id")[0];
    let first_note = between(&html, "id=\"aa-note-1\"", ">");
    assert!(first_note.contains(first_ref));
    // Ids under the instance prefix; no inline style; not ready before the browser runs it.
    for id in values(&html, "id") {
        assert!(id.starts_with("aa-"), "{id}");
    }
    assert!(!html.contains(" style="));
    assert!(!html.contains("data-ready"));
    // Every message is filled in: a `{placeholder}` never reaches a reader or a screen reader
    // (the article's help label once read "1 {claim.short}").
    for attribute in ["aria-label", "title", "placeholder"] {
        for value in values(&html, attribute) {
            assert!(!value.contains('{'), "{attribute}=\"{value}\"");
        }
    }
    assert!(!text_of(&html).contains("{claim"), "unfilled text");
    assert!(
        html.contains("1 Claim, 2 Demand, 3 Question"),
        "the article's keys, named"
    );
    // The legend counts each category.
    for (category, n) in [("Claims", 29), ("Demands", 5), ("Unanswered questions", 8)] {
        assert!(html.contains(&format!(
            "<span class=\"aa-legend__label\">{category}</span><span class=\"aa-legend__count\">{n}</span>"
        )));
    }
}

/// Two paragraphs, a claim with a question inside it, and one note with markup in it.
fn small() -> Bundle {
    let meta = ArticleMeta {
        id: ArticleId::parse("small").expect("valid"),
        title: "Small <story>".into(),
        standfirst: None,
        source: "urn:test".into(),
    };
    let text = "Rates rise & fall, why now?\nEnd.";
    load(
        meta,
        text,
        Some(&annotations(&[
            ("urn:t:1", "claim", "Rates rise & fall, why now?"),
            ("urn:t:2", "question", "why now?"),
        ])),
    )
}

#[test]
fn golden_article_of_a_small_story() {
    let html = ssr(small(), "g");
    let article = between(&html, "<article ", "</article>");
    // Yew's hydration markers aside, this is the article as the browser's first render has it.
    let without_markers: String = {
        let mut out = String::new();
        let mut rest = article;
        while let Some(at) = rest.find("<!--") {
            out.push_str(&rest[..at]);
            rest = rest[at..].find("-->").map_or("", |e| &rest[at + e + 3..]);
        }
        out.push_str(rest);
        out
    };
    let golden = concat!(
        r##"<article role="region" aria-labelledby="g-title" data-size="short" dir="ltr" class="aa-article"><header class="aa-article__header"><h1 id="g-title" class="aa-title">Small &lt;story&gt;</h1></header><p aria-live="polite" class="aa-sr"></p>"##,
        r##"<div tabindex="0" role="region" aria-label="Article text. To annotate with the keyboard: arrow keys select words and sentences, Shift extends, 1 Claim, 2 Demand, 3 Question, Enter adds a note, Escape cancels." class="aa-body">"##,
        r##"<p data-paragraph="0" class="aa-paragraph">"##,
        r##"<a data-edge="start" data-category="claim" data-label="Claim start" data-annotation-id="urn:t:1" id="g-ref-1" href="#g-note-1" aria-label="Claim start" data-note="1" tabindex="0" aria-describedby="g-popover" class="aa-edge"></a><mark data-start="0" data-category="claim" data-annotation-ids="urn:t:1" data-depth="1" class="aa-mark">Rates rise &amp; fall, </mark>"##,
        r##"<a data-edge="start" data-category="question" data-label="Unanswered question start" data-annotation-id="urn:t:2" id="g-ref-2" href="#g-note-2" aria-label="Unanswered question start" data-note="2" tabindex="0" aria-describedby="g-popover" class="aa-edge"></a>"##,
        r##"<mark data-start="19" data-category="claim question" data-annotation-ids="urn:t:1 urn:t:2" data-depth="2" class="aa-mark">why now?</mark>"##,
        r##"<span data-edge="end" data-category="question" data-label="Unanswered question end" class="aa-edge"></span>"##,
        r##"<span data-edge="end" data-category="claim" data-label="Claim end" class="aa-edge"></span></p>"##,
        r##"<p data-paragraph="1" class="aa-paragraph"><span data-start="28" class="aa-text">End.</span></p></div>"##,
        r##"<section aria-labelledby="g-notes-title" class="aa-notes"><h2 id="g-notes-title" class="aa-notes__title">Notes</h2><ol class="aa-notes__list">"##,
        r##"<li id="g-note-1" data-category="claim" data-annotation-id="urn:t:1" class="aa-note"><span data-category="claim" aria-hidden="true" class="aa-swatch">◆</span><span class="aa-note__category">Claim</span><q class="aa-note__quote">Rates rise &amp; fall, why now?</q><span class="aa-note__text">Note on Rates rise &amp; fall, why now?</span><a href="#g-ref-1" aria-label="Back to note 1 in the text" class="aa-note__back">↩</a></li>"##,
        r##"<li id="g-note-2" data-category="question" data-annotation-id="urn:t:2" class="aa-note"><span data-category="question" aria-hidden="true" class="aa-swatch">?</span><span class="aa-note__category">Unanswered question</span><q class="aa-note__quote">why now?</q><span class="aa-note__text">Note on why now?</span><a href="#g-ref-2" aria-label="Back to note 2 in the text" class="aa-note__back">↩</a></li>"##,
        r##"</ol></section><div role="tooltip" id="g-popover" hidden="hidden" class="aa-popover"></div></article>"##,
    );
    assert_eq!(without_markers, golden);
}

#[test]
fn the_first_render_does_not_depend_on_storage() {
    let render = |storage| render_to_html(props(small(), "s", storage)).expect("renders");
    let per_article = render(StorageChoice::PerArticle);
    assert_eq!(per_article, render(StorageChoice::Off));
    assert_eq!(per_article, render(StorageChoice::Key("k".into())));
}

#[test]
fn the_fingerprint_follows_the_props_that_reach_the_markup() {
    let mark = |bundle, instance: &str| fingerprint(&props(bundle, instance, StorageChoice::Off));
    let seed = mark(seed_bundle(), "aa");
    assert_eq!(seed, mark(seed_bundle(), "aa"), "deterministic");
    assert_eq!(seed.len(), 16);
    assert_ne!(seed, mark(seed_bundle(), "ab"));
    assert_ne!(seed, mark(small(), "aa"));
    let read_only = AppProps {
        options: Rc::new(WidgetOptions {
            read_only: true,
            ..WidgetOptions::default()
        }),
        ..props(seed_bundle(), "aa", StorageChoice::Off)
    };
    assert_ne!(seed, fingerprint(&read_only));
    // Storage never reaches the first render, so it is not in the fingerprint.
    assert_eq!(
        seed,
        fingerprint(&props(seed_bundle(), "aa", StorageChoice::PerArticle))
    );
}
