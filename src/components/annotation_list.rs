//! The annotation list: a sidebar on wide screens, a sheet over the article on phones (opened
//! from the toolbar), with filters and counts.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::list_item::{ItemRequest, ListItem};
use crate::hooks::{use_i18n, use_ids};
use crate::model::i18n::{CategoryForm, Key, Msg};
use crate::model::order::sort_by_key;
use crate::model::{AnnotationId, Category, Origin, Placed};
use crate::state::{Annotations, ListFilter, OriginFilter};

/// Properties of [`AnnotationList`].
#[derive(Properties, PartialEq)]
pub struct AnnotationListProps {
    /// Every annotation.
    pub annotations: Annotations,
    /// What to show.
    pub filter: ListFilter,
    /// The selected annotation.
    pub selected: Option<AnnotationId>,
    /// Filter changes.
    pub on_filter: Callback<ListFilter>,
    /// Requests from items, with the item's id.
    pub on_item: Callback<(AnnotationId, ItemRequest)>,
    /// Read-only widgets offer no editing.
    #[prop_or_default]
    pub read_only: bool,
}

/// Items rendered at first and added by each "Show more": a list of thousands of annotations
/// must not turn every edit into thousands of list items to diff.
const PAGE: usize = 100;

/// Renders the list with its filters.
#[component]
pub fn AnnotationList(props: &AnnotationListProps) -> Html {
    let limit = use_state(|| PAGE);
    let filter = props.filter;
    let shown: Rc<Vec<Rc<Placed>>> = use_memo(
        (props.annotations.clone(), filter),
        |(annotations, filter)| {
            let mut shown: Vec<Rc<Placed>> = annotations
                .iter()
                .filter(|p| filter.accepts(p))
                .cloned()
                .collect();
            // Reading order; orphans (no span) last.
            sort_by_key(&mut shown, |p| {
                p.placement
                    .span
                    .map_or((1, 0, 0), |s| (0, s.start(), usize::MAX - s.end()))
            });
            shown
        },
    );
    // The selected annotation's item is always rendered, so activating a highlight can reveal it.
    let selected_idx = props
        .selected
        .as_ref()
        .and_then(|id| shown.iter().position(|p| &p.annotation.id == id));
    let n_rendered = (*limit)
        .max(selected_idx.map_or(0, |i| i + 1))
        .min(shown.len());
    let show_more = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(n_rendered + PAGE))
    };
    let n_mine = props
        .annotations
        .iter()
        .filter(|p| p.annotation.origin == Origin::Reader)
        .count();
    let on_origin = props.on_filter.reform(move |e: Event| {
        let value = e
            .target_dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default();
        let origin = match value.as_str() {
            "editorial" => OriginFilter::Editorial,
            "mine" => OriginFilter::Mine,
            _ => OriginFilter::All,
        };
        ListFilter { origin, ..filter }
    });
    let t = use_i18n();
    let ids = use_ids();
    html! {
        <section class="aa-list" aria-labelledby={ids.id("list-title")}>
            <h2 class="aa-list__title" id={ids.id("list-title")} tabindex="-1">
                { t.text(&Msg::ListTitle { n: props.annotations.len() }) }
            </h2>
            <div class="aa-list__body" id={ids.id("list-body")}>
                <div class="aa-list__filters" role="group" aria-label={t.get(Key::ListFilters).to_string()}>
                    { for Category::ALL.iter().map(|&category| {
                        let checked = !filter.hidden.contains(category);
                        let onchange = props.on_filter.reform(move |_: Event| ListFilter { hidden: filter.hidden.toggled(category), ..filter });
                        html! {
                            <label class="aa-list__filter" data-category={category.token()}>
                                <input type="checkbox" {checked} {onchange} />
                                <span class="aa-swatch" data-category={category.token()} aria-hidden="true">{ category.glyph() }</span>
                                { t.category(category, CategoryForm::Plural) }
                            </label>
                        }
                    }) }
                    <label class="aa-list__origin">
                        <span>{ t.get(Key::ListShow) }</span>
                        <select onchange={on_origin}>
                            <option value="all" selected={filter.origin == OriginFilter::All}>{ t.get(Key::ListAll) }</option>
                            <option value="editorial" selected={filter.origin == OriginFilter::Editorial}>{ t.get(Key::ListEditorial) }</option>
                            <option value="mine" selected={filter.origin == OriginFilter::Mine}>{ t.text(&Msg::ListMine { n: n_mine }) }</option>
                        </select>
                    </label>
                </div>
                <p class="aa-list__count" aria-live="polite">{ t.text(&Msg::ListCount { shown: shown.len(), n: props.annotations.len() }) }</p>
                if shown.is_empty() {
                    <p class="aa-list__empty">{ t.get(Key::ListEmpty) }</p>
                }
                <ol class="aa-list__items">
                    { for shown.iter().take(n_rendered).map(|placed| {
                        let id = placed.annotation.id.clone();
                        let quote = &placed.annotation.target.quote;
                        let before = shorten_start(&quote.prefix, 40);
                        let after = shorten_end(&quote.suffix, 40);
                        let on_request = props.on_item.reform(move |request| (id.clone(), request));
                        html! {
                            <ListItem key={placed.annotation.id.as_str()} placed={placed.clone()} read_only={props.read_only}
                                before={before} after={after}
                                selected={props.selected.as_ref() == Some(&placed.annotation.id)}
                                {on_request} />
                        }
                    }) }
                </ol>
                if n_rendered < shown.len() {
                    <button type="button" class="aa-button aa-list__more" onclick={show_more}>
                        { t.text(&Msg::ListMore { n: shown.len() - n_rendered }) }
                    </button>
                }
            </div>
        </section>
    }
}

/// The last `n` characters of `text` (one line), with an ellipsis if cut.
fn shorten_start(text: &str, n: usize) -> AttrValue {
    let flat = text.replace('\n', " ");
    let n_chars = flat.chars().count();
    if n_chars <= n {
        return flat.into();
    }
    let tail: String = flat.chars().skip(n_chars - n).collect();
    // Start at a word: a cut word reads as a typo.
    let tail = tail.split_once(' ').map_or(tail.as_str(), |(_, rest)| rest);
    format!("…{tail}").into()
}

/// The first `n` characters of `text` (one line), with an ellipsis if cut.
fn shorten_end(text: &str, n: usize) -> AttrValue {
    let flat = text.replace('\n', " ");
    if flat.chars().count() <= n {
        return flat.into();
    }
    let head: String = flat.chars().take(n).collect();
    let head = head
        .rsplit_once(' ')
        .map_or(head.as_str(), |(kept, _)| kept);
    format!("{head}…").into()
}
