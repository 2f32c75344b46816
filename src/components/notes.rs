//! The editorial notes as numbered footnotes after the article: what a reader without
//! JavaScript (or a printer) gets instead of the note popover.
//!
//! Each placed editorial annotation gets a number in text order; its start marker in the text
//! is a link to `#<instance>-note-<n>` (with id `<instance>-ref-<n>`), and the note links back.
//! Numbers come from the editorial layer alone (it never changes in a session), so the reader's
//! own annotations never renumber them and never re-render a paragraph they do not touch.
//! Editorial annotations that could not be placed are listed after the numbered ones.
//! With the widget running the list is hidden on screen (`data-ready`), shown in print.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::{use_i18n, use_ids};
use crate::model::i18n::CategoryForm;
use crate::model::order::sort_pairs;
use crate::model::{AnnotationId, Placed};

/// The editorial notes in text order, numbered from 1, and the ones that found no place.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Notes {
    /// The editorial layer as loaded.
    placed: Vec<Placed>,
    /// (start, index into `placed`) of each placed note, sorted: the note numbered `n` is
    /// `order[n - 1]`. (Sorted by `model::order`, the one integer sort the reader links.)
    order: Vec<(usize, usize)>,
}

impl Notes {
    /// Numbers the editorial layer by where each annotation starts, then by its place in the
    /// document (a total order, so the server and the browser agree).
    pub fn of(editorial: &[Placed]) -> Notes {
        let mut order: Vec<(usize, usize)> = editorial
            .iter()
            .enumerate()
            .filter_map(|(i, p)| Some((p.placement.span?.start(), i)))
            .collect();
        sort_pairs(&mut order);
        Notes {
            placed: editorial.to_vec(),
            order,
        }
    }

    /// The number of the note of `id`, an annotation placed from `start`, if it has one.
    pub fn number(&self, id: &AnnotationId, start: usize) -> Option<u32> {
        let first = self.order.partition_point(|&(s, _)| s < start);
        self.order[first..]
            .iter()
            .take_while(|&&(s, _)| s == start)
            .position(|&(_, i)| self.placed[i].annotation.id == *id)
            .and_then(|at| u32::try_from(first + at + 1).ok())
    }

    /// The placed notes in number order.
    fn numbered(&self) -> impl Iterator<Item = &Placed> {
        self.order.iter().map(|&(_, i)| &self.placed[i])
    }

    /// The editorial annotations without a place in the text, in document order.
    fn unplaced(&self) -> impl Iterator<Item = &Placed> {
        self.placed.iter().filter(|p| p.placement.span.is_none())
    }
}

/// Properties of [`NotesList`].
#[derive(Properties, PartialEq)]
pub struct NotesListProps {
    /// The numbered notes.
    pub notes: Rc<Notes>,
}

/// Renders the notes after the article.
#[component]
pub fn NotesList(props: &NotesListProps) -> Html {
    let t = use_i18n();
    let ids = use_ids();
    let notes = &props.notes;
    if notes.placed.is_empty() {
        return Html::default();
    }
    let item = |placed: &Placed, number: Option<u32>| {
        let annotation = &placed.annotation;
        let category = annotation.category;
        let (id, back) = match number {
            Some(n) => (
                Some(ids.id(&format!("note-{n}"))),
                Some(format!("#{}", ids.id(&format!("ref-{n}")))),
            ),
            None => (None, None),
        };
        html! {
            <li class="aa-note" id={id} data-category={category.token()} data-annotation-id={annotation.id.to_string()}>
                <span class="aa-swatch" data-category={category.token()} aria-hidden="true">{ category.glyph() }</span>
                <span class="aa-note__category">{ t.category(category, CategoryForm::Label) }</span>
                <q class="aa-note__quote">{ annotation.target.quote.exact.clone() }</q>
                if !annotation.note.is_empty() {
                    <span class="aa-note__text">{ annotation.note.clone() }</span>
                }
                if let (Some(back), Some(n)) = (back, number) {
                    <a class="aa-note__back" href={back} aria-label={format!("Back to note {n} in the text")}>{ "↩" }</a>
                }
            </li>
        }
    };
    html! {
        <section class="aa-notes" aria-labelledby={ids.id("notes-title")}>
            <h2 class="aa-notes__title" id={ids.id("notes-title")}>{ "Notes" }</h2>
            <ol class="aa-notes__list">
                { for notes.numbered().zip(1..).map(|(p, n)| item(p, Some(n))) }
            </ol>
            if notes.unplaced().next().is_some() {
                <p class="aa-notes__unplaced">{ "Not found in this text:" }</p>
                <ul class="aa-notes__list">
                    { for notes.unplaced().map(|p| item(p, None)) }
                </ul>
            }
        </section>
    }
}
