//! The widget's class names, selectors and highlight names, written once: components render
//! them, and the shell (dom, hooks, embed) queries them, so a renamed class cannot silently
//! break a query. Classes only the stylesheet reads stay inline in their component.

use crate::model::{AnnotationId, Category};

/// Declares each class twice from one literal: as a class name (`class::MENU`, for markup) and
/// as a selector (`selector::MENU`, `.aa-menu`, for queries).
macro_rules! classes {
    ($($(#[$doc:meta])* $name:ident = $class:literal;)*) => {
        /// Class names, as components render them.
        pub mod class {
            $($(#[$doc])* pub const $name: &str = $class;)*
        }
        /// The same classes as selectors, as the shell queries them.
        pub mod selector {
            $($(#[$doc])* pub const $name: &str = concat!(".", $class);)*
        }
    };
}

classes! {
    /// The widget root: `position: relative`, the origin of every on-screen position.
    ROOT = "aa-root";
    /// The widget's copy of the article (headline and text).
    ARTICLE = "aa-article";
    /// The focusable text region, where keyboard caret mode lives.
    BODY = "aa-body";
    /// One paragraph of the article text.
    PARAGRAPH = "aa-paragraph";
    /// A highlighted run of text.
    MARK = "aa-mark";
    /// An empty marker where an annotation starts or ends; the start marker is its tab stop.
    EDGE = "aa-edge";
    /// The category menu beside a selection.
    MENU = "aa-menu";
    /// In place, the find field for picking words with the keyboard.
    FIND = "aa-find";
    /// The scrolling list of annotations.
    LIST_ITEMS = "aa-list__items";
    /// One annotation in the list.
    ITEM = "aa-item";
    /// The list's heading, where focus goes when the last item is deleted.
    LIST_TITLE = "aa-list__title";
    /// The annotation tools (toolbar, legend, list).
    SIDE = "aa-side";
}

/// The attribute on every text run holding its code-point offset in the article.
pub const RUN_START: &str = "data-start";

/// Every text run of the article copy.
pub const RUNS: &str = ".aa-paragraph [data-start]";

/// The note field of the category menu.
pub const MENU_NOTE: &str = ".aa-menu textarea";

/// The category menu's buttons (the first is where keyboard focus goes).
pub const MENU_BUTTON: &str = ".aa-menu button";

/// The find field's text input.
pub const FIND_INPUT: &str = ".aa-find input";

/// A widget root directly inside a host element.
pub const CHILD_ROOT: &str = ":scope > .aa-root";

/// On the element a widget mounts in: the server rendered the widget inside it, and this is the
/// fingerprint of that render (`components::prerender`). Hydration only happens when it matches.
pub const PRERENDERED: &str = "data-aa-prerendered";

/// A `<script type="application/json">` child of an `<article-annotator>` element holding the
/// article data (`{meta, text, annotations}`) of the widget pre-rendered inside it.
pub const INLINE_DATA: &str = "data-article-annotator-data";

/// The start marker (the tab stop) of annotation `id`. Ids are validated URIs without quotes
/// or backslashes, so they are safe inside the selector.
pub fn start_edge(id: &AnnotationId) -> String {
    format!(
        ".aa-edge[data-edge=\"start\"][data-annotation-id=\"{}\"]",
        id.as_str()
    )
}

/// The list item of annotation `id` (ids are safe inside the selector, as for [`start_edge`]).
pub fn list_item(id: &AnnotationId) -> String {
    format!(".aa-item[data-annotation-id=\"{}\"]", id.as_str())
}

/// What takes focus inside a list item: its quote button, else its first enabled button.
pub const ITEM_FOCUS: &str = ".aa-item__quote:enabled, .aa-item button:enabled";

/// In place, the highlight of the selected annotation (drawn over its category's).
pub const HIGHLIGHT_SELECTED: &str = "aa-selected";

/// In place, the words waiting for a category (the find field's pick).
pub const HIGHLIGHT_PENDING: &str = "aa-pending";

/// The highlight name of a category: `styles/highlights.css` styles `::highlight(aa-claim)` etc.
pub fn highlight_name(category: Category) -> &'static str {
    match category {
        Category::Claim => "aa-claim",
        Category::Demand => "aa-demand",
        Category::Question => "aa-question",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compound_selectors_name_the_declared_classes() {
        struct Case {
            compound: &'static str,
            starts_with: &'static str,
        }
        let cases = [
            Case {
                compound: RUNS,
                starts_with: selector::PARAGRAPH,
            },
            Case {
                compound: MENU_NOTE,
                starts_with: selector::MENU,
            },
            Case {
                compound: MENU_BUTTON,
                starts_with: selector::MENU,
            },
            Case {
                compound: FIND_INPUT,
                starts_with: selector::FIND,
            },
            Case {
                compound: &CHILD_ROOT[":scope > ".len()..],
                starts_with: selector::ROOT,
            },
        ];
        for case in cases {
            assert!(
                case.compound.starts_with(&format!("{} ", case.starts_with))
                    || case.compound == case.starts_with,
                "{}",
                case.compound
            );
        }
        assert!(RUNS.ends_with(&format!("[{RUN_START}]")));
        let id = AnnotationId::parse("urn:uuid:1").expect("a valid id");
        assert!(start_edge(&id).starts_with(selector::EDGE));
    }
}
