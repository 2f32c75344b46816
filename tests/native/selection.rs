//! Selection rules table: word snapping, grapheme safety and keyboard caret moves.

use article_annotator::model::selection::{move_caret, snap, Direction, Snap, Step};
use article_annotator::model::{IndexedText, Span};

fn cut(text: &str, span: Option<Span>) -> Option<String> {
    let indexed = IndexedText::new(text.to_string());
    span.and_then(|s| indexed.slice(s).map(str::to_string))
}

#[test]
fn snapping_table() {
    // (text, raw start, raw end, mode, expected selected text)
    let cases: &[(&str, usize, usize, Snap, Option<&str>)] = &[
        (
            "Putin rejected a ceasefire",
            2,
            9,
            Snap::Words,
            Some("Putin rejected"),
        ),
        (
            "Putin rejected a ceasefire",
            5,
            7,
            Snap::Words,
            Some("rejected"),
        ), // leading space trimmed
        ("Putin rejected a ceasefire", 5, 6, Snap::Words, None), // only a space
        (
            "Putin rejected a ceasefire",
            2,
            9,
            Snap::Graphemes,
            Some("tin rej"),
        ),
        (
            "Putin rejected a ceasefire ",
            17,
            27,
            Snap::Graphemes,
            Some("ceasefire"),
        ), // trailing space trimmed
        ("cafe\u{301} talks", 3, 4, Snap::Graphemes, Some("e\u{301}")), // accent never split off
        ("cafe\u{301} talks", 1, 2, Snap::Words, Some("cafe\u{301}")),
        ("hi 👩‍👩‍👧 there", 4, 5, Snap::Graphemes, Some("👩‍👩‍👧")), // inside a ZWJ family
        ("“key condition” was", 1, 3, Snap::Words, Some("key")),
        (
            "“key condition” was",
            3,
            6,
            Snap::Words,
            Some("key condition"),
        ),
        ("30-day halt", 0, 2, Snap::Words, Some("30-day")), // hyphen joins
        ("Trump’s dilemma", 0, 2, Snap::Words, Some("Trump’s")), // apostrophe joins
        ("peace – not war", 6, 7, Snap::Words, Some("–")),  // a dash is its own unit
        ("ends here. Next", 5, 9, Snap::Words, Some("here")), // a final period does not join
        ("U.S. troops", 0, 1, Snap::Words, Some("U.S")),
        ("para one\npara two", 6, 11, Snap::Words, Some("one\npara")), // crosses a paragraph
    ];
    for &(text, start, end, mode, want) in cases {
        let indexed = IndexedText::new(text.to_string());
        let got = snap(&indexed, Span::new(start, end).expect("non-empty"), mode);
        assert_eq!(
            cut(text, got).as_deref(),
            want,
            "{text:?} {start}..{end} {mode:?}"
        );
    }
}

#[test]
fn caret_moves_by_word_and_sentence() {
    let text = "Peace is elusive. Putin said no! Talks go on.";
    let indexed = IndexedText::new(text.to_string());
    let extent = Span::new(0, indexed.n_chars()).expect("non-empty");
    // (from, step, direction, to)
    let cases: &[(usize, Step, Direction, usize)] = &[
        (0, Step::Word, Direction::Forward, 5),      // end of "Peace"
        (5, Step::Word, Direction::Forward, 8),      // end of "is"
        (8, Step::Word, Direction::Backward, 6),     // start of "is"
        (0, Step::Word, Direction::Backward, 0),     // clamps at the start
        (0, Step::Sentence, Direction::Forward, 17), // after "elusive."
        (17, Step::Sentence, Direction::Forward, 32),
        (32, Step::Sentence, Direction::Backward, 18),
        (40, Step::Sentence, Direction::Forward, 45),
        (45, Step::Word, Direction::Forward, 45), // clamps at the end
    ];
    for &(from, step, direction, to) in cases {
        assert_eq!(
            move_caret(&indexed, extent, from, step, direction),
            to,
            "{from} {step:?} {direction:?}"
        );
    }
}
