//! Words and marks of one paragraph, in code points, with quote marks told from apostrophes.
//!
//! Tokens are built from grapheme clusters, so a span made of whole tokens never splits an
//! accented letter or an emoji. A word joins letters and digits across an apostrophe, hyphen,
//! period or comma between two of them ("Russia’s", "30-day", "U.S", "1,000"), as the reader's
//! word snapping does. Each word keeps a lookup form: ASCII lower case with ’ read as ', since
//! the cue lists are English and `to_lowercase` would pull Unicode tables into a wasm build.

use crate::model::graphemes::graphemes;

use super::lexicon::{has, AUXILIARIES, DIRECTIVE, REPORTING, VERBS};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits (with joiners inside).
    Word,
    /// One mark: punctuation, a symbol or an emoji.
    Mark(char),
}

/// The part a quote mark plays, decided by pairing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quote {
    /// Not a quote mark (or an apostrophe).
    No,
    /// Opens a quotation.
    Open,
    /// Closes the quotation opened before it.
    Close,
}

/// One word or mark, at code points `start..end` of its paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// First code point, relative to the paragraph.
    pub start: usize,
    /// First code point after it.
    pub end: usize,
    /// Word or mark.
    pub kind: Kind,
    /// Whitespace (or the paragraph start) comes right before it.
    pub space_before: bool,
    /// Quote role, for marks.
    pub quote: Quote,
    /// Lookup form of a word (ASCII lower case, ’ as '); empty for marks.
    pub norm: String,
    /// The word starts with an upper-case letter.
    pub capital: bool,
    /// Every letter of the word is upper case ("BAYVIEW", "US").
    pub upper: bool,
    /// A finite verb form: an auxiliary, a listed verb or a regular past tense (looked up
    /// once here, as every rule asks).
    pub finite: bool,
}

impl Token {
    /// True for a word whose lookup form is `word`.
    pub fn is(&self, word: &str) -> bool {
        self.norm == word
    }

    /// True for the mark `c`.
    pub fn is_mark(&self, c: char) -> bool {
        self.kind == Kind::Mark(c)
    }

    /// True for a word.
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// The mark, if this is one.
    pub fn mark(&self) -> Option<char> {
        match self.kind {
            Kind::Mark(c) => Some(c),
            Kind::Word => None,
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Class {
    Word,
    Joiner,
    Space,
    Other,
}

fn class_of(grapheme: &str) -> (Class, char) {
    let first = grapheme.chars().next().unwrap_or(' ');
    let class = if first.is_alphanumeric() {
        Class::Word
    } else if grapheme.trim().is_empty() {
        Class::Space
    } else if matches!(first, '\'' | '’' | '-' | '‐' | '.' | ',' | '_' | '·') {
        Class::Joiner
    } else {
        Class::Other
    };
    (class, first)
}

/// The tokens of `paragraph` (which holds no line break), quote marks paired.
pub fn tokenize(paragraph: &str) -> Vec<Token> {
    let units: Vec<(Class, char, usize)> = graphemes(paragraph)
        .map(|g| {
            let (class, first) = class_of(g);
            (class, first, g.chars().count())
        })
        .collect();
    let mut tokens: Vec<Token> = Vec::with_capacity(units.len() / 4 + 1);
    let (mut pos, mut space_before, mut in_word) = (0, true, false);
    for (idx, &(class, first, n)) in units.iter().enumerate() {
        let next_is_word = units.get(idx + 1).is_some_and(|u| u.0 == Class::Word);
        let joins = class == Class::Joiner && in_word && next_is_word;
        match class {
            Class::Space => {
                space_before = true;
                in_word = false;
            }
            Class::Word | Class::Joiner if in_word && (class == Class::Word || joins) => {
                if let Some(last) = tokens.last_mut() {
                    last.end += n;
                }
            }
            Class::Word => {
                tokens.push(token(pos, pos + n, Kind::Word, space_before));
                space_before = false;
                in_word = true;
            }
            Class::Joiner | Class::Other => {
                tokens.push(token(pos, pos + n, Kind::Mark(first), space_before));
                space_before = false;
                in_word = false;
            }
        }
        pos += n;
    }
    let chars: Vec<char> = paragraph.chars().collect();
    for t in tokens.iter_mut().filter(|t| t.is_word()) {
        let word = chars.get(t.start..t.end).unwrap_or_default();
        t.capital = word.first().is_some_and(|c| c.is_uppercase());
        t.upper = word
            .iter()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase());
        t.norm = word
            .iter()
            .map(|&c| {
                if c == '’' {
                    '\''
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        let w = t.norm.as_str();
        t.finite = has(AUXILIARIES, w)
            || has(VERBS, w)
            || has(REPORTING, w)
            || has(DIRECTIVE, w)
            || (w.len() >= 5 && w.ends_with("ed") && !w.contains('-'));
    }
    pair_quotes(&mut tokens);
    tokens
}

fn token(start: usize, end: usize, kind: Kind, space_before: bool) -> Token {
    Token {
        start,
        end,
        kind,
        space_before,
        quote: Quote::No,
        norm: String::new(),
        capital: false,
        upper: false,
        finite: false,
    }
}

/// Decides which marks open and close quotations: curly double quotes by shape, straight
/// double quotes by toggling, single quotes by position (a ’ closes only an open ‘, so the
/// possessive in "Ukrainians’ fears" stays an apostrophe).
fn pair_quotes(tokens: &mut [Token]) {
    let (mut double_open, mut single_open) = (false, false);
    for idx in 0..tokens.len() {
        let after_space = tokens[idx].space_before
            || idx.checked_sub(1).is_some_and(|p| {
                matches!(tokens[p].mark(), Some('(' | '[' | '—' | '–' | '“' | '"'))
            });
        let before_word = tokens.get(idx + 1).is_some_and(|t| !t.space_before);
        let role = match tokens[idx].mark() {
            Some('“' | '«' | '„') => {
                double_open = true;
                Quote::Open
            }
            Some('”' | '»') => {
                double_open = false;
                Quote::Close
            }
            Some('"') if !double_open && (after_space || before_word) => {
                double_open = true;
                Quote::Open
            }
            Some('"') if double_open => {
                double_open = false;
                Quote::Close
            }
            Some('‘' | '\'') if after_space && before_word => {
                single_open = true;
                Quote::Open
            }
            Some('’' | '\'') if single_open => {
                single_open = false;
                Quote::Close
            }
            _ => Quote::No,
        };
        tokens[idx].quote = role;
    }
}

#[cfg(test)]
mod tests {
    use super::{tokenize, Kind, Quote};

    #[test]
    fn words_join_across_inner_marks_and_offsets_count_code_points() {
        let tokens = tokenize("Russia’s 30-day “deal” in the U.S. é😀 café");
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            words,
            ["russia's", "30-day", "", "deal", "", "in", "the", "u.s", "", "é", "", "café"]
        );
        let quotes: Vec<Quote> = tokens.iter().map(|t| t.quote).collect();
        assert_eq!(quotes[2], Quote::Open);
        assert_eq!(quotes[4], Quote::Close);
        let emoji = &tokens[10];
        assert_eq!(emoji.kind, Kind::Mark('😀'));
        assert_eq!((emoji.start, emoji.end), (36, 37));
        assert!(tokens[0].capital && !tokens[1].capital);
    }

    #[test]
    fn single_quotes_pair_and_possessives_stay_apostrophes() {
        let tokens = tokenize("not being ‘played’ by the Ukrainians’ allies");
        let roles: Vec<(String, Quote)> = tokens
            .iter()
            .filter(|t| !t.is_word())
            .map(|t| (t.mark().map(String::from).unwrap_or_default(), t.quote))
            .collect();
        let want = [("‘", Quote::Open), ("’", Quote::Close), ("’", Quote::No)];
        let want: Vec<(String, Quote)> = want.iter().map(|(m, q)| (m.to_string(), *q)).collect();
        assert_eq!(roles, want);
    }
}
