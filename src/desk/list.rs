//! The review's overview: per category, how many suggestions are open and in the draft, with
//! Accept all / Reject all; and every item in text order (filtered by status), each with its
//! words, reason and note, a button to go to it and quick Accept / Reject buttons.

use std::rc::Rc;

use yew::prelude::*;

use super::panel::status_text;
use crate::dom::clock;
use crate::hooks::use_ids;
use crate::model::{AnnotationId, Article, Category};
use crate::state::desk::{DeskAction, Item, Status};

/// Properties of [`Overview`].
#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    /// Counts per category: (open, accepted, rejected).
    pub counts: [(usize, usize, usize); 3],
    /// Where Accept all / Reject all go.
    pub on_action: Callback<DeskAction>,
}

/// Counts and the per-category decisions.
#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    html! {
        <section class="aa-desk__overview" aria-label="Suggestions by category">
            <table class="aa-desk__counts">
                <thead><tr><th scope="col">{ "Category" }</th><th scope="col">{ "Open" }</th><th scope="col">{ "Draft" }</th><th scope="col"><span class="aa-sr">{ "All open ones" }</span></th></tr></thead>
                <tbody>
                { for Category::ALL.iter().zip(props.counts).map(|(&category, (open, accepted, _))| {
                    let decide = |accept: bool| props.on_action.reform(move |_: MouseEvent| DeskAction::DecideAll { category, accept, now: clock::now() });
                    html! {
                        <tr data-category={category.token()}>
                            <th scope="row"><span class="aa-swatch" data-category={category.token()} aria-hidden="true">{ category.glyph() }</span>{ category.plural() }</th>
                            <td class="aa-desk__open">{ open }</td>
                            <td class="aa-desk__accepted">{ accepted }</td>
                            <td class="aa-desk__all">
                                <button type="button" class="aa-button" onclick={decide(true)} disabled={open == 0} data-decide="accept"
                                    title={format!("Accept every open {} (Shift+A on one)", category.noun())}>{ "Accept all" }<span class="aa-sr">{ format!(" {}s", category.noun()) }</span></button>
                                <button type="button" class="aa-button" onclick={decide(false)} disabled={open == 0} data-decide="reject"
                                    title={format!("Reject every open {} (Shift+R on one)", category.noun())}>{ "Reject all" }<span class="aa-sr">{ format!(" {}s", category.noun()) }</span></button>
                            </td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
        </section>
    }
}

/// Which items the list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Show {
    All,
    Only(Status),
}

/// Properties of [`ReviewList`].
#[derive(Properties, PartialEq)]
pub struct ReviewListProps {
    /// The article, for the words.
    pub article: Rc<Article>,
    /// Every item in text order.
    pub items: Rc<Vec<Rc<Item>>>,
    /// The current item.
    pub current: Option<AnnotationId>,
    /// Where decisions (and "go to") go.
    pub on_action: Callback<DeskAction>,
}

/// Every item, filtered by status, in a disclosure closed by default: reviewing one item at a
/// time needs only the panel, and a closed list costs no layout or paint per decision.
#[component]
pub fn ReviewList(props: &ReviewListProps) -> Html {
    let show = use_state(|| Show::All);
    let open = use_state(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            if let Some(details) = event.target_dyn_into::<web_sys::Element>() {
                open.set(details.has_attribute("open"));
            }
        })
    };
    let count = |status: Status| props.items.iter().filter(|i| i.status == status).count();
    let summary = format!(
        "All items: {} open, {} in the draft, {} rejected",
        count(Status::Open),
        count(Status::Accepted),
        count(Status::Rejected)
    );
    let ids = use_ids();
    let filters = [
        (Show::All, "All"),
        (Show::Only(Status::Open), "Open"),
        (Show::Only(Status::Accepted), "Draft"),
        (Show::Only(Status::Rejected), "Rejected"),
    ];
    let shown = props.items.iter().filter(|i| match *show {
        Show::All => true,
        Show::Only(status) => i.status == status,
    });
    let text = props.article.text();
    html! {
        <details class="aa-desk__list" open={*open} ontoggle={on_toggle}>
            <summary class="aa-desk__title" id={ids.id("desk-list-title")}>{ summary }</summary>
            if *open {
            <div class="aa-desk__filter" role="group" aria-label="Show">
                { for filters.iter().map(|&(which, label)| {
                    let onclick = { let show = show.clone(); Callback::from(move |_: MouseEvent| show.set(which)) };
                    html! { <button type="button" class="aa-button" aria-pressed={(*show == which).to_string()} {onclick}>{ label }</button> }
                }) }
            </div>
            <ol class="aa-desk__items">
                { for shown.map(|item| {
                    let words: String = text.slice(item.span).unwrap_or_default().chars().take(160).collect();
                    html! {
                        <ItemRow key={item.id.as_str()} item={item.clone()} words={AttrValue::from(words)}
                            current={props.current.as_ref() == Some(&item.id)} on_action={props.on_action.clone()} />
                    }
                }) }
            </ol>
            }
        </details>
    }
}

/// Properties of [`ItemRow`].
#[derive(Properties, PartialEq)]
struct ItemRowProps {
    item: Rc<Item>,
    words: AttrValue,
    current: bool,
    on_action: Callback<DeskAction>,
}

/// One item of the list; Yew skips it when neither the item nor "current" changed.
#[component]
fn ItemRow(props: &ItemRowProps) -> Html {
    let item = &props.item;
    let id = item.id.clone();
    let words = props.words.clone();
    let on_show = {
        let id = id.clone();
        props
            .on_action
            .reform(move |_: MouseEvent| DeskAction::Show { id: id.clone() })
    };
    let decide = |accept: bool| {
        let id = Some(id.clone());
        props.on_action.reform(move |_: MouseEvent| {
            if accept {
                DeskAction::Accept {
                    id: id.clone(),
                    now: clock::now(),
                }
            } else {
                DeskAction::Reject { id: id.clone() }
            }
        })
    };
    let category = item.category;
    html! {
        <li class="aa-desk__item" data-status={item.status.token()} data-category={category.token()}
            data-item-id={item.id.to_string()} aria-current={props.current.then_some("true")}>
            <p class="aa-desk__head">
                <span class="aa-swatch" data-category={category.token()} aria-hidden="true">{ category.glyph() }</span>
                <span>{ category.label() }</span>
                <span class="aa-desk__status">{ status_text(item) }</span>
            </p>
            <button type="button" class="aa-desk__quote" onclick={on_show} disabled={item.status == Status::Rejected}
                aria-label={format!("Go to: {words}")}>{ words.clone() }</button>
            if let Some(proposal) = &item.proposal {
                <p class="aa-desk__reason">{ proposal.reason.clone() }</p>
            }
            if !item.note.is_empty() {
                <p class="aa-desk__item-note">{ item.note.clone() }</p>
            }
            <div class="aa-desk__quick">
                if item.status != Status::Accepted {
                    <button type="button" class="aa-button" onclick={decide(true)}>{ "Accept" }<span class="aa-sr">{ format!(" {}", category.noun()) }</span></button>
                }
                if item.status != Status::Rejected {
                    <button type="button" class="aa-button" onclick={decide(false)}>{ "Reject" }<span class="aa-sr">{ format!(" {}", category.noun()) }</span></button>
                }
            </div>
        </li>
    }
}
