//! The embed's language: `lang` picks the strings (with the file the loader fetched) and the direction, `dir` overrides it, and the host's `strings` and `labels` win over both.

use article_annotator::embed::EmbedConfig;

fn config(json: &str) -> EmbedConfig {
    serde_json::from_str(json).expect("test configs are valid JSON")
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
