//! The widget's strings as a context value: the first render uses what the props carry (English,
//! or the language data the loader passed), and an effect fetches the language's file when it
//! is missing and a folder to fetch from was given (the standalone page's `i18n/`).

use std::rc::Rc;

use yew::prelude::*;

use super::effect::{no_cleanup, use_effect_boxed};
use crate::dom::transfer::fetch_text;
use crate::model::i18n::Strings;
use crate::options::{I18n, WidgetOptions};

/// The strings for `options`, upgraded once the language's data arrives.
#[hook]
pub fn use_strings(options: &Rc<WidgetOptions>) -> I18n {
    let strings = use_state(|| I18n(options.strings.clone()));
    {
        let (strings, options) = (strings.clone(), options.clone());
        use_effect_boxed(
            (),
            Box::new(move |_: &()| {
                let lang = options.strings.lang();
                let wanted = (!options.strings.has_data()).then(|| lang.file_name());
                if let (Some(Some(file)), Some(base)) = (wanted, options.i18n_base.clone()) {
                    wasm_bindgen_futures::spawn_local(async move {
                        let Some(text) = fetch_text(&format!("{base}{file}")).await else {
                            return;
                        };
                        let (loaded, problems) = Strings::from_json(lang, &text);
                        let problems: Vec<String> =
                            problems.iter().map(|p| format!("{file}: {p}")).collect();
                        crate::dom::log::warn_all(&problems);
                        let mut table = (*options.strings).clone();
                        table.set_data(loaded);
                        strings.set(I18n(Rc::new(table)));
                    });
                }
                no_cleanup()
            }),
        );
    }
    (*strings).clone()
}
