//! The root component: owns the reducer, wires children and runs effects.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::annotation_list::AnnotationList;
use super::article_view::ArticleView;
use super::export_panel::ExportPanel;
use super::find_text::FindText;
use super::host_view::HostView;
use super::import_panel::{import_file, ImportPanel};
use super::legend::Legend;
use super::list_item::ItemRequest;
use super::popover::NotePopover;
use super::selection_menu::SelectionMenu;
use super::toast::Toast;
use super::toolbar::{Panel, Toolbar};
use crate::dom::markup::{self, class, selector};
use crate::dom::{clock, events, focus};
use crate::hooks::{
    use_document_keys, use_host_link, use_selection, use_widget_state, KeyHandlers, SelectionSource,
};
use crate::model::bundle::Bundle;
use crate::model::{AnnotationId, Category};
use crate::options::{InstanceId, Labels, WidgetOptions};
use crate::state::Action;

/// Properties of the root component.
#[derive(Properties, Clone)]
pub struct AppProps {
    /// The article and its editorial annotations.
    pub bundle: Rc<Bundle>,
    /// Prefix for element ids, unique per widget on a page.
    pub instance: AttrValue,
    /// What the host page chose (defaults on the standalone page).
    #[prop_or_default]
    pub options: Rc<WidgetOptions>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.bundle, &other.bundle)
            && self.instance == other.instance
            && Rc::ptr_eq(&self.options, &other.options)
    }
}

/// The widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let bundle = props.bundle.clone();
    let article = bundle.article.clone();
    let options = props.options.clone();
    let (state, dispatch, document) = use_widget_state(bundle.clone(), options.storage.clone());
    let root = use_node_ref();

    // The first render (on the server too) says nothing about readiness; the widget is ready
    // once it runs in the browser: after it hydrated server-rendered markup, or rendered its own.
    let ready = use_state(|| false);
    {
        let (problems, ready, instance) = (
            bundle.problems.clone(),
            ready.clone(),
            props.instance.clone(),
        );
        use_effect_with((), move |_| {
            crate::dom::log::warn_all(&problems);
            ready.set(true);
            crate::dom::log::mark(&format!("article-annotator:ready:{instance}"));
        });
    }
    let notes = {
        let bundle = bundle.clone();
        use_memo((), move |_| super::notes::Notes::of(&bundle.editorial))
    };
    {
        let (root, colors) = (root.clone(), options.colors.clone());
        use_effect_with((), move |_| {
            if let Some(root) = root.cast::<Element>() {
                crate::dom::style::set_properties(&root, &colors);
            }
        });
    }
    use_host_link(options.clone(), props.instance.clone(), &state, &document);
    let source = match (&options.in_place, options.read_only) {
        (_, true) => SelectionSource::Off,
        (Some(host), false) => SelectionSource::Host(host.clone()),
        (None, false) => SelectionSource::Rendered,
    };
    use_selection(root.clone(), article.clone(), source, dispatch.clone());

    let on_create = {
        let (dispatch, root) = (dispatch.clone(), root.clone());
        use_callback((), move |(category, note): (Category, String), _| {
            dispatch.emit(Action::Create {
                id: clock::new_id(),
                category,
                note,
                now: clock::now(),
            });
            crate::dom::selection::clear();
            return_focus(&root);
        })
    };
    use_document_keys(
        root.clone(),
        state.pending.is_some() && !options.read_only,
        KeyHandlers {
            on_action: dispatch.clone(),
            on_category: on_create.reform(|c| (c, String::new())),
        },
    );

    let on_item = {
        let (dispatch, root) = (dispatch.clone(), root.clone());
        let (in_place, annotations) = (options.in_place.clone(), state.annotations.clone());
        Callback::from(
            move |(id, request): (AnnotationId, ItemRequest)| match request {
                ItemRequest::Show => {
                    dispatch.emit(Action::SelectAnnotation {
                        id: Some(id.clone()),
                    });
                    if let Some(host) = &in_place {
                        let span = annotations
                            .iter()
                            .find(|p| p.annotation.id == id)
                            .and_then(|p| p.placement.span);
                        if let Some(span) = span {
                            host.reveal(span);
                        }
                    } else if let Some(root) = root.cast::<Element>() {
                        focus::focus_highlight(&root, &id);
                    }
                }
                ItemRequest::Save(category, note) => dispatch.emit(Action::Update {
                    id,
                    category,
                    note,
                    now: clock::now(),
                }),
                ItemRequest::Delete => dispatch.emit(Action::Delete { id }),
                ItemRequest::Confirm => dispatch.emit(Action::ConfirmPlacement {
                    id,
                    now: clock::now(),
                }),
            },
        )
    };
    let panel = use_state(|| None::<Panel>);
    let on_panel = {
        let panel = panel.clone();
        Callback::from(move |which: Panel| {
            panel.set(if *panel == Some(which) {
                None
            } else {
                Some(which)
            })
        })
    };
    // Dropping a file anywhere on the widget imports it.
    let on_dragover = Callback::from(|event: DragEvent| {
        let has_files = event
            .data_transfer()
            .is_some_and(|d| d.types().includes(&"Files".into(), 0));
        if has_files {
            event.prevent_default();
        }
    });
    let on_drop = {
        let (dispatch, panel) = (dispatch.clone(), panel.clone());
        Callback::from(move |event: DragEvent| {
            let Some(file) = event
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            else {
                return;
            };
            event.prevent_default();
            panel.set(Some(Panel::Import));
            import_file(dispatch.clone(), file);
        })
    };
    let on_cancel = {
        let (dispatch, root) = (dispatch.clone(), root.clone());
        Callback::from(move |()| {
            dispatch.emit(Action::ClearSelection);
            crate::dom::selection::clear();
            return_focus(&root);
        })
    };
    let on_toggle = dispatch.reform(|category: Category| Action::ToggleCategory { category });
    let on_filter = dispatch.reform(|filter| Action::SetFilter { filter });
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
    // Read-only widgets never offer the menu, whatever selected text (keyboard caret included).
    let preview: Option<AttrValue> = state
        .pending
        .as_ref()
        .filter(|_| !options.read_only)
        .and_then(|p| {
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
    let on_exported = {
        let (target, instance) = (options.events.clone(), props.instance.clone());
        Callback::from(move |json: String| {
            if let Some(target) = &target {
                let document = events::from_json(&json);
                events::emit(
                    target,
                    "export",
                    &events::detail(&instance, "document", &document),
                );
            }
        })
    };
    let read_only = options.read_only;
    let class = classes!(
        class::ROOT,
        options.in_place.is_some().then_some("aa-root--inplace"),
        read_only.then_some("aa-root--readonly")
    );
    html! {
        <ContextProvider<Labels> context={options.labels.clone()}>
        <ContextProvider<InstanceId> context={InstanceId(props.instance.clone())}>
        <div class={class} lang={options.lang.clone()} data-ready={(*ready).then_some("true")} ref={root.clone()} onkeydown={on_keydown} ondragover={on_dragover} ondrop={on_drop}>
            <div class="aa-frame"><div class="aa-layout">
                if let Some(host) = options.in_place.clone() {
                    <HostView host={host.clone()} annotations={state.annotations.clone()} hidden={state.hidden}
                        selected={state.selected.clone()} pending={state.pending.as_ref().map(|p| p.span)}
                        root={root.clone()} on_action={dispatch.clone()} />
                    if !read_only {
                        <FindText host={host} article={article.clone()} root={root.clone()} on_action={dispatch.clone()} />
                    }
                } else {
                    <ArticleView article={article.clone()} annotations={state.annotations.clone()} hidden={state.hidden} on_action={dispatch.clone()} popover_id={popover_id.clone()} notes={notes.clone()} />
                }
                <aside class="aa-side" aria-label="Annotation tools">
                    <Toolbar history={state.history.clone()} on_action={dispatch.clone()} panel={*panel} on_panel={on_panel} read_only={read_only} />
                    if *panel == Some(Panel::Export) {
                        <ExportPanel article={article.clone()} annotations={state.annotations.clone()} filter={state.filter} on_action={dispatch.clone()} on_exported={on_exported} />
                    }
                    if !read_only && (*panel == Some(Panel::Import) || state.import_outcome.is_some()) {
                        <ImportPanel outcome={state.import_outcome.clone()} on_action={dispatch.clone()} />
                    }
                    <Legend counts={counts} hidden={state.hidden} n_orphaned={state.n_orphaned()}
                        n_problems={bundle.problems.len()} on_toggle={on_toggle} />
                    <AnnotationList annotations={state.annotations.clone()} filter={state.filter}
                        selected={state.selected.clone()} on_filter={on_filter} on_item={on_item} read_only={read_only} />
                </aside>
            </div></div>
            if let (Some(pending), Some(preview)) = (state.pending.clone(), preview) {
                <SelectionMenu pending={pending} preview={preview} on_create={on_create.clone()} on_cancel={on_cancel} />
            }
            <NotePopover id={popover_id} popover={state.popover.clone()} annotations={state.annotations.clone()} />
            <Toast notice={state.notice.clone()} storage_warning={state.storage_warning.clone()} on_action={dispatch.clone()} />
        </div>
        </ContextProvider<InstanceId>>
        </ContextProvider<Labels>>
    }
}

/// After the menu closes, puts focus back on the article text if it was inside the menu,
/// so keyboard readers continue where they were instead of starting over from the page top.
fn return_focus(root: &NodeRef) {
    let Some(root) = root.cast::<Element>() else {
        return;
    };
    if focus::in_menu() && !focus::focus_selector(&root, selector::BODY) {
        focus::focus_selector(&root, markup::FIND_INPUT);
    }
}
