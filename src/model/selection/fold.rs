//! Folding one character for a forgiving find: case and accents, quote and apostrophe styles, dashes, spaces and invisible marks, by hand.
//!
//! No Unicode case table (`to_lowercase` would add one to the reader bundle): ASCII, Latin-1,
//! Latin Extended-A, the Romanian comma letters, basic Greek and Cyrillic capitals are folded
//! by arithmetic and two small strings; Arabic loses its vowel marks and tatweel, and its alef
//! forms become one. Other scripts are compared as they are.

/// What a character counts as when matching.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Fold {
    /// Nothing: a soft hyphen, a zero-width character, a combining accent.
    Drop,
    /// Whitespace of any kind.
    Space,
    /// A hyphen, dash or minus sign.
    Dash,
    /// One character.
    One(char),
    /// Two characters: `ß` → `ss`, `œ` → `oe`.
    Two(char, char),
    /// `…` → `...`.
    Ellipsis,
}

/// Latin-1 letters U+00C0–U+00FF: the base letter; `*` for the pairs (Æ æ ß); `=` kept.
const LATIN1: &[u8; 64] = b"aaaaaa*ceeeeiiiidnooooo=ouuuuy=*aaaaaa*ceeeeiiiidnooooo=ouuuuy=y";

/// Latin Extended-A U+0100–U+017F: the base letter; `*` for the pairs (Ĳ ĳ Œ œ).
const EXT_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// The fold of `c`.
pub(super) fn fold(c: char) -> Fold {
    let code = c as u32;
    match c {
        'A'..='Z' => Fold::One(c.to_ascii_lowercase()),
        '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' => Fold::Drop,
        '\u{300}'..='\u{36F}' | '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{640}' => Fold::Drop,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
            Fold::Dash
        }
        '‘' | '’' | '‛' | '′' | 'ʼ' | '`' | '´' => Fold::One('\''),
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' | '〝' | '〞' | '＂' => {
            Fold::One('"')
        }
        '…' => Fold::Ellipsis,
        'Æ' | 'æ' => Fold::Two('a', 'e'),
        'ß' | 'ẞ' => Fold::Two('s', 's'),
        'Ĳ' | 'ĳ' => Fold::Two('i', 'j'),
        'Œ' | 'œ' => Fold::Two('o', 'e'),
        'ﬀ' => Fold::Two('f', 'f'),
        'ﬁ' => Fold::Two('f', 'i'),
        'ﬂ' => Fold::Two('f', 'l'),
        '\u{C0}'..='\u{FF}' => table(LATIN1, code - 0xC0, c),
        '\u{100}'..='\u{17F}' => table(EXT_A, code - 0x100, c),
        'Ș' | 'ș' => Fold::One('s'),
        'Ț' | 'ț' => Fold::One('t'),
        // Greek and Cyrillic capitals sit a fixed distance from their small letters.
        '\u{391}'..='\u{3A9}' => shifted(code + 0x20),
        'ς' => Fold::One('σ'),
        'Ё' | 'ё' => Fold::One('е'),
        '\u{400}'..='\u{40F}' => shifted(code + 0x50),
        '\u{410}'..='\u{42F}' => shifted(code + 0x20),
        'آ' | 'أ' | 'إ' | 'ٱ' => Fold::One('ا'),
        'ى' => Fold::One('ي'),
        _ if c.is_whitespace() => Fold::Space,
        _ => Fold::One(c),
    }
}

fn table(letters: &[u8], idx: u32, c: char) -> Fold {
    match letters.get(idx as usize).copied() {
        Some(b'=') | Some(b'*') | None => Fold::One(c),
        Some(letter) => Fold::One(char::from(letter)),
    }
}

fn shifted(code: u32) -> Fold {
    char::from_u32(code).map_or(Fold::Drop, Fold::One)
}

#[cfg(test)]
mod tests {
    use super::{fold, Fold};

    #[test]
    fn tables_line_up_with_their_code_points() {
        for (c, folded) in [
            ('À', 'a'),
            ('Ç', 'c'),
            ('Ð', 'd'),
            ('Ø', 'o'),
            ('Ý', 'y'),
            ('ÿ', 'y'),
            ('ñ', 'n'),
            ('Ā', 'a'),
            ('č', 'c'),
            ('Đ', 'd'),
            ('ě', 'e'),
            ('ģ', 'g'),
            ('ħ', 'h'),
            ('ı', 'i'),
            ('ĵ', 'j'),
            ('ĸ', 'k'),
            ('Ł', 'l'),
            ('ŋ', 'n'),
            ('ő', 'o'),
            ('ř', 'r'),
            ('Š', 's'),
            ('ŧ', 't'),
            ('ų', 'u'),
            ('ŵ', 'w'),
            ('Ÿ', 'y'),
            ('Ž', 'z'),
            ('ſ', 's'),
            ('Ω', 'ω'),
            ('Ж', 'ж'),
            ('Є', 'є'),
        ] {
            assert_eq!(fold(c), Fold::One(folded), "{c}");
        }
        assert_eq!(fold('×'), Fold::One('×'));
        assert_eq!(fold('þ'), Fold::One('þ'));
        assert_eq!(fold('œ'), Fold::Two('o', 'e'));
    }
}
