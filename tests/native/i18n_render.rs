//! Rendering strings: typed messages in each language with plural forms and category names, pieces for markup, the import notice, problems in a language file, and host overrides (`labels`).

use std::fs;

use article_annotator::model::i18n::{
    CategoryForm, Key, Lang, Msg, Part, Step, Strings, StringsProblem,
};
use article_annotator::model::import::ImportSummary;
use article_annotator::model::Category;

use crate::json::ours;

fn strings(lang: Lang) -> Strings {
    let Some(name) = lang.file_name() else {
        return Strings::english();
    };
    let text = fs::read_to_string(format!("i18n/{name}")).expect("language file is readable");
    Strings::from_json(lang, &text).0
}

#[test]
fn messages_render_in_each_language() {
    struct Case {
        lang: Lang,
        msg: Msg,
        text: &'static str,
    }
    let (claim, question) = (Category::Claim, Category::Question);
    #[rustfmt::skip]
    let cases = [
        Case { lang: Lang::En, msg: Msg::MenuHint { category: claim }, text: "Enter saves as Claim; Esc cancels." },
        Case { lang: Lang::En, msg: Msg::EdgeStart { category: question }, text: "Unanswered question start" },
        Case { lang: Lang::En, msg: Msg::UndoTitle { step: Step::Add(question) }, text: "Undo adding an unanswered question (Ctrl+Z)" },
        Case { lang: Lang::En, msg: Msg::Undone { step: Step::Import(1) }, text: "Undone: importing 1 annotation." },
        Case { lang: Lang::En, msg: Msg::LegendUnplaced { n: 1 }, text: "1 annotation could not be placed in this text." },
        Case { lang: Lang::En, msg: Msg::LegendUnplaced { n: 0 }, text: "0 annotations could not be placed in this text." },
        Case { lang: Lang::En, msg: Msg::Plain(Key::ArticleHelp), text: "Article text. To annotate with the keyboard: arrow keys select words and sentences, Shift extends, 1 Claim, 2 Demand, 3 Question, Enter adds a note, Escape cancels." },
        Case { lang: Lang::En, msg: Msg::ListCount { shown: 3, n: 42 }, text: "Showing 3 of 42" },
        Case { lang: Lang::Fr, msg: Msg::LegendUnplaced { n: 0 }, text: "0\u{a0}annotation n’a pas pu être placée dans ce texte." },
        Case { lang: Lang::Fr, msg: Msg::LegendUnplaced { n: 2 }, text: "2\u{a0}annotations n’ont pas pu être placées dans ce texte." },
        Case { lang: Lang::Fr, msg: Msg::MenuHint { category: question }, text: "Entrée enregistre comme question sans réponse\u{202f}; Échap annule." },
        Case { lang: Lang::Fr, msg: Msg::RedoTitle { step: Step::Delete(claim) }, text: "Rétablir\u{a0}: supprimer une affirmation (Ctrl+Maj+Z)" },
        Case { lang: Lang::De, msg: Msg::UndoTitle { step: Step::Add(question) }, text: "Rückgängig: offene Frage hinzufügen (Strg+Z)" },
        Case { lang: Lang::De, msg: Msg::AlreadyMarked { category: claim }, text: "Diese Textstelle ist bereits als Behauptung markiert." },
        Case { lang: Lang::De, msg: Msg::Plain(Key::ArticleHelp), text: "Artikeltext. Mit der Tastatur anmerken: Pfeiltasten wählen Wörter und Sätze aus, Umschalt erweitert die Auswahl, 1 Behauptung, 2 Forderung, 3 Frage, Eingabe fügt eine Notiz hinzu, Esc bricht ab." },
        Case { lang: Lang::Es, msg: Msg::ExportCount { n: 1 }, text: "1 anotación, en formato W3C Web Annotation JSON-LD." },
        Case { lang: Lang::Es, msg: Msg::FindNotFound { phrase: "paz".into() }, text: "«paz» no aparece en el artículo." },
        Case { lang: Lang::Ar, msg: Msg::EdgeEnd { category: claim }, text: "نهاية ادعاء" },
        Case { lang: Lang::Ar, msg: Msg::LegendUnplaced { n: 1 }, text: "تعذّر وضع تعليق واحد في هذا النص." },
        Case { lang: Lang::Ar, msg: Msg::LegendUnplaced { n: 2 }, text: "تعذّر وضع تعليقين في هذا النص." },
        Case { lang: Lang::Ar, msg: Msg::LegendUnplaced { n: 5 }, text: "تعذّر وضع 5 تعليقات في هذا النص." },
        Case { lang: Lang::Ar, msg: Msg::LegendUnplaced { n: 11 }, text: "تعذّر وضع 11 تعليقًا في هذا النص." },
        Case { lang: Lang::Ar, msg: Msg::LegendUnplaced { n: 100 }, text: "تعذّر وضع 100 تعليق في هذا النص." },
        Case { lang: Lang::Ar, msg: Msg::UndoTitle { step: Step::Add(Category::Demand) }, text: "تراجع عن إضافة مطلب (Ctrl+Z)" },
    ];
    let tables: Vec<Strings> = Lang::ALL.into_iter().map(strings).collect();
    for case in cases {
        let table = tables
            .iter()
            .find(|s| s.lang() == case.lang)
            .expect("a table per language");
        assert_eq!(
            table.text(&case.msg),
            case.text,
            "{:?} {:?}",
            case.lang,
            case.msg
        );
    }
    assert_eq!(
        tables[4].category(Category::Question, CategoryForm::Plural),
        "أسئلة بلا إجابة"
    );
}

#[test]
fn parts_let_a_view_wrap_an_argument() {
    let parts = Strings::english().parts(&Msg::MenuPreview {
        quote: "peace deal".into(),
    });
    assert_eq!(
        parts,
        vec![
            Part::Text("Mark ".into()),
            Part::Arg {
                name: "quote",
                text: "peace deal".into()
            },
            Part::Text(" as:".into()),
        ]
    );
}

#[test]
fn import_notices_list_only_what_happened() {
    let summary = ImportSummary {
        imported: 3,
        fuzzy: 1,
        rejected: 2,
        ..ImportSummary::default()
    };
    let en = Strings::english();
    assert_eq!(
        en.import_notice("a.json", false, &summary),
        "Imported 3 from a.json, 1 to confirm, 2 rejected."
    );
    let crowded = ImportSummary {
        read: 9,
        imported: 1,
        already_present: 1,
        duplicates: 2,
        untagged: 3,
        over_cap: 4,
        ..ImportSummary::default()
    };
    assert_eq!(
        en.import_notice("h.json", false, &crowded),
        "Imported 1 from h.json, 1 already present, 2 duplicates (not added), \
         3 without a category tag (left out), 4 over the cap (not read)."
    );
    let fr = strings(Lang::Fr);
    assert_eq!(
        fr.text(&Msg::import_too_large(5 * 1024 * 1024 + 1, 5 * 1024 * 1024)),
        "Le fichier fait 5,1\u{a0}Mo\u{202f}; la limite d’import est de 5\u{a0}Mo."
    );
    assert_eq!(
        en.text(&Msg::import_too_large(6 * 1024 * 1024, 5 * 1024 * 1024)),
        "The file is 6.0 MB; the import limit is 5 MB."
    );
    assert_eq!(
        en.import_notice("the page", true, &ImportSummary::default()),
        "Your annotations were replaced: 0 from the page."
    );
    assert_eq!(
        strings(Lang::Ar).import_notice("a.json", false, &summary),
        "تم استيراد 3 تعليقات من a.json، بحاجة إلى تأكيد: 1، مرفوض: 2."
    );
}

#[test]
fn language_file_problems_table() {
    struct Case {
        name: &'static str,
        json: &'static str,
        problem: Option<StringsProblem>,
        /// `menu.hint` for a claim afterwards (category names still English: the file has none).
        hint: &'static str,
    }
    let english = "Enter saves as Claim; Esc cancels.";
    #[rustfmt::skip]
    let cases = [
        Case { name: "good", json: r#"{"menu.hint": "Entrée : {category}"}"#, problem: None, hint: "Entrée : Claim" },
        Case { name: "comment keys", json: r#"{"@note": 1, "menu.hint": "x {category.noun}"}"#, problem: None, hint: "x claim" },
        Case { name: "unknown id", json: r#"{"menu.hnit": "x"}"#, problem: Some(StringsProblem::UnknownKey("menu.hnit".into())), hint: english },
        Case { name: "lost placeholder", json: r#"{"menu.hint": "Entrée"}"#, problem: Some(StringsProblem::Placeholders { key: Key::MenuHint, expected: vec!["category".into()], found: vec![] }), hint: english },
        Case { name: "extra placeholder", json: r#"{"menu.hint": "{category} {n}"}"#, problem: Some(StringsProblem::Placeholders { key: Key::MenuHint, expected: vec!["category".into()], found: vec!["category".into(), "n".into()] }), hint: english },
        Case { name: "plural without n", json: r#"{"menu.hint": {"one": "{category}", "other": "{category}"}}"#, problem: Some(StringsProblem::PluralForm(Key::MenuHint, "one".into())), hint: english },
        Case { name: "form French lacks", json: r#"{"list.more": {"few": "{n}", "other": "{n}"}}"#, problem: Some(StringsProblem::PluralForm(Key::ListMore, "few".into())), hint: english },
        Case { name: "no other", json: r#"{"list.more": {"one": "{n}"}}"#, problem: Some(StringsProblem::MissingOther(Key::ListMore)), hint: english },
        Case { name: "not text", json: r#"{"menu.hint": 3}"#, problem: Some(StringsProblem::NotText(Key::MenuHint)), hint: english },
        Case { name: "not an object", json: "[]", problem: Some(StringsProblem::NotAnObject), hint: english },
    ];
    for case in cases {
        let (table, problems) = Strings::from_json(Lang::Fr, case.json);
        let missing = problems
            .iter()
            .filter(|p| matches!(p, StringsProblem::MissingKey(_)))
            .count();
        let others: Vec<&StringsProblem> = problems
            .iter()
            .filter(|p| !matches!(p, StringsProblem::MissingKey(_)))
            .collect();
        assert_eq!(
            others,
            case.problem.iter().collect::<Vec<_>>(),
            "{}",
            case.name
        );
        assert!(
            missing >= Key::ALL.len() - 1,
            "{}: missing keys are reported",
            case.name
        );
        assert_eq!(
            table.text(&Msg::MenuHint {
                category: Category::Claim
            }),
            case.hint,
            "{}",
            case.name
        );
    }
    let (table, problems) = Strings::from_json(Lang::De, "{ not json");
    assert!(matches!(
        problems.as_slice(),
        [StringsProblem::InvalidJson(_)]
    ));
    assert_eq!(table.get(Key::Undo), "Undo");
}

#[test]
fn host_labels_and_strings_override_table() {
    struct Case {
        lang: Lang,
        overrides: &'static str,
        form: CategoryForm,
        name: &'static str,
        edge: &'static str,
    }
    #[rustfmt::skip]
    let cases = [
        Case { lang: Lang::En, overrides: r#"{"claim": " Assertion "}"#, form: CategoryForm::Indefinite, name: "an assertion", edge: "Assertion start" },
        Case { lang: Lang::En, overrides: r#"{"claim": "Fact"}"#, form: CategoryForm::Plural, name: "Fact", edge: "Fact start" },
        Case { lang: Lang::En, overrides: r#"{"claim": "Fact", "claims": "Facts"}"#, form: CategoryForm::Plural, name: "Facts", edge: "Fact start" },
        Case { lang: Lang::En, overrides: r#"{"claim": "NATO line", "claim.a": "a NATO line"}"#, form: CategoryForm::Noun, name: "NATO line", edge: "NATO line start" },
        Case { lang: Lang::En, overrides: r#"{"claim": "   "}"#, form: CategoryForm::Label, name: "Claim", edge: "Claim start" },
        Case { lang: Lang::Fr, overrides: r#"{"claim": "Énoncé"}"#, form: CategoryForm::Noun, name: "énoncé", edge: "Énoncé\u{a0}: début" },
        Case { lang: Lang::Fr, overrides: r#"{"edge.start": "Début ({category})"}"#, form: CategoryForm::Short, name: "Affirmation", edge: "Début (Affirmation)" },
        Case { lang: Lang::De, overrides: r#"{"claim": "Aussage"}"#, form: CategoryForm::Noun, name: "Aussage", edge: "Aussage: Anfang" },
        Case { lang: Lang::En, overrides: r#"{"claim": "An extremely long category name that goes on"}"#, form: CategoryForm::Label, name: "An extremely long category name that goe", edge: "An extremely long category name that goe start" },
    ];
    for case in cases {
        let mut table = strings(case.lang);
        let value = article_annotator::model::json::from_str(case.overrides).expect("valid JSON");
        assert_eq!(table.apply_overrides(&value), vec![], "{}", case.overrides);
        assert_eq!(
            table.category(Category::Claim, case.form),
            case.name,
            "{}",
            case.overrides
        );
        assert_eq!(
            table.text(&Msg::EdgeStart {
                category: Category::Claim
            }),
            case.edge,
            "{}",
            case.overrides
        );
        assert_eq!(
            table.category(Category::Demand, CategoryForm::Label),
            strings(case.lang).get(Key::Demand)
        );
    }
    let mut table = Strings::english();
    let bad =
        ours(&serde_json::json!({"claim": "Fact", "menu.hint": "no placeholder", "nope": "x"}));
    let problems = table.apply_overrides(&bad);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(
        table.get(Key::MenuHint),
        "Enter saves as {category}; Esc cancels."
    );
    assert_eq!(table.get(Key::Claim), "Fact");
}

#[test]
fn language_data_arriving_late_keeps_the_host_overrides() {
    let mut table = Strings::new(Lang::Ar);
    assert_eq!(table.dir().as_str(), "rtl");
    assert_eq!(
        table.get(Key::Undo),
        "Undo",
        "English until the data arrives"
    );
    table.apply_overrides(&ours(&serde_json::json!({"claim": "زعم"})));
    table.set_data(strings(Lang::Ar));
    assert_eq!(table.get(Key::Undo), "تراجع");
    assert_eq!(
        table.text(&Msg::EdgeStart {
            category: Category::Claim
        }),
        "بداية زعم"
    );
    assert_eq!(
        table.category(Category::Demand, CategoryForm::Plural),
        "مطالب"
    );
}
