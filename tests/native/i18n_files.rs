//! The string table's data: every language file has every message with the English placeholders, `i18n/en.json` mirrors the compiled English, typed messages match their templates, and tags pick languages, directions and plural forms.

use std::collections::BTreeSet;
use std::fs;

use article_annotator::model::i18n::{placeholders, Dir, Key, Lang, Msg, Plural, Strings};
use article_annotator::model::Category;

fn file(lang: Lang) -> String {
    let name = lang.file_name().unwrap_or("en.json");
    fs::read_to_string(format!("i18n/{name}")).expect("language file is readable")
}

/// Placeholders that need an argument (`{claim.short}` and the like need none).
fn required(text: &str) -> BTreeSet<String> {
    placeholders(text)
        .into_iter()
        .filter(|name| Category::parse(name).is_none())
        .map(str::to_string)
        .collect()
}

#[test]
fn every_language_file_has_every_key_with_the_english_placeholders() {
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let (_, problems) = Strings::from_json(lang, &file(lang));
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(listed.is_empty(), "{}: {listed:#?}", lang.code());
    }
}

#[test]
fn plural_messages_have_every_form_their_language_uses() {
    for lang in Lang::ALL {
        let value: serde_json::Value = serde_json::from_str(&file(lang)).expect("valid JSON");
        for (id, entry) in value.as_object().expect("an object") {
            let Some(forms) = entry.as_object() else {
                continue;
            };
            let mut have: Vec<Plural> = forms.keys().filter_map(|f| Plural::from_name(f)).collect();
            have.sort();
            assert_eq!(have, lang.plurals(), "{}: {id}", lang.code());
        }
    }
}

#[test]
fn en_json_mirrors_the_compiled_english() {
    let value: serde_json::Value = serde_json::from_str(&file(Lang::En)).expect("valid JSON");
    let map = value.as_object().expect("an object");
    let ids: BTreeSet<&str> = map.keys().map(String::as_str).collect();
    let compiled: BTreeSet<&str> = Key::ALL.iter().map(|k| k.id()).collect();
    assert_eq!(ids, compiled, "the same ids");
    for &key in Key::ALL {
        let expected: serde_json::Value = match key.english() {
            [(_, text)] => (*text).into(),
            forms => forms
                .iter()
                .map(|(p, t)| (p.name().to_string(), serde_json::Value::from(*t)))
                .collect::<serde_json::Map<_, _>>()
                .into(),
        };
        assert_eq!(map[key.id()], expected, "{}", key.id());
    }
}

#[test]
fn ids_are_unique_and_typed_messages_match_their_templates() {
    let ids: BTreeSet<&str> = Key::ALL.iter().map(|k| k.id()).collect();
    assert_eq!(ids.len(), Key::ALL.len());
    for &key in Key::ALL {
        let english = key.english();
        let other = english.iter().find(|(p, _)| *p == Plural::Other);
        let names = required(other.expect("every key has an `other` form").1);
        let signature = Msg::SIGNATURES.iter().find(|(k, _)| *k == key);
        let args: BTreeSet<String> = signature
            .map(|(_, args)| args.iter().map(|a| a.to_string()).collect())
            .unwrap_or_default();
        assert_eq!(names, args, "{}: placeholders vs. Msg fields", key.id());
        if english.len() > 1 {
            assert!(args.contains("n"), "{}: plural without {{n}}", key.id());
        }
    }
}

#[test]
fn languages_from_tags_table() {
    struct Case {
        tag: &'static str,
        lang: Lang,
        parsed: bool,
        dir: Dir,
    }
    #[rustfmt::skip]
    let cases = [
        Case { tag: "fr-CA", lang: Lang::Fr, parsed: true, dir: Dir::Ltr },
        Case { tag: "FR", lang: Lang::Fr, parsed: true, dir: Dir::Ltr },
        Case { tag: " de_CH ", lang: Lang::De, parsed: true, dir: Dir::Ltr },
        Case { tag: "es-419", lang: Lang::Es, parsed: true, dir: Dir::Ltr },
        Case { tag: "ar", lang: Lang::Ar, parsed: true, dir: Dir::Rtl },
        Case { tag: "ar-EG", lang: Lang::Ar, parsed: true, dir: Dir::Rtl },
        Case { tag: "ar-Latn", lang: Lang::Ar, parsed: true, dir: Dir::Ltr },
        Case { tag: "en-GB", lang: Lang::En, parsed: true, dir: Dir::Ltr },
        Case { tag: "he-IL", lang: Lang::En, parsed: false, dir: Dir::Rtl },
        Case { tag: "fa", lang: Lang::En, parsed: false, dir: Dir::Rtl },
        Case { tag: "az-Arab", lang: Lang::En, parsed: false, dir: Dir::Rtl },
        Case { tag: "zh-Hant", lang: Lang::En, parsed: false, dir: Dir::Ltr },
        Case { tag: "french", lang: Lang::En, parsed: false, dir: Dir::Ltr },
        Case { tag: "", lang: Lang::En, parsed: false, dir: Dir::Ltr },
    ];
    for case in cases {
        assert_eq!(Lang::from_tag(case.tag), case.lang, "{:?}", case.tag);
        assert_eq!(
            Lang::parse(case.tag).is_some(),
            case.parsed,
            "{:?}",
            case.tag
        );
        assert_eq!(Dir::of_tag(case.tag), case.dir, "{:?}", case.tag);
    }
    assert_eq!(Lang::pick(["", "pt-BR", "es-MX", "fr"]), Lang::Es);
    assert_eq!(Lang::pick(["pt"]), Lang::En);
    assert_eq!(Lang::Ar.dir().as_str(), "rtl");
    assert_eq!(Lang::Fr.dir().as_str(), "ltr");
    assert_eq!(Lang::En.file_name(), None);
    assert_eq!(Lang::Ar.file_name(), Some("ar.json"));
}

#[test]
fn text_direction_table() {
    struct Case {
        text: &'static str,
        dir: Option<Dir>,
    }
    #[rustfmt::skip]
    let cases = [
        Case { text: "«السلام» قريب", dir: Some(Dir::Rtl) },
        Case { text: "2025: «السلام»", dir: Some(Dir::Rtl) },
        Case { text: "“Peace” – السلام", dir: Some(Dir::Ltr) },
        Case { text: "שלום", dir: Some(Dir::Rtl) },
        Case { text: "123 – …", dir: None },
        Case { text: "", dir: None },
    ];
    for case in cases {
        assert_eq!(Dir::of_text(case.text), case.dir, "{:?}", case.text);
    }
}

#[test]
fn plural_rules_table() {
    struct Case {
        lang: Lang,
        n: usize,
        plural: Plural,
    }
    use Plural::*;
    #[rustfmt::skip]
    let cases = [
        Case { lang: Lang::En, n: 0, plural: Other },
        Case { lang: Lang::En, n: 1, plural: One },
        Case { lang: Lang::En, n: 2, plural: Other },
        Case { lang: Lang::De, n: 1, plural: One },
        Case { lang: Lang::Es, n: 21, plural: Other },
        Case { lang: Lang::Fr, n: 0, plural: One },
        Case { lang: Lang::Fr, n: 1, plural: One },
        Case { lang: Lang::Fr, n: 2, plural: Other },
        Case { lang: Lang::Ar, n: 0, plural: Zero },
        Case { lang: Lang::Ar, n: 1, plural: One },
        Case { lang: Lang::Ar, n: 2, plural: Two },
        Case { lang: Lang::Ar, n: 3, plural: Few },
        Case { lang: Lang::Ar, n: 10, plural: Few },
        Case { lang: Lang::Ar, n: 11, plural: Many },
        Case { lang: Lang::Ar, n: 99, plural: Many },
        Case { lang: Lang::Ar, n: 100, plural: Other },
        Case { lang: Lang::Ar, n: 102, plural: Other },
        Case { lang: Lang::Ar, n: 103, plural: Few },
        Case { lang: Lang::Ar, n: 111, plural: Many },
        Case { lang: Lang::Ar, n: 1000, plural: Other },
    ];
    for case in cases {
        assert_eq!(
            case.lang.plural(case.n),
            case.plural,
            "{:?} {}",
            case.lang,
            case.n
        );
    }
}
