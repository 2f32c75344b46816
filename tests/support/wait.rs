//! Browser tests' wait: a real timeout (for the selection observer's settle delay), then Yew's
//! pending renders.

/// Sleeps `ms` milliseconds on the browser's clock, then flushes Yew's scheduler.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms));
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    yew::scheduler::flush().await;
}

/// Waits for `n` animation frames (then flushes Yew): what the widget does "after the next
/// frame is painted" has then happened, however long the frames took on a loaded machine.
pub async fn frames(n: u32) {
    for _ in 0..n {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window().map(|w| w.request_animation_frame(&resolve));
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
    yew::scheduler::flush().await;
}
