//! The HTML around a server-rendered widget: the data island, the `<article-annotator>` fragment,
//! a complete page that loads the embed loader, and filling a page template (the Trunk-built
//! `index.html`) whose `<div id="article-annotator">` the widget hydrates.
//!
//! The markup itself comes from Yew (`components::prerender`); here it is only placed. Text
//! and attribute values written here are escaped, and JSON inside `<script>` elements has no
//! `<`, `>` or `&` (written as `\u003c` etc.), so article text can never end an element.

use crate::dom::markup;
use crate::embed::ISLAND_ID;
use crate::model::json::Value;

/// The id of the element a page template mounts the widget in.
pub const HOST_ID: &str = "article-annotator";

/// Escapes text for HTML text and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON text that is safe inside a `<script>` element: the writer escapes `<`, `>`, `&`,
/// U+2028 and U+2029 in every string (`model::json::write`), where the escapes mean the same.
pub fn script_safe_json(value: &Value) -> String {
    value.to_string()
}

/// The `<article-annotator>` element with the widget rendered inside and its article data as an
/// inline island, for a CMS template (the loader hydrates it).
pub fn fragment(instance: &str, lang: &str, fingerprint: &str, markup: &str, data: &str) -> String {
    format!(
        "<article-annotator instance=\"{}\" lang=\"{}\" {}=\"{fingerprint}\">{markup}\
         <script type=\"application/json\" {}>{data}</script></article-annotator>",
        escape(instance),
        escape(lang),
        markup::PRERENDERED,
        markup::INLINE_DATA
    )
}

/// A complete page: the fragment, with the loader and its stylesheet from `assets` (a URL
/// prefix ending in `/`, or empty for the page's own directory).
pub fn page(title: &str, lang: &str, assets: &str, fragment: &str) -> String {
    let assets = escape(assets);
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n\
         <link rel=\"stylesheet\" href=\"{assets}article-annotator.css\">\n\
         <script type=\"module\" src=\"{assets}article-annotator.js\"></script>\n\
         </head>\n<body>\n{fragment}\n</body>\n</html>\n",
        escape(lang),
        escape(title)
    )
}

/// Fills `template`: the widget's markup inside its `<div id="article-annotator">` (replacing
/// what was there, a pre-render included) with the fingerprint on the div, the data island
/// before `</body>` (replacing an earlier one) and the article's title in `<title>`.
pub fn fill_template(
    template: &str,
    title: &str,
    fingerprint: &str,
    markup: &str,
    data: &str,
) -> Result<String, String> {
    let open = format!("<div id=\"{HOST_ID}\"");
    let start = template
        .find(&open)
        .ok_or_else(|| format!("the template has no {open}> element"))?;
    let open_end = tag_end(template, start)
        .ok_or_else(|| format!("the template's {open} tag is not closed"))?;
    let close = closing_div(template, open_end)
        .ok_or_else(|| format!("the template's {open}> element is not closed"))?;
    // The tag as written, less an earlier fingerprint, plus this one.
    let mut tag = template[start..open_end - 1].to_string();
    let earlier = format!(" {}=\"", markup::PRERENDERED);
    if let Some(at) = tag.find(&earlier) {
        let value_end = tag[at + earlier.len()..]
            .find('"')
            .map_or(tag.len(), |e| at + earlier.len() + e + 1);
        tag.replace_range(at..value_end, "");
    }
    let mut out = String::with_capacity(template.len() + markup.len() + data.len() + 200);
    out.push_str(&template[..start]);
    out.push_str(&format!(
        "{tag} {}=\"{fingerprint}\">{markup}",
        markup::PRERENDERED
    ));
    out.push_str(&template[close..]);
    let island_open = format!("<script type=\"application/json\" id=\"{ISLAND_ID}\">");
    let island = format!("{island_open}{data}</script>");
    let out = match out.find(&island_open) {
        Some(at) => {
            let end = out[at..]
                .find("</script>")
                .map(|e| at + e + "</script>".len())
                .ok_or("the template's data island is not closed")?;
            format!("{}{island}{}", &out[..at], &out[end..])
        }
        None => {
            let body = out.rfind("</body>").ok_or("the template has no </body>")?;
            format!("{}{island}\n{}", &out[..body], &out[body..])
        }
    };
    Ok(replace_title(&out, title))
}

fn replace_title(html: &str, title: &str) -> String {
    let (Some(start), Some(end)) = (html.find("<title>"), html.find("</title>")) else {
        return html.to_string();
    };
    if end < start {
        return html.to_string();
    }
    format!("{}<title>{}{}", &html[..start], escape(title), &html[end..])
}

/// The index just past the `>` of the tag opening at `start` (quoted values may hold `>`).
fn tag_end(html: &str, start: usize) -> Option<usize> {
    let mut quote = None;
    for (i, c) in html[start..].char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(start + i + 1),
            _ => {}
        }
    }
    None
}

/// The index of the `</div>` closing the element whose content starts at `from`: tags are
/// counted (comments and quoted attribute values skipped), as a render writes `<` in text as
/// `&lt;`.
fn closing_div(html: &str, from: usize) -> Option<usize> {
    let mut depth = 0_usize;
    let mut at = from;
    while let Some(offset) = html[at..].find('<') {
        let here = at + offset;
        let rest = &html[here..];
        if rest.starts_with("<!--") {
            at = here + rest.find("-->")? + 3;
            continue;
        }
        let is = |name: &str| {
            rest.get(..name.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(name))
                && rest[name.len()..].starts_with(|c: char| c == '>' || c.is_whitespace())
        };
        if is("</div") {
            if depth == 0 {
                return Some(here);
            }
            depth -= 1;
        } else if is("<div") {
            depth += 1;
        }
        at = tag_end(html, here)?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_is_filled_and_filled_again() {
        let template = "<html><head><title>x</title></head><body>\
            <div id=\"article-annotator\"><noscript>JS</noscript></div><p>after</p></body></html>";
        let once = fill_template(template, "A & B", "f1", "<div a=\"<div>\">one</div>", "{}")
            .expect("fills");
        assert!(once.contains("<title>A &amp; B</title>"));
        assert!(once.contains(
            "<div id=\"article-annotator\" data-aa-prerendered=\"f1\"><div a=\"<div>\">one</div></div><p>after</p>"
        ));
        let twice = fill_template(&once, "C", "f2", "<!--<div>--><div>two</div>", "[]")
            .expect("fills again");
        assert!(twice.contains(
            "<div id=\"article-annotator\" data-aa-prerendered=\"f2\"><!--<div>--><div>two</div></div><p>after</p>"
        ));
        assert_eq!(twice.matches("article-annotator-data").count(), 1);
        assert!(twice.contains(">[]</script>"));
        assert!(fill_template("<body></body>", "t", "f", "", "{}").is_err());
    }

    #[test]
    fn script_json_cannot_end_its_element() {
        let value = Value::object([("text", "</script><!-- & \u{2028}".into())]);
        let json = script_safe_json(&value);
        assert!(!json.contains('<') && !json.contains('&') && !json.contains('\u{2028}'));
        let back = crate::model::json::from_str(&json).expect("still JSON");
        assert_eq!(back, value);
    }
}
