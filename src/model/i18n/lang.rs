//! `Lang` (the five built-in languages picked from a BCP 47 tag), `Dir` (text direction of a tag or a text) and `Plural` (CLDR plural categories of a count).
//!
//! Tags are matched on their primary subtag, ASCII case-insensitively ("fr-CA" → French,
//! "AR" → Arabic); anything else is English. Direction also knows right-to-left languages that
//! have no built-in strings (Hebrew, Persian, Urdu…), so an article in one is still laid out
//! right-to-left, and script subtags win ("az-Arab" is right-to-left, "ar-Latn" is not).

/// A language the widget has strings for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English: compiled in, the fallback for every missing string.
    #[default]
    En,
    /// French.
    Fr,
    /// German.
    De,
    /// Spanish.
    Es,
    /// Arabic (right-to-left).
    Ar,
}

/// Text direction, as the `dir` attribute spells it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Dir {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left.
    Rtl,
}

/// A CLDR plural category: which form of a message a count takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Plural {
    /// Arabic 0.
    Zero,
    /// 1 (French: 0 and 1).
    One,
    /// Arabic 2.
    Two,
    /// Arabic 3–10 (and 103–110, …).
    Few,
    /// Arabic 11–99 (and 111–199, …).
    Many,
    /// Everything else; every plural message has this form.
    Other,
}

impl Plural {
    /// Every category, in CLDR order.
    pub const ALL: [Plural; 6] = [
        Plural::Zero,
        Plural::One,
        Plural::Two,
        Plural::Few,
        Plural::Many,
        Plural::Other,
    ];

    /// The CLDR name: `zero`, `one`, `two`, `few`, `many`, `other`.
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    /// The category named `name`, if it is one.
    pub fn from_name(name: &str) -> Option<Plural> {
        Plural::ALL.into_iter().find(|p| p.name() == name)
    }
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::De, Lang::Es, Lang::Ar];

    /// The language of a BCP 47 tag (`fr-CA` → French), if it is one of ours.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = primary_subtag(tag);
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// The language of a BCP 47 tag; English when it is none of ours.
    pub fn from_tag(tag: &str) -> Lang {
        Lang::parse(tag).unwrap_or_default()
    }

    /// The first of `tags` that is one of ours (the widget's `lang`, then the article's, then
    /// the reader's browser languages, say); English if none is.
    pub fn pick<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::parse).unwrap_or_default()
    }

    /// The two-letter code: `en`, `fr`, `de`, `es`, `ar`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The data file holding this language's strings (`fr.json`), relative to the `i18n/`
    /// folder; `None` for English, which is compiled in.
    pub fn file_name(self) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Fr => Some("fr.json"),
            Lang::De => Some("de.json"),
            Lang::Es => Some("es.json"),
            Lang::Ar => Some("ar.json"),
        }
    }

    /// The direction its text runs in.
    pub fn dir(self) -> Dir {
        match self {
            Lang::Ar => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }

    /// The plural category of `n` in this language (CLDR rules for whole numbers; the
    /// "millions" forms of French and Spanish fall back to `other`).
    pub fn plural(self, n: usize) -> Plural {
        match self {
            Lang::En | Lang::De | Lang::Es if n == 1 => Plural::One,
            Lang::Fr if n <= 1 => Plural::One,
            Lang::Ar => match (n, n % 100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
            _ => Plural::Other,
        }
    }

    /// The plural categories this language's messages may have (`other` always).
    pub fn plurals(self) -> &'static [Plural] {
        match self {
            Lang::Ar => &Plural::ALL,
            _ => &[Plural::One, Plural::Other],
        }
    }
}

/// The language subtag: what comes before the first `-` or `_`, trimmed.
fn primary_subtag(tag: &str) -> &str {
    tag.trim().split(['-', '_']).next().unwrap_or("")
}

/// Primary language subtags written right to left.
const RTL_LANGUAGES: [&str; 12] = [
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi",
];

/// Script subtags written right to left.
const RTL_SCRIPTS: [&str; 8] = [
    "arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg", "mand",
];

impl Dir {
    /// The attribute value: `ltr` or `rtl`.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }

    /// The direction of a BCP 47 tag: a script subtag if it has one (`az-Arab`), else its
    /// language (`he-IL`, `fa`); left to right when unknown.
    pub fn of_tag(tag: &str) -> Dir {
        let mut subtags = tag.trim().split(['-', '_']);
        let language = subtags.next().unwrap_or("");
        let script = subtags.find(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic()));
        let rtl = match script {
            Some(script) => RTL_SCRIPTS.iter().any(|s| s.eq_ignore_ascii_case(script)),
            None => RTL_LANGUAGES
                .iter()
                .any(|l| l.eq_ignore_ascii_case(language)),
        };
        if rtl {
            Dir::Rtl
        } else {
            Dir::Ltr
        }
    }

    /// The direction of a text from its first strongly directional letter (the rule of
    /// `dir="auto"`): Hebrew, Arabic, Syriac, Thaana and N'Ko letters are right to left, other
    /// letters left to right; `None` when the text has no letter.
    pub fn of_text(text: &str) -> Option<Dir> {
        text.chars().find_map(|c| {
            let rtl = matches!(c as u32,
                0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF);
            if rtl && c.is_alphabetic() {
                Some(Dir::Rtl)
            } else if c.is_alphabetic() {
                Some(Dir::Ltr)
            } else {
                None
            }
        })
    }
}
