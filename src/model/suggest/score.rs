//! The scorer: per-category precision, recall and F1, and their macro average, under issue
//! 12's matching rule.
//!
//! A suggestion and a label match when they have the same category and share at least half
//! of each one's code points (|a ∩ b| ≥ ½·max(|a|, |b|)), so a sentence-sized suggestion does
//! not match a clause-sized label. A label is found when some suggestion matches it; a
//! suggestion is right when it matches some label. Counts add up across articles, so a set's
//! figures weigh every label alike.

use std::ops::AddAssign;

use crate::model::category::Category;
use crate::model::span::Span;

/// True when `a` and `b` share at least half of each one's code points.
pub fn matches(a: Span, b: Span) -> bool {
    a.intersect(b)
        .is_some_and(|shared| 2 * shared.len() >= a.len().max(b.len()))
}

/// Counts for one category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Labels of this category.
    pub n_labels: usize,
    /// Labels some suggestion matches.
    pub n_found: usize,
    /// Suggestions of this category.
    pub n_suggested: usize,
    /// Suggestions that match some label.
    pub n_right: usize,
}

impl Counts {
    /// Right suggestions over all suggestions (0 when there are none).
    pub fn precision(&self) -> f64 {
        ratio(self.n_right, self.n_suggested)
    }

    /// Found labels over all labels (0 when there are none).
    pub fn recall(&self) -> f64 {
        ratio(self.n_found, self.n_labels)
    }

    /// Harmonic mean of precision and recall; 1 when there was nothing to find and nothing
    /// was suggested, 0 when either is 0.
    pub fn f1(&self) -> f64 {
        if self.n_labels == 0 && self.n_suggested == 0 {
            return 1.0;
        }
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Counts for claims, demands and questions (in `Category::ALL` order).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// One entry per category.
    pub per_category: [Counts; 3],
}

impl Score {
    /// The counts of `category`.
    pub fn of(&self, category: Category) -> Counts {
        let idx = Category::ALL
            .iter()
            .position(|c| *c == category)
            .unwrap_or(0);
        self.per_category[idx]
    }

    /// Mean F1 over the three categories.
    pub fn macro_f1(&self) -> f64 {
        self.per_category.iter().map(Counts::f1).sum::<f64>() / 3.0
    }
}

impl AddAssign for Score {
    fn add_assign(&mut self, other: Score) {
        for (mine, theirs) in self.per_category.iter_mut().zip(other.per_category) {
            mine.n_labels += theirs.n_labels;
            mine.n_found += theirs.n_found;
            mine.n_suggested += theirs.n_suggested;
            mine.n_right += theirs.n_right;
        }
    }
}

/// Scores `suggested` against `labels` for one article.
pub fn score(labels: &[(Span, Category)], suggested: &[(Span, Category)]) -> Score {
    let mut out = Score::default();
    for (idx, category) in Category::ALL.into_iter().enumerate() {
        let gold: Vec<Span> = labels
            .iter()
            .filter(|l| l.1 == category)
            .map(|l| l.0)
            .collect();
        let guess: Vec<Span> = suggested
            .iter()
            .filter(|s| s.1 == category)
            .map(|s| s.0)
            .collect();
        out.per_category[idx] = Counts {
            n_labels: gold.len(),
            n_found: gold
                .iter()
                .filter(|g| guess.iter().any(|s| matches(**g, *s)))
                .count(),
            n_suggested: guess.len(),
            n_right: guess
                .iter()
                .filter(|s| gold.iter().any(|g| matches(*g, **s)))
                .count(),
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{matches, score, Counts};
    use crate::model::{Category, Span};

    fn s(a: usize, b: usize) -> Span {
        Span::new(a, b).expect("non-empty")
    }

    #[test]
    fn half_of_each_rule() {
        struct Case {
            a: Span,
            b: Span,
            want: bool,
        }
        let cases = [
            Case {
                a: s(0, 10),
                b: s(0, 10),
                want: true,
            },
            Case {
                a: s(0, 10),
                b: s(5, 15),
                want: true,
            }, // 5 of 10 each: exactly half
            Case {
                a: s(0, 10),
                b: s(6, 16),
                want: false,
            }, // 4 of 10
            Case {
                a: s(0, 20),
                b: s(0, 10),
                want: true,
            }, // label inside, half the suggestion
            Case {
                a: s(0, 21),
                b: s(0, 10),
                want: false,
            }, // sentence-sized suggestion
            Case {
                a: s(0, 5),
                b: s(5, 10),
                want: false,
            }, // adjacent
        ];
        for case in cases {
            assert_eq!(
                matches(case.a, case.b),
                case.want,
                "{:?} {:?}",
                case.a,
                case.b
            );
            assert_eq!(matches(case.b, case.a), case.want, "symmetric");
        }
    }

    #[test]
    fn counts_labels_found_and_suggestions_right() {
        let (c, d, q) = (Category::Claim, Category::Demand, Category::Question);
        let labels = [(s(0, 10), c), (s(20, 30), c), (s(40, 50), d)];
        let suggested = [
            (s(0, 9), c),   // finds the first claim
            (s(1, 10), c),  // a near duplicate: also right
            (s(40, 50), c), // right span, wrong category
            (s(60, 70), q), // no question labels
        ];
        let got = score(&labels, &suggested);
        let want = [
            Counts {
                n_labels: 2,
                n_found: 1,
                n_suggested: 3,
                n_right: 2,
            },
            Counts {
                n_labels: 1,
                n_found: 0,
                n_suggested: 0,
                n_right: 0,
            },
            Counts {
                n_labels: 0,
                n_found: 0,
                n_suggested: 1,
                n_right: 0,
            },
        ];
        assert_eq!(got.per_category, want);
        let claim = got.of(c);
        assert!((claim.precision() - 2.0 / 3.0).abs() < 1e-9);
        assert!((claim.recall() - 0.5).abs() < 1e-9);
        assert!((claim.f1() - 4.0 / 7.0).abs() < 1e-9);
        assert_eq!(got.of(d).f1(), 0.0);
        assert_eq!(
            Counts::default().f1(),
            1.0,
            "nothing to find, nothing suggested"
        );
        assert!((got.macro_f1() - 4.0 / 21.0).abs() < 1e-9);
    }
}
