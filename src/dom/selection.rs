//! Reading the browser selection as a code-point span of the article, and setting it from one.
//!
//! Every text run the widget renders carries `data-start`, its code-point offset in the article,
//! and holds exactly one text node. A DOM boundary is either (text node, UTF-16 offset) or
//! (element, child index); both are mapped to a code point here, with UTF-16 converted by
//! `model::units` and nowhere else.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range};

use super::markup::{self, selector};
use crate::model::units::{code_points_before_utf16, utf16_before_code_points};
use crate::model::Span;
use crate::state::ScreenBox;

/// The browser's current selection, as far as it lies in the article.
#[derive(Clone, Debug, PartialEq)]
pub struct RawSelection {
    /// Code points selected (not yet snapped to words).
    pub span: Span,
    /// True when an end lay outside the article text and was clipped.
    pub clipped: bool,
    /// Where the selection is, relative to the widget root.
    pub on_screen: ScreenBox,
}

/// Reads the selection if it is non-empty and touches the article inside `root`.
pub fn read(root: &Element, n_chars: usize) -> Option<RawSelection> {
    let selection = web_sys::window()?.get_selection().ok()??;
    if selection.range_count() == 0 || selection.is_collapsed() {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let article = root.query_selector(selector::ARTICLE).ok()??;
    let (start, start_clipped) = boundary(
        &article,
        &range.start_container().ok()?,
        range.start_offset().ok()?,
        0,
    );
    let (end, end_clipped) = boundary(
        &article,
        &range.end_container().ok()?,
        range.end_offset().ok()?,
        n_chars,
    );
    // With both ends outside this article's text the selection is not ours (host page text,
    // another widget, select-all): clip only when at least one end lies in the text.
    if start_clipped && end_clipped {
        return None;
    }
    let span = Span::new(start?, end?)?;
    Some(RawSelection {
        span,
        clipped: start_clipped || end_clipped,
        on_screen: range_on_screen(root, &range),
    })
}

/// Code point of a DOM boundary; outside the article's paragraphs it clips to `fallback`.
fn boundary(article: &Element, node: &Node, offset: u32, fallback: usize) -> (Option<usize>, bool) {
    let in_paragraph = element_of(node)
        .and_then(|el| el.closest(selector::PARAGRAPH).ok().flatten())
        .is_some_and(|p| article.contains(Some(&p)));
    if !in_paragraph {
        return (Some(fallback), true);
    }
    (resolve(node.clone(), offset), false)
}

/// Walks down from an element boundary to the run it points at; at most a few steps deep.
fn resolve(mut node: Node, mut offset: u32) -> Option<usize> {
    for _ in 0..32 {
        if node.node_type() == Node::TEXT_NODE {
            let run = node.parent_element()?;
            let start = run_start(&run)?;
            let text = node.text_content().unwrap_or_default();
            return Some(start + code_points_before_utf16(&text, offset as usize));
        }
        let element = node.dyn_ref::<Element>()?;
        if let Some(start) = run_start(element) {
            // An element boundary inside a run: before or after its single text node.
            let len = element.text_content().unwrap_or_default().chars().count();
            return Some(if offset == 0 { start } else { start + len });
        }
        let children = node.child_nodes();
        let n_children = children.length();
        if offset < n_children {
            let child = children.get(offset)?;
            if child.has_child_nodes() || child.node_type() == Node::TEXT_NODE || is_run(&child) {
                node = child;
                offset = 0;
            } else {
                // An empty edge marker: step past it.
                offset += 1;
            }
        } else if n_children > 0 {
            // After the last child: the end of that child.
            let child = children.get(n_children - 1)?;
            offset = if child.node_type() == Node::TEXT_NODE {
                utf16_len(&child.text_content().unwrap_or_default())
            } else {
                child.child_nodes().length()
            };
            node = child;
        } else {
            return None;
        }
    }
    None
}

fn is_run(node: &Node) -> bool {
    node.dyn_ref::<Element>()
        .is_some_and(|el| el.has_attribute(markup::RUN_START))
}

fn run_start(element: &Element) -> Option<usize> {
    element.get_attribute(markup::RUN_START)?.parse().ok()
}

fn element_of(node: &Node) -> Option<Element> {
    node.dyn_ref::<Element>()
        .cloned()
        .or_else(|| node.parent_element())
}

thread_local! {
    /// The span the keyboard selected last: the `selectionchange` that follows is its echo,
    /// already acted on, so the selection observer does not read it again later.
    static KEYBOARD_SPAN: std::cell::Cell<Option<Span>> = const { std::cell::Cell::new(None) };
}

/// Selects `span` of the article in the browser (keyboard mode shows its selection this way);
/// returns where it is on screen, relative to `root`.
pub fn select(root: &Element, span: Span) -> Option<ScreenBox> {
    let document = web_sys::window()?.document()?;
    let range = document.create_range().ok()?;
    let (start_node, start_offset) = locate(root, span.start(), false)?;
    let (end_node, end_offset) = locate(root, span.end(), true)?;
    range.set_start(&start_node, start_offset).ok()?;
    range.set_end(&end_node, end_offset).ok()?;
    let selection = web_sys::window()?.get_selection().ok()??;
    selection.remove_all_ranges().ok()?;
    selection.add_range(&range).ok()?;
    Some(range_on_screen(root, &range))
}

/// [`select`] for the keyboard caret, which acts on the selection at the key press: the
/// `selectionchange` that follows is marked as its echo.
pub fn select_by_keyboard(root: &Element, span: Span) -> Option<ScreenBox> {
    let on_screen = select(root, span)?;
    KEYBOARD_SPAN.with(|last| last.set(Some(span)));
    Some(on_screen)
}

/// True when `span` is what the keyboard selected last (and acted on at the key press).
pub fn is_keyboard_echo(span: Span) -> bool {
    KEYBOARD_SPAN.with(|last| last.get() == Some(span))
}

/// The text node and UTF-16 offset of code point `offset`; at a run edge, `at_end` picks the earlier run.
fn locate(root: &Element, offset: usize, at_end: bool) -> Option<(Node, u32)> {
    let runs = root.query_selector_all(markup::RUNS).ok()?;
    let mut best: Option<(Element, usize)> = None;
    for idx in 0..runs.length() {
        let Some(run) = runs.get(idx).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let Some(start) = run_start(&run) else {
            continue;
        };
        let within = if at_end {
            start < offset
        } else {
            start <= offset
        };
        if within && best.as_ref().is_none_or(|(_, s)| start >= *s) {
            best = Some((run, start));
        }
    }
    let (run, start) = best?;
    let text_node = run.first_child()?;
    let text = text_node.text_content().unwrap_or_default();
    let units = utf16_before_code_points(&text, offset - start);
    Some((text_node, u32::try_from(units).ok()?))
}

/// The selection's first line box, relative to the widget root.
pub(crate) fn range_on_screen(root: &Element, range: &Range) -> ScreenBox {
    let rects = range.get_client_rects();
    let first = rects.as_ref().and_then(|r| r.get(0));
    let last = rects
        .as_ref()
        .and_then(|r| r.get(r.length().saturating_sub(1)));
    let origin = root.get_bounding_client_rect();
    match (first, last) {
        (Some(first), Some(last)) => ScreenBox {
            left: first.left() - origin.left(),
            top: first.top() - origin.top(),
            bottom: last.bottom() - origin.top(),
        },
        _ => ScreenBox::default(),
    }
}

/// Length of `text` in UTF-16 code units, the unit of DOM offsets.
fn utf16_len(text: &str) -> u32 {
    u32::try_from(utf16_before_code_points(text, usize::MAX)).unwrap_or(u32::MAX)
}

/// Removes the browser selection (after it became an annotation, so the menu does not reopen).
pub fn clear() {
    if let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = selection.remove_all_ranges();
    }
}

/// True when nothing is selected (a click, as opposed to the end of a drag).
pub fn is_collapsed() -> bool {
    web_sys::window()
        .and_then(|w| w.get_selection().ok().flatten())
        .is_none_or(|s| s.is_collapsed())
}
