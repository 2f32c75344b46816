//! `use_effect_with` with its closures boxed, `use_state` and `use_mut_ref` of a value, and
//! timeouts of a boxed closure: one compiled copy of Yew's hook machinery (and of
//! wasm-bindgen's closure glue) per type, instead of one per call site.
//!
//! Yew's `use_effect_with` is generic over the dependencies, the effect closure and its cleanup,
//! so each call site instantiates the hook's state, its `rendered` and its `Drop` anew (about
//! 0.8 KB of wasm each, measured on the reader's build; issue 9). Behind a `Box<dyn FnOnce>` the
//! closure types are one type, and every effect with the same kind of dependencies (most are
//! mount-only, `()`) shares one instantiation. When an effect runs and cleans up is unchanged:
//! this is `use_effect_with` itself, called with boxed closures.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
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

/// `use_state` of an initial value rather than a closure: Yew's hook is generic over the
/// closure, so each call site was its own copy; by value, every state of one type shares one.
/// Only for values that cost nothing to build (`false`, `String::new()`), as they are built on
/// every render and dropped after the first.
pub fn use_state_of<T: 'static>(init: T) -> impl Hook<Output = yew::UseStateHandle<T>> {
    yew::use_state(move || init)
}

/// `use_mut_ref` of an initial value, for the same reason as [`use_state_of`].
pub fn use_ref_of<T: 'static>(init: T) -> impl Hook<Output = Rc<RefCell<T>>> {
    yew::use_mut_ref(move || init)
}

/// A gloo `Timeout` running `callback` after `millis`. gloo's is generic over the closure, and
/// wasm-bindgen's `Closure::once` behind it compiles its glue anew for each closure type; boxed,
/// the timeouts share one copy (the 8 in components and hooks: -0.8 KB raw, -210 B gzipped on
/// the reader's wasm; issue 9). Dropping the handle cancels it, as with gloo's.
pub fn timeout(millis: u32, callback: Box<dyn FnOnce()>) -> Timeout {
    Timeout::new(millis, callback)
}
