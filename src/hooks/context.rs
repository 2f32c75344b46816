//! The widget's context (`options::WidgetContext`) as its two parts: the strings and the id
//! prefix, each with its default outside a provider (English; no prefix), as before they
//! shared one provider.

use yew::prelude::*;

use crate::options::{I18n, InstanceId, WidgetContext};

/// The widget's strings.
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<WidgetContext>().unwrap_or_default().strings
}

/// The widget's id prefix.
#[hook]
pub fn use_ids() -> InstanceId {
    use_context::<WidgetContext>().unwrap_or_default().ids
}
