//! Moving focus and scrolling: from a list item to its highlight, and back to the article.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use super::markup;
use crate::model::AnnotationId;

/// Scrolls the first highlight of `id` into view and focuses it; false if it is not on the page
/// (orphaned, or its category is hidden).
pub fn focus_highlight(root: &Element, id: &AnnotationId) -> bool {
    // The tab stop of an annotation is its start marker (see components/paragraph.rs).
    let Some(mark) = root.query_selector(&markup::start_edge(id)).ok().flatten() else {
        return false;
    };
    scroll_to(&mark);
    focus(&mark)
}

/// True when keyboard focus is inside a selection menu (its buttons or its note field): keys
/// and selection changes there belong to the menu.
pub fn in_menu() -> bool {
    gloo::utils::document()
        .active_element()
        .is_some_and(|el| el.closest(markup::selector::MENU).ok().flatten().is_some())
}

/// Focuses the first element inside `root` matching `selector`; false if none.
pub fn focus_selector(root: &Element, selector: &str) -> bool {
    root.query_selector(selector)
        .ok()
        .flatten()
        .is_some_and(|el| focus(&el))
}

/// Scrolls `element` to the middle of the viewport, smoothly unless the reader prefers less motion.
pub fn scroll_to(element: &Element) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    let reduced = web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches());
    options.set_behavior(if reduced {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Focuses the list item of `id` (its quote button, else its first enabled button, else the
/// item itself); false when it is not rendered.
pub fn focus_item(root: &Element, id: &AnnotationId) -> bool {
    let Some(item) = root.query_selector(&markup::list_item(id)).ok().flatten() else {
        return false;
    };
    focus_in(&item)
}

/// Where focus goes when the list item of `id` goes away: the next item, else the previous
/// one, else the list's heading.
pub fn after_item(root: &Element, id: &AnnotationId) -> Option<Element> {
    let item = root.query_selector(&markup::list_item(id)).ok().flatten()?;
    item.next_element_sibling()
        .or_else(|| item.previous_element_sibling())
        .or_else(|| {
            root.query_selector(markup::selector::LIST_TITLE)
                .ok()
                .flatten()
        })
}

/// Focuses `element`'s own focus target (a list item's quote button, say) or `element`.
pub fn focus_in(element: &Element) -> bool {
    let inner = element.query_selector(markup::ITEM_FOCUS).ok().flatten();
    inner.is_some_and(|el| focus(&el)) || focus(element)
}

/// Focuses `element` once the current render is on the page (a timeout of 0).
pub fn focus_soon(element: Element) {
    gloo::timers::callback::Timeout::new(0, move || {
        focus_in(&element);
    })
    .forget();
}

fn focus(element: &Element) -> bool {
    // Callers scroll first where scrolling is wanted; letting `focus` scroll too would make the
    // browser measure the (possibly huge) element for nothing.
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    element
        .dyn_ref::<HtmlElement>()
        .is_some_and(|el| el.focus_with_options(&options).is_ok())
}

/// Scrolls the nearest `scroller` ancestor just enough to show `element`, without moving the page
/// (unlike `scrollIntoView`, which would pull the article away from the reader).
pub fn reveal_in_scroller(element: &Element, scroller: &str) {
    let Some(container) = element.closest(scroller).ok().flatten() else {
        return;
    };
    if container.scroll_height() <= container.client_height() {
        return; // Not scrolling (narrow layout): nothing to do.
    }
    let item = element.get_bounding_client_rect();
    let view = container.get_bounding_client_rect();
    if item.top() < view.top() {
        container.set_scroll_top(container.scroll_top() + (item.top() - view.top()) as i32);
    } else if item.bottom() > view.bottom() {
        container.set_scroll_top(container.scroll_top() + (item.bottom() - view.bottom()) as i32);
    }
}
