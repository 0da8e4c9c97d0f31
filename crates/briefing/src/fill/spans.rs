//! Where the parts of a JSON text are, so that `fill` can change a few values in the text
//! itself and leave every other byte as the editor wrote it.
//!
//! serde_json reads a document into values and writes it out again in its own way: a big
//! integer becomes a float, `-0` becomes `-0.0`, `1E2` becomes `100.0`, escapes and
//! spacing change. So the values fill sets are written into the original text at the
//! places this scanner finds, instead of the text being written anew from values.
//!
//! The scanner reads a text serde_json has already accepted, so it checks little: it
//! finds where each value, key and separator is, and gives up (`None`) on anything it
//! does not expect.

use std::ops::Range;

/// A value in the text: where it is (bytes), and its members or items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Node {
    pub span: Range<usize>,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Kind {
    Object(Vec<Member>),
    Array(Vec<Node>),
    /// A string, number, `true`, `false` or `null`.
    Scalar,
}

/// One `"key": value` of an object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Member {
    /// The key, unescaped, as serde_json reads it.
    pub key: String,
    /// The spacing before the key (after the `{` or `,`).
    pub lead: Range<usize>,
    /// The key as written, quotes included.
    pub key_span: Range<usize>,
    pub value: Node,
}

impl Node {
    /// The member `key` of an object, the last one when the key is repeated: the one
    /// whose value serde_json keeps.
    pub fn member(&self, key: &str) -> Option<&Member> {
        self.members().iter().rev().find(|m| m.key == key)
    }

    /// An object's members (none for anything else).
    pub fn members(&self) -> &[Member] {
        match &self.kind {
            Kind::Object(members) => members,
            _ => &[],
        }
    }

    /// The `i`th item of an array.
    pub fn item(&self, i: usize) -> Option<&Node> {
        match &self.kind {
            Kind::Array(items) => items.get(i),
            _ => None,
        }
    }
}

/// The parts of `text`, a whole JSON document.
pub(super) fn scan(text: &str) -> Option<Node> {
    let mut scanner = Scanner {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let root = scanner.value()?;
    scanner.space();
    (scanner.at == text.len()).then_some(root)
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Skips JSON whitespace (the only four characters JSON allows between tokens).
    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek() == Some(byte)).then(|| self.at += 1)
    }

    fn value(&mut self) -> Option<Node> {
        self.space();
        let start = self.at;
        let kind = match self.peek()? {
            b'{' => Kind::Object(self.members()?),
            b'[' => Kind::Array(self.items()?),
            b'"' => {
                self.string()?;
                Kind::Scalar
            }
            _ => {
                // A number or a literal: everything up to the next delimiter.
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.at += 1;
                }
                Kind::Scalar
            }
        };
        (self.at > start).then_some(Node {
            span: start..self.at,
            kind,
        })
    }

    /// A string, from its opening quote to just after its closing one.
    fn string(&mut self) -> Option<()> {
        self.expect(b'"')?;
        loop {
            match self.peek()? {
                b'"' => break,
                // An escape: whatever follows the backslash cannot close the string.
                b'\\' => self.at += 2,
                _ => self.at += 1,
            }
        }
        self.at += 1;
        Some(())
    }

    fn members(&mut self) -> Option<Vec<Member>> {
        self.expect(b'{')?;
        let mut members = Vec::new();
        loop {
            let lead_start = self.at;
            self.space();
            if members.is_empty() && self.peek() == Some(b'}') {
                self.at += 1;
                return Some(members);
            }
            let lead = lead_start..self.at;
            let key_start = self.at;
            self.string()?;
            let key_span = key_start..self.at;
            let key = serde_json::from_str(&self.text[key_span.clone()]).ok()?;
            self.space();
            self.expect(b':')?;
            let value = self.value()?;
            members.push(Member {
                key,
                lead,
                key_span,
                value,
            });
            self.space();
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => {
                    self.at += 1;
                    return Some(members);
                }
                _ => return None,
            }
        }
    }

    fn items(&mut self) -> Option<Vec<Node>> {
        self.expect(b'[')?;
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Some(items);
        }
        loop {
            items.push(self.value()?);
            self.space();
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    return Some(items);
                }
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_values_and_the_spacing_before_each_key() {
        let text = " {\"a\" : [1E2, {}],\n  \"b\\u0022\":\"x\\\"y\", \"a\": -0 } ";
        let root = scan(text).unwrap();
        let at = |r: &Range<usize>| &text[r.clone()];
        let keys: Vec<&str> = root.members().iter().map(|m| m.key.as_str()).collect();
        assert_eq!(keys, ["a", "b\"", "a"]);
        let b = root.member("b\"").unwrap();
        assert_eq!(at(&b.lead), "\n  ");
        assert_eq!(at(&b.key_span), "\"b\\u0022\"");
        assert_eq!(at(&b.value.span), "\"x\\\"y\"");
        // A repeated key: the last one, as serde_json reads it.
        assert_eq!(at(&root.member("a").unwrap().value.span), "-0");
        let first = &root.members()[0].value;
        assert_eq!(at(&first.item(0).unwrap().span), "1E2");
        assert_eq!(first.item(1).unwrap().kind, Kind::Object(vec![]));
        assert_eq!(scan("[1, 2"), None);
        assert_eq!(scan("{} x"), None);
    }
}
