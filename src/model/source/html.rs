//! The HTML corners of Markdown inline text: autolinks, raw tags and comments (dropped), character references (decoded).
//!
//! Each recogniser looks at a `char` slice from a `<` or `&` and returns what it matched and
//! where the match ends, or `None` so the caller keeps the character literally. Scans stop at the
//! next `<` or at a fixed length, so a document full of unclosed `<` stays linear.

/// Longest raw tag looked at, in characters (quoted attribute values can be long).
const MAX_TAG: usize = 2048;

/// `<scheme:…>` or `<user@host>` at `i`: the address and the index after `>`.
pub(super) fn autolink(chars: &[char], i: usize) -> Option<(String, usize)> {
    let body_start = i + 1;
    let mut j = body_start;
    while let Some(&c) = chars.get(j) {
        if c == '>' {
            break;
        }
        if c == '<' || c.is_whitespace() || c.is_control() {
            return None;
        }
        j += 1;
    }
    let body: String = chars.get(body_start..j)?.iter().collect();
    chars.get(j)?;
    (is_uri(&body) || is_email(&body)).then_some((body, j + 1))
}

fn is_uri(s: &str) -> bool {
    let Some((scheme, _)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    (2..=32).contains(&scheme.len())
        && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
}

fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_ok = local
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || ".!#$%&'*+/=?^_`{|}~-".contains(c));
    let domain_ok = domain
        .split('.')
        .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    !local.is_empty() && local_ok && domain_ok
}

/// A raw HTML tag, comment or declaration at `i`: the index after it.
pub(super) fn tag(chars: &[char], i: usize, comment_ends: &[usize]) -> Option<usize> {
    let at = |k: usize| chars.get(k).copied();
    match (at(i + 1), at(i + 2), at(i + 3)) {
        (Some('!'), Some('-'), Some('-')) => {
            // The first `-->` after the opening; `comment_ends` holds every `-->` start, sorted.
            let from = i + 4;
            let k = comment_ends.partition_point(|&e| e < from);
            comment_ends.get(k).map(|e| e + 3)
        }
        (Some('!'), Some(c), _) if c.is_ascii_alphabetic() => until_gt(chars, i + 2),
        (Some('/'), Some(c), _) if c.is_ascii_alphabetic() => {
            let j = skip(chars, i + 2, is_name_char);
            let j = skip(chars, j, char::is_whitespace);
            (at(j) == Some('>')).then_some(j + 1)
        }
        (Some(c), _, _) if c.is_ascii_alphabetic() => open_tag(chars, i + 1),
        _ => None,
    }
}

/// Whether the tag starting at `i` (a `<`) is a line break, which reads as a space.
pub(super) fn is_line_break(chars: &[char], i: usize) -> bool {
    let is = |k: usize, c: char| chars.get(i + k).is_some_and(|x| x.eq_ignore_ascii_case(&c));
    is(1, 'b') && is(2, 'r') && chars.get(i + 3).is_none_or(|&c| !is_name_char(c))
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-'
}

fn skip(chars: &[char], mut j: usize, keep: impl Fn(char) -> bool) -> usize {
    while chars.get(j).is_some_and(|&c| keep(c)) {
        j += 1;
    }
    j
}

/// `>` ends it; a `<` or the length limit first means it is not a tag.
fn until_gt(chars: &[char], from: usize) -> Option<usize> {
    let rest = chars.get(from..)?.iter().take(MAX_TAG);
    for (k, &c) in rest.enumerate() {
        match c {
            '>' => return Some(from + k + 1),
            '<' => return None,
            _ => {}
        }
    }
    None
}

/// `name (attr (= value)?)* /? >` from the tag name at `j`.
fn open_tag(chars: &[char], j: usize) -> Option<usize> {
    let limit = j + MAX_TAG;
    let at = |k: usize| chars.get(k).copied();
    let mut j = skip(chars, j, is_name_char);
    loop {
        if j > limit {
            return None;
        }
        let spaced = j;
        j = skip(chars, j, char::is_whitespace);
        match at(j)? {
            '>' => return Some(j + 1),
            '/' => return (at(j + 1)? == '>').then_some(j + 2),
            c if j > spaced && (c.is_ascii_alphabetic() || c == '_' || c == ':') => {
                j = skip(chars, j, |c| {
                    c.is_ascii_alphanumeric() || "_.:-".contains(c)
                });
                let after_name = j;
                j = skip(chars, j, char::is_whitespace);
                if at(j) != Some('=') {
                    j = after_name;
                    continue;
                }
                j = skip(chars, j + 1, char::is_whitespace);
                j = attribute_value(chars, j, limit)?;
            }
            _ => return None,
        }
    }
}

fn attribute_value(chars: &[char], j: usize, limit: usize) -> Option<usize> {
    match chars.get(j).copied()? {
        q @ ('"' | '\'') => {
            let mut k = j + 1;
            while chars.get(k).copied()? != q {
                k += 1;
                if k > limit {
                    return None;
                }
            }
            Some(k + 1)
        }
        _ => {
            let end = skip(chars, j, |c| !c.is_whitespace() && !"\"'=<>`".contains(c));
            (end > j).then_some(end)
        }
    }
}

/// A character reference at `i` (`&amp;`, `&#39;`, `&#x1F600;`): the character and the index
/// after `;`. Line breaks read as spaces, so a reference never splits a paragraph.
pub(super) fn entity(chars: &[char], i: usize) -> Option<(char, usize)> {
    let semi = chars.iter().skip(i + 1).take(34).position(|&c| c == ';')?;
    let name: String = chars.get(i + 1..i + 1 + semi)?.iter().collect();
    let decoded = if let Some(num) = name.strip_prefix('#') {
        let (digits, radix) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (num, 10),
        };
        let valid = (1..=7).contains(&digits.len()) && digits.chars().all(|c| c.is_digit(radix));
        let code = valid.then(|| u32::from_str_radix(digits, radix).ok())??;
        char::from_u32(code)
            .filter(|&c| c != '\0')
            .unwrap_or('\u{FFFD}')
    } else {
        named(&name)?
    };
    let decoded = if matches!(decoded, '\n' | '\r') {
        ' '
    } else {
        decoded
    };
    Some((decoded, i + semi + 2))
}

fn named(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "euro" => '€',
        "pound" => '£',
        "deg" => '°',
        "times" => '×',
        "shy" => '\u{ad}',
        _ => return None,
    })
}
