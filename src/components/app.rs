//! The root component: owns the reducer, wires children and runs effects.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::annotation_list::AnnotationList;
use super::article_view::ArticleView;
use super::class_attr::{root_class, with_class};
use super::export_panel::ExportPanel;
use super::find_text::FindText;
use super::host_view::HostView;
use super::import_panel::ImportPanel;
use super::legend::{legend, LegendProps};
use super::popover::{note_popover, use_popover_placement, NotePopoverProps};
use super::selection_menu::SelectionMenu;
use super::toast::{toast, use_toast, ToastProps};
use super::toolbar::{toolbar, Panel, ToolbarProps};
use super::wiring::{
    article_dir, file_drop, item_handler, return_focus, toast_handler, use_hover_notes,
    use_undo_focus,
};
use crate::dom::markup::selector;
use crate::dom::{clock, events, focus};
use crate::hooks::{
    no_cleanup, use_document_keys, use_effect_boxed, use_host_link, use_selection, use_state_of,
    use_strings, use_widget_state, KeyHandlers, SelectionSource,
};
use crate::model::bundle::Bundle;
use crate::model::i18n::Key;
use crate::model::Category;
use crate::options::{InstanceId, WidgetContext, WidgetOptions};
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
    let strings = use_strings(&options);
    let root = use_node_ref();

    // The first render (on the server too) says nothing about readiness; the widget is ready
    // once it runs in the browser: after it hydrated server-rendered markup, or rendered its own.
    let ready = use_state_of(false);
    {
        let (problems, ready, instance) = (
            bundle.problems.clone(),
            ready.clone(),
            props.instance.clone(),
        );
        use_effect_boxed(
            (),
            Box::new(move |_: &()| {
                crate::dom::log::warn_all(&problems);
                ready.set(true);
                crate::dom::log::mark(&format!("article-annotator:ready:{instance}"));
                no_cleanup()
            }),
        );
    }
    let notes = {
        let bundle = bundle.clone();
        use_memo((), move |_| super::notes::Notes::of(&bundle.editorial))
    };
    {
        let (root, colors) = (root.clone(), options.colors.clone());
        use_effect_boxed(
            (),
            Box::new(move |_: &()| {
                if let Some(root) = root.cast::<Element>() {
                    crate::dom::style::set_properties(&root, &colors);
                }
                no_cleanup()
            }),
        );
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
    // Esc reaches the hover note through its wrapper (so a still pointer does not reopen it).
    let hover = use_hover_notes(dispatch.clone());
    use_document_keys(
        root.clone(),
        state.pending.is_some() && !options.read_only,
        KeyHandlers {
            on_action: hover.on_action.clone(),
            on_category: on_create.reform(|c| (c, String::new())),
        },
    );

    let sheet = use_state_of(false);
    let on_sheet = {
        let sheet = sheet.clone();
        Callback::from(move |open: bool| sheet.set(open))
    };
    let on_item = item_handler(
        dispatch.clone(),
        root.clone(),
        options.in_place.clone(),
        state.annotations.clone(),
        on_sheet.clone(),
    );
    let arm_undo_focus = use_undo_focus(root.clone(), state.annotations.clone());
    let on_toast = toast_handler(dispatch.clone(), root.clone(), arm_undo_focus);
    let toast_held = use_toast(state.notice.as_ref(), &on_toast);
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
    let (on_dragover, on_drop) = file_drop(dispatch.clone(), panel.clone());
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
        let dispatch = hover.on_action.clone();
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
    let in_place = options.in_place.is_some();
    let dir = options.dir.unwrap_or_else(|| strings.dir());
    let ids = InstanceId(props.instance.clone());
    let title_id = ids.id("title");
    // The menu and the note live inside a landmark (the article, or the tools in place), and
    // never together: a note must not cover the menu.
    let menu_open = state.pending.is_some() && preview.is_some();
    let popover = state.popover.clone().filter(|_| !menu_open);
    let popover_node = use_popover_placement(popover.as_ref());
    let floating = html! {
        <>
            if let (Some(pending), Some(preview)) = (state.pending.clone(), preview) {
                <SelectionMenu pending={pending} preview={preview} on_create={on_create.clone()} on_cancel={on_cancel} />
            }
            { note_popover(&NotePopoverProps { id: popover_id.clone(), popover, annotations: state.annotations.clone(),
                on_enter: hover.on_enter.clone(), on_leave: hover.on_leave.clone() }, popover_node, &strings) }
        </>
    };
    let skip = |target: &'static str, key: Key| {
        let root = root.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(root) = root.cast::<Element>() {
                focus::focus_selector(&root, target);
            }
        });
        html! { <button type="button" class="aa-skip" {onclick}>{ strings.get(key) }</button> }
    };
    let widget = html! {
        <div class="aa-root" lang={options.lang.clone()} dir={dir.as_str()} data-ready={(*ready).then_some("true")} ref={root.clone()} onkeydown={on_keydown} ondragover={on_dragover} ondrop={on_drop}>
            if !in_place { { skip(selector::SIDE, Key::SkipToTools) } }
            <div class="aa-frame"><div class="aa-layout">
                if let Some(host) = options.in_place.clone() {
                    <HostView host={host.clone()} annotations={state.annotations.clone()} hidden={state.hidden}
                        selected={state.selected.clone()} pending={state.pending.as_ref().map(|p| p.span)}
                        root={root.clone()} on_action={dispatch.clone()} />
                } else {
                    <ArticleView article={article.clone()} annotations={state.annotations.clone()} hidden={state.hidden}
                        on_action={hover.on_action.clone()} popover_id={popover_id.clone()} dir={article_dir(&options, &article, dir)} notes={notes.clone()}>
                        { floating.clone() }
                    </ArticleView>
                }
                <aside class="aa-side" id={ids.id("tools")} tabindex="-1" aria-labelledby={format!("{} {title_id}", ids.id("tools-name"))}>
                    <span class="aa-sr" id={ids.id("tools-name")}>{ strings.get(Key::ToolsLabel) }</span>
                    if in_place {
                        <span class="aa-sr" id={title_id.clone()}>{ article.meta.title.clone() }</span>
                        if let (false, Some(host)) = (read_only, options.in_place.clone()) {
                            <FindText host={host} article={article.clone()} root={root.clone()} on_action={dispatch.clone()} />
                        }
                    }
                    { toolbar(&ToolbarProps { history: state.history.clone(), on_action: dispatch.clone(), panel: *panel, on_panel, read_only,
                        n_annotations: state.annotations.len(), sheet: *sheet, on_sheet: on_sheet.clone() }, &strings, &ids) }
                    if *panel == Some(Panel::Export) {
                        <ExportPanel article={article.clone()} annotations={state.annotations.clone()} filter={state.filter} on_action={dispatch.clone()} on_exported={on_exported} />
                    }
                    if !read_only && (*panel == Some(Panel::Import) || state.import_outcome.is_some() || state.import_question.is_some()) {
                        <ImportPanel outcome={state.import_outcome.clone()} question={state.import_question.clone()} on_action={dispatch.clone()} />
                    }
                    <div class="aa-sheet">
                        <button type="button" class="aa-button aa-sheet__close" onclick={on_sheet.reform(|_: MouseEvent| false)}>{ strings.get(Key::ListClose) }</button>
                        { legend(&LegendProps { counts, hidden: state.hidden, n_orphaned: state.n_orphaned(),
                            n_problems: bundle.problems.len(), on_toggle }, &strings, &ids) }
                        <AnnotationList annotations={state.annotations.clone()} filter={state.filter}
                            selected={state.selected.clone()} on_filter={on_filter} on_item={on_item} read_only={read_only} />
                    </div>
                    if in_place { { floating } }
                    if !in_place { { skip(selector::BODY, Key::SkipToArticle) } }
                </aside>
            </div></div>
            { toast(&ToastProps { notice: state.notice.clone(), storage: state.storage.clone(), on_action: on_toast }, &toast_held, &strings, &ids) }
        </div>
    };
    // The modifiers go on after `html!`, which would build a `Classes` for a computed class.
    let widget = with_class(widget, root_class(in_place, read_only, *sheet));
    html! {
        <ContextProvider<WidgetContext> context={WidgetContext { strings: strings.clone(), ids: ids.clone() }}>{ widget }</ContextProvider<WidgetContext>>
    }
}
