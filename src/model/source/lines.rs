//! What one Markdown line is: block quote markers, fences, ATX headings, thematic breaks, list markers and link reference definitions.
//!
//! Pure classifiers over one line, used by `blocks.rs`; none looks at more than the line.

/// An open fenced code block.
#[derive(Clone, Copy, Debug)]
pub(super) struct Fence {
    pub ch: char,
    pub len: usize,
    /// The opening fence's indentation, removed from its content lines.
    pub indent: usize,
    /// Block quote depth it lives in: a line with fewer markers ends it.
    pub depth: usize,
}

/// A list item marker and what follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Marker<'a> {
    /// The item's text, trimmed.
    pub text: &'a str,
    /// `1.` or `1)` rather than `-`, `*` or `+`.
    pub ordered: bool,
    /// The ordinal (0 for bullets).
    pub number: u32,
    /// The marker character (`-`, `*`, `+`, `.` or `)`): a different one starts a new list.
    pub delim: char,
    /// Characters from the marker's start to the item's content.
    pub width: usize,
}

/// Leading spaces and tabs.
pub(super) fn indent_of(line: &str) -> usize {
    line.chars().take_while(|&c| c == ' ' || c == '\t').count()
}

pub(super) fn trim(line: &str) -> &str {
    line.trim_matches([' ', '\t'])
}

/// Up to `max` block quote markers removed: their count and the rest of the line (unchanged when
/// there is no marker, so fence indentation survives).
pub(super) fn strip_quotes(line: &str, max: usize) -> (usize, &str) {
    let mut depth = 0;
    let mut rest = line;
    while depth < max {
        let Some(after) = rest.trim_start_matches([' ', '\t']).strip_prefix('>') else {
            break;
        };
        rest = after.strip_prefix([' ', '\t']).unwrap_or(after);
        depth += 1;
    }
    (depth, rest)
}

/// A line opening a fenced code block (three or more backticks or tildes).
pub(super) fn opening_fence(line: &str, depth: usize) -> Option<Fence> {
    let indent = indent_of(line);
    let body = line.trim_start_matches([' ', '\t']);
    let ch = body.chars().next().filter(|&c| c == '`' || c == '~')?;
    let len = body.chars().take_while(|&c| c == ch).count();
    // A backtick fence's info string cannot contain backticks (it would be a code span).
    let info_ok = ch == '~' || !body.get(len..).unwrap_or("").contains('`');
    (len >= 3 && info_ok).then_some(Fence {
        ch,
        len,
        indent,
        depth,
    })
}

pub(super) fn closes(fence: &Fence, line: &str) -> bool {
    let t = trim(line);
    t.chars().count() >= fence.len && t.chars().all(|c| c == fence.ch)
}

/// `#` to `######` then a space or the end: the level and the text without a closing sequence.
pub(super) fn atx_heading(t: &str) -> Option<(usize, &str)> {
    let level = t.chars().take_while(|&c| c == '#').count();
    let rest = t.get(level..)?;
    if !(1..=6).contains(&level) || !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let rest = trim(rest);
    let without = rest.trim_end_matches('#');
    let text = if without.is_empty() || without.ends_with([' ', '\t']) {
        without
    } else {
        rest
    };
    Some((level, trim(text)))
}

/// Three or more `-`, `*` or `_` (the same one), spaces allowed between.
pub(super) fn is_thematic_break(t: &str) -> bool {
    let marks: Vec<char> = t.chars().filter(|&c| c != ' ' && c != '\t').collect();
    marks.len() >= 3 && matches!(marks[0], '-' | '*' | '_') && marks.iter().all(|&c| c == marks[0])
}

/// A list item marker (`-`, `*`, `+`, `1.`, `1)`) starting `t`. An item that interrupts a
/// paragraph must have text, and an ordered one must start at 1 (CommonMark), so a wrapped line
/// starting "2024." is not a list.
pub(super) fn list_item(t: &str, interrupting: bool) -> Option<Marker<'_>> {
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let (marker_len, ordinal) = if digits == 0 {
        (usize::from(t.starts_with(['-', '*', '+'])), None)
    } else if digits <= 9 && t.get(digits..)?.starts_with(['.', ')']) {
        (digits + 1, t.get(..digits))
    } else {
        (0, None)
    };
    let rest = t.get(marker_len..).filter(|_| marker_len > 0)?;
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let text = trim(rest);
    let allowed = !interrupting || (!text.is_empty() && ordinal.is_none_or(|n| n == "1"));
    // Content starts after the spaces following the marker; more than four (or none before the
    // end) count as one, the rest being indentation of the content (CommonMark).
    let spaces = indent_of(rest);
    let gap = if text.is_empty() || spaces > 4 {
        1
    } else {
        spaces
    };
    allowed.then(|| Marker {
        text,
        ordered: ordinal.is_some(),
        number: ordinal.and_then(|n| n.parse().ok()).unwrap_or(0),
        delim: t.chars().nth(marker_len - 1).unwrap_or('-'),
        width: marker_len + gap,
    })
}

/// `[label]: destination …` (footnotes, `[^…]`, are text): the label and the destination.
pub(super) fn definition(t: &str) -> Option<(&str, &str)> {
    let rest = t.strip_prefix('[').filter(|r| !r.starts_with('^'))?;
    let (label, after) = rest.split_once("]:")?;
    let ok = !trim(label).is_empty() && label.len() <= 999 && !label.contains(['[', ']']);
    // A destination, then nothing or a title: "[Note]: read this" is a sentence.
    let after = trim(after);
    let (destination, title) = after
        .split_once([' ', '\t'])
        .map_or((after, ""), |(d, title)| (d, trim(title)));
    let titled = title.is_empty() || title.starts_with(['"', '\'', '(']);
    let destination = destination
        .strip_prefix('<')
        .and_then(|d| d.strip_suffix('>'))
        .unwrap_or(destination);
    (ok && !after.is_empty() && titled).then_some((label, destination))
}
