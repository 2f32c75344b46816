//! What a host page gives the widget and gets from it: today the article data island (a
//! `<script type="application/json" id="article-annotator-data">` read at start-up), which lets
//! one build show any article, including the single-file standalone page.

mod data;

pub use data::{bundle_from_json, bundle_from_value, ISLAND_ID};

use crate::seed::Bundle;

/// The article data island's bundle, if the page has one (`#article-annotator-data`).
pub fn island_bundle() -> Option<Bundle> {
    let element = gloo::utils::document().get_element_by_id(ISLAND_ID)?;
    Some(bundle_from_json(
        &element.text_content().unwrap_or_default(),
    ))
}
