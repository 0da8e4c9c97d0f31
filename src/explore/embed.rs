//! What an embedded explorer says to its host page, and the code a newsroom pastes.
//!
//! Height goes out in the formats hosts already understand: Pym.js's string, AMP's
//! `embed-size` message, and our own namespaced message that also carries the state (the
//! query string) so a host can mirror it in its own URL. Nothing is ever read back: the
//! explorer does not listen to messages at all.

use serde_json::json;

/// The `type` of our own messages; hosts match on it.
pub const MESSAGE_TYPE: &str = "briefing-explorer:resize";

/// Pym.js's child-to-parent height message: `pymxPYMx{id}xPYMxheightxPYMx{px}`.
pub fn pym_message(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

/// AMP's `embed-size` request (`amp-iframe` with `resizable`).
pub fn amp_message(height: u32) -> serde_json::Value {
    json!({ "sentinel": "amp", "type": "embed-size", "height": height })
}

/// Our own message: height, the state as a query string, and the Pym id if any.
pub fn state_message(height: u32, query: &str, child_id: Option<&str>) -> serde_json::Value {
    json!({
        "type": MESSAGE_TYPE,
        "version": 1,
        "height": height,
        "query": query,
        "childId": child_id,
    })
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The iframe (and host script) a page pastes to embed the explorer at `url`.
///
/// `script_url` is the host script shipped in `dist/` (`embed.js`) that resizes every
/// embed on the page from its messages.
pub fn iframe_code(url: &str, title: &str, height: u32, script_url: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" style=\"border:0\" data-briefing-explorer></iframe>\n<script src=\"{}\" async></script>",
        attr(url),
        attr(title),
        attr(script_url)
    )
}

/// Adds `embed=1` to a query string (which may be empty or start with `?`).
pub fn with_embed(query: &str) -> String {
    let rest = query.trim_start_matches('?');
    let kept: Vec<&str> = rest
        .split('&')
        .filter(|p| !p.is_empty() && *p != "embed=1" && !p.starts_with("embed="))
        .collect();
    if kept.is_empty() {
        "?embed=1".to_string()
    } else {
        format!("?{}&embed=1", kept.join("&"))
    }
}

/// Drops the embedding-only parameters (`embed`, `childId`) from a query string.
pub fn without_embed(query: &str) -> String {
    let rest = query.trim_start_matches('?');
    let kept: Vec<&str> = rest
        .split('&')
        .filter(|p| {
            !p.is_empty() && !p.starts_with("embed=") && !p.starts_with("childId=") && *p != "embed"
        })
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        assert_eq!(
            pym_message("chart-1", 640),
            "pymxPYMxchart-1xPYMxheightxPYMx640"
        );
        assert_eq!(
            amp_message(640).to_string(),
            r#"{"height":640,"sentinel":"amp","type":"embed-size"}"#
        );
        let ours = state_message(640, "?actor=canada", None);
        assert_eq!(ours["type"], MESSAGE_TYPE);
        assert_eq!(ours["query"], "?actor=canada");
    }

    #[test]
    fn iframe_code_escapes_and_is_complete() {
        let code = iframe_code(
            "https://x.org/e/?q=a&embed=1",
            "Talks \"now\" <b>",
            700,
            "https://x.org/e/embed.js",
        );
        assert!(code.starts_with("<iframe src=\"https://x.org/e/?q=a&amp;embed=1\" title=\"Talks &quot;now&quot; &lt;b&gt;\""));
        for part in [
            "width=\"100%\"",
            "height=\"700\"",
            "loading=\"lazy\"",
            "style=\"border:0\"",
            "<script src=",
        ] {
            assert!(code.contains(part), "{part} missing in {code}");
        }
    }

    #[test]
    fn embed_parameters() {
        assert_eq!(with_embed(""), "?embed=1");
        assert_eq!(with_embed("?actor=a&embed=0"), "?actor=a&embed=1");
        assert_eq!(without_embed("?embed=1&actor=a&childId=c"), "?actor=a");
        assert_eq!(without_embed("?embed=1"), "");
    }
}
