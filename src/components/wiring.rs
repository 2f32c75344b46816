//! The root component's wiring that is about time and focus rather than markup: a hover note
//! that waits for the pointer to reach it (WCAG 1.4.13), focus after list and toast actions
//! (never left on `<body>`), and the list items' requests.

use std::collections::HashSet;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::Element;
use yew::prelude::*;

use super::import_panel::import_file;
use super::list_item::ItemRequest;
use super::toolbar::Panel;
use crate::dom::host::HostArticle;
use crate::dom::markup::{self, selector};
use crate::dom::{clock, focus};
use crate::hooks::{no_cleanup, timeout, use_effect_boxed, use_ref_of};
use crate::model::i18n::Dir;
use crate::model::AnnotationId;
use crate::options::WidgetOptions;
use crate::state::{Action, Annotations, Trigger};

/// How long a hover note waits for the pointer to arrive before it closes.
const HOVER_GRACE_MS: u32 = 400;

/// The callbacks of a hoverable note.
pub struct HoverNotes {
    /// Where the article's actions go: hover hides are delayed, everything else passes.
    pub on_action: Callback<Action>,
    /// The pointer entered the note: it stays.
    pub on_enter: Callback<MouseEvent>,
    /// The pointer left the note: it closes after the grace period.
    pub on_leave: Callback<MouseEvent>,
}

/// A hover note that stays while the pointer moves from the highlight onto it. After Esc, the
/// highlight under the pointer does not open it again (the browser re-sends a pointer entry
/// when the page changes under a still pointer) until the pointer leaves a highlight.
#[hook]
pub fn use_hover_notes(dispatch: Callback<Action>) -> Rc<HoverNotes> {
    let timer = use_ref_of(None::<Timeout>);
    let muted = use_ref_of(false);
    use_memo((), move |_| {
        let later = {
            let (timer, dispatch) = (timer.clone(), dispatch.clone());
            Rc::new(move || {
                let dispatch = dispatch.clone();
                let hide = Action::HideNotes {
                    trigger: Some(Trigger::Hover),
                };
                let later = timeout(HOVER_GRACE_MS, Box::new(move || dispatch.emit(hide)));
                timer.borrow_mut().replace(later);
            })
        };
        let on_action = {
            let (timer, later) = (timer.clone(), later.clone());
            Callback::from(move |action: Action| match action {
                Action::HideNotes {
                    trigger: Some(Trigger::Hover),
                } => {
                    *muted.borrow_mut() = false;
                    later();
                }
                Action::ShowNotes {
                    trigger: Trigger::Hover,
                    ..
                } if *muted.borrow() => {}
                other => {
                    match &other {
                        Action::ShowNotes { .. } => drop(timer.borrow_mut().take()),
                        Action::HideNotes { trigger: None } => *muted.borrow_mut() = true,
                        _ => {}
                    }
                    dispatch.emit(other);
                }
            })
        };
        let on_enter = {
            let timer = timer.clone();
            Callback::from(move |_: MouseEvent| {
                timer.borrow_mut().take();
            })
        };
        HoverNotes {
            on_action,
            on_enter,
            on_leave: Callback::from(move |_: MouseEvent| later()),
        }
    })
}

/// After Undo from the toast, focus goes to the item it brought back (else the list heading):
/// the toast's button goes away with the toast. Returns the arming callback.
#[hook]
pub fn use_undo_focus(root: NodeRef, annotations: Annotations) -> Callback<()> {
    let armed = use_ref_of(false);
    let before = use_mut_ref(|| annotations.clone());
    {
        let armed = armed.clone();
        use_effect_boxed(
            annotations,
            Box::new(move |now: &Annotations| {
                let old = before.replace(now.clone());
                if armed.replace(false) {
                    if let Some(root) = root.cast::<Element>() {
                        let had: HashSet<&AnnotationId> =
                            old.iter().map(|p| &p.annotation.id).collect();
                        let back = now.iter().find(|p| !had.contains(&p.annotation.id));
                        let done = back.is_some_and(|p| focus::focus_item(&root, &p.annotation.id));
                        if !done {
                            focus_fallback(&root);
                        }
                    }
                }
                no_cleanup()
            }),
        );
    }
    Callback::from(move |()| *armed.borrow_mut() = true)
}

/// Focus for when its element went away: the list heading, else the article text.
pub fn focus_fallback(root: &Element) {
    if !focus::focus_selector(root, selector::LIST_TITLE) {
        focus::focus_selector(root, selector::BODY);
    }
}

/// What the list items' requests do: show (closing the phone sheet), save, delete (focus to
/// the next item first), confirm.
pub fn item_handler(
    dispatch: Callback<Action>,
    root: NodeRef,
    in_place: Option<Rc<HostArticle>>,
    annotations: Annotations,
    on_sheet: Callback<bool>,
) -> Callback<(AnnotationId, ItemRequest)> {
    Callback::from(
        move |(id, request): (AnnotationId, ItemRequest)| match request {
            ItemRequest::Show => {
                on_sheet.emit(false);
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
                    // After the sheet closed, so the highlight is on screen to scroll to.
                    timeout(
                        0,
                        Box::new(move || {
                            focus::focus_highlight(&root, &id);
                        }),
                    )
                    .forget();
                }
            }
            ItemRequest::Save(category, note) => dispatch.emit(Action::Update {
                id,
                category,
                note,
                now: clock::now(),
            }),
            ItemRequest::Delete => {
                if let Some(next) = root
                    .cast::<Element>()
                    .and_then(|r| focus::after_item(&r, &id))
                {
                    focus::focus_soon(next);
                }
                dispatch.emit(Action::Delete { id });
            }
            ItemRequest::Confirm => dispatch.emit(Action::ConfirmPlacement {
                id,
                now: clock::now(),
            }),
        },
    )
}

/// What the toast's buttons do: Undo moves focus to what it brought back, Dismiss to the list.
pub fn toast_handler(
    dispatch: Callback<Action>,
    root: NodeRef,
    arm: Callback<()>,
) -> Callback<Action> {
    Callback::from(move |action: Action| {
        match (&action, root.cast::<Element>()) {
            (Action::Undo, _) => arm.emit(()),
            (Action::DismissNotice, Some(root)) => {
                timeout(0, Box::new(move || focus_fallback(&root))).forget();
            }
            _ => {}
        }
        dispatch.emit(action);
    })
}

/// Dropping a file anywhere on the widget imports it (and opens the import panel).
pub fn file_drop(
    dispatch: Callback<Action>,
    panel: UseStateHandle<Option<Panel>>,
) -> (Callback<DragEvent>, Callback<DragEvent>) {
    let on_dragover = Callback::from(|event: DragEvent| {
        let has_files = event
            .data_transfer()
            .is_some_and(|d| d.types().includes(&"Files".into(), 0));
        if has_files {
            event.prevent_default();
        }
    });
    let on_drop = Callback::from(move |event: DragEvent| {
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
    });
    (on_dragover, on_drop)
}

/// The article's direction: the host's `dir`, else its text's first letters, else the widget's.
pub fn article_dir(options: &WidgetOptions, article: &crate::model::Article, widget: Dir) -> Dir {
    if options.dir.is_some() {
        return widget;
    }
    Dir::of_text(article.text().as_str()).unwrap_or(widget)
}

/// After the menu closes, puts focus back on the article text if it was inside the menu,
/// so keyboard readers continue where they were instead of starting over from the page top.
pub fn return_focus(root: &NodeRef) {
    let Some(root) = root.cast::<Element>() else {
        return;
    };
    if focus::in_menu() && !focus::focus_selector(&root, selector::BODY) {
        focus::focus_selector(&root, markup::FIND_INPUT);
    }
}
