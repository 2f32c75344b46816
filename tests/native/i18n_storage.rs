//! The storage warnings in every language: each renders from the language's own file (no English fallback), with every placeholder filled, for counts of every plural category; the English wording the e2e tests match is pinned.

use std::fs;
use std::rc::Rc;

use article_annotator::model::i18n::{Key, Lang, Msg, Strings, StringsProblem};

/// The table of `lang`, and what its file lacks or gets wrong.
fn strings(lang: Lang) -> (Strings, Vec<StringsProblem>) {
    let Some(name) = lang.file_name() else {
        return (Strings::english(), Vec::new());
    };
    let text = fs::read_to_string(format!("i18n/{name}")).expect("language file is readable");
    Strings::from_json(lang, &text)
}

/// Why a saved value could not be read at all, as the import words it.
fn reason() -> Rc<Msg> {
    Rc::new(Msg::ImportInvalidJson {
        line: 1,
        column: 13,
        detail: "expected a value".into(),
    })
}

const ASIDE: &str = "article-annotator:v2:story:1a2b:corrupt:2026-12-06T07:00:00.000Z";

struct Case {
    name: String,
    msg: Msg,
    /// Argument values the text must show, in every language.
    shows: Vec<String>,
}

/// Every warning the saved copy can give, counts in each plural category of the five languages.
fn cases() -> Vec<Case> {
    let plain = |key: Key| Case {
        name: key.id().into(),
        msg: Msg::Plain(key),
        shows: Vec::new(),
    };
    let mut cases = vec![
        plain(Key::StorageBlocked),
        plain(Key::StorageUnreadable),
        plain(Key::StorageFull),
        plain(Key::StorageSaveFailed),
        plain(Key::StorageHeld),
        Case {
            name: "newer".into(),
            msg: Msg::StorageNewer { format: 7 },
            shows: vec!["7".into()],
        },
        Case {
            name: "damaged, kept aside".into(),
            msg: Msg::StorageDamagedKept {
                reason: reason(),
                key: ASIDE.into(),
            },
            shows: vec![ASIDE.into(), "13".into(), "expected a value".into()],
        },
        Case {
            name: "damaged, no room".into(),
            msg: Msg::StorageDamagedFull { reason: reason() },
            shows: vec!["13".into(), "expected a value".into()],
        },
        Case {
            name: "earlier version".into(),
            msg: Msg::StorageLegacyUnread {
                key: "legacy-notes".into(),
            },
            shows: vec!["legacy-notes".into()],
        },
    ];
    for n in [0, 1, 2, 5, 11, 100] {
        cases.push(Case {
            name: format!("partly read, kept aside, n={n}"),
            msg: Msg::StoragePartialKept {
                n,
                key: ASIDE.into(),
            },
            shows: vec![ASIDE.into()],
        });
        cases.push(Case {
            name: format!("partly read, no room, n={n}"),
            msg: Msg::StoragePartialFull { n },
            shows: Vec::new(),
        });
    }
    cases
}

#[test]
fn storage_warnings_render_in_every_language() {
    let english = Strings::english();
    for lang in Lang::ALL {
        let (table, problems) = strings(lang);
        for case in cases() {
            let key = case.msg.key();
            assert!(
                key.id().starts_with("storage."),
                "{}: {} is a storage key",
                case.name,
                key.id()
            );
            let about_key: Vec<String> = problems
                .iter()
                .map(ToString::to_string)
                .filter(|p| p.starts_with(&format!("{}:", key.id())))
                .collect();
            assert!(about_key.is_empty(), "{}: {about_key:?}", lang.code());
            let text = table.text(&case.msg);
            let context = format!("{} {}: {text}", lang.code(), case.name);
            assert!(
                !text.contains(['{', '}']),
                "unfilled placeholder: {context}"
            );
            for shown in &case.shows {
                assert!(text.contains(shown.as_str()), "{shown} missing: {context}");
            }
            if lang != Lang::En {
                assert_ne!(text, english.text(&case.msg), "not translated: {context}");
            }
        }
    }
}

#[test]
fn storage_warnings_keep_their_wording() {
    struct Case {
        lang: Lang,
        msg: Msg,
        text: &'static str,
    }
    #[rustfmt::skip]
    let cases = [
        Case { lang: Lang::En, msg: Msg::StoragePartialKept { n: 1, key: "k".into() }, text: "1 saved annotation could not be read by this version and is not shown. The saved value was kept aside under \"k\"; new annotations are saved normally." },
        Case { lang: Lang::En, msg: Msg::StoragePartialFull { n: 2 }, text: "2 saved annotations could not be read by this version and are not shown, and there is no room to keep a copy, so nothing is saved over them unless you choose Save anyway." },
        Case { lang: Lang::En, msg: Msg::StorageDamagedKept { reason: reason(), key: "k".into() }, text: "Saved annotations for this article were damaged (Not valid JSON at line 1, column 13: expected a value.). The saved value was kept aside under \"k\"; new annotations are saved normally." },
        Case { lang: Lang::En, msg: Msg::StorageNewer { format: 3 }, text: "Your annotations here were saved by a newer version of the annotator (format 3). This version shows what it can read and saves nothing over them unless you choose Save anyway." },
        Case { lang: Lang::En, msg: Msg::Plain(Key::StorageFull), text: "Your annotations do not fit in this browser's storage. They are kept only on this page: export them before you leave. The copy saved earlier is unchanged." },
        Case { lang: Lang::Fr, msg: Msg::StoragePartialKept { n: 2, key: "k".into() }, text: "2\u{a0}annotations enregistrées n’ont pas pu être lues par cette version et ne sont pas affichées. La valeur enregistrée a été mise de côté sous «\u{202f}k\u{202f}»\u{202f}; les nouvelles annotations sont enregistrées normalement." },
        Case { lang: Lang::De, msg: Msg::StorageLegacyUnread { key: "k".into() }, text: "Einige von einer früheren Version gespeicherte Anmerkungen konnten nicht gelesen werden; sie bleiben unter „k“ unverändert." },
        Case { lang: Lang::Ar, msg: Msg::StoragePartialFull { n: 3 }, text: "تعذّر على هذا الإصدار قراءة بعض التعليقات المحفوظة فلم تُعرض (عددها: 3)، ولا توجد مساحة للاحتفاظ بنسخة منها، لذا لا يُحفظ شيء فوقها إلا إذا اخترت «الحفظ على أي حال»." },
    ];
    for case in cases {
        let (table, _) = strings(case.lang);
        assert_eq!(table.text(&case.msg), case.text, "{:?}", case.lang);
    }
}
