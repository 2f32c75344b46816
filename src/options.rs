//! What a host page configures for one widget (storage, read-only, strings, events, in-place
//! article), and the bridge through which the host's JS API reaches the widget's state. Below the
//! hooks and components, which read it, and the embed layer, which fills it in.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;
use yew::UseReducerHandle;

use crate::dom::host::HostArticle;
use crate::model::i18n::{Dir, Strings};
use crate::state::{Action, AppState};

/// Where the reader's annotations are kept between visits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum StorageChoice {
    /// localStorage, under a key made of the article id and a hash of its text.
    #[default]
    PerArticle,
    /// localStorage under the host's key (two widgets showing one article need two keys).
    Key(String),
    /// Nowhere: the host keeps them (events and the JS API), or the reader exports them.
    Off,
}

/// The widget's strings (language data and host overrides applied), in the Yew context
/// ([`WidgetContext`]): every component names things in the reader's language. Compared by
/// pointer: a new table is a new `Rc`.
#[derive(Clone, Debug)]
pub struct I18n(pub Rc<Strings>);

impl Default for I18n {
    fn default() -> I18n {
        I18n(Rc::new(Strings::english()))
    }
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for I18n {
    type Target = Strings;
    fn deref(&self) -> &Strings {
        &self.0
    }
}

/// The widget's id prefix, in the Yew context ([`WidgetContext`]): every element id the widget
/// renders starts with it, so two widgets on one page never share an id (nor each other's
/// `aria-labelledby` targets).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InstanceId(pub yew::AttrValue);

impl InstanceId {
    /// `<instance>-<name>`, e.g. `aa-legend-title`.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.0)
    }
}

/// The strings and the id prefix, provided as one Yew context (read through `hooks::use_i18n` and
/// `hooks::use_ids`): one context type compiles one copy of Yew's provider component and of its
/// `use_context` hook instead of two (issue 9). Whoever reads the ids also reads the strings,
/// so no component renders more often for sharing the provider.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetContext {
    /// The widget's strings.
    pub strings: I18n,
    /// The widget's id prefix.
    pub ids: InstanceId,
}

/// A host page's choices; the standalone page uses the defaults.
#[derive(Clone, Default)]
pub struct WidgetOptions {
    /// Where the reader's annotations are saved.
    pub storage: StorageChoice,
    /// Show annotations only: no selection menu, no editing, no import.
    pub read_only: bool,
    /// The strings: the language `lang` picks (its data, if the loader fetched it) with the
    /// host's `strings` and `labels` over it.
    pub strings: Rc<Strings>,
    /// The language tag the host gave (`lang` on the widget root); `None`: English.
    pub lang: Option<String>,
    /// The direction the host asked for (`dir`); `None`: the language's.
    pub dir: Option<Dir>,
    /// The folder to fetch `<lang>.json` from when `strings` lacks its language's data (the
    /// standalone page: `i18n/`); `None`: nothing is fetched.
    pub i18n_base: Option<String>,
    /// Highlight colours as CSS custom properties (`--aa-claim-bg`, …), set on the widget root.
    pub colors: Vec<(String, String)>,
    /// The element that receives `article-annotator:*` events, when embedded.
    pub events: Option<Element>,
    /// The host's JS API's way in.
    pub bridge: Bridge,
    /// The host's own article element, when annotating in place instead of rendering a copy.
    pub in_place: Option<Rc<HostArticle>>,
}

impl PartialEq for WidgetOptions {
    fn eq(&self, other: &Self) -> bool {
        // Options are made once per mount and never change; identity is enough.
        std::ptr::eq(self, other)
    }
}

/// The widget's reducer, for the host's JS API (which runs outside Yew).
///
/// It holds the reducer's handle, not a copy of the state: Yew applies an action to the
/// reducer's value at once and renders later, and the handle reads that value, so an API read
/// in the same task sees an API write, and an import is anchored once, by the reducer.
#[derive(Clone, Default)]
pub struct Bridge(Rc<RefCell<Link>>);

/// What the bridge holds: the reducer's handle while the widget is mounted.
#[derive(Default)]
struct Link(Option<UseReducerHandle<AppState>>);

impl Bridge {
    /// Called by the widget after every render (a fresh handle each time, so the states an old
    /// one has read are not kept alive).
    pub fn connect(&self, reducer: UseReducerHandle<AppState>) {
        self.0.borrow_mut().0 = Some(reducer);
    }

    /// The reducer's current state (every action dispatched so far applied), if it is mounted.
    pub fn state(&self) -> Option<AppState> {
        self.0
            .borrow()
            .0
            .as_ref()
            .map(|reducer| (**reducer).clone())
    }

    /// Applies an action (the reducer runs now, the render follows); false when the widget is
    /// not (or no longer) mounted.
    pub fn dispatch(&self, action: Action) -> bool {
        // Out of the cell first: a render the action causes reconnects.
        let reducer = self.0.borrow().0.clone();
        match reducer {
            Some(reducer) => {
                reducer.dispatch(action);
                true
            }
            None => false,
        }
    }

    /// Forgets the widget (on destroy), so later API calls fail clearly.
    pub fn disconnect(&self) {
        *self.0.borrow_mut() = Link::default();
    }
}
