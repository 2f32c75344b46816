//! The model's grapheme clusters natively (UAX #29 tables) on the table the browser test shares.

use article_annotator::model::graphemes::graphemes;

#[path = "../support/grapheme_cases.rs"]
mod grapheme_cases;

use grapheme_cases::GRAPHEME_CASES;

/// Code-point offsets where each of `text`'s clusters ends.
fn ends(text: &str) -> Vec<usize> {
    graphemes(text)
        .scan(0, |pos, piece| {
            *pos += piece.chars().count();
            Some(*pos)
        })
        .collect()
}

#[test]
fn native_clusters_match_the_shared_table() {
    for case in GRAPHEME_CASES {
        assert_eq!(ends(case.text), case.ends, "{}: {:?}", case.name, case.text);
    }
}
