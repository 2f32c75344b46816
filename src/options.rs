//! What a host page configures for one widget (storage, read-only, labels, events, in-place
//! article), and the bridge through which the host's JS API reaches the widget's state. Below the
//! hooks and components, which read it, and the embed layer, which fills it in.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;
use yew::Callback;

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

/// The latest state and the dispatcher, for the host's JS API (which runs outside Yew).
#[derive(Clone, Default)]
pub struct Bridge(Rc<RefCell<Link>>);

#[derive(Default)]
struct Link {
    dispatch: Option<Callback<Action>>,
    state: Option<AppState>,
}

impl Bridge {
    /// Called by the widget after every render.
    pub fn connect(&self, dispatch: Callback<Action>, state: AppState) {
        let mut link = self.0.borrow_mut();
        link.dispatch = Some(dispatch);
        link.state = Some(state);
    }

    /// The state as of the last render, if the widget has rendered.
    pub fn state(&self) -> Option<AppState> {
        self.0.borrow().state.clone()
    }

    /// Sends an action; false when the widget is not (or no longer) mounted.
    pub fn dispatch(&self, action: Action) -> bool {
        let dispatch = self.0.borrow().dispatch.clone();
        match dispatch {
            Some(dispatch) => {
                dispatch.emit(action);
                true
            }
            None => false,
        }
    }

    /// Takes `state` as current until the widget renders it (after an API write), so a read in
    /// the same task sees the write.
    pub fn anticipate(&self, state: AppState) {
        self.0.borrow_mut().state = Some(state);
    }

    /// Forgets the widget (on destroy), so later API calls fail clearly.
    pub fn disconnect(&self) {
        *self.0.borrow_mut() = Link::default();
    }
}
