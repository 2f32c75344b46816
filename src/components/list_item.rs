//! One annotation in the list: category, origin, status, the quote in its context, the note,
//! and, for the reader's own, edit and delete.

use std::rc::Rc;

use yew::prelude::*;

use crate::dom::markup::selector;
use crate::hooks::{no_cleanup, timeout, use_effect_boxed, use_i18n, use_ref_of, use_state_of};
use crate::model::i18n::{CategoryForm, Key, Msg, Part};
use crate::model::{AnchorStatus, Category, Origin, Placed};

/// What a list item asks its parent to do.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemRequest {
    /// Scroll to the highlight and focus it.
    Show,
    /// Save a new category and note.
    Save(Category, String),
    /// Delete it.
    Delete,
    /// Accept its approximate placement.
    Confirm,
}

/// Properties of [`ListItem`].
#[derive(Properties, PartialEq)]
pub struct ListItemProps {
    /// The annotation.
    pub placed: Rc<Placed>,
    /// Context before the quote, already shortened.
    pub before: AttrValue,
    /// Context after the quote, already shortened.
    pub after: AttrValue,
    /// True when it is the selected annotation.
    pub selected: bool,
    /// Where requests go.
    pub on_request: Callback<ItemRequest>,
    /// Read-only widgets offer no editing.
    #[prop_or_default]
    pub read_only: bool,
}

/// Renders one list item.
#[component]
pub fn ListItem(props: &ListItemProps) -> Html {
    let editing = use_state_of(false);
    let draft_note = use_state_of(String::new());
    let draft_category = use_state_of(props.placed.annotation.category);
    let node = use_node_ref();
    let (field, edit_button) = (use_node_ref(), use_node_ref());
    {
        // Edit puts focus in the note field; Save and Cancel bring it back to Edit.
        let (field, edit_button) = (field.clone(), edit_button.clone());
        let was_editing = use_ref_of(false);
        use_effect_boxed(
            *editing,
            Box::new(move |&editing: &bool| {
                let target = match (editing, was_editing.replace(editing)) {
                    (true, false) => field.cast::<web_sys::HtmlElement>(),
                    (false, true) => edit_button.cast::<web_sys::HtmlElement>(),
                    _ => None,
                };
                if let Some(target) = target {
                    let _ = target.focus();
                }
                no_cleanup()
            }),
        );
    }
    {
        // Bring the selected item into view inside the list when its highlight is activated.
        let node = node.clone();
        use_effect_boxed(
            props.selected,
            Box::new(move |&selected: &bool| {
                // After the frame is painted: measuring the list forces a layout, which must not
                // delay showing the change the reader just made.
                let timer = selected.then(|| {
                    timeout(
                        0,
                        Box::new(move || {
                            if let Some(el) = node.cast::<web_sys::Element>() {
                                crate::dom::focus::reveal_in_scroller(&el, selector::LIST_ITEMS);
                            }
                        }),
                    )
                });
                Box::new(move || drop(timer))
            }),
        );
    }
    let annotation = &props.placed.annotation;
    let category = annotation.category;
    let status = props.placed.placement.status;
    let t = use_i18n();
    let own = annotation.origin == Origin::Reader && !props.read_only;
    let start_edit = {
        let (editing, draft_note, draft_category) =
            (editing.clone(), draft_note.clone(), draft_category.clone());
        let (note, category) = (annotation.note.clone(), annotation.category);
        Callback::from(move |_: MouseEvent| {
            draft_note.set(note.clone());
            draft_category.set(category);
            editing.set(true);
        })
    };
    let save = {
        let (editing, draft_note, draft_category, on_request) = (
            editing.clone(),
            draft_note.clone(),
            draft_category.clone(),
            props.on_request.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_request.emit(ItemRequest::Save(*draft_category, (*draft_note).clone()));
            editing.set(false);
        })
    };
    let cancel = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(false))
    };
    let on_note = super::bind_text(&draft_note);
    let on_form_key = {
        let editing = editing.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                editing.set(false);
            }
        })
    };
    let show = props.on_request.reform(|_: MouseEvent| ItemRequest::Show);
    let delete = props.on_request.reform(|_: MouseEvent| ItemRequest::Delete);
    let confirm = props
        .on_request
        .reform(|_: MouseEvent| ItemRequest::Confirm);
    let needs_confirmation = own && matches!(status, AnchorStatus::Fuzzy | AnchorStatus::Moved);
    let quote: String = annotation.target.quote.exact.chars().take(240).collect();
    let cut = quote.chars().count() < annotation.target.quote.exact.chars().count();
    html! {
        <li ref={node} class="aa-item" data-category={category.token()} data-origin={if own { "reader" } else { "editorial" }}
            data-status={status.token()} data-annotation-id={annotation.id.to_string()}
            aria-current={props.selected.then_some("true")}>
            <div class="aa-item__head">
                <span class="aa-swatch" data-category={category.token()} aria-hidden="true">{ category.glyph() }</span>
                <span class="aa-item__category">{ t.category(category, CategoryForm::Label) }</span>
                <span class="aa-item__origin">{ t.get(if own { Key::ItemYours } else { Key::ItemEditorial }) }</span>
                if status != AnchorStatus::Exact {
                    <span class="aa-item__status" data-status={status.token()}>{ t.get(Key::status(status)) }</span>
                }
            </div>
            // The button's name is its visible text (the quote in its context), with the
            // message's other words for screen readers only (WCAG 2.5.3).
            <button type="button" class="aa-item__quote" onclick={show} disabled={props.placed.placement.span.is_none()}>
                { for t.parts(&Msg::ItemShow { quote: String::new() }).into_iter().map(|part| match part {
                    Part::Text(text) => html! { <span class="aa-sr">{ text }</span> },
                    Part::Arg { .. } => html! {
                        <>
                            <span class="aa-item__context">{ props.before.clone() }</span>
                            <strong class="aa-item__exact">{ quote.clone() }{ if cut { "…" } else { "" } }</strong>
                            <span class="aa-item__context">{ props.after.clone() }</span>
                        </>
                    },
                }) }
            </button>
            if *editing {
                <form class="aa-item__form" onsubmit={save} onkeydown={on_form_key}>
                    <fieldset class="aa-item__categories">
                        <legend>{ t.get(Key::FieldCategory) }</legend>
                        { for Category::ALL.iter().map(|&c| {
                            let onchange = { let d = draft_category.clone(); Callback::from(move |_: Event| d.set(c)) };
                            html! {
                                <label><input type="radio" name={format!("cat-{}", annotation.id)} checked={*draft_category == c} {onchange} />{ t.category(c, CategoryForm::Label) }</label>
                            }
                        }) }
                    </fieldset>
                    <label class="aa-item__note-field"><span>{ t.get(Key::FieldNote) }</span>
                        <textarea ref={field} rows="3" maxlength="10000" value={(*draft_note).clone()} oninput={on_note} />
                    </label>
                    <div class="aa-item__actions">
                        <button type="submit" class="aa-button aa-button--primary">{ t.get(Key::ItemSave) }</button>
                        <button type="button" class="aa-button" onclick={cancel}>{ t.get(Key::ItemCancel) }</button>
                    </div>
                </form>
            } else {
                if !annotation.note.is_empty() {
                    <p class="aa-item__note">{ annotation.note.clone() }</p>
                }
                if own {
                    <div class="aa-item__actions">
                        if needs_confirmation {
                            <button type="button" class="aa-button aa-button--primary" onclick={confirm}>{ t.get(Key::ItemConfirm) }</button>
                        }
                        <button ref={edit_button} type="button" class="aa-button" onclick={start_edit}
                            aria-label={t.text(&Msg::ItemEditLabel { category })}>{ t.get(Key::ItemEdit) }</button>
                        <button type="button" class="aa-button aa-button--danger" onclick={delete}
                            aria-label={t.text(&Msg::ItemDeleteLabel { category })}>{ t.get(Key::ItemDelete) }</button>
                    </div>
                }
            }
        </li>
    }
}
