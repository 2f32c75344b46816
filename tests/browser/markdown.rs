//! Browser test: `mount_embed` with a Markdown `src` awaits the loader's `readMarkdown` (the Markdown bundle, stood in for here by the library's own reader behind a JS promise), and without a usable reading shows the text as plain text with a problem.

use wasm_bindgen::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

use article_annotator::embed::mount_embed;
use article_annotator::model::article::json::source_to_json;
use article_annotator::model::source::read_markdown;

const MD: &str = "# Talks\n\nIntro with **bold** text.\n\n## Part\n\n- one\n- two\n";

/// What the page's `readMarkdown` does in each case.
#[derive(Clone, Copy, Debug)]
enum Reader {
    /// Reads it, as the Markdown bundle would.
    Reads,
    /// The bundle could not be loaded (offline, blocked).
    Rejects,
    /// An answer that is not the documented shape.
    Garbage,
    /// No function at all.
    Missing,
}

fn reader(kind: Reader) -> JsValue {
    let answer = move |text: String| -> js_sys::Promise {
        match kind {
            Reader::Reads => {
                js_sys::Promise::resolve(&JsValue::from_str(&source_to_json(&read_markdown(&text))))
            }
            Reader::Garbage => js_sys::Promise::resolve(&JsValue::from_str("{\"blocks\": 3}")),
            _ => js_sys::Promise::reject(&JsValue::from(js_sys::Error::new("Failed to fetch"))),
        }
    };
    match kind {
        Reader::Missing => JsValue::UNDEFINED,
        _ => Closure::<dyn Fn(String) -> js_sys::Promise>::new(answer).into_js_value(),
    }
}

#[wasm_bindgen_test]
async fn a_markdown_src_is_read_through_the_loader_or_shown_as_plain_text() {
    struct Case {
        reader: Reader,
        /// `h2` elements in the article.
        headings: u32,
        /// Whether the legend reports a problem (the console says which).
        problem: bool,
    }
    let cases = [
        Case {
            reader: Reader::Reads,
            headings: 1,
            problem: false,
        },
        Case {
            reader: Reader::Rejects,
            headings: 0,
            problem: true,
        },
        Case {
            reader: Reader::Garbage,
            headings: 0,
            problem: true,
        },
        Case {
            reader: Reader::Missing,
            headings: 0,
            problem: true,
        },
    ];
    for case in cases {
        let host = gloo::utils::document().create_element("div").expect("div");
        gloo::utils::body().append_child(&host).expect("append");
        let config = serde_json::json!({"storageKey": "none", "source": {
            "url": "https://x.example/talks.md", "contentType": "text/plain", "text": MD}});
        let config = js_sys::JSON::parse(&config.to_string()).expect("JSON");
        let mut handle = mount_embed(
            host.clone().into(),
            config,
            JsValue::NULL,
            reader(case.reader),
            JsValue::UNDEFINED,
        )
        .await
        .expect("mounts");
        yew::scheduler::flush().await;
        let count = |selector: &str| host.query_selector_all(selector).expect("query").length();
        let what = format!("{:?}", case.reader);
        assert_eq!(count(".aa-body h2"), case.headings, "{what}");
        assert_eq!(count(".aa-legend__problems") > 0, case.problem, "{what}");
        let text = host.text_content().unwrap_or_default();
        if case.problem {
            // Nothing lost: the Markdown's lines, markup and all.
            assert!(
                text.contains("## Part") && text.contains("**bold**"),
                "{what}"
            );
        } else {
            assert_eq!(count(".aa-body li.aa-paragraph"), 2, "{what}");
            assert!(
                text.contains("Talks") && !text.contains("**bold**"),
                "{what}"
            );
        }
        handle.destroy();
        host.remove();
    }
}
