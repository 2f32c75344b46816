//! Re-anchoring table: a quote recorded in one text, located in an edited one, with the status and span expected.

use article_annotator::model::anchor::{describe, locate, Anchorer};
use article_annotator::model::{AnchorStatus, IndexedText, Span};

use AnchorStatus::{Exact, Fuzzy, Moved, Orphaned};

const BASE: &str = "Peace in Ukraine remains as elusive as ever after Vladimir Putin rejected an immediate ceasefire and promised only incremental steps.\nTrump, for now, has given Putin the benefit of the doubt.\nThe Kremlin said talks would continue in Riyadh next week.";

/// The code-point span of the `nth` occurrence of `needle` in `text`.
fn span_of(text: &str, needle: &str, nth: usize) -> Span {
    let byte = text
        .match_indices(needle)
        .nth(nth)
        .map(|(b, _)| b)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} in {text:?}"));
    let start = text[..byte].chars().count();
    Span::new(start, start + needle.chars().count()).expect("non-empty needle")
}

/// One row: the quote is `quoted` (nth occurrence) in `before`; after the edit, the answer is
/// `want_status` at `want` (nth occurrence in `after`), or nowhere.
struct Row {
    name: &'static str,
    before: String,
    quoted: (&'static str, usize),
    after: String,
    use_hint: bool,
    want_status: AnchorStatus,
    want: Option<(&'static str, usize)>,
}

fn row(
    name: &'static str,
    before: &str,
    quoted: (&'static str, usize),
    after: &str,
    use_hint: bool,
    want_status: AnchorStatus,
    want: Option<(&'static str, usize)>,
) -> Row {
    Row {
        name,
        before: before.into(),
        quoted,
        after: after.into(),
        use_hint,
        want_status,
        want,
    }
}

fn edited(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "{from:?} not in the base text");
    BASE.replacen(from, to, 1)
}

#[test]
fn reanchoring_table() {
    let long = (
        "rejected an immediate ceasefire and promised only incremental steps",
        0,
    );
    let short = ("ceasefire", 0);
    let rows = vec![
        row("unchanged, hint", BASE, long, BASE, true, Exact, Some(long)),
        row("unchanged, no hint", BASE, short, BASE, false, Exact, Some(short)),
        row("insertion far before", BASE, long, &format!("Analysis. {BASE}"), true, Moved, Some(long)),
        row("deletion far before", BASE, long, &edited("Peace in Ukraine remains", "Ukraine remains"), true, Moved, Some(long)),
        row("insertion touching the prefix", BASE, long, &edited("Putin rejected", "Putin, defiant, rejected"), true, Moved, Some(long)),
        row("insertion touching the suffix", BASE, long, &edited("steps.", "steps, officials said."), true, Exact, Some(long)),
        row("short quote, one side of its context edited", BASE, short, &edited("immediate ceasefire and", "immediate ceasefire, and"), true, Exact, Some(short)),
        row("short quote, both sides edited: ask", BASE, short, &edited("an immediate ceasefire and", "an instant ceasefire, and"), true, Fuzzy, Some(short)),
        row(
            "word inserted inside",
            BASE,
            long,
            &edited("only incremental", "only small, incremental"),
            true,
            Fuzzy,
            Some(("rejected an immediate ceasefire and promised only small, incremental steps", 0)),
        ),
        row("word deleted inside", BASE, long, &edited("promised only", "promised"), false, Fuzzy, Some(("rejected an immediate ceasefire and promised incremental steps", 0))),
        row("word replaced inside", BASE, long, &edited("immediate ceasefire", "immediate truce"), true, Fuzzy, Some(("rejected an immediate truce and promised only incremental steps", 0))),
        row("first word replaced", BASE, long, &edited("Putin rejected", "Putin refused"), true, Fuzzy, Some(("refused an immediate ceasefire and promised only incremental steps", 0))),
        row("passage deleted", BASE, long, &edited(" rejected an immediate ceasefire and promised only incremental steps", ""), true, Orphaned, None),
        row("short quote gone, look-alike elsewhere", "talks failed. Peace talks resumed in Riyadh.", ("talks", 0), "Peace talks resumed in Riyadh.", true, Fuzzy, Some(("talks", 0))),
        row("case changed", BASE, long, &edited("rejected an immediate", "Rejected an Immediate"), true, Fuzzy, Some(("Rejected an Immediate ceasefire and promised only incremental steps", 0))),
        // Whitespace: reflowed lines and doubled spaces change no words.
        row("spaces collapsed", "the  talks  would continue next week", ("talks  would continue", 0), "the talks would continue next week", true, Moved, Some(("talks would continue", 0))),
        row("spaces expanded", BASE, long, &edited("promised only", "promised   only"), false, Moved, Some(("rejected an immediate ceasefire and promised   only incremental steps", 0))),
        row("line break became a space", BASE, ("steps.\nTrump, for now", 0), &edited("steps.\nTrump", "steps. Trump"), true, Moved, Some(("steps. Trump, for now", 0))),
        row("line break added", BASE, long, &edited("and promised", "and\npromised"), true, Moved, Some(("rejected an immediate ceasefire and\npromised only incremental steps", 0))),
        // Duplicated passages: context decides; with identical context only the hint can.
        row("duplicate, context picks", "A deal was signed. B: a deal was signed. Talks. A deal was signed today.", ("deal was signed", 2), "Preface. A deal was signed. B: a deal was signed. Talks. A deal was signed today.", false, Exact, Some(("deal was signed", 2))),
        row("duplicate passage, no hint", "x. The same sentence here. y. The same sentence here. y.", ("The same sentence here", 0), "x. The same sentence here. y. The same sentence here. y.", false, Exact, Some(("The same sentence here", 0))),
        row("duplicate added later, no hint", "x. The same sentence here. y.", ("The same sentence here", 0), "x. The same sentence here. y. x. The same sentence here. y.", false, Fuzzy, Some(("The same sentence here", 0))),
        row("duplicate added later, hint", "x. The same sentence here. y.", ("The same sentence here", 0), "intro. x. The same sentence here. y. Then other words come in between. x. The same sentence here. y.", true, Moved, Some(("The same sentence here", 0))),
        // Code points, not bytes or UTF-16 units.
        row("emoji inserted before", BASE, short, &edited("Peace in", "🇺🇦😀 Peace in"), true, Moved, Some(short)),
        row("emoji inside the quote", "we 😀 agree 👩‍👩‍👧 on this plan today", ("😀 agree 👩‍👩‍👧 on this", 0), "we 😀 agree 👩‍👩‍👧 on this plan today", true, Exact, Some(("😀 agree 👩‍👩‍👧 on this", 0))),
        row("combining mark before", "the cafe owners protested loudly", ("owners protested", 0), "the cafe\u{301} owners protested loudly", true, Moved, Some(("owners protested", 0))),
        row("precomposed became combining", "the café owners protested loudly", ("the café owners protested", 0), "the cafe\u{301} owners protested loudly", true, Fuzzy, Some(("the cafe\u{301} owners protested", 0))),
    ];
    let mut failures = Vec::new();
    for r in rows {
        let before = IndexedText::new(r.before.clone());
        let recorded = span_of(&r.before, r.quoted.0, r.quoted.1);
        let quote = describe(&before, recorded).expect("in range");
        let after = IndexedText::new(r.after.clone());
        let hint = r.use_hint.then_some(recorded);
        let want = r.want.map(|(needle, nth)| span_of(&r.after, needle, nth));
        let got = locate(&after, &quote, hint);
        if (got.status, got.span) != (r.want_status, want) {
            let found = got.span.and_then(|span| after.slice(span));
            failures.push(format!(
                "{}: got {:?} {found:?}, want {:?} {:?}",
                r.name, got.status, r.want_status, r.want
            ));
        }
        // A batch anchorer (with its index) must agree with the one-off search.
        assert_eq!(
            Anchorer::new(&after).locate(&quote, hint),
            got,
            "{} (batch)",
            r.name
        );
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn short_quotes_never_land_silently_on_a_look_alike() {
    // Each edit removes the recorded occurrence; every other "talks" has foreign context.
    let before =
        "Officials said talks would resume. Later the talks failed. Talks, he said, are over.";
    let recorded = span_of(before, "talks", 1);
    let quote = describe(&IndexedText::new(before.into()), recorded).expect("in range");
    for after in [
        "Officials said talks would resume. Later the negotiations failed. Talks, he said, are over.",
        "Officials said talks would resume. Talks, he said, are over.",
        "talks talks talks talks",
    ] {
        let placement = locate(&IndexedText::new(after.into()), &quote, Some(recorded));
        assert!(
            matches!(placement.status, Fuzzy | Orphaned),
            "{after:?}: {placement:?}"
        );
    }
}
