//! Fresh ids and timestamps, which the reducer takes as inputs so that it stays deterministic.

use crate::model::{AnnotationId, Timestamp};

/// The current time as an RFC 3339 timestamp (UTC, millisecond precision).
pub fn now() -> Timestamp {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    Timestamp::parse(&iso).unwrap_or_else(Timestamp::epoch)
}

/// A random `urn:uuid:` id from the browser's cryptographic generator (falls back to `Math.random`).
pub fn new_id() -> AnnotationId {
    let mut bytes = [0_u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    AnnotationId::from_uuid_bits(u128::from_be_bytes(bytes))
}
