//! The floating menu beside a selection: Claim, Demand, Question (keys 1, 2, 3) and an optional note.
//!
//! Choosing a category saves at once; Enter in the note field saves with the chosen category
//! (Claim until another is chosen); Esc cancels. On touch screens the menu sits above the
//! selection, clear of the native selection handles below it. The menu has no `style` attribute
//! (a strict Content-Security-Policy blocks those): an effect places it through CSSOM with
//! `dom::geometry::place`, and it stays hidden until then.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::hooks::{use_i18n, use_state_of};

use super::popover::use_placement;
use crate::dom::geometry::Side;
use crate::model::i18n::{CategoryForm, Key, Msg, Part};
use crate::model::Category;
use crate::state::{Input, Pending};

/// Properties of [`SelectionMenu`].
#[derive(Properties, PartialEq)]
pub struct SelectionMenuProps {
    /// The selection waiting for a category.
    pub pending: Pending,
    /// A short quote of the selection, for the menu's label.
    pub preview: AttrValue,
    /// Saves with a category and a note.
    pub on_create: Callback<(Category, String)>,
    /// Closes without saving.
    pub on_cancel: Callback<()>,
}

/// Renders the menu.
#[component]
pub fn SelectionMenu(props: &SelectionMenuProps) -> Html {
    let note = use_state_of(String::new());
    let chosen = use_state_of(Category::Claim);
    let save = {
        let (note, on_create) = (note.clone(), props.on_create.clone());
        Callback::from(move |category: Category| on_create.emit((category, (*note).clone())))
    };
    let on_note_input = super::bind_text(&note);
    let on_note_key = {
        let (save, chosen) = (save.clone(), chosen.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" && !event.shift_key() && !event.is_composing() {
                event.prevent_default();
                save.emit(*chosen);
            }
        })
    };
    let on_menu_key = {
        let (save, on_cancel) = (save.clone(), props.on_cancel.clone());
        Callback::from(move |event: KeyboardEvent| {
            let in_field = event.target_dyn_into::<HtmlTextAreaElement>().is_some();
            match event.key().as_str() {
                "Escape" => {
                    event.prevent_default();
                    event.stop_propagation();
                    on_cancel.emit(());
                }
                key => {
                    let category = Category::from_key(key)
                        .filter(|_| !in_field && !event.ctrl_key() && !event.meta_key());
                    if let Some(category) = category {
                        event.prevent_default();
                        save.emit(category);
                    }
                }
            }
        })
    };
    let pending = &props.pending;
    let side = match pending.input {
        // Above the selection on touch screens: the native handles and magnifier sit below it.
        Input::Touch => Side::Above,
        Input::Pointer | Input::Keyboard => Side::Below,
    };
    // Inside the viewport, flipped to the other side when there is no room.
    let node = use_placement(Some((pending.on_screen, side)), 0);
    let t = use_i18n();
    let chosen_token = chosen.token();
    html! {
        <div class="aa-menu" role="dialog" aria-label={t.get(Key::MenuLabel).to_string()} ref={node} onkeydown={on_menu_key}>
            <p class="aa-menu__preview">
                { for t.parts(&Msg::MenuPreview { quote: String::new() }).into_iter().map(|part| match part {
                    Part::Text(text) => html! { { text } },
                    Part::Arg { .. } => html! { <q>{ props.preview.clone() }</q> },
                }) }
            </p>
            <div class="aa-menu__choices" role="group" aria-label={t.get(Key::FieldCategory).to_string()}>
                { for Category::ALL.iter().map(|&category| {
                    let key = category.key();
                    let onclick = save.reform(move |_: MouseEvent| category);
                    let onfocus = { let chosen = chosen.clone(); Callback::from(move |_: FocusEvent| chosen.set(category)) };
                    html! {
                        <button type="button" class="aa-menu__choice" data-category={category.token()}
                            aria-keyshortcuts={key} title={t.text(&Msg::MenuChoiceTitle { category, key: category as usize + 1 })} {onclick} {onfocus}>
                            <span class="aa-swatch" data-category={category.token()} aria-hidden="true">{ category.glyph() }</span>
                            <span class="aa-menu__label">{ t.category(category, CategoryForm::Short) }</span>
                            <kbd class="aa-menu__key" aria-hidden="true">{ key }</kbd>
                        </button>
                    }
                }) }
            </div>
            <label class="aa-menu__note">
                <span>{ t.get(Key::MenuNote) }</span>
                <textarea rows="2" maxlength="10000" value={(*note).clone()} oninput={on_note_input} onkeydown={on_note_key}
                    placeholder={t.get(Key::MenuNotePlaceholder).to_string()} />
            </label>
            <p class="aa-menu__hint" data-chosen={chosen_token}>
                { t.text(&Msg::MenuHint { category: *chosen }) }
            </p>
            if let Some(hint) = pending.hint {
                <p class="aa-menu__hint aa-menu__hint--warning" role="status">{ t.get(hint) }</p>
            }
        </div>
    }
}
