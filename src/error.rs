//! Errors, each with a stable machine-readable code.

use std::fmt;

/// What went wrong, as a stable code that callers can match on.
///
/// The JavaScript binding exposes [`ErrorCode::as_str`] as the `code`
/// property of the thrown `Error`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// The input is not HTML or text gisty can read (binary data, say).
    InvalidInput,
    /// The input is larger than [`Limits::max_input_bytes`](crate::Limits).
    InputTooLarge,
    /// The page holds no article text to extract or summarize.
    NotReaderable,
    /// An option has the wrong type, an unknown value, or an unknown name.
    InvalidOptions,
    /// A bug in gisty: the WebAssembly module panicked or ran out of
    /// memory. The JavaScript binding throws this code; once no call is
    /// running, the next one runs on a fresh instance.
    Internal,
    /// The JavaScript binding was called again while a call of its own was
    /// under way (from a setter on `Object.prototype`, a patched global, a
    /// Proxy trap run after the options were read): the inner call is
    /// refused, and the outer one goes on.
    Reentrant,
}

impl ErrorCode {
    /// Every code, in declaration order. `www/gisty.js` and `www/gisty.d.ts`
    /// list them for JavaScript, and `tests/www_constants.rs` holds those
    /// lists to this one.
    pub const ALL: [ErrorCode; 6] = [
        ErrorCode::InvalidInput,
        ErrorCode::InputTooLarge,
        ErrorCode::NotReaderable,
        ErrorCode::InvalidOptions,
        ErrorCode::Internal,
        ErrorCode::Reentrant,
    ];

    /// The code as JavaScript sees it, e.g. `"INPUT_TOO_LARGE"`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "INVALID_INPUT",
            ErrorCode::InputTooLarge => "INPUT_TOO_LARGE",
            ErrorCode::NotReaderable => "NOT_READERABLE",
            ErrorCode::InvalidOptions => "INVALID_OPTIONS",
            ErrorCode::Internal => "INTERNAL",
            ErrorCode::Reentrant => "REENTRANT",
        }
    }
}

// A new variant does not compile until it has a place in this match; `ALL`,
// above, must then hold it at that place (the loop checks the order of what
// `ALL` holds, since a match cannot say how many variants there are).
const _: () = {
    const fn position(code: ErrorCode) -> usize {
        match code {
            ErrorCode::InvalidInput => 0,
            ErrorCode::InputTooLarge => 1,
            ErrorCode::NotReaderable => 2,
            ErrorCode::InvalidOptions => 3,
            ErrorCode::Internal => 4,
            ErrorCode::Reentrant => 5,
        }
    }
    let mut i = 0;
    while i < ErrorCode::ALL.len() {
        assert!(
            position(ErrorCode::ALL[i]) == i,
            "ErrorCode::ALL is out of order"
        );
        i += 1;
    }
};

/// An error with a [code](ErrorCode) and a message meant for a developer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    code: ErrorCode,
    message: String,
}

impl Error {
    pub(crate) fn new(code: ErrorCode, message: impl Into<String>) -> Error {
        Error {
            code,
            message: message.into(),
        }
    }

    pub(crate) fn invalid_option(field: &str, problem: impl fmt::Display) -> Error {
        Error::new(
            ErrorCode::InvalidOptions,
            format!("option `{field}`: {problem}"),
        )
    }

    pub fn code(&self) -> ErrorCode {
        self.code
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message)
    }
}

impl std::error::Error for Error {}
