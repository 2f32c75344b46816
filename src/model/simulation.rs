//! Re-anchoring under random edits: edit an article word by word, track where each annotated
//! passage went, re-anchor every annotation and judge the result.
//!
//! Shared by `tests/reanchor_simulation.rs`, which asserts that wrong placements stay near
//! zero, and `benches/model.rs`, which prints the shares. Deterministic for a given seed. An
//! edit inserts, deletes or replaces one word, drawing new words from the article itself, so
//! look-alike passages are common, as in real revisions.

use std::fmt;
use std::ops::AddAssign;

use super::anchor::{AnchorStatus, Placement};
use super::annotation::Annotation;
use super::article::Article;
use super::placement::place_all;
use super::span::Span;

/// How one re-anchored annotation fared against the passage it should have found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Exact or moved, on exactly the tracked passage.
    Correct,
    /// Fuzzy, overlapping the tracked passage: the reader confirms a right guess.
    FuzzyOnPassage,
    /// Fuzzy, elsewhere (or the passage is gone): the reader rejects a wrong guess.
    FuzzyElsewhere,
    /// Exact or moved, but not on the tracked passage: a silent mistake, the one to avoid.
    Wrong,
    /// Orphaned because every word of the passage was deleted: right.
    OrphanedGone,
    /// Orphaned although the passage (edited) still exists.
    OrphanedLost,
}

/// Judges a placement against the tracked span (`None` when the passage was deleted).
pub fn judge(placement: Placement, expected: Option<Span>) -> Verdict {
    match (placement.status, placement.span, expected) {
        (AnchorStatus::Orphaned, _, None) => Verdict::OrphanedGone,
        (AnchorStatus::Orphaned, _, Some(_)) => Verdict::OrphanedLost,
        (AnchorStatus::Fuzzy, Some(span), Some(want)) if span.overlaps(want) => {
            Verdict::FuzzyOnPassage
        }
        (AnchorStatus::Fuzzy, _, _) => Verdict::FuzzyElsewhere,
        (_, Some(span), Some(want)) if span == want => Verdict::Correct,
        _ => Verdict::Wrong,
    }
}

/// Counts of each verdict.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// See [`Verdict::Correct`].
    pub correct: usize,
    /// See [`Verdict::FuzzyOnPassage`].
    pub fuzzy_on_passage: usize,
    /// See [`Verdict::FuzzyElsewhere`].
    pub fuzzy_elsewhere: usize,
    /// See [`Verdict::Wrong`].
    pub wrong: usize,
    /// See [`Verdict::OrphanedGone`].
    pub orphaned_gone: usize,
    /// See [`Verdict::OrphanedLost`].
    pub orphaned_lost: usize,
}

impl Tally {
    /// Annotations judged.
    pub fn total(&self) -> usize {
        self.correct
            + self.fuzzy_on_passage
            + self.fuzzy_elsewhere
            + self.wrong
            + self.orphaned_gone
            + self.orphaned_lost
    }

    /// Share of `count` in the total, in percent.
    pub fn percent(&self, count: usize) -> f64 {
        100.0 * count as f64 / self.total().max(1) as f64
    }

    fn add(&mut self, verdict: Verdict) {
        *match verdict {
            Verdict::Correct => &mut self.correct,
            Verdict::FuzzyOnPassage => &mut self.fuzzy_on_passage,
            Verdict::FuzzyElsewhere => &mut self.fuzzy_elsewhere,
            Verdict::Wrong => &mut self.wrong,
            Verdict::OrphanedGone => &mut self.orphaned_gone,
            Verdict::OrphanedLost => &mut self.orphaned_lost,
        } += 1;
    }
}

impl AddAssign for Tally {
    fn add_assign(&mut self, other: Tally) {
        self.correct += other.correct;
        self.fuzzy_on_passage += other.fuzzy_on_passage;
        self.fuzzy_elsewhere += other.fuzzy_elsewhere;
        self.wrong += other.wrong;
        self.orphaned_gone += other.orphaned_gone;
        self.orphaned_lost += other.orphaned_lost;
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "correct {:.1}%, fuzzy {:.1}% (on the passage {:.1}%), wrong {:.1}%, orphaned {:.1}% (passage deleted {:.1}%) of {}",
            self.percent(self.correct),
            self.percent(self.fuzzy_on_passage + self.fuzzy_elsewhere),
            self.percent(self.fuzzy_on_passage),
            self.percent(self.wrong),
            self.percent(self.orphaned_gone + self.orphaned_lost),
            self.percent(self.orphaned_gone),
            self.total(),
        )
    }
}

/// SplitMix64, as in `synthetic`: tiny and deterministic.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % n.max(1) as u64) as usize
    }
}

/// Code-point ranges of the words (runs without whitespace) of `chars`.
fn words(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in chars.iter().enumerate() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    out.extend(start.map(|s| (s, chars.len())));
    out
}

/// Applies `n_edits` random word edits to `text`, moving each span with its passage (a span
/// becomes `None` when all its words are deleted); returns the edited text.
pub fn edit_words(text: &str, n_edits: usize, seed: u64, spans: &mut [Option<Span>]) -> String {
    let mut rng = Rng(seed);
    let mut chars: Vec<char> = text.chars().collect();
    let vocabulary: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    for _ in 0..n_edits {
        let current = words(&chars);
        if current.is_empty() || vocabulary.is_empty() {
            break;
        }
        let (ws, we) = current[rng.below(current.len())];
        let new_word: Vec<char> = vocabulary[rng.below(vocabulary.len())].chars().collect();
        let (at, end, inserted): (usize, usize, Vec<char>) = match rng.below(3) {
            0 => (ws, ws, new_word.into_iter().chain([' ']).collect()),
            1 if chars.get(we) == Some(&' ') => (ws, we + 1, Vec::new()),
            1 if ws > 0 && chars.get(ws - 1) == Some(&' ') => (ws - 1, we, Vec::new()),
            1 => (ws, we, Vec::new()),
            _ => (ws, we, new_word),
        };
        let moved = |p: usize, is_end: bool| {
            if p < at || (is_end && p == at) {
                p
            } else if p > end || (!is_end && p == end) {
                p - (end - at) + inserted.len()
            } else if is_end {
                at + inserted.len()
            } else {
                at
            }
        };
        for span in spans.iter_mut() {
            *span = span.and_then(|s| Span::new(moved(s.start(), false), moved(s.end(), true)));
        }
        chars.splice(at..end, inserted.iter().copied());
    }
    // A deleted edge word takes one neighbouring space with it; the passage is what remains.
    for span in spans.iter_mut() {
        *span = span.and_then(|s| {
            let solid = |i: &usize| chars.get(*i).is_some_and(|c| !c.is_whitespace());
            let start = (s.start()..s.end()).find(solid)?;
            let end = (start..s.end()).rev().find(solid)? + 1;
            Span::new(start, end)
        });
    }
    chars.into_iter().collect()
}

/// Edits `article` with `n_edits` random word edits, re-anchors `annotations` (with their
/// recorded hints) in the result, and judges each one that was placed in the original.
pub fn run(article: &Article, annotations: &[Annotation], n_edits: usize, seed: u64) -> Tally {
    let before = place_all(article, annotations.to_vec());
    let mut spans: Vec<Option<Span>> = before.iter().map(|p| p.placement.span).collect();
    let placed_before: Vec<bool> = spans.iter().map(Option::is_some).collect();
    let edited = edit_words(article.text().as_str(), n_edits, seed, &mut spans);
    let after_article = Article::from_plain_text(article.meta.clone(), &edited);
    let after = place_all(&after_article, annotations.to_vec());
    let mut tally = Tally::default();
    for ((placed, expected), was_placed) in after.iter().zip(spans).zip(placed_before) {
        if was_placed {
            tally.add(judge(placed.placement, expected));
        }
    }
    tally
}

#[cfg(test)]
mod tests {
    use super::edit_words;
    use crate::model::Span;

    #[test]
    fn spans_follow_their_passages_through_edits() {
        let text = "one two three four five six seven eight nine ten";
        let span = |a, b| Span::new(a, b);
        for seed in 0..200 {
            let mut spans = [span(8, 18), span(0, 3), span(44, 47)];
            let originals: Vec<_> = ["three four", "one", "ten"].into_iter().collect();
            let edited = edit_words(text, 3, seed, &mut spans);
            let chars: Vec<char> = edited.chars().collect();
            for (s, original) in spans.iter().zip(originals) {
                let Some(s) = s else { continue };
                let now: String = chars[s.start()..s.end()].iter().collect();
                // Untouched passages keep their text; edited ones keep their outer edges on words.
                assert!(
                    !now.starts_with(' ') && !now.ends_with(' '),
                    "seed {seed}: {now:?} from {original:?} in {edited:?}"
                );
                assert!(
                    now.split(' ').count() + 3 >= original.split(' ').count(),
                    "seed {seed}"
                );
            }
        }
    }
}
