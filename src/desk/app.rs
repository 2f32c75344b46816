//! The desk's root component: the reader's article view (drafts solid, open suggestions dashed),
//! its selection menu and toast, and the desk's side column (undo/redo, publish, the current
//! item, the per-category overview, every item). Reader actions coming from the reused
//! components are translated into desk actions here.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::keys::{use_desk_keys, KeyContext};
use super::list::{Overview, ReviewList};
use super::panel::ReviewPanel;
use super::popover::DeskPopover;
use super::publish::PublishPanel;
use super::use_desk::use_desk_state;
use super::{DeskLink, DeskOptions};
use crate::components::{toast, use_toast, ArticleView, SelectionMenu, ToastProps};
use crate::dom::markup::{class, selector};
use crate::dom::{clock, focus};
use crate::hooks::{use_selection, SelectionSource};
use crate::model::bundle::Bundle;
use crate::model::{AnnotationId, Category};
use crate::options::{I18n, InstanceId, WidgetContext};
use crate::state::desk::{in_text_order, shown, view_id, DeskAction, Status};
use crate::state::{Action, CategorySet, Said, StorageStatus};

/// Properties of [`DeskApp`].
#[derive(Properties, Clone)]
pub struct DeskProps {
    /// The article and any editorial layer to revise.
    pub bundle: Rc<Bundle>,
    /// Prefix for element ids.
    pub instance: AttrValue,
    /// What the page configured.
    pub options: Rc<DeskOptions>,
    /// Filled with the state for the JS handle.
    pub link: DeskLink,
}

impl PartialEq for DeskProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.bundle, &other.bundle)
            && self.instance == other.instance
            && self.options == other.options
            && self.link == other.link
    }
}

/// A reader action from a reused component, as the desk's.
fn from_reader(action: Action) -> Option<DeskAction> {
    Some(match action {
        Action::ShowNotes {
            ids,
            on_screen,
            trigger,
        } => DeskAction::ShowNotes {
            ids,
            on_screen,
            trigger,
        },
        Action::HideNotes { trigger } => DeskAction::HideNotes { trigger },
        Action::SelectAnnotation { id } => DeskAction::Focus { id },
        Action::Select { pending } => DeskAction::Select { pending },
        Action::ClearSelection => DeskAction::ClearSelection,
        Action::Undo => DeskAction::Undo,
        Action::Redo => DeskAction::Redo,
        Action::DismissNotice => DeskAction::DismissNotice,
        _ => return None,
    })
}

/// Focuses the highlight of item `id` (its start marker); the article region if it has none.
fn focus_item(root: &NodeRef, state: &crate::state::desk::DeskState, id: Option<&AnnotationId>) {
    let Some(root) = root.cast::<Element>() else {
        return;
    };
    let item = id
        .and_then(|id| state.find(id))
        .filter(|i| i.status != Status::Rejected);
    if !item.is_some_and(|item| focus::focus_highlight(&root, &view_id(item))) {
        focus::focus_selector(&root, selector::BODY);
    }
}

/// The desk.
#[component]
pub fn DeskApp(props: &DeskProps) -> Html {
    let bundle = props.bundle.clone();
    let article = bundle.article.clone();
    let (state, dispatch) = use_desk_state(bundle.clone(), props.options.clone());
    props.link.set(state.clone());
    let root = use_node_ref();
    let reader_actions = use_callback(dispatch.clone(), |action: Action, dispatch| {
        if let Some(action) = from_reader(action) {
            dispatch.emit(action);
        }
    });
    let toast_held = use_toast(state.notice.as_ref(), &reader_actions);
    use_selection(
        root.clone(),
        article.clone(),
        SelectionSource::Rendered,
        reader_actions.clone(),
    );
    let current_category = state
        .current_item()
        .filter(|i| i.status != Status::Rejected)
        .map(|i| i.category);
    use_desk_keys(KeyContext {
        root: root.clone(),
        pending: state.pending.is_some(),
        category: current_category,
        dispatch: dispatch.clone(),
    });
    {
        // The reducer asks for focus (next/previous, after a decision, undo): move it there
        // once the change is painted, so scrolling and the popover never delay the highlight.
        let (root, state) = (root.clone(), state.clone());
        use_effect_with(state.focus_request, move |&request| {
            if request > 0 {
                super::perf::after_paint(move || focus_item(&root, &state, state.current.as_ref()));
            }
        });
    }
    let annotations = use_memo(state.items.clone(), {
        let state = state.clone();
        move |_| Rc::new(shown(&state))
    });
    let ordered = use_memo(state.items.clone(), {
        let state = state.clone();
        move |_| Rc::new(in_text_order(&state))
    });
    let on_create = {
        let (dispatch, root) = (dispatch.clone(), root.clone());
        Callback::from(move |(category, note): (Category, String)| {
            dispatch.emit(DeskAction::Add {
                id: clock::new_id(),
                category,
                note,
                now: clock::now(),
            });
            crate::dom::selection::clear();
            if let Some(root) = root.cast::<Element>() {
                focus::focus_selector(&root, selector::BODY);
            }
        })
    };
    let on_cancel = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| {
            dispatch.emit(DeskAction::ClearSelection);
            crate::dom::selection::clear();
        })
    };
    let on_done = {
        let (root, state) = (root.clone(), state.clone());
        Callback::from(move |()| focus_item(&root, &state, state.current.as_ref()))
    };
    let counts = Category::ALL.map(|c| {
        (
            state.count(c, Status::Open),
            state.count(c, Status::Accepted),
            state.count(c, Status::Rejected),
        )
    });
    let popover_id: AttrValue = format!("{}-popover", props.instance).into();
    let preview: Option<AttrValue> = state.pending.as_ref().and_then(|p| {
        let text = article.text().slice(p.span)?;
        let short: String = text.chars().take(60).collect();
        Some(
            if short.len() < text.len() {
                format!("{short}…")
            } else {
                short
            }
            .into(),
        )
    });
    let undo = dispatch.reform(|_: MouseEvent| DeskAction::Undo);
    let redo = dispatch.reform(|_: MouseEvent| DeskAction::Redo);
    let history = &state.history;
    let undo_title = history
        .undo_label()
        .map_or("Nothing to undo".to_string(), |l| {
            format!("Undo {l} (Ctrl+Z)")
        });
    let redo_title = history
        .redo_label()
        .map_or("Nothing to redo".to_string(), |l| {
            format!("Redo {l} (Ctrl+Shift+Z)")
        });
    let state_rc: Rc<crate::state::desk::DeskState> = Rc::new((*state).clone());
    html! {
        <ContextProvider<WidgetContext> context={WidgetContext { strings: I18n::default(), ids: InstanceId(props.instance.clone()) }}>
        <div class={classes!(class::ROOT, "aa-root--desk")} data-ready="true" data-mode="editor" ref={root.clone()}>
            <div class="aa-frame"><div class="aa-layout">
                <ArticleView article={article.clone()} annotations={(*annotations).clone()} hidden={CategorySet::default()}
                    on_action={reader_actions.clone()} popover_id={popover_id.clone()} />
                <aside class="aa-side aa-desk" aria-label="Editor's desk">
                    <div class="aa-toolbar" role="toolbar" aria-label="Desk tools">
                        <button type="button" class="aa-button" onclick={undo} disabled={!history.can_undo()}
                            title={undo_title} aria-keyshortcuts="Control+Z Meta+Z">{ "↶ Undo" }</button>
                        <button type="button" class="aa-button" onclick={redo} disabled={!history.can_redo()}
                            title={redo_title} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y">{ "↷ Redo" }</button>
                    </div>
                    <PublishPanel state={state_rc.clone()} on_action={dispatch.clone()} events={props.options.events.clone()} />
                    if !bundle.problems.is_empty() {
                        <p class="aa-warning" role="status">{ bundle.problems.join(" ") }</p>
                    }
                    <p class="aa-desk__keys">{ "Keys: J/K next/previous, A accept, R reject, 1/2/3 category, [ ] { } words, E note, Shift+A/R all of a category." }</p>
                    if let Some(item) = state.current_item() {
                        <ReviewPanel key={item.id.as_str()} article={article.clone()} item={item.clone()}
                            pending={state.pending.is_some()} on_action={dispatch.clone()} on_done={on_done} />
                    } else {
                        <p class="aa-desk__panel aa-desk__panel--empty">{ "Press J (or N) for the first suggestion, or click a dashed highlight." }</p>
                    }
                    <Overview counts={counts} on_action={dispatch.clone()} />
                    <ReviewList article={article.clone()} items={(*ordered).clone()} current={state.current.clone()}
                        on_action={dispatch.clone()} />
                </aside>
            </div></div>
            if let (Some(pending), Some(preview)) = (state.pending.clone(), preview) {
                <SelectionMenu pending={pending} preview={preview} on_create={on_create} on_cancel={on_cancel} />
            }
            <DeskPopover id={popover_id} state={state_rc} />
            { toast(&ToastProps { notice: state.notice.clone(), storage: StorageStatus { warning: state.storage_warning.clone().map(|text| Rc::new(Said::Text(text))), ..StorageStatus::default() },
                on_action: reader_actions }, &toast_held, &I18n::default(), &InstanceId(props.instance.clone())) }
        </div>
        </ContextProvider<WidgetContext>>
    }
}
