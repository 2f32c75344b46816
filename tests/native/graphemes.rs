//! The model's grapheme clusters natively (UAX #29 tables) on the table the browser test shares.

#[path = "../support/grapheme_cases.rs"]
mod grapheme_cases;

use grapheme_cases::{ends, GRAPHEME_CASES};

#[test]
fn native_clusters_match_the_shared_table() {
    for case in GRAPHEME_CASES {
        assert_eq!(ends(case.text), case.ends, "{}: {:?}", case.name, case.text);
    }
}
