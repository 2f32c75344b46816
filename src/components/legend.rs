//! The legend: one toggle per category with its glyph and count, plus the count of unplaced annotations.

use yew::prelude::*;

use crate::model::i18n::{CategoryForm, Key, Msg};
use crate::model::Category;
use crate::options::{I18n, InstanceId};
use crate::state::CategorySet;

/// What [`legend`] shows.
pub struct LegendProps {
    /// Annotations per category, in `Category::ALL` order.
    pub counts: [usize; 3],
    /// Categories currently hidden.
    pub hidden: CategorySet,
    /// Annotations that could not be placed in the text.
    pub n_orphaned: usize,
    /// Problems met while loading (rejected annotations and the like).
    pub n_problems: usize,
    /// Called with the category whose toggle was pressed.
    pub on_toggle: Callback<Category>,
}

/// Renders the legend, in the strings `t` with the ids `ids`. A function, not a component: it
/// has no state of its own, and a component of its own compiled Yew's component machinery once
/// more into the reader's wasm (issue 9); the app's render builds it, with the same markup.
pub fn legend(props: &LegendProps, t: &I18n, ids: &InstanceId) -> Html {
    let orphan_text = match props.n_orphaned {
        0 => t.get(Key::LegendAllPlaced).to_string(),
        n => t.text(&Msg::LegendUnplaced { n }),
    };
    html! {
        <section class="aa-legend" aria-labelledby={ids.id("legend-title")}>
            <h2 class="aa-legend__title" id={ids.id("legend-title")}>{ t.get(Key::LegendTitle) }</h2>
            <p class="aa-legend__hint">{ t.get(Key::LegendHint) }</p>
            <ul class="aa-legend__list">
                { for Category::ALL.iter().zip(props.counts).map(|(&category, count)| {
                    let shown = !props.hidden.contains(category);
                    let onclick = props.on_toggle.reform(move |_: MouseEvent| category);
                    html! {
                        <li key={category.token()}>
                            <button
                                type="button"
                                class="aa-legend__toggle"
                                data-category={category.token()}
                                aria-pressed={shown.to_string()}
                                {onclick}
                            >
                                <span class="aa-swatch" data-category={category.token()} aria-hidden="true">{ category.glyph() }</span>
                                <span class="aa-legend__label">{ t.category(category, CategoryForm::Plural) }</span>
                                <span class="aa-legend__count">{ count }</span>
                                <span class="aa-legend__state">{ t.get(if shown { Key::LegendShown } else { Key::LegendHidden }) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <p class="aa-legend__orphans" data-count={props.n_orphaned.to_string()}>{ orphan_text }</p>
            if props.n_problems > 0 {
                <p class="aa-legend__problems" role="status">
                    { t.text(&Msg::LegendProblems { n: props.n_problems }) }
                </p>
            }
        </section>
    }
}
