//! What keeps the module sound across calls: a mark of the call in
//! progress, so that a call ended by a trap is noticed, and the panic hook.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;

use crate::{Error, ErrorCode};

use super::convert::to_js_error;

/// Marks a call in progress. A call that ends by a trap (out of memory, a
/// JavaScript exception thrown through the module) never clears the mark;
/// the next call finds it and asks for a fresh instance, since the trap may
/// have left this one's memory inconsistent.
pub struct Call;

static IN_CALL: AtomicBool = AtomicBool::new(false);

impl Call {
    pub fn enter() -> Call {
        if IN_CALL.swap(true, Ordering::Relaxed) {
            wasm_bindgen::handler::schedule_reinit();
        }
        Call
    }
}

impl Drop for Call {
    fn drop(&mut self) {
        IN_CALL.store(false, Ordering::Relaxed);
    }
}

/// On a panic: logs it to the console, asks for a fresh instance on the
/// next call (this one's state is no longer trusted), and throws an `Error`
/// with code `INTERNAL` to the caller instead of letting the module trap.
/// The throw unwinds through the module's frames without running Rust code,
/// which is safe because the instance is replaced before the next call.
pub fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            wasm_bindgen::handler::schedule_reinit();
            let message = format!("gisty failed: {info}; please report this bug");
            wasm_bindgen::throw_val(to_js_error(Error::new(ErrorCode::Internal, message)));
        }));
    });
}
