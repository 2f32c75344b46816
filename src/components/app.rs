//! The root component: owns the reducer, derives segments, wires children and runs effects.

use std::rc::Rc;

use yew::prelude::*;

use super::article_view::ArticleView;
use super::legend::Legend;
use super::paragraph::HighlightKey;
use super::popover::NotePopover;
use crate::model::{paragraph_segments, Category, Segment, Span};
use crate::seed::Bundle;
use crate::state::{Action, AppState};

/// Properties of the root component.
#[derive(Properties, Clone)]
pub struct AppProps {
    /// The article and its editorial annotations.
    pub bundle: Rc<Bundle>,
    /// Prefix for element ids, unique per widget on a page.
    pub instance: AttrValue,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.bundle, &other.bundle) && self.instance == other.instance
    }
}

/// Segments of every paragraph, each behind its own `Rc` so unchanged paragraphs compare equal.
pub type ParagraphSegments = Rc<Vec<Rc<Vec<Segment<HighlightKey>>>>>;

/// The widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let bundle = props.bundle.clone();
    let state = use_reducer(|| AppState::new(bundle.editorial.clone()));
    let article = bundle.article.clone();

    {
        let problems = bundle.problems.clone();
        use_effect_with((), move |_| crate::dom::log::warn_all(&problems));
    }

    let segments: ParagraphSegments = {
        let article = article.clone();
        use_memo(
            (state.annotations.clone(), state.hidden),
            move |(annotations, hidden)| {
                let keys: Vec<(Span, HighlightKey)> = annotations
                    .iter()
                    .filter(|placed| !hidden.contains(placed.annotation.category))
                    .filter_map(|placed| {
                        let span = placed.placement.span?;
                        Some((span, HighlightKey::new(&placed.annotation, span)))
                    })
                    .collect();
                Rc::new(
                    paragraph_segments(&article, &keys)
                        .into_iter()
                        .map(Rc::new)
                        .collect::<Vec<_>>(),
                )
            },
        )
        .as_ref()
        .clone()
    };

    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    let on_toggle = dispatch.reform(|category: Category| Action::ToggleCategory { category });
    let on_keydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                dispatch.emit(Action::HideNotes { trigger: None });
            }
        })
    };

    let counts = Category::ALL.map(|category| state.count(category));
    let popover_id: AttrValue = format!("{}-popover", props.instance).into();
    html! {
        <div class="aa-root" data-ready="true" onkeydown={on_keydown}>
            <div class="aa-layout">
                <ArticleView
                    article={article.clone()}
                    segments={segments}
                    on_action={dispatch.clone()}
                    popover_id={popover_id.clone()}
                />
                <aside class="aa-side" aria-label="Annotation tools">
                    <Legend
                        counts={counts}
                        hidden={state.hidden}
                        n_orphaned={state.n_orphaned()}
                        n_problems={bundle.problems.len()}
                        on_toggle={on_toggle}
                    />
                </aside>
            </div>
            <NotePopover
                id={popover_id}
                popover={state.popover.clone()}
                annotations={state.annotations.clone()}
            />
        </div>
    }
}
