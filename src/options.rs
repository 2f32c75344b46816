//! What a host page configures for one widget (storage, read-only, labels, events, in-place
//! article), and the bridge through which the host's JS API reaches the widget's state. Below the
//! hooks and components, which read it, and the embed layer, which fills it in.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;
use yew::UseReducerHandle;

use crate::dom::host::HostArticle;
use crate::model::Category;
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

/// The category names shown to readers (screen-reader names included); a Yew context, so
/// every component names categories the way the host configured.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Labels {
    /// Singular names, in `Category::ALL` order; `None` keeps the built-in name.
    pub custom: [Option<Rc<str>>; 3],
    /// Plural names (legend, filters); `None` uses the singular given, else the built-in plural.
    pub plural: [Option<Rc<str>>; 3],
}

impl Labels {
    fn slot(category: Category) -> usize {
        Category::ALL
            .iter()
            .position(|&c| c == category)
            .unwrap_or(0)
    }

    /// The name of `category` ("Claim").
    pub fn of(&self, category: Category) -> &str {
        self.custom[Self::slot(category)]
            .as_deref()
            .unwrap_or_else(|| category.label())
    }

    /// The short name on the selection menu's buttons.
    pub fn short(&self, category: Category) -> &str {
        self.custom[Self::slot(category)]
            .as_deref()
            .unwrap_or_else(|| category.short_label())
    }

    /// The plural name ("Claims").
    pub fn plural(&self, category: Category) -> &str {
        let slot = Self::slot(category);
        self.plural[slot]
            .as_deref()
            .or(self.custom[slot].as_deref())
            .unwrap_or_else(|| category.plural())
    }
}

/// The widget's id prefix, as a Yew context: every element id the widget renders starts with it,
/// so two widgets on one page never share an id (nor each other's `aria-labelledby` targets).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InstanceId(pub yew::AttrValue);

impl InstanceId {
    /// `<instance>-<name>`, e.g. `aa-legend-title`.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.0)
    }
}

/// A host page's choices; the standalone page uses the defaults.
#[derive(Clone, Default)]
pub struct WidgetOptions {
    /// Where the reader's annotations are saved.
    pub storage: StorageChoice,
    /// Show annotations only: no selection menu, no editing, no import.
    pub read_only: bool,
    /// Category names.
    pub labels: Labels,
    /// The language of the host's labels (`lang` on the widget root, for screen readers); the
    /// built-in strings are English.
    pub lang: Option<String>,
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
