//! What an embedded explorer says to its host page, and the code a newsroom pastes.
//!
//! Height goes out in the formats hosts already understand: Pym.js's string, AMP's
//! `embed-size` message, and our own namespaced message that also carries the state (the
//! query string) so a host can mirror it in its own URL. The only message read back is a
//! request to repeat the height; nothing a host sends can change the state.

use serde_json::json;

/// The `type` of our own messages; hosts match on it.
pub const MESSAGE_TYPE: &str = "briefing-explorer:resize";
/// The one message the explorer accepts from its parent: "tell me your height again"
/// (a host script that loaded after the explorer missed the first report).
pub const PING_TYPE: &str = "briefing-explorer:ping";

/// When an embed sends its first report again (milliseconds after it starts), for hosts
/// without our script (Pym.js, AMP) that may not have been listening yet; our script asks
/// with a ping instead.
pub const RESEND_AFTER_MS: [u32; 3] = [300, 1000, 3000];

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
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" style=\"border:0\" allow=\"clipboard-write\" data-briefing-explorer></iframe>\n<script src=\"{}\" async></script>",
        attr(url),
        attr(title),
        attr(script_url)
    )
}

/// Parameters that concern only the embedding, never the reader's state: ours, and those
/// a Pym.js parent adds to the frame's URL (`parentUrl` may hold the host page's own
/// query, which must not travel on in links or messages).
pub const EMBED_ONLY: &[&str] = &[
    "embed",
    "maxheight",
    "density",
    "filters",
    "childId",
    "initialWidth",
    "parentTitle",
    "parentUrl",
];

/// A query string without the embedding-only parameters (empty, or starting with `?`).
/// The pairs kept are kept as written (commas stay commas, as `url::encode` writes them).
pub fn without_embed(query: &str) -> String {
    let rest = query.strip_prefix('?').unwrap_or(query);
    let kept: Vec<&str> = rest
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| {
            form_urlencoded::parse(pair.as_bytes())
                .next()
                .is_none_or(|(key, _)| !EMBED_ONLY.contains(&key.as_ref()))
        })
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// The same state with `embed=1`, for the frame's URL.
pub fn with_embed(query: &str) -> String {
    EmbedOptions::default().frame_query(query)
}

/// How a newsroom presents an embed: chosen in the embed dialog, carried in the frame's
/// URL (`maxheight=`, `density=compact`, `filters=1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EmbedOptions {
    /// The frame grows with its content up to this many pixels, then scrolls inside.
    pub max_height: Option<u32>,
    /// Tighter type and spacing.
    pub compact: bool,
    /// The filter controls show in the frame (a "Filters" button and its sheet).
    pub filters: bool,
}

impl EmbedOptions {
    /// The smallest and largest maximum height a frame may ask for, in pixels.
    pub const HEIGHTS: std::ops::RangeInclusive<u32> = 200..=4000;

    /// The maximum height the embed dialog offers first: a frame that fits a laptop's or
    /// a phone's screen beside the host's article, its view scrolling inside. Growing with
    /// the content made a timeline 5,682 px tall on a desktop and 10,583 px on a phone;
    /// it stays a choice.
    pub const SUGGESTED_HEIGHT: u32 = 600;

    /// What the embed dialog starts with: [`Self::SUGGESTED_HEIGHT`], the usual density,
    /// no filter controls. (`Default`, growing with the content, is what a frame's URL
    /// without options asks for, as embeds made earlier do.)
    pub fn suggested() -> EmbedOptions {
        EmbedOptions {
            max_height: Some(Self::SUGGESTED_HEIGHT),
            ..EmbedOptions::default()
        }
    }

    /// The options a frame's query asks for; values out of range are ignored.
    pub fn from_query(query: &str) -> EmbedOptions {
        let param = |name| super::url::param(query, name);
        EmbedOptions {
            max_height: param("maxheight")
                .and_then(|v| v.trim().parse::<u32>().ok())
                .filter(|h| Self::HEIGHTS.contains(h)),
            compact: param("density").as_deref() == Some("compact"),
            filters: param("filters").as_deref() == Some("1"),
        }
    }

    /// The frame's query: the reader's state, `embed=1` and these options.
    pub fn frame_query(&self, query: &str) -> String {
        let mut out = without_embed(query);
        out.push(if out.is_empty() { '?' } else { '&' });
        out.push_str("embed=1");
        if let Some(h) = self.max_height {
            out.push_str(&format!("&maxheight={h}"));
        }
        if self.compact {
            out.push_str("&density=compact");
        }
        if self.filters {
            out.push_str("&filters=1");
        }
        out
    }

    /// The height to report for content `height` pixels tall.
    pub fn frame_height(&self, height: u32) -> u32 {
        self.max_height.map_or(height, |max| height.min(max))
    }
}

/// The Pym.js child id from `childId=`, when it is a plain id (letters, digits, `-`, `_`,
/// at most 64): it is echoed to the host inside a string message, so nothing else passes.
pub fn child_id(query: &str) -> Option<String> {
    let id = super::url::param(query, "childId")?;
    let plain = !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    plain.then_some(id)
}

/// True when `data`, a message from the parent window, asks for the height again: our
/// own `{"type": "briefing-explorer:ping"}` or Pym.js's width notice for this child. Any
/// other message is ignored; none can change the state.
pub fn is_height_request(data: &serde_json::Value, child_id: Option<&str>) -> bool {
    match data {
        serde_json::Value::Object(map) => {
            map.get("type").and_then(serde_json::Value::as_str) == Some(PING_TYPE)
        }
        serde_json::Value::String(text) => child_id.is_some_and(|id| {
            text.strip_prefix(&format!("pymxPYMx{id}xPYMxwidthxPYMx"))
                .is_some_and(|px| !px.is_empty() && px.bytes().all(|b| b.is_ascii_digit()))
        }),
        _ => false,
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
            amp_message(640),
            json!({"sentinel": "amp", "type": "embed-size", "height": 640})
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
        // What a Pym.js parent adds never travels on: parentUrl holds the host's own URL.
        assert_eq!(
            without_embed("?q=a%20b&initialWidth=600&parentTitle=T&parentUrl=https%3A%2F%2Fhost%2F%3Ftoken%3Dx&childId=c"),
            "?q=a%20b"
        );
        // What stays is kept as written: a link's commas stay readable.
        assert_eq!(
            without_embed("?embed=1&actor=canada,ukraine&%65mbed=1&density=compact"),
            "?actor=canada,ukraine"
        );
    }

    #[test]
    fn embed_options_round_trip_and_cap_the_height() {
        let options = EmbedOptions {
            max_height: Some(600),
            compact: true,
            filters: true,
        };
        let query = options.frame_query("?view=timeline&maxheight=9&embed=1");
        assert_eq!(
            query,
            "?view=timeline&embed=1&maxheight=600&density=compact&filters=1"
        );
        assert_eq!(EmbedOptions::from_query(&query), options);
        assert_eq!(options.frame_height(5047), 600);
        assert_eq!(options.frame_height(420), 420);
        // Nothing the options add travels to the full explorer or the host's mirror.
        assert_eq!(without_embed(&query), "?view=timeline");
        for bad in [
            "?maxheight=50",
            "?maxheight=99999",
            "?maxheight=abc",
            "?density=tiny",
        ] {
            assert_eq!(
                EmbedOptions::from_query(bad),
                EmbedOptions::default(),
                "{bad}"
            );
        }
        assert_eq!(EmbedOptions::default().frame_query(""), "?embed=1");
    }

    #[test]
    fn child_ids_are_plain() {
        assert_eq!(child_id("?childId=chart-1_a"), Some("chart-1_a".into()));
        assert_eq!(child_id("?childId=a%22b"), None);
        assert_eq!(child_id("?childId=xPYMx%3Cb%3E"), None);
        assert_eq!(child_id("?childId="), None);
        assert_eq!(child_id(&format!("?childId={}", "a".repeat(65))), None);
        assert_eq!(child_id("?actor=a"), None);
    }

    #[test]
    fn only_height_requests_are_heard() {
        use serde_json::json;
        assert!(is_height_request(&json!({"type": PING_TYPE}), None));
        assert!(is_height_request(
            &json!("pymxPYMxc1xPYMxwidthxPYMx600"),
            Some("c1")
        ));
        assert!(!is_height_request(
            &json!("pymxPYMxc2xPYMxwidthxPYMx600"),
            Some("c1")
        ));
        assert!(!is_height_request(
            &json!("pymxPYMxc1xPYMxwidthxPYMx600"),
            None
        ));
        assert!(!is_height_request(
            &json!("pymxPYMxc1xPYMxnavigateToxPYMxhttps://evil"),
            Some("c1")
        ));
        assert!(!is_height_request(&json!({"type": MESSAGE_TYPE}), None));
        assert!(!is_height_request(&json!(null), None));
    }
}
