//! `article-annotator-cli render`, in-process through `cli::run`: the seed as a page, a fragment
//! and a filled template, Markdown with front matter, emoji and combining accents. Errors and
//! orphans are in `render_cli_errors`.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use article_annotator::cli::{run, CliError};
use article_annotator::embed::bundle_from_json;

pub const SEED_TXT: &str = "seeds/000_bfbf250b9c86d46e.txt";
const SEED_JSON: &str = "seeds/000_bfbf250b9c86d46e.json";
const SEED_JSONLD: &str = "seeds/000_bfbf250b9c86d46e.annotations.jsonld";

/// A fresh scratch directory for one test.
pub fn scratch_dir() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "aa-render-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

pub fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.to_string_lossy().into_owned()
}

pub fn render(list: &[&str]) -> Result<String, CliError> {
    let args: Vec<String> = ["render"]
        .iter()
        .chain(list)
        .map(|s| s.to_string())
        .collect();
    run(&args).map(|output| output.stdout)
}

/// The JSON between `<script … {attribute}>` and `</script>`.
pub fn island(html: &str, attribute: &str) -> String {
    let start = html.find(attribute).expect("an island");
    let open = start + html[start..].find('>').expect("tag end") + 1;
    let close = open + html[open..].find("</script>").expect("closed");
    html[open..close].to_string()
}

/// One W3C annotation document with classifying annotations on the given quotes.
pub fn annotations(items: &[(&str, &str, &str)]) -> String {
    let items: Vec<String> = items
        .iter()
        .map(|(id, category, exact)| {
            format!(
                r#"{{"id": "{id}", "type": "Annotation", "motivation": "classifying",
                "body": [{{"type": "SpecificResource", "purpose": "classifying", "source": "urn:article-annotator:category:{category}"}},
                         {{"type": "TextualBody", "purpose": "commenting", "value": "Note on {exact}"}}],
                "target": {{"source": "urn:test", "selector": {{"type": "TextQuoteSelector", "exact": "{exact}"}}}}}}"#
            )
        })
        .collect();
    format!(
        r#"{{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "first": {{"type": "AnnotationPage", "items": [{}]}}}}"#,
        items.join(",")
    )
}

#[test]
fn the_seed_renders_as_a_page_whose_data_gives_the_same_article() {
    let html = render(&[
        "--article",
        SEED_TXT,
        "--meta",
        SEED_JSON,
        "--annotations",
        SEED_JSONLD,
    ])
    .expect("renders");
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<title>Putin rejects immediate ceasefire"));
    assert!(html.contains("<link rel=\"stylesheet\" href=\"article-annotator.css\">"));
    assert!(html.contains("<script type=\"module\" src=\"article-annotator.js\"></script>"));
    assert!(html.contains("<article-annotator instance=\"aa\" lang=\"en\" data-aa-prerendered=\""));
    assert_eq!(html.matches("<mark ").count(), 45);
    assert_eq!(html.matches("class=\"aa-note\"").count(), 42);
    // No inline script runs: the only scripts are the loader (external) and JSON data.
    assert_eq!(html.matches("<script").count(), 2);
    let data = island(&html, "data-article-annotator-data");
    assert!(!data.contains('<'), "the island cannot end its element");
    let bundle = bundle_from_json(&data);
    assert!(bundle.problems.is_empty(), "{:?}", bundle.problems);
    assert_eq!(bundle.editorial.len(), 42);
    assert_eq!(
        bundle.article.text().as_str(),
        std::fs::read_to_string(SEED_TXT)
            .expect("seed")
            .trim_end_matches('\n')
    );
}

#[test]
fn a_fragment_is_the_element_alone_and_takes_an_instance() {
    let html =
        render(&["--article", SEED_TXT, "--fragment", "--instance", "story-2"]).expect("renders");
    assert!(html.starts_with("<article-annotator instance=\"story-2\""));
    assert!(html.trim_end().ends_with("</script></article-annotator>"));
    assert!(!html.contains("<html") && !html.contains("<head>"));
    assert!(html.contains("id=\"story-2-legend-title\""));
    // Without annotations: the article only, no notes section.
    assert!(!html.contains("<mark"));
    assert!(!html.contains("aa-notes"));
}

#[test]
fn a_template_is_filled_and_can_be_rendered_again_for_another_article() {
    let dir = scratch_dir();
    let template = write(
        &dir,
        "index.html",
        "<!doctype html><html><head><title>article-annotator</title></head><body>\
         <div id=\"article-annotator\"><noscript>needs JavaScript</noscript></div>\
         <script type=\"module\">/* trunk's loader */</script></body></html>",
    );
    let out = dir.join("page.html").to_string_lossy().into_owned();
    let seed = [
        "--article",
        SEED_TXT,
        "--meta",
        SEED_JSON,
        "--annotations",
        SEED_JSONLD,
    ];
    let mut args = vec!["--template", &template, "--out", &out];
    args.extend(seed);
    render(&args).expect("renders the seed");
    let first = std::fs::read_to_string(&out).expect("written");
    assert!(!first.contains("noscript"));
    assert!(first.contains("<div id=\"article-annotator\" data-aa-prerendered=\""));
    assert!(first.contains("/* trunk's loader */"));
    let data = island(&first, "id=\"article-annotator-data\"");
    assert_eq!(bundle_from_json(&data).editorial.len(), 42);

    let story = write(
        &dir,
        "story.md",
        "---\ntitle: Second story\n---\n\nOnly one paragraph.\n",
    );
    render(&["--template", &out, "--out", &out, "--article", &story]).expect("renders again");
    let second = std::fs::read_to_string(&out).expect("written");
    assert!(second.contains("<title>Second story</title>"));
    assert_eq!(second.matches("id=\"article-annotator-data\"").count(), 1);
    assert_eq!(second.matches("data-aa-prerendered=").count(), 1);
    assert_eq!(second.matches("class=\"aa-paragraph\"").count(), 1);
    assert!(!second.contains("Putin"));
    assert!(second.contains("/* trunk's loader */"));
}

#[test]
fn markdown_with_front_matter_emoji_and_combining_accents() {
    let dir = scratch_dir();
    let story = write(
        &dir,
        "cafe-story.md",
        "---\ntitle: Le café\u{301} 👩‍👩‍👧\nstandfirst: Une *petite* histoire\n---\n\n\
         Le café\u{301} ferme 😀 demain, dit le maire.\n\nPourquoi ferme-t-il ?\n",
    );
    let notes = write(
        &dir,
        "notes.jsonld",
        &annotations(&[
            ("urn:t:1", "claim", "café\u{301} ferme 😀 demain"),
            ("urn:t:2", "question", "Pourquoi ferme-t-il ?"),
        ]),
    );
    let html =
        render(&["--article", &story, "--annotations", &notes, "--fragment"]).expect("renders");
    assert!(html.contains("class=\"aa-title\">Le café\u{301} 👩‍👩‍👧</h1>"));
    assert!(html.contains("<p class=\"aa-standfirst\">Une *petite* histoire</p>"));
    // Offsets count code points: "Le " is 3, and the combining accent is one more.
    assert!(html.contains("<mark data-start=\"3\" data-category=\"claim\""));
    assert!(html.contains("data-category=\"question\""));
    let data: serde_json::Value =
        serde_json::from_str(&island(&html, "data-article-annotator-data")).expect("JSON");
    assert_eq!(data["meta"]["id"], "cafe-story");
    // The Markdown travels already read (its text and structure): the reader's wasm reads none.
    assert_eq!(data["format"], serde_json::Value::Null);
    assert_eq!(
        data["text"],
        "Le café\u{301} ferme 😀 demain, dit le maire.\nPourquoi ferme-t-il ?"
    );
    let bundle = bundle_from_json(&island(&html, "data-article-annotator-data"));
    assert_eq!(
        bundle.article.text().as_str(),
        "Le café\u{301} ferme 😀 demain, dit le maire.\nPourquoi ferme-t-il ?"
    );
}

#[test]
fn markdown_structure_is_rendered_and_carried_to_the_browser() {
    let dir = scratch_dir();
    let story = write(
        &dir,
        "structured.md",
        "# The title\n\nA **bold** claim.\n\n## A heading\n\n- first item\n- second item\n",
    );
    let html = render(&["--article", &story, "--fragment"]).expect("renders");
    assert!(html.contains("<h2 "), "{html}");
    assert!(html.contains("<strong"), "inline styles");
    assert_eq!(html.matches("<li data-paragraph=").count(), 2, "list items");
    let bundle = bundle_from_json(&island(&html, "data-article-annotator-data"));
    assert_eq!(bundle.article.paragraphs().len(), 4);
    assert!(bundle.article.blocks().iter().any(|b| b.inlines.len() == 1));
}

#[test]
fn a_fragment_in_another_language_carries_its_strings_and_direction() {
    let english = render(&["--article", SEED_TXT, "--fragment"]).expect("renders");
    let french = render(&["--article", SEED_TXT, "--fragment", "--lang", "fr"]).expect("renders");
    assert!(french.starts_with("<article-annotator instance=\"aa\" lang=\"fr\""));
    assert!(
        french.contains(">Surlignages</h2>"),
        "French strings, as the loader fetches them"
    );
    let arabic = render(&["--article", SEED_TXT, "--fragment", "--lang", "ar"]).expect("renders");
    assert!(arabic.contains("dir=\"rtl\""));
    let mark = |html: &str| {
        html.split("data-aa-prerendered=\"")
            .nth(1)
            .map(|s| s[..16].to_string())
    };
    assert_ne!(
        mark(&english),
        mark(&french),
        "the fingerprint names the strings"
    );
}
