//! The embed's language and structure: a Markdown `src` keeps its headings and lists; `lang` picks the strings (with the file the loader fetched) and the direction, `dir` overrides it, and the host's `strings` and `labels` win over both.

use article_annotator::embed::EmbedConfig;

fn config(json: &str) -> EmbedConfig {
    EmbedConfig::from_json(json).expect("test configs are valid")
}

#[test]
fn lang_picks_strings_and_direction_and_host_strings_win() {
    use article_annotator::model::i18n::{Dir, Key, Lang};
    let fr = std::fs::read_to_string("i18n/fr.json").expect("fr.json");
    let ar = std::fs::read_to_string("i18n/ar.json").expect("ar.json");
    struct Case {
        json: serde_json::Value,
        lang: Lang,
        undo: &'static str,
        dir: Option<Dir>,
    }
    let cases = [
        Case {
            json: serde_json::json!({}),
            lang: Lang::En,
            undo: "Undo",
            dir: None,
        },
        Case {
            json: serde_json::json!({"lang": "fr-CA", "langData": fr}),
            lang: Lang::Fr,
            undo: "Annuler",
            dir: Some(Dir::Ltr),
        },
        Case {
            json: serde_json::json!({"lang": "ar", "langData": ar}),
            lang: Lang::Ar,
            undo: "تراجع",
            dir: Some(Dir::Rtl),
        },
        // The file did not arrive: English words, the language's direction.
        Case {
            json: serde_json::json!({"lang": "ar"}),
            lang: Lang::Ar,
            undo: "Undo",
            dir: Some(Dir::Rtl),
        },
        Case {
            json: serde_json::json!({"lang": "ar", "dir": "ltr"}),
            lang: Lang::Ar,
            undo: "Undo",
            dir: Some(Dir::Ltr),
        },
        Case {
            json: serde_json::json!({"dir": "rtl", "strings": {"toolbar.undo": "Zurück"}}),
            lang: Lang::En,
            undo: "Zurück",
            dir: Some(Dir::Rtl),
        },
        Case {
            json: serde_json::json!({"lang": "fr", "langData": fr, "strings": "{\"toolbar.undo\": \"Défaire\"}"}),
            lang: Lang::Fr,
            undo: "Défaire",
            dir: Some(Dir::Ltr),
        },
    ];
    for case in cases {
        let c = config(&case.json.to_string());
        let (strings, problems) = c.strings();
        assert!(problems.is_empty(), "{}: {problems:?}", case.json);
        assert_eq!(strings.lang(), case.lang, "{}", case.json);
        assert_eq!(strings.get(Key::Undo), case.undo, "{}", case.json);
        assert_eq!(c.dir(), case.dir, "{}", case.json);
    }
}

#[test]
fn a_markdown_src_keeps_its_headings_and_lists() {
    use article_annotator::embed::PageFacts;
    use article_annotator::model::article::BlockKind;
    let md = "# Title\n\nIntro with **bold** text.\n\n## Part\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted\n";
    let json = serde_json::json!({
        "source": {"url": "https://example.org/a.md", "contentType": "text/markdown", "text": md}
    });
    let page = PageFacts {
        title: "Page".into(),
        url: "https://example.org/".into(),
    };
    let mut c = config(&json.to_string());
    // Read as the desk reads it (natively); the reader's wasm gets the same from the Markdown bundle.
    c.read_markdown_with(article_annotator::model::source::read_markdown);
    let bundle = c.bundle(None, &page);
    let article = &bundle.article;
    assert_eq!(article.meta.title, "Title");
    let kinds: Vec<BlockKind> = article.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            BlockKind::Paragraph,
            BlockKind::Heading(2),
            BlockKind::ListItem {
                ordered: false,
                number: 1
            },
            BlockKind::ListItem {
                ordered: false,
                number: 2
            },
            BlockKind::ListItem {
                ordered: true,
                number: 1
            },
            BlockKind::ListItem {
                ordered: true,
                number: 2
            },
            BlockKind::Quote,
        ]
    );
    // Positions still count the canonical text: the bold words are where the text has them.
    let bold = &article.blocks()[0].inlines[0];
    assert_eq!(article.text().slice(bold.span), Some("bold"));
}
