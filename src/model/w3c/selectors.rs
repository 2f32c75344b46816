//! The selectors of a target, shared by the W3C and Hypothesis readers: the first
//! TextQuoteSelector and the first TextPositionSelector; anything else is skipped.

use crate::model::json::Value;

use super::fields::{bounded_str, one_or_many, truncate};
use super::fragment::TEXT_FRAGMENT_SPEC;
use super::item::Context;
use crate::model::anchor::TextQuote;
use crate::model::span::Span;

/// The first TextQuoteSelector and TextPositionSelector of the targets. Selector types in
/// `quiet` are skipped silently, our own Text Fragment selector too; other unknown ones warn.
pub fn read_selectors(
    targets: Option<&Value>,
    path: &str,
    quiet: &[&str],
    ctx: &mut Context<'_>,
) -> Result<(Option<TextQuote>, Option<Span>), String> {
    let mut quote: Option<TextQuote> = None;
    let mut position: Option<Span> = None;
    for (t_idx, target) in one_or_many(targets).into_iter().enumerate() {
        for (s_idx, selector) in one_or_many(target.get("selector")).into_iter().enumerate() {
            let here = format!("{path}.target[{t_idx}].selector[{s_idx}]");
            let kind = selector
                .get("type")
                .and_then(Value::as_str)
                .unwrap_or("(no type)");
            match kind {
                "TextQuoteSelector" if quote.is_none() => {
                    let text = |key: &str| {
                        bounded_str(selector.get(key), &format!("{here}: `{key}`"))
                            .map(|s| s.unwrap_or_default().to_string())
                    };
                    let exact = text("exact")?;
                    if exact.is_empty() {
                        return Err(format!(
                            "{here}: TextQuoteSelector needs a non-empty `exact`"
                        ));
                    }
                    quote = Some(TextQuote {
                        exact,
                        prefix: text("prefix")?,
                        suffix: text("suffix")?,
                    });
                }
                "TextPositionSelector" if position.is_none() => {
                    let offset = |key: &str| {
                        selector
                            .get(key)
                            .and_then(Value::as_u64)
                            .and_then(|n| usize::try_from(n).ok())
                    };
                    let reason = match (offset("start"), offset("end")) {
                        (Some(start), Some(end)) => match Span::new(start, end) {
                            Some(span) => {
                                position = Some(span);
                                continue;
                            }
                            None => "TextPositionSelector with end not after start; ignored",
                        },
                        _ => "TextPositionSelector needs non-negative integer `start` and `end`; ignored",
                    };
                    ctx.warn(&here, reason);
                }
                "TextQuoteSelector" | "TextPositionSelector" => {}
                "FragmentSelector"
                    if selector.get("conformsTo").and_then(Value::as_str)
                        == Some(TEXT_FRAGMENT_SPEC) => {}
                other if quiet.contains(&other) => {}
                other => ctx.warn(
                    &here,
                    format!(
                        "selector type {:?} is not supported; skipped",
                        truncate(other, 40)
                    ),
                ),
            }
        }
    }
    Ok((quote, position))
}
