//! `use_effect_with` with its closures boxed: one compiled copy of Yew's effect machinery per
//! type of dependencies, instead of one per call site.
//!
//! Yew's `use_effect_with` is generic over the dependencies, the effect closure and its cleanup,
//! so each call site instantiates the hook's state, its `rendered` and its `Drop` anew (about
//! 0.8 KB of wasm each, measured on the reader's build; issue 9). Behind a `Box<dyn FnOnce>` the
//! closure types are one type, and every effect with the same kind of dependencies (most are
//! mount-only, `()`) shares one instantiation. When an effect runs and cleans up is unchanged:
//! this is `use_effect_with` itself, called with boxed closures.

use yew::functional::Hook;

/// What an effect leaves to run before it runs again, or when the component goes away.
pub type Cleanup = Box<dyn FnOnce()>;

/// An effect of the dependencies `T`, boxed.
pub type Effect<T> = Box<dyn FnOnce(&T) -> Cleanup>;

/// Runs `effect` after the render whenever `deps` changed (compared with `==`), after the
/// cleanup of its previous run; the last cleanup runs when the component is destroyed.
pub fn use_effect_boxed<T: PartialEq + 'static>(
    deps: T,
    effect: Effect<T>,
) -> impl Hook<Output = ()> {
    yew::use_effect_with(deps, effect)
}

/// The cleanup of an effect that leaves nothing to clean up.
#[inline(never)]
pub fn no_cleanup() -> Cleanup {
    Box::new(|| ())
}
