//! Relative URL → absolute URL.
//!
//! In: a base URL and a reference as written in an attribute. Out: the
//! absolute URL, following RFC 3986 §5 with the WHATWG URL Standard's
//! input clean-up (surrounding spaces and control characters trimmed, tabs
//! and newlines removed, `\` read as `/` in web schemes), which is what a
//! browser does with an `href`. Small on purpose: no host parsing or
//! punycode, which resolving links does not need.

use super::rules::WEB_SCHEMES;

/// Schemes whose URLs always have a host and a path, and where `\` counts
/// as `/`.
const SPECIAL_SCHEMES: &[&str] = &["http", "https", "ftp", "ws", "wss", "file"];

/// A URL split into its parts, each without its delimiter.
#[derive(Debug, PartialEq, Eq, Clone)]
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

/// Cleans a URL as browsers do before parsing: surrounding spaces and
/// control characters trimmed, tabs and newlines removed.
pub fn clean(input: &str) -> String {
    input
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|&c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// The scheme of a URL, lower-cased, if it has one.
pub fn scheme(url: &str) -> Option<String> {
    let url = clean(url);
    let colon = url.find(':')?;
    let candidate = url.get(..colon)?;
    is_scheme(candidate).then(|| candidate.to_ascii_lowercase())
}

/// `url` when it is an absolute web address (`http:` or `https:`), with
/// the characters that could end an HTML attribute or tag (quotes, `<`,
/// `>`, backticks, spaces, controls) percent-encoded, as a URL parser
/// would; `None` for any other scheme (`javascript:`, `data:`...) or a
/// relative URL. What metadata hands back as `url` and `image` passes here.
pub fn web_url(url: &str) -> Option<String> {
    let url = clean(url);
    let scheme = scheme(&url)?;
    if !WEB_SCHEMES.contains(&scheme.as_str()) {
        return None;
    }
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if matches!(c, '"' | '\'' | '<' | '>' | '`' | ' ') || c.is_control() {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xF)]));
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// Digits of percent-encoding.
const HEX: &[u8; 16] = b"0123456789ABCDEF";

fn is_scheme(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

fn is_special(scheme: &str) -> bool {
    SPECIAL_SCHEMES
        .iter()
        .any(|s| s.eq_ignore_ascii_case(scheme))
}

fn split(url: &str) -> Parts<'_> {
    let (rest, fragment) = match url.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (url, None),
    };
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q)),
        None => (rest, None),
    };
    let (scheme, rest) = match rest.split_once(':') {
        Some((s, r)) if is_scheme(s) => (Some(s), r),
        _ => (None, rest),
    };
    let (authority, path) = match rest.strip_prefix("//") {
        Some(after) => {
            let end = after.find('/').unwrap_or(after.len());
            let authority = after.get(..end).unwrap_or(after);
            (Some(authority), after.get(end..).unwrap_or(""))
        }
        None => (None, rest),
    };
    Parts {
        scheme,
        authority,
        path,
        query,
        fragment,
    }
}

/// Resolves `reference` against `base`. Returns `None` when `base` is not
/// an absolute URL and `reference` is relative.
pub fn resolve(base: &str, reference: &str) -> Option<String> {
    let mut reference = clean(reference);
    let base = clean(base);
    let base_scheme = scheme(&base);
    if base_scheme.as_deref().is_some_and(is_special)
        || scheme(&reference).is_some_and(|s| is_special(&s))
    {
        reference = reference.replace('\\', "/");
    }
    let r = split(&reference);
    if let Some(s) = r.scheme {
        let same_special = base_scheme
            .as_deref()
            .is_some_and(|b| b.eq_ignore_ascii_case(s) && is_special(b));
        // "http:page" on an http page is relative (a legacy the standard
        // keeps); any other scheme makes the reference absolute.
        if !(same_special && r.authority.is_none() && !r.path.starts_with('/')) {
            return Some(join(
                &s.to_ascii_lowercase(),
                r.authority,
                &remove_dot_segments(r.path),
                r.query,
                r.fragment,
            ));
        }
    }
    let base_owned = base.replace('\\', "/");
    let b = split(if base_scheme.as_deref().is_some_and(is_special) {
        &base_owned
    } else {
        &base
    });
    let scheme = b.scheme?.to_ascii_lowercase();
    let r = if r.scheme.is_some() {
        // Drop the repeated scheme of "http:page".
        split(reference.split_once(':').map_or("", |(_, rest)| rest))
    } else {
        r
    };
    if r.authority.is_some() {
        return Some(join(
            &scheme,
            r.authority,
            &remove_dot_segments(r.path),
            r.query,
            r.fragment,
        ));
    }
    if r.path.is_empty() {
        let query = r.query.or(b.query);
        return Some(join(&scheme, b.authority, b.path, query, r.fragment));
    }
    let path = if r.path.starts_with('/') {
        remove_dot_segments(r.path)
    } else {
        remove_dot_segments(&merge(&b, r.path))
    };
    Some(join(&scheme, b.authority, &path, r.query, r.fragment))
}

/// RFC 3986 §5.2.3: the base path up to its last `/`, then the reference.
fn merge(base: &Parts<'_>, path: &str) -> String {
    if base.authority.is_some() && base.path.is_empty() {
        return format!("/{path}");
    }
    match base.path.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/{path}"),
        None => path.to_string(),
    }
}

/// RFC 3986 §5.2.4: resolves `.` and `..` segments.
fn remove_dot_segments(path: &str) -> String {
    if !path.contains('.') {
        return path.to_string();
    }
    let absolute = path.starts_with('/');
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    let mut trailing_slash = false;
    for (i, seg) in segments.iter().enumerate() {
        if i == 0 && absolute {
            continue;
        }
        match *seg {
            "." | "%2e" | "%2E" => trailing_slash = i == last,
            ".." | ".%2e" | ".%2E" | "%2e." | "%2E." | "%2e%2e" | "%2E%2E" => {
                out.pop();
                trailing_slash = i == last;
            }
            s => {
                out.push(s);
                trailing_slash = false;
            }
        }
    }
    let mut result = String::with_capacity(path.len());
    if absolute {
        result.push('/');
    }
    result.push_str(&out.join("/"));
    if trailing_slash && !result.ends_with('/') {
        result.push('/');
    }
    result
}

fn join(
    scheme: &str,
    authority: Option<&str>,
    path: &str,
    query: Option<&str>,
    fragment: Option<&str>,
) -> String {
    let mut out = String::with_capacity(scheme.len() + path.len() + 16);
    out.push_str(scheme);
    out.push(':');
    if let Some(a) = authority {
        out.push_str("//");
        out.push_str(&a.to_ascii_lowercase());
        if path.is_empty() && is_special(scheme) {
            out.push('/');
        }
    }
    out.push_str(path);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out.replace(' ', "%20")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_urls_only_and_safe_to_write() {
        assert_eq!(
            web_url(" https://example.org/a b\"<x>?q='1'#`f` ").as_deref(),
            Some("https://example.org/a%20b%22%3Cx%3E?q=%271%27#%60f%60")
        );
        assert_eq!(
            web_url("HTTP://example.org/").as_deref(),
            Some("HTTP://example.org/")
        );
        for bad in [
            "javascript:alert(document.domain)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "/relative/path",
            "mailto:someone@example.org",
        ] {
            assert_eq!(web_url(bad), None, "{bad}");
        }
    }

    const BASE: &str = "http://a/b/c/d;p?q";

    fn r(reference: &str) -> String {
        resolve(BASE, reference).unwrap_or_default()
    }

    #[test]
    fn rfc3986_normal_examples() {
        let cases = [
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g/"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"),
            ("g;x", "http://a/b/c/g;x"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
        ];
        for (reference, want) in cases {
            assert_eq!(r(reference), want, "{reference}");
        }
    }

    #[test]
    fn rfc3986_abnormal_examples() {
        let cases = [
            ("../../../g", "http://a/g"),
            ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            (".g", "http://a/b/c/.g"),
            ("g..", "http://a/b/c/g.."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("./g/.", "http://a/b/c/g/"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
            ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
            ("g;x=1/../y", "http://a/b/c/y"),
            ("g?y/./x", "http://a/b/c/g?y/./x"),
            ("g#s/../x", "http://a/b/c/g#s/../x"),
        ];
        for (reference, want) in cases {
            assert_eq!(r(reference), want, "{reference}");
        }
    }

    #[test]
    fn browser_clean_up() {
        assert_eq!(r("  g\n\t "), "http://a/b/c/g");
        assert_eq!(r("\\\\host\\x"), "http://host/x");
        assert_eq!(r("http:g"), "http://a/b/c/g");
        assert_eq!(r("a b"), "http://a/b/c/a%20b");
        assert_eq!(
            resolve("https://Example.COM", "x").as_deref(),
            Some("https://example.com/x")
        );
    }

    #[test]
    fn absolute_and_other_schemes() {
        assert_eq!(r("https://x.org/p/../q"), "https://x.org/q");
        assert_eq!(
            r("mailto:someone@example.com"),
            "mailto:someone@example.com"
        );
        assert_eq!(r("JavaScript:alert(1)"), "javascript:alert(1)");
        assert_eq!(
            scheme(" java\tscript:alert(1)").as_deref(),
            Some("javascript")
        );
        assert_eq!(scheme("/relative:path"), None);
    }

    #[test]
    fn relative_base_cannot_resolve() {
        assert_eq!(resolve("/just/a/path", "x"), None);
        assert_eq!(resolve("", "x"), None);
    }
}
