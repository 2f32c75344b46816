//! Server rendering's contract with hydration. Natively, [`render_to_html`] renders the widget
//! to HTML that the browser's wasm can hydrate (the CLI's `render`, the tests); on both sides,
//! [`fingerprint`] names what a render depends on: this build of the code and every prop that
//! reaches the markup. A server writes it beside its markup (`dom::markup::PRERENDERED`), and
//! the wasm hydrates only when its own props give the same fingerprint, since a mismatched
//! hydration aborts the wasm; otherwise it renders afresh over the server's markup.

use super::app::AppProps;
use crate::model::i18n::{Dir, Key};
use crate::model::Origin;

/// A hash of this build's sources (`build.rs`): markup from another build is never hydrated.
pub const BUILD_HASH: &str = env!("AA_BUILD_HASH");

/// FNV-1a, 64 bits, fed explicitly (lengths as `u64`), so that the wasm (32-bit `usize`) and a
/// native server (64-bit) agree.
struct Fnv(u64);

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        self.u64(bytes.len() as u64);
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn u64(&mut self, n: u64) {
        for b in n.to_le_bytes() {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    fn opt(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.u64(1);
                self.str(s);
            }
            None => self.u64(0),
        }
    }
}

/// What the first render of `props` depends on, as 16 hex digits. A prop a component starts to
/// render must be added here (`tests/native/render_markup.rs` checks the ones that are).
pub fn fingerprint(props: &AppProps) -> String {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    h.str(BUILD_HASH);
    h.str(&props.instance);
    let options = &props.options;
    h.u64(u64::from(options.read_only));
    h.u64(u64::from(options.in_place.is_some()));
    // Not the storage choice: the saved annotations arrive after the first render.
    h.opt(options.lang.as_deref());
    h.opt(options.dir.map(Dir::as_str));
    // Every string as the first render shows it: the language's (or English), the host's over it.
    let strings = &options.strings;
    h.opt(strings.lang().file_name());
    h.str(strings.dir().as_str());
    for &key in Key::ALL {
        h.str(strings.get(key));
    }
    let bundle = &props.bundle;
    // The article's id and source never reach the first render (they name storage and exports),
    // so a host may set `article-id` and `canonical-url` on a pre-rendered element.
    let meta = &bundle.article.meta;
    h.str(&meta.title);
    h.opt(meta.standfirst.as_deref());
    h.str(bundle.article.text().as_str());
    h.u64(bundle.problems.len() as u64);
    h.u64(bundle.editorial.len() as u64);
    for placed in &bundle.editorial {
        let annotation = &placed.annotation;
        h.str(annotation.id.as_str());
        h.str(annotation.category.token());
        h.u64(u64::from(annotation.origin == Origin::Reader));
        h.str(&annotation.note);
        let quote = &annotation.target.quote;
        h.str(&quote.exact);
        h.str(&quote.prefix);
        h.str(&quote.suffix);
        h.str(placed.placement.status.token());
        match placed.placement.span {
            Some(span) => {
                h.u64(1 + span.start() as u64);
                h.u64(span.end() as u64);
            }
            None => h.u64(0),
        }
    }
    format!("{:016x}", h.0)
}

/// Renders the widget as the browser's first render would, with Yew's hydration markers.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_to_html(props: AppProps) -> Result<String, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("cannot start the renderer: {e}"))?;
    let renderer = yew::LocalServerRenderer::<super::App>::with_props(props).hydratable(true);
    Ok(tokio::task::LocalSet::new().block_on(&runtime, renderer.render()))
}
