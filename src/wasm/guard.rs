//! What keeps the module sound across calls, whatever the caller's code
//! does meanwhile: no call runs inside another one's work, a failed
//! instance is replaced only when no call is on the stack, and a panic ends
//! the call with an `INTERNAL` error.
//!
//! A call has two phases. First it reads its options from JavaScript, which
//! may run the caller's code (a Proxy trap, a patched global), even a call
//! of its own: nothing of the module's state has changed yet, so such an
//! inner call is simply served. Then it enters [`Call`], and from there on
//! a call arriving from JavaScript (a prototype setter run while the result
//! is built, a patched `TextEncoder`) is refused with `REENTRANT`.
//! wasm-bindgen replaces the instance at the start of the next export call
//! once a reinit is scheduled, so a reinit is scheduled only when the last
//! call on the stack ends: never while another call could still return into
//! this instance.
//!
//! A trap (the module running out of memory, which no Rust code sees) ends
//! a call without any of this: the engine throws a `WebAssembly.RuntimeError`
//! and the books still show the call under way, so later calls are refused.
//! `www/gisty.js` replaces the instance when a call ends that way.

use std::cell::Cell;
use std::sync::Once;

use wasm_bindgen::JsValue;

use crate::{Error, ErrorCode};

use super::convert::to_js_error;

/// The module's call bookkeeping. wasm32 without threads: one instance runs
/// one call stack, so a `Cell` in a thread-local is all it needs.
struct State {
    /// Export calls on the stack, in either phase.
    depth: Cell<u32>,
    /// Whether a call is in its second phase.
    working: Cell<bool>,
    /// A call failed: the instance is no longer trusted.
    poisoned: Cell<bool>,
}

thread_local! {
    static STATE: State = const {
        State {
            depth: Cell::new(0),
            working: Cell::new(false),
            poisoned: Cell::new(false),
        }
    };
}

/// An export call on the stack. Made first thing; its end (or the failure
/// that ends the call) takes it off.
pub struct Depth;

impl Depth {
    /// Counts the call in, unless the instance failed: then nothing more
    /// may run on it (a second panic would trap, since the first never
    /// returned), and the call ends with `INTERNAL` at once. The instance
    /// is replaced as soon as no call is on the stack.
    pub fn enter() -> Result<Depth, Error> {
        STATE.with(|s| {
            if s.poisoned.get() {
                return Err(Error::new(
                    ErrorCode::Internal,
                    "a call inside this one failed; call again once it returns",
                ));
            }
            s.depth.set(s.depth.get() + 1);
            Ok(Depth)
        })
    }
}

impl Drop for Depth {
    fn drop(&mut self) {
        leave();
    }
}

/// One call off the stack; once none is left, a failed instance is
/// replaced before the next call.
fn leave() {
    STATE.with(|s| {
        let depth = s.depth.get().saturating_sub(1);
        s.depth.set(depth);
        if depth == 0 && s.poisoned.get() {
            wasm_bindgen::handler::schedule_reinit();
        }
    });
}

/// The second phase of a call, when the module's state changes.
pub struct Call;

impl Call {
    /// Starts the second phase, or refuses a call made from inside another
    /// call's second phase, and any call on an instance that failed while
    /// this one read its options.
    pub fn enter() -> Result<Call, Error> {
        STATE.with(|s| {
            if s.poisoned.get() {
                return Err(Error::new(
                    ErrorCode::Internal,
                    "a call inside this one failed; call again once it returns",
                ));
            }
            if s.working.replace(true) {
                return Err(Error::new(
                    ErrorCode::Reentrant,
                    "gisty was called from inside one of its own calls (a setter, a patched global or a Proxy of the caller's); the outer call goes on",
                ));
            }
            Ok(Call)
        })
    }
}

impl Drop for Call {
    fn drop(&mut self) {
        STATE.with(|s| s.working.set(false));
    }
}

/// Ends the current call after a failure that leaves no way back into it
/// (a panic, no memory): marks the instance failed, takes the call off the
/// stack (it will not return), and throws `error` to its caller.
fn fail(error: JsValue) -> ! {
    STATE.with(|s| {
        s.poisoned.set(true);
        s.working.set(false);
    });
    leave();
    wasm_bindgen::throw_val(error)
}

/// On a panic: logs it to the console and ends the call with an `Error`
/// whose code is `INTERNAL`, instead of letting the module trap. The throw
/// unwinds through the module's frames without running Rust code, which is
/// safe because the instance is replaced before any later call.
pub fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            let message = format!("gisty failed: {info}; please report this bug");
            fail(to_js_error(Error::new(ErrorCode::Internal, message)));
        }));
    });
}
