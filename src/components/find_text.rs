//! In place, the keyboard way to pick words in the host's article: type a phrase, Enter finds its
//! next occurrence and opens the category menu on it (focus moves to the menu: 1/2/3, a note, Esc).
//!
//! The host's text has no caret the widget could move without changing the host's DOM, so the
//! words are found in the article's text instead; the found words are shown as a highlight.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::hooks::{use_i18n, use_ids, use_state_of};

use crate::dom::host::HostArticle;
use crate::dom::markup;
use crate::model::i18n::{Key, Msg};
use crate::model::selection::find_next;
use crate::model::Article;
use crate::state::{Action, Input, Pending};

/// Properties of [`FindText`].
#[derive(Properties, Clone)]
pub struct FindTextProps {
    /// The host's article element.
    pub host: Rc<HostArticle>,
    /// Its text, as the widget holds it.
    pub article: Rc<Article>,
    /// The widget root: the menu is placed against it.
    pub root: NodeRef,
    /// Receives `Select`.
    pub on_action: Callback<Action>,
}

impl PartialEq for FindTextProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.host, &other.host) && self.on_action == other.on_action
    }
}

/// The find field.
#[component]
pub fn FindText(props: &FindTextProps) -> Html {
    let phrase = use_state_of(String::new());
    let next_from = use_mut_ref(|| 0usize);
    let status = use_state(|| None::<Msg>);
    let t = use_i18n();
    let ids = use_ids();
    let on_input = super::bind_text(&phrase);
    let on_submit = {
        let (phrase, status, props) = (phrase.clone(), status.clone(), props.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = props.article.text();
            let Some(span) = find_next(text, &phrase, *next_from.borrow()) else {
                status.set(Some(Msg::FindNotFound {
                    phrase: phrase.trim().to_string(),
                }));
                return;
            };
            *next_from.borrow_mut() = span.start() + 1;
            status.set(None);
            let (Some(root), Some(range)) = (props.root.cast::<Element>(), props.host.range(span))
            else {
                return;
            };
            props.host.reveal(span);
            props.on_action.emit(Action::Select {
                pending: Pending {
                    span,
                    on_screen: crate::dom::selection::range_on_screen(&root, &range),
                    input: Input::Keyboard,
                    hint: None,
                },
            });
            // Into the menu once it is rendered, so 1/2/3, the note field and Esc work at once.
            crate::hooks::timeout(
                0,
                Box::new(move || {
                    let first = root.query_selector(markup::MENU_BUTTON).ok().flatten();
                    if let Some(button) = first.and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
                        let _ = button.focus();
                    }
                }),
            )
            .forget();
        })
    };
    let input_id = ids.id("find");
    html! {
        <form class="aa-find" role="search" onsubmit={on_submit}>
            <label for={input_id.clone()}>{ t.get(Key::FindLabel) }</label>
            <span class="aa-find__row">
                <input id={input_id} type="search" value={(*phrase).clone()} oninput={on_input} autocomplete="off" />
                <button type="submit" class="aa-button">{ t.get(Key::FindButton) }</button>
            </span>
            <span class="aa-find__status" role="status">{ status.as_ref().map(|m| t.text(m)) }</span>
        </form>
    }
}
