//! A host page's own article element, annotated in place: its rendered text read once, and
//! positions mapped between the host's text nodes and the widget's code points.
//!
//! Nothing here changes the host's DOM: text nodes are only read, and highlights are drawn by
//! `dom::highlights` from ranges built here. UTF-16 offsets are converted by `model::units`.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range, Text};

use super::highlights::Layer;
use super::markup;
use super::selection::{range_on_screen, RawSelection};
use crate::model::host_text::{Bias, HostText, HostTextBuilder, NodeIndex};
use crate::model::units::{code_points_before_utf16, utf16_before_code_points};
use crate::model::Span;

/// Elements whose text is not article prose (code, media, form controls).
const NOT_PROSE: [&str; 14] = [
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "CANVAS", "VIDEO", "AUDIO",
    "SELECT", "TEXTAREA", "INPUT", "BUTTON", "svg",
];

/// The host's article element and where each of its text nodes sits in the article's text.
pub struct HostArticle {
    /// The element given by `for="…"`.
    pub element: Element,
    nodes: Vec<Text>,
    text: HostText,
    /// The editorial highlights painted at start-up, before the widget's first render
    /// (`embed::mount_embed`); the widget's own drawing clears them (`HostView`).
    pub early: RefCell<Layer>,
}

impl HostArticle {
    /// Reads the rendered text of `element`, skipping hidden parts, non-prose elements, elements
    /// marked `data-annotator-skip`, anything matching `exclude`, and any widget inside it.
    pub fn read(element: Element, exclude: Option<&str>) -> HostArticle {
        let mut builder = HostTextBuilder::new();
        let mut nodes = Vec::new();
        walk(&element, exclude, &mut builder, &mut nodes);
        HostArticle {
            element,
            nodes,
            text: builder.finish(),
            early: RefCell::default(),
        }
    }

    /// The article's canonical text (paragraphs joined by `\n`).
    pub fn text(&self) -> &str {
        self.text.text()
    }

    /// The browser selection as far as it lies in this article (both ends outside: `None`).
    pub fn read_selection(&self, root: &Element) -> Option<RawSelection> {
        let selection = web_sys::window()?.get_selection().ok()??;
        if selection.range_count() == 0 || selection.is_collapsed() {
            return None;
        }
        let range = selection.get_range_at(0).ok()?;
        let (start, start_clipped) =
            self.boundary(&range.start_container().ok()?, range.start_offset().ok()?)?;
        let (end, end_clipped) =
            self.boundary(&range.end_container().ok()?, range.end_offset().ok()?)?;
        if start_clipped && end_clipped {
            return None;
        }
        Some(RawSelection {
            span: Span::new(start, end)?,
            clipped: start_clipped || end_clipped,
            on_screen: range_on_screen(root, &range),
        })
    }

    /// The code point at a DOM boundary, and whether it lay outside the article (then clipped
    /// to the nearest end). Text nodes the widget skipped count as their neighbours' edges.
    fn boundary(&self, node: &Node, offset: u32) -> Option<(usize, bool)> {
        let inside = self.element.contains(Some(node));
        if let Some(idx) = self
            .nodes
            .iter()
            .position(|t| t.unchecked_ref::<Node>() == node)
        {
            let data = self.nodes[idx].data();
            let cp = code_points_before_utf16(&data, offset as usize);
            return Some((self.text.to_canonical(NodeIndex(idx), cp)?, false));
        }
        // An element boundary (or a skipped node): find the first of our text nodes after it.
        let point = gloo::utils::document().create_range().ok()?;
        point.set_start(node, offset).ok()?;
        let after = self
            .nodes
            .partition_point(|t| point.compare_point(t, 0).is_ok_and(|c| c < 0));
        let at = if after < self.nodes.len() {
            self.text.to_canonical(NodeIndex(after), 0)?
        } else {
            self.text.len_chars()
        };
        Some((at, !inside))
    }

    /// A DOM range covering `span` of the article's text.
    pub fn range(&self, span: Span) -> Option<Range> {
        let (start_node, start) = self.point(span.start(), Bias::Start)?;
        let (end_node, end) = self.point(span.end(), Bias::End)?;
        let range = gloo::utils::document().create_range().ok()?;
        range.set_start(&start_node, start).ok()?;
        range.set_end(&end_node, end).ok()?;
        Some(range)
    }

    fn point(&self, at: usize, bias: Bias) -> Option<(Node, u32)> {
        let (NodeIndex(idx), cp) = self.text.to_raw(at, bias)?;
        let node = self.nodes.get(idx)?;
        let units = utf16_before_code_points(&node.data(), cp);
        Some((node.clone().into(), u32::try_from(units).ok()?))
    }

    /// Scrolls the host's text at `span` into view (the list's "show" for in-place highlights).
    pub fn reveal(&self, span: Span) {
        let element = self
            .range(span)
            .and_then(|range| range.start_container().ok())
            .and_then(|node| node.parent_element());
        if let Some(element) = element {
            super::focus::scroll_to(&element);
        }
    }

    /// The code point under a viewport point, if it is in the article's text.
    pub fn offset_at(&self, x: f64, y: f64) -> Option<usize> {
        let caret = gloo::utils::document().caret_position_from_point(x as f32, y as f32)?;
        let node = caret.offset_node()?;
        if !self.element.contains(Some(&node)) {
            return None;
        }
        self.boundary(&node, caret.offset()).map(|(at, _)| at)
    }
}

/// Feeds the rendered text under `node` to the builder, in document order.
fn walk(node: &Node, exclude: Option<&str>, builder: &mut HostTextBuilder, out: &mut Vec<Text>) {
    let mut child = node.first_child();
    while let Some(current) = child {
        child = current.next_sibling();
        if let Some(text) = current.dyn_ref::<Text>() {
            builder.push_text(&text.data());
            out.push(text.clone());
            continue;
        }
        let Some(element) = current.dyn_ref::<Element>() else {
            continue;
        };
        if skipped(element, exclude) {
            continue;
        }
        let display = web_sys::window()
            .and_then(|w| w.get_computed_style(element).ok().flatten())
            .and_then(|style| style.get_property_value("display").ok())
            .unwrap_or_default();
        if display == "none" {
            continue;
        }
        let block = element.tag_name() == "BR"
            || !(display.starts_with("inline") || display == "contents" || display.is_empty());
        if block {
            builder.block_break();
        }
        walk(&current, exclude, builder, out);
        if block {
            builder.block_break();
        }
    }
}

fn skipped(element: &Element, exclude: Option<&str>) -> bool {
    NOT_PROSE.contains(&element.tag_name().as_str())
        || element.has_attribute("hidden")
        || element.has_attribute("data-annotator-skip")
        || element.matches(markup::selector::ROOT).unwrap_or(false)
        || exclude.is_some_and(|selector| element.matches(selector).unwrap_or(false))
}
