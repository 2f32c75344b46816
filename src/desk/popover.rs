//! The desk's popover over a highlight: for each item under it, its category, whether it is a
//! suggestion (and how sure, and why) or a draft, and its note. Placed through CSSOM like the
//! reader's popover (no `style` attribute), and described by every highlight's start marker.

use yew::prelude::*;

use super::panel::status_text;
use crate::dom::geometry;
use crate::state::desk::DeskState;

/// Properties of [`DeskPopover`].
#[derive(Properties, PartialEq)]
pub struct DeskPopoverProps {
    /// Element id, referenced by every highlight's `aria-describedby`.
    pub id: AttrValue,
    /// The desk's state (items and the open popover).
    pub state: std::rc::Rc<DeskState>,
}

/// Renders the popover when one is open.
#[component]
pub fn DeskPopover(props: &DeskPopoverProps) -> Html {
    let node = use_node_ref();
    let at = props.state.popover.as_ref().map(|p| p.on_screen);
    {
        let node = node.clone();
        use_effect_with(at, move |at| {
            if let (Some(on_screen), Some(element)) = (*at, node.cast::<web_sys::Element>()) {
                geometry::place(&element, on_screen, geometry::Side::Below);
            }
        });
    }
    let Some(popover) = &props.state.popover else {
        return html! {};
    };
    html! {
        <div class="aa-popover aa-desk__popover" role="tooltip" id={props.id.clone()} ref={node}>
            { for popover.ids.iter().filter_map(|id| props.state.find(id)).map(|item| html! {
                <div class="aa-popover__item" key={item.id.as_str()} data-category={item.category.token()} data-status={item.status.token()}>
                    <p class="aa-popover__head">
                        <span class="aa-swatch" data-category={item.category.token()} aria-hidden="true">{ item.category.glyph() }</span>
                        <strong class="aa-popover__category">{ item.category.label() }</strong>
                        <span class="aa-popover__origin">{ status_text(item) }</span>
                    </p>
                    if let Some(proposal) = &item.proposal {
                        <p class="aa-popover__note aa-desk__reason">{ "Why: " }{ proposal.reason.clone() }</p>
                    }
                    if !item.note.is_empty() {
                        <p class="aa-popover__note">{ item.note.clone() }</p>
                    }
                </div>
            }) }
        </div>
    }
}
