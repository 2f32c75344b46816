//! The article: headline, standfirst and one memoised paragraph component per paragraph.

use std::rc::Rc;

use yew::prelude::*;

use super::app::ParagraphSegments;
use super::paragraph::ParagraphView;
use crate::model::Article;
use crate::state::Action;

/// Properties of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The article (immutable; compared by pointer first).
    pub article: Rc<Article>,
    /// Segments per paragraph.
    pub segments: ParagraphSegments,
    /// Where highlight events go.
    pub on_action: Callback<Action>,
    /// Id of the note popover that describes the focused highlight.
    pub popover_id: AttrValue,
}

/// Renders the article text with its highlights.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let meta = &props.article.meta;
    html! {
        <article class="aa-article" lang="en">
            <header class="aa-article__header">
                <h1 class="aa-title">{ meta.title.clone() }</h1>
                if let Some(standfirst) = &meta.standfirst {
                    <p class="aa-standfirst">{ standfirst.clone() }</p>
                }
            </header>
            { for props.segments.iter().enumerate().map(|(idx, segments)| html! {
                <ParagraphView
                    key={idx}
                    article={props.article.clone()}
                    idx={idx}
                    segments={segments.clone()}
                    on_action={props.on_action.clone()}
                    popover_id={props.popover_id.clone()}
                />
            }) }
        </article>
    }
}
