//! `Ranking`: keeps the best candidate placement and remembers how contested it was.
//!
//! A placement is trusted only when it wins clearly, so besides the winner the ranking counts
//! the candidates that tied with it and the distance (from the hint) of the nearest of them.

/// Candidates offered so far: the best, how many tied with it, the runner-up's distance.
#[derive(Clone, Debug)]
pub struct Ranking<T> {
    best: Option<Ranked<T>>,
}

/// The winner of a [`Ranking`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked<T> {
    /// Higher is better: context agreement, less any edit penalty.
    pub merit: i64,
    /// Bytes from the position hint (0 without one); breaks ties.
    pub distance: usize,
    /// The candidate itself.
    pub item: T,
    /// Candidates with the same merit, the winner included.
    pub n_tied: usize,
    /// Distance of the nearest other candidate with the same merit.
    pub runner_up: Option<usize>,
}

impl<T> Default for Ranking<T> {
    fn default() -> Self {
        Ranking { best: None }
    }
}

impl<T> Ranking<T> {
    /// Considers one candidate.
    pub fn offer(&mut self, merit: i64, distance: usize, item: T) {
        match &mut self.best {
            Some(best) if merit < best.merit => {}
            Some(best) if merit == best.merit => {
                best.n_tied += 1;
                let loser = if distance < best.distance {
                    let loser = best.distance;
                    best.distance = distance;
                    best.item = item;
                    loser
                } else {
                    distance
                };
                best.runner_up = Some(best.runner_up.map_or(loser, |r| r.min(loser)));
            }
            _ => {
                self.best = Some(Ranked {
                    merit,
                    distance,
                    item,
                    n_tied: 1,
                    runner_up: None,
                })
            }
        }
    }

    /// The winner, if anything was offered.
    pub fn into_best(self) -> Option<Ranked<T>> {
        self.best
    }
}

impl<T> Ranked<T> {
    /// True when no other candidate is as good, or (with a hint) the winner is clearly the
    /// nearest: the runner-up is more than twice as far plus `slack` bytes.
    ///
    /// Two identical passages are told apart only by the hint; when both sit about as far from
    /// it, picking one would be a silent guess, so the placement is left for the reader.
    pub fn is_clear(&self, has_hint: bool, slack: usize) -> bool {
        self.n_tied == 1
            || has_hint
                && self
                    .runner_up
                    .is_none_or(|r| r > self.distance.saturating_mul(2).saturating_add(slack))
    }
}

#[cfg(test)]
mod tests {
    use super::Ranking;

    #[test]
    fn ranking_table() {
        struct Case {
            /// Offers as (merit, distance).
            offers: &'static [(i64, usize)],
            /// The winner's distance.
            distance: usize,
            n_tied: usize,
            runner_up: Option<usize>,
            /// Whether the win is clear when a position hint was given.
            clear: bool,
        }
        let cases = &[
            Case {
                offers: &[(5, 10)],
                distance: 10,
                n_tied: 1,
                runner_up: None,
                clear: true,
            },
            Case {
                offers: &[(5, 10), (7, 90)],
                distance: 90,
                n_tied: 1,
                runner_up: None,
                clear: true,
            },
            Case {
                offers: &[(5, 10), (5, 90)],
                distance: 10,
                n_tied: 2,
                runner_up: Some(90),
                clear: true,
            },
            Case {
                offers: &[(5, 90), (5, 10), (5, 25)],
                distance: 10,
                n_tied: 3,
                runner_up: Some(25),
                clear: false,
            },
            Case {
                offers: &[(5, 40), (5, 50)],
                distance: 40,
                n_tied: 2,
                runner_up: Some(50),
                clear: false,
            },
            Case {
                offers: &[(3, 0), (5, 40), (5, 50)],
                distance: 40,
                n_tied: 2,
                runner_up: Some(50),
                clear: false,
            },
        ];
        for &Case {
            offers,
            distance,
            n_tied,
            runner_up,
            clear,
        } in cases
        {
            let mut ranking = Ranking::default();
            for &(merit, d) in offers {
                ranking.offer(merit, d, d);
            }
            let best = ranking.into_best().expect("offered");
            assert_eq!(
                (best.item, best.n_tied, best.runner_up),
                (distance, n_tied, runner_up),
                "{offers:?}"
            );
            assert_eq!(best.is_clear(true, 8), clear, "{offers:?}");
            assert_eq!(best.is_clear(false, 8), n_tied == 1, "{offers:?}");
        }
    }
}
