//! Tricky strings and their grapheme cluster edges, shared by the native test (UAX #29 tables of
//! `unicode-segmentation`) and the browser test (`Intl.Segmenter` in the wasm), so the two
//! builds are held to the same edges.

/// One string and where its clusters end.
pub struct GraphemeCase {
    pub name: &'static str,
    pub text: &'static str,
    /// Code-point offsets where each cluster ends (the last is the text's length).
    pub ends: &'static [usize],
}

/// Code-point offsets where each of `text`'s clusters ends, as the model splits it.
pub fn ends(text: &str) -> Vec<usize> {
    article_annotator::model::graphemes::graphemes(text)
        .scan(0, |pos, piece| {
            *pos += piece.chars().count();
            Some(*pos)
        })
        .collect()
}

pub const GRAPHEME_CASES: &[GraphemeCase] = &[
    GraphemeCase {
        name: "empty",
        text: "",
        ends: &[],
    },
    GraphemeCase {
        name: "family emoji with zero-width joiners",
        text: "a\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}b",
        ends: &[1, 8, 9],
    },
    GraphemeCase {
        name: "two flags and a lone regional indicator",
        text: "\u{1F1FA}\u{1F1E6}\u{1F1EB}\u{1F1F7}\u{1F1E9}",
        ends: &[2, 4, 5],
    },
    GraphemeCase {
        name: "subdivision flag (tag sequence)",
        text: "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}!",
        ends: &[7, 8],
    },
    GraphemeCase {
        name: "skin tone and keycap",
        text: "\u{1F44D}\u{1F3FD}1\u{FE0F}\u{20E3}",
        ends: &[2, 5],
    },
    GraphemeCase {
        name: "stacked combining accents",
        text: "cafe\u{301} e\u{301}\u{323}x",
        ends: &[1, 2, 3, 5, 6, 9, 10],
    },
    GraphemeCase {
        name: "Hangul syllables and conjoining jamo",
        text: "\u{D55C}\u{AD6D} \u{1100}\u{1161}\u{11A8}",
        ends: &[1, 2, 3, 6],
    },
    GraphemeCase {
        name: "Devanagari conjuncts and vowel signs",
        text: "\u{0928}\u{092E}\u{0938}\u{094D}\u{0924}\u{0947} \u{0915}\u{094D}\u{0937}\u{093F}",
        ends: &[1, 2, 6, 7, 11],
    },
    GraphemeCase {
        name: "Thai spacing vowel",
        text: "\u{0E01}\u{0E33}\u{0E19}",
        ends: &[2, 3],
    },
    GraphemeCase {
        name: "CR LF is one cluster, LF CR two",
        text: "a\r\nb\n\r",
        ends: &[1, 3, 4, 5, 6],
    },
];
