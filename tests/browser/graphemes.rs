//! The wasm's grapheme clusters (`Intl.Segmenter`, installed as the widget installs it) against
//! the native UAX #29 edges of the shared table (`tests/native/graphemes.rs` checks the same).

use wasm_bindgen_test::wasm_bindgen_test;

use article_annotator::dom::graphemes::install;
use article_annotator::model::selection::{snap, Snap};
use article_annotator::model::{IndexedText, Span};

#[path = "../support/grapheme_cases.rs"]
mod grapheme_cases;

use grapheme_cases::{ends, GRAPHEME_CASES};

#[wasm_bindgen_test]
fn browser_clusters_match_the_native_table() {
    install();
    for case in GRAPHEME_CASES {
        assert_eq!(ends(case.text), case.ends, "{}: {:?}", case.name, case.text);
    }
}

#[wasm_bindgen_test]
fn alt_selection_keeps_clusters_whole_with_the_browser_segmenter() {
    install();
    // A raw selection from inside a Devanagari conjunct to inside a family emoji.
    let text =
        IndexedText::new("x \u{0915}\u{094D}\u{0937}\u{093F} \u{1F469}\u{200D}\u{1F467} y".into());
    let raw = Span::new(3, 8).expect("span");
    let snapped = snap(&text, raw, Snap::Graphemes).expect("a span");
    assert_eq!((snapped.start(), snapped.end()), (2, 10));
}
