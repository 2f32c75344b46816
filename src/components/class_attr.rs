//! Class attributes written as literals: `html!` turns every `class={…}` that is not a string
//! literal into Yew's `Classes`, an `IndexSet` whose hashing, splitting and joining cost the
//! reader's wasm 3.2 KB gzipped (issue 9), for 20 fixed class names and the root's modifiers.
//!
//! So components spell the classes the shell queries (`dom::markup::class`) as literals, checked
//! against those constants here at compile time, and the root's modifiers are set on its element
//! after `html!` built it ([`with_class`]).

use std::rc::Rc;

use yew::virtual_dom::{AttributeOrProperty, Attributes, VNode};
use yew::{AttrValue, Html};

use crate::dom::markup::class;

/// `a == b`, in a constant.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

// The literals in the components' markup, as the shell's selectors know them: a renamed class
// fails the build here instead of silently breaking a query.
const _: () = {
    assert!(same(class::ROOT, "aa-root"));
    assert!(same(class::ARTICLE, "aa-article"));
    assert!(same(class::BODY, "aa-body"));
    assert!(same(class::PARAGRAPH, "aa-paragraph"));
    assert!(same(class::MARK, "aa-mark"));
    assert!(same(class::EDGE, "aa-edge"));
    assert!(same(class::MENU, "aa-menu"));
    assert!(same(class::FIND, "aa-find"));
    assert!(same(class::LIST_ITEMS, "aa-list__items"));
    assert!(same(class::ITEM, "aa-item"));
    assert!(same(class::LIST_TITLE, "aa-list__title"));
    assert!(same(class::SIDE, "aa-side"));
};

/// The widget root's class: `aa-root`, then its modifiers in this order (as `classes!` gave).
pub fn root_class(in_place: bool, read_only: bool, sheet: bool) -> AttrValue {
    let mut out = String::from(class::ROOT);
    for (on, modifier) in [
        (in_place, " aa-root--inplace"),
        (read_only, " aa-root--readonly"),
        (sheet, " aa-root--sheet"),
    ] {
        if on {
            out.push_str(modifier);
        }
    }
    out.into()
}

/// `node`, an element `html!` built with a literal `class` among computed attributes, with that
/// class's value replaced by `value` (same attribute, same place, so the same markup).
pub fn with_class(mut node: Html, value: AttrValue) -> Html {
    if let VNode::VTag(tag) = &mut node {
        // Just built, so not shared: nothing is cloned.
        if let Some(tag) = Rc::get_mut(tag) {
            if let Attributes::Dynamic { keys, values } = &mut tag.attributes {
                if let Some(i) = keys.iter().position(|key| *key == "class") {
                    values[i] = Some(AttributeOrProperty::Attribute(value));
                }
            }
        }
    }
    node
}

#[cfg(test)]
mod tests {
    use super::*;
    use yew::html;

    #[test]
    fn root_class_lists_the_modifiers_in_order() {
        assert_eq!(root_class(false, false, false), "aa-root");
        assert_eq!(
            root_class(true, true, true),
            "aa-root aa-root--inplace aa-root--readonly aa-root--sheet"
        );
        assert_eq!(root_class(false, true, false), "aa-root aa-root--readonly");
    }

    #[test]
    fn with_class_replaces_the_literal_in_place() {
        let lang: Option<AttrValue> = Some("en".into());
        let node = html! { <div class="aa-root" {lang} data-x="1"></div> };
        let node = with_class(node, root_class(false, false, true));
        let VNode::VTag(tag) = node else {
            panic!("an element");
        };
        let attributes: Vec<(&str, &str)> = tag.attributes.iter().collect();
        assert_eq!(
            attributes,
            [
                ("lang", "en"),
                ("data-x", "1"),
                ("class", "aa-root aa-root--sheet")
            ]
        );
    }
}
