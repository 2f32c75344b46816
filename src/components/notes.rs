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

use crate::model::{AnnotationId, Placed};
use crate::options::{InstanceId, Labels};

/// The editorial notes in text order, numbered from 1, and the ones that found no place.
#[derive(Debug, Default, PartialEq)]
pub struct Notes {
    /// Placed editorial annotations, in text order: the note numbered `i + 1` is `numbered[i]`.
    pub numbered: Vec<Placed>,
    /// Editorial annotations without a place in the text.
    pub unplaced: Vec<Placed>,
    /// (id, number), sorted by id.
    numbers: Vec<(AnnotationId, u32)>,
}

impl Notes {
    /// Numbers the editorial layer: by start, then end, then id (a total order, so the server
    /// and the browser agree).
    pub fn of(editorial: &[Placed]) -> Notes {
        let (mut numbered, unplaced): (Vec<Placed>, Vec<Placed>) = editorial
            .iter()
            .cloned()
            .partition(|p| p.placement.span.is_some());
        numbered.sort_by(|a, b| {
            let key = |p: &Placed| p.placement.span.map(|s| (s.start(), s.end()));
            key(a)
                .cmp(&key(b))
                .then_with(|| a.annotation.id.cmp(&b.annotation.id))
        });
        let mut numbers: Vec<(AnnotationId, u32)> = numbered
            .iter()
            .zip(1..)
            .map(|(p, n)| (p.annotation.id.clone(), n))
            .collect();
        numbers.sort_unstable();
        Notes {
            numbered,
            unplaced,
            numbers,
        }
    }

    /// The number of an editorial annotation's note, if it has one.
    pub fn number(&self, id: &AnnotationId) -> Option<u32> {
        self.numbers
            .binary_search_by(|(key, _)| key.cmp(id))
            .ok()
            .map(|i| self.numbers[i].1)
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
    let labels = use_context::<Labels>().unwrap_or_default();
    let ids = use_context::<InstanceId>().unwrap_or_default();
    let notes = &props.notes;
    if notes.numbered.is_empty() && notes.unplaced.is_empty() {
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
                <span class="aa-note__category">{ labels.of(category) }</span>
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
                { for notes.numbered.iter().zip(1..).map(|(p, n)| item(p, Some(n))) }
            </ol>
            if !notes.unplaced.is_empty() {
                <p class="aa-notes__unplaced">{ "Not found in this text:" }</p>
                <ul class="aa-notes__list">
                    { for notes.unplaced.iter().map(|p| item(p, None)) }
                </ul>
            }
        </section>
    }
}
