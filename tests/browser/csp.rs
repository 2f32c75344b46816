//! Browser tests of hostile hosts: a strict Content-Security-Policy, and host CSS on bare elements.
//!
//! Every test in this file runs in one page under `style-src 'self'` (the newsroom policy's style
//! half, set by a `<meta>` once the widget's stylesheet and the hostile one are in): a `style`
//! attribute written by markup is blocked there; CSSOM writes are not.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement};

use article_annotator::components::{App, AppProps};
use article_annotator::dom::selection;
use article_annotator::model::Span;
use article_annotator::seed::seed_bundle;

use crate::wait;
use wait::sleep;

const WIDGET_CSS: &str = include_str!("../../styles/widget.css");
/// What news CMS themes put on bare elements.
const HOSTILE_CSS: &str = r#"button{text-transform:uppercase;background:red;width:100%;float:left;letter-spacing:3px;border-radius:20px;box-shadow:0 0 8px red}
p{margin:3em;font-size:40px;line-height:3;text-indent:2em}
ul,li{margin:1em;padding:1em;list-style:square}
li::before{content:"•"}
a{border-bottom:3px solid red}
label{display:block;text-transform:uppercase}
textarea{width:50%;height:120px;border:4px solid red}"#;

/// The computed value of `property` for `element` or one of its pseudo-elements (`"::before"`).
fn computed(element: &Element, pseudo: &str, property: &str) -> String {
    web_sys::window()
        .expect("window")
        .get_computed_style_with_pseudo_elt(element, pseudo)
        .expect("computed style")
        .expect("a declaration")
        .get_property_value(property)
        .expect("a value")
}

pub(crate) fn css(element: &Element, property: &str) -> String {
    computed(element, "", property)
}

thread_local! {
    /// Elements under `.aa-root` whose inline style the policy refused, in the order reported.
    static VIOLATIONS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static HOSTILE: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Once per page: the widget's stylesheet, the hostile one (disabled), then the policy.
fn setup() {
    let document = gloo::utils::document();
    if document
        .query_selector("meta[http-equiv='Content-Security-Policy']")
        .expect("query")
        .is_some()
    {
        return;
    }
    let head = document
        .query_selector("head")
        .expect("query")
        .expect("head");
    for text in [WIDGET_CSS, HOSTILE_CSS] {
        let sheet = document.create_element("style").expect("style");
        sheet.set_text_content(Some(text));
        head.append_child(&sheet).expect("append");
        if text == HOSTILE_CSS {
            set_disabled(&sheet, true);
            HOSTILE.with(|h| *h.borrow_mut() = Some(sheet));
        }
    }
    let meta = document.create_element("meta").expect("meta");
    meta.set_attribute("http-equiv", "Content-Security-Policy")
        .expect("attr");
    meta.set_attribute("content", "style-src 'self'")
        .expect("attr");
    head.append_child(&meta).expect("append");
    EventListener::new(&document, "securitypolicyviolation", |event| {
        let inside = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .filter(|el| el.closest(".aa-root").ok().flatten().is_some());
        if let Some(el) = inside {
            VIOLATIONS.with(|v| v.borrow_mut().push(el.outer_html()));
        }
    })
    .forget();
    // The policy is in force: a style attribute written now does not apply.
    let probe = document.create_element("span").expect("span");
    gloo::utils::body().append_child(&probe).expect("append");
    probe
        .set_attribute("style", "color: rgb(1, 2, 3)")
        .expect("attr");
    assert_ne!(
        css(&probe, "color"),
        "rgb(1, 2, 3)",
        "the CSP is not enforced"
    );
    probe.remove();
}

fn set_disabled(sheet: &Element, disabled: bool) {
    js_sys::Reflect::set(sheet, &"disabled".into(), &disabled.into()).expect("disabled");
}

fn hostile(on: bool) {
    HOSTILE.with(|h| set_disabled(h.borrow().as_ref().expect("set up"), !on));
}

pub(crate) async fn mount() -> (Element, Element) {
    setup();
    let host = gloo::utils::document().create_element("div").expect("div");
    gloo::utils::body().append_child(&host).expect("append");
    let props = AppProps {
        bundle: Rc::new(seed_bundle()),
        instance: "csp".into(),
        options: Default::default(),
    };
    yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    yew::scheduler::flush().await;
    let root = host
        .query_selector(".aa-root")
        .expect("query")
        .expect("root");
    (host, root)
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("query")
        .unwrap_or_else(|| panic!("{selector} is rendered"))
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("query");
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Selects words of the first paragraph; returns the selection's first line's left and its last
/// line's bottom, in viewport pixels.
async fn open_menu(root: &Element) -> (f64, f64) {
    // Other tests' widgets sit above this one on the page: bring the paragraph to the top of
    // the viewport, so the menu has room below it (else it is placed above, in the viewport).
    one(root, ".aa-paragraph").scroll_into_view_with_bool(true);
    // Let the page settle after the jump (scroll anchoring may still move it by a line in the
    // next frame), or the selection is measured where it no longer is when the menu is placed.
    sleep(50).await;
    selection::select(root, Span::new(6, 30).expect("span")).expect("select");
    let range = web_sys::window()
        .and_then(|w| w.get_selection().ok().flatten())
        .and_then(|s| s.get_range_at(0).ok())
        .expect("a range");
    let rects = range.get_client_rects().expect("rects");
    let (first, last) = (
        rects.get(0).expect("a line box"),
        rects.get(rects.length() - 1).expect("a line box"),
    );
    sleep(400).await; // The selection observer settles, then the menu renders.
    (first.left(), last.bottom())
}

/// Where `geometry::fit` puts a box `width` wide beside `left`: clamped into the viewport.
pub(crate) fn clamped(x: f64, width: f64) -> f64 {
    let full = f64::from(
        gloo::utils::document()
            .document_element()
            .expect("html")
            .client_width(),
    );
    x.min(full - width - 8.0).max(8.0)
}

#[wasm_bindgen_test]
async fn menu_and_popover_are_placed_without_style_attributes_under_a_strict_csp() {
    let (host, root) = mount().await;
    let (left, bottom) = open_menu(&root).await;
    let menu = one(&root, ".aa-menu");
    assert_eq!(
        menu.get_attribute("data-placement").as_deref(),
        Some("below")
    );
    let rect = menu.get_bounding_client_rect();
    let want = clamped(left, rect.width());
    assert!(
        (rect.left() - want).abs() <= 1.0,
        "menu left {}, want {want}",
        rect.left()
    );
    assert!(
        (rect.top() - (bottom + 8.0)).abs() <= 1.0,
        "menu top {}, want {}",
        rect.top(),
        bottom + 8.0
    );
    assert_eq!(css(&menu, "visibility"), "visible");

    // Notes stay closed while the menu is open: the selection goes first (the observer settles).
    selection::clear();
    sleep(400).await;
    yew::scheduler::flush().await;
    let edge: HtmlElement = one(&root, ".aa-edge[data-edge='start'][tabindex='0']")
        .dyn_into()
        .expect("HtmlElement");
    edge.focus().expect("focus");
    yew::scheduler::flush().await;
    let mut mark = edge.next_element_sibling();
    while let Some(m) = mark
        .clone()
        .filter(|m| !m.matches(".aa-mark").unwrap_or(true))
    {
        mark = m.next_element_sibling();
    }
    let mark = mark.expect("the highlight after its marker");
    let line = mark.get_client_rects().get(0).expect("a line box");
    let popover = one(&root, ".aa-popover");
    let rect = popover.get_bounding_client_rect();
    let want = clamped(line.left(), rect.width());
    assert!(
        (rect.left() - want).abs() <= 1.0,
        "popover left {}, want {want}",
        rect.left()
    );
    let below = line.bottom() + 8.0;
    let above = line.top() - 8.0 - rect.height();
    assert!(
        (rect.top() - below).abs() <= 1.0 || (rect.top() - above).abs() <= 1.0,
        "popover top {}, want {below} or {above}",
        rect.top()
    );
    assert_eq!(css(&popover, "visibility"), "visible");

    // Reported asynchronously: give the browser a task to report any refused style attribute.
    sleep(50).await;
    VIOLATIONS.with(|v| assert!(v.borrow().is_empty(), "refused: {:?}", v.borrow()));
    // The only inline styles are the CSSOM-written placement of the menu and the popover (CSSOM
    // serialises into the `style` attribute, so `[style]` alone cannot tell them from markup).
    for element in all(&root, "[style]") {
        assert!(element.matches(".aa-menu, .aa-popover").expect("selector"));
        let declarations = element.get_attribute("style").unwrap_or_default();
        assert!(
            declarations
                .split(';')
                .map(str::trim)
                .all(|d| d.is_empty() || d.starts_with("--aa-")),
            "{declarations}"
        );
    }
    edge.blur().expect("blur");
    host.remove();
}

/// What host themes set on bare elements, compared with and without the hostile stylesheet.
const PROPERTIES: &str = "text-transform background-color width height float letter-spacing border-radius box-shadow margin-top margin-left padding-top font-size line-height text-indent display list-style-type border-bottom-width";

/// A few computed properties of the widget's buttons, paragraphs, list items and fields.
fn looks(root: &Element) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for selector in [
        ".aa-legend__toggle",
        ".aa-toolbar .aa-button",
        ".aa-menu__choice",
        ".aa-menu__preview",
        ".aa-menu textarea",
        ".aa-menu__note",
        ".aa-paragraph",
        ".aa-legend__hint",
        ".aa-legend__list li",
    ] {
        let element = one(root, selector);
        for property in PROPERTIES.split(' ') {
            out.push((format!("{selector} {property}"), css(&element, property)));
        }
        let before = computed(&element, "::before", "content");
        out.push((format!("{selector}::before"), before));
    }
    out
}

#[wasm_bindgen_test]
async fn host_rules_on_bare_elements_do_not_restyle_the_widget() {
    let (host, root) = mount().await;
    open_menu(&root).await;
    let plain = looks(&root);
    hostile(true);
    // The host's rules apply to the host's own elements.
    let outside = gloo::utils::document()
        .create_element("button")
        .expect("button");
    gloo::utils::body().append_child(&outside).expect("append");
    assert_eq!(css(&outside, "text-transform"), "uppercase");
    let styled = looks(&root);
    hostile(false);
    outside.remove();
    for ((what, want), (_, got)) in plain.iter().zip(&styled) {
        assert_eq!(got, want, "{what}");
    }
    host.remove();
}
