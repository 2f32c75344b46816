//! The review panel: the current item's words, category, status and reason, and every decision
//! on it as a button that names its key (Accept A, Reject R, 1/2/3, [ ] { }, M), plus its note.
//! The note is saved when the field loses focus or on Enter (one undoable step per save).

use std::rc::Rc;

use yew::prelude::*;

use crate::dom::clock;
use crate::model::selection::Direction;
use crate::model::{Article, Category};
use crate::state::desk::{DeskAction, Edge, Item, Status};

/// Properties of [`ReviewPanel`].
#[derive(Properties, PartialEq)]
pub struct ReviewPanelProps {
    /// The article, for the item's words.
    pub article: Rc<Article>,
    /// The current item (the panel is keyed by its id, so the note field starts afresh).
    pub item: Rc<Item>,
    /// Words are selected and waiting.
    pub pending: bool,
    /// Where decisions go.
    pub on_action: Callback<DeskAction>,
    /// Called after Enter or Esc in the note field, to give focus back to the highlight.
    pub on_done: Callback<()>,
}

/// The status as an editor reads it.
pub fn status_text(item: &Item) -> String {
    match (item.status, &item.proposal) {
        (Status::Open, Some(p)) => format!("Suggested, {}% sure", p.confidence),
        (Status::Open, None) => "Suggested".into(),
        (Status::Accepted, _) => "In the draft".into(),
        (Status::Rejected, _) => "Rejected".into(),
    }
}

/// Renders the panel.
#[component]
pub fn ReviewPanel(props: &ReviewPanelProps) -> Html {
    let item = &props.item;
    let note = use_state(|| item.note.clone());
    let id = Some(item.id.clone());
    let act = |make: fn(Option<crate::model::AnnotationId>) -> DeskAction| {
        let (id, on_action) = (id.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(make(id.clone())))
    };
    let accept = act(|id| DeskAction::Accept {
        id,
        now: clock::now(),
    });
    let reject = act(|id| DeskAction::Reject { id });
    let use_selection = act(|id| DeskAction::UseSelection {
        id,
        now: clock::now(),
    });
    let resize = |edge: Edge, direction: Direction| {
        let (id, on_action) = (id.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(DeskAction::Resize {
                id: id.clone(),
                edge,
                direction,
                now: clock::now(),
            })
        })
    };
    let save_note = {
        let (id, on_action, note) = (id.clone(), props.on_action.clone(), note.clone());
        Callback::from(move |()| {
            on_action.emit(DeskAction::SetNote {
                id: id.clone(),
                note: (*note).clone(),
                now: clock::now(),
            })
        })
    };
    let on_input = {
        let note = note.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(field) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                note.set(field.value());
            }
        })
    };
    let on_note_key = {
        let (save, on_done) = (save_note.clone(), props.on_done.clone());
        Callback::from(move |event: KeyboardEvent| {
            let enter = event.key() == "Enter" && !event.shift_key();
            if (enter || event.key() == "Escape") && !event.is_composing() {
                event.prevent_default();
                save.emit(());
                on_done.emit(());
            }
        })
    };
    let on_blur = save_note.reform(|_: FocusEvent| ());
    // Keep the selection alive: a mouse-down on a button would otherwise collapse it.
    let keep_selection = Callback::from(|event: MouseEvent| event.prevent_default());
    let words = props
        .article
        .text()
        .slice(item.span)
        .unwrap_or_default()
        .to_string();
    let decided = item.status == Status::Accepted;
    let category = item.category;
    let changed_from = item
        .proposal
        .as_ref()
        .filter(|p| p.category != category)
        .map(|p| p.category);
    html! {
        <section class="aa-desk__panel" aria-label="Current item" data-status={item.status.token()} data-category={category.token()}>
            <p class="aa-desk__head">
                <span class="aa-swatch" data-category={category.token()} aria-hidden="true">{ category.glyph() }</span>
                <strong>{ category.label() }</strong>
                <span class="aa-desk__status">{ status_text(item) }</span>
            </p>
            <blockquote class="aa-desk__words">{ words }</blockquote>
            if let Some(proposal) = &item.proposal {
                <p class="aa-desk__reason">{ "Why: " }{ proposal.reason.clone() }
                    if let Some(from) = changed_from {
                        { format!(" (suggested as {})", from.with_article()) }
                    }
                </p>
            }
            <div class="aa-desk__actions" role="group" aria-label="Decision">
                <button type="button" class="aa-button aa-button--primary" onclick={accept} disabled={decided}
                    aria-keyshortcuts="A" title="Accept into the draft (A)">{ "Accept" }<kbd>{ "A" }</kbd></button>
                <button type="button" class="aa-button aa-button--danger" onclick={reject}
                    disabled={item.status == Status::Rejected} aria-keyshortcuts="R" title="Reject (R)">{ "Reject" }<kbd>{ "R" }</kbd></button>
            </div>
            <div class="aa-desk__categories" role="group" aria-label="Category">
                { for Category::ALL.iter().map(|&c| {
                    let (id, on_action) = (id.clone(), props.on_action.clone());
                    let onclick = Callback::from(move |_: MouseEvent| {
                        on_action.emit(DeskAction::Recategorise { id: id.clone(), category: c, now: clock::now() })
                    });
                    html! {
                        <button type="button" class="aa-button aa-desk__category" data-category={c.token()}
                            aria-pressed={(c == category && decided).to_string()} aria-keyshortcuts={c.key()}
                            title={format!("Accept as {} ({})", c.with_article(), c.key())} {onclick}>
                            <span class="aa-swatch" data-category={c.token()} aria-hidden="true">{ c.glyph() }</span>
                            { c.short_label() }<kbd>{ c.key() }</kbd>
                        </button>
                    }
                }) }
            </div>
            <div class="aa-desk__span" role="group" aria-label="Words">
                <button type="button" class="aa-button" onclick={resize(Edge::Start, Direction::Backward)} aria-keyshortcuts="{" title="Start one word earlier ({)">{ "◂ start" }</button>
                <button type="button" class="aa-button" onclick={resize(Edge::Start, Direction::Forward)} aria-keyshortcuts="}" title="Start one word later (})">{ "start ▸" }</button>
                <button type="button" class="aa-button" onclick={resize(Edge::End, Direction::Backward)} aria-keyshortcuts="[" title="End one word earlier ([)">{ "◂ end" }</button>
                <button type="button" class="aa-button" onclick={resize(Edge::End, Direction::Forward)} aria-keyshortcuts="]" title="End one word later (])">{ "end ▸" }</button>
                <button type="button" class="aa-button aa-desk__use-selection" onclick={use_selection} onmousedown={keep_selection}
                    disabled={!props.pending} aria-keyshortcuts="M" title="Use the selected words (M)">{ "Use selected words" }<kbd>{ "M" }</kbd></button>
            </div>
            <label class="aa-desk__note"><span>{ "Note (one sentence; Enter saves)" }</span>
                <textarea rows="2" maxlength="10000" value={(*note).clone()} oninput={on_input} onkeydown={on_note_key} onblur={on_blur}
                    placeholder="Why does this matter to readers?" />
            </label>
        </section>
    }
}
