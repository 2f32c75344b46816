//! `Span`: a non-empty, half-open range of Unicode code points in an article's text.

/// A non-empty half-open range `[start, end)` counted in Unicode code points.
///
/// The constructor refuses empty and reversed ranges, so code holding a `Span` never has to
/// check for them again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// Returns `None` unless `start < end`.
    pub fn new(start: usize, end: usize) -> Option<Span> {
        (start < end).then_some(Span { start, end })
    }

    /// First code point inside the span.
    pub fn start(self) -> usize {
        self.start
    }

    /// First code point after the span.
    pub fn end(self) -> usize {
        self.end
    }

    /// Number of code points covered; always at least one.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Always false; present so clippy's `len_without_is_empty` holds and readers see why.
    pub fn is_empty(self) -> bool {
        false
    }

    /// The part of `self` that lies inside `other`, if any.
    pub fn intersect(self, other: Span) -> Option<Span> {
        Span::new(self.start.max(other.start), self.end.min(other.end))
    }

    /// True when the two spans share at least one code point.
    pub fn overlaps(self, other: Span) -> bool {
        self.intersect(other).is_some()
    }

    /// True when `other` lies wholly inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The same length moved by `delta` code points; `None` if it would start before zero.
    pub fn shifted(self, delta: isize) -> Option<Span> {
        let start = self.start.checked_add_signed(delta)?;
        Span::new(start, start + self.len())
    }
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn constructor_refuses_empty_and_reversed() {
        assert_eq!(Span::new(3, 3), None);
        assert_eq!(Span::new(4, 3), None);
        assert_eq!(Span::new(3, 4).map(Span::len), Some(1));
    }

    #[test]
    fn intersection_table() {
        let s = |a, b| Span::new(a, b).unwrap();
        let cases = [
            (s(0, 5), s(5, 9), None),           // adjacent: no shared code point
            (s(0, 5), s(4, 9), Some(s(4, 5))),  // overlap by one
            (s(0, 10), s(2, 3), Some(s(2, 3))), // nested
            (s(2, 3), s(0, 10), Some(s(2, 3))), // nested, other way round
            (s(7, 9), s(0, 2), None),           // disjoint
        ];
        for (a, b, want) in cases {
            assert_eq!(a.intersect(b), want, "{a:?} ∩ {b:?}");
            assert_eq!(a.overlaps(b), want.is_some());
        }
        assert!(s(0, 10).contains(s(0, 10)));
        assert!(!s(1, 10).contains(s(0, 10)));
        assert_eq!(s(5, 8).shifted(-5), Some(s(0, 3)));
        assert_eq!(s(5, 8).shifted(-6), None);
    }
}
