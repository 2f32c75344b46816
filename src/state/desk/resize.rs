//! Adjusting an item's span from the keyboard: one edge moves by a word (punctuation rides
//! along with its word), inside the item's paragraph, never below one word. Word edges come
//! from `model::selection::move_caret`, the caret the reader's keyboard mode uses.

use std::rc::Rc;

use super::{Changed, DeskState, Tone};
use crate::model::selection::{move_caret, Direction, Step};
use crate::model::{AnnotationId, Article, Span, Timestamp};

/// Which end of a span moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    /// The first word.
    Start,
    /// The last word.
    End,
}

/// True when `span` of the article holds a letter or a digit.
fn has_word(article: &Article, start: usize, end: usize) -> bool {
    Span::new(start, end)
        .and_then(|s| article.text().slice(s))
        .is_some_and(|t| t.chars().any(char::is_alphanumeric))
}

/// `span` with `edge` moved by one word in `direction` within its paragraph, or `None` when it
/// cannot move (the paragraph's edge, or a single word left).
pub fn resized(article: &Article, span: Span, edge: Edge, direction: Direction) -> Option<Span> {
    let text = article.text();
    let paragraph = article
        .paragraphs()
        .iter()
        .copied()
        .find(|p| p.start() <= span.start() && span.start() < p.end().max(p.start() + 1))?;
    // The paragraph, widened to hold the span if it crosses into the next one.
    let extent = Span::new(paragraph.start(), paragraph.end().max(span.end()))?;
    let step = |at: usize, d: Direction| move_caret(text, extent, at, Step::Word, d);
    // Moves `at` until the text passed over holds a word (so a comma alone is never a step).
    let walk = |at: usize, d: Direction| {
        let mut pos = at;
        loop {
            let next = step(pos, d);
            if next == pos {
                return None;
            }
            let (a, b) = if next < at { (next, at) } else { (at, next) };
            if has_word(article, a, b) {
                return Some(next);
            }
            pos = next;
        }
    };
    let (start, end) = (span.start(), span.end());
    let moved = match (edge, direction) {
        (Edge::End, Direction::Forward) => Span::new(start, walk(end, Direction::Forward)?),
        (Edge::Start, Direction::Backward) => Span::new(walk(start, Direction::Backward)?, end),
        (Edge::End, Direction::Backward) => {
            // Back to the start of the last word, then to the end of the word before it.
            let last = walk(end, Direction::Backward)?;
            let before = walk(last, Direction::Backward)?;
            let new_end = walk(before, Direction::Forward)?.min(last);
            Span::new(start, new_end).filter(|s| has_word(article, s.start(), s.end()))
        }
        (Edge::Start, Direction::Forward) => {
            // Past the first word, then back to the start of the word after it.
            let first_end = walk(start, Direction::Forward)?;
            let after = walk(first_end, Direction::Forward)?;
            let new_start = walk(after, Direction::Backward)?.max(first_end);
            Span::new(new_start, end).filter(|s| has_word(article, s.start(), s.end()))
        }
    }?;
    (moved != span && moved.start() < moved.end()).then_some(moved)
}

impl DeskState {
    pub(super) fn resize(
        &mut self,
        id: Option<AnnotationId>,
        edge: Edge,
        direction: Direction,
        now: Timestamp,
    ) -> Changed {
        let Some(idx) = self.target(id) else {
            return Changed::Yes;
        };
        let item = Rc::clone(&self.items[idx]);
        let Some(span) = resized(&self.article, item.span, edge, direction) else {
            let text = match direction {
                Direction::Forward if edge == Edge::End => {
                    "It already reaches the end of its paragraph."
                }
                Direction::Backward if edge == Edge::Start => "It already starts its paragraph.",
                _ => "It cannot be shorter than one word.",
            };
            self.say(text.into(), Tone::Error, false);
            return Changed::Yes;
        };
        let mut next = (*item).clone();
        next.span = span;
        next.modified = Some(now);
        let verb = match (edge, direction) {
            (Edge::End, Direction::Forward) | (Edge::Start, Direction::Backward) => "extending",
            _ => "shortening",
        };
        let label = format!("{verb} {}", next.category.with_article());
        let quote = self.article.text().slice(span).unwrap_or_default();
        let shown: String = quote.chars().take(80).collect();
        self.say(format!("Now: “{shown}”"), Tone::Info, false);
        self.change(idx, next, label);
        self.focus_request = self.focus_request.wrapping_add(1);
        Changed::Yes
    }
}
