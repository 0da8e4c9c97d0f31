//! A search that forgives: each folded search term becomes a set of alternatives, any of
//! which may match.
//!
//! - A hyphenated word also matches written together or apart ("cease-fire" finds
//!   "ceasefire" and "cease fire").
//! - A known spelling of a place name also matches its other spellings ("Kiev" finds
//!   "Kyiv"): a fixed list of transliterations, not facts about any briefing.
//! - A word of five letters or more that starts no word of the briefing is corrected when
//!   exactly one word of the briefing is one edit away (a letter added, dropped, changed,
//!   or two neighbours swapped): "sanctons" finds "sanctions". Where several are, nothing
//!   is guessed; the words close to it are offered as "did you mean".
//!
//! The briefing's words (its vocabulary) are gathered once, by the first search that
//! needs them.

/// Spellings of place names in the news, folded, each with the spellings it also finds.
const SPELLINGS: &[(&str, &str)] = &[
    ("kiev", "kyiv"),
    ("kharkov", "kharkiv"),
    ("odessa", "odesa"),
    ("lvov", "lviv"),
    ("nikolaev", "mykolaiv"),
    ("zaporozhye", "zaporizhzhia"),
    ("chernigov", "chernihiv"),
    ("donbass", "donbas"),
    ("lugansk", "luhansk"),
    ("dnepr", "dnipro"),
    ("rovno", "rivne"),
    ("byelorussia", "belarus"),
];

/// The shortest word corrected without asking.
pub const MIN_CORRECTED: usize = 5;
/// The shortest word for which "did you mean" is offered.
const MIN_SUGGESTED: usize = 4;
/// How many "did you mean" words at most.
const MAX_SUGGESTIONS: usize = 3;

/// The distinct words of a briefing's folded texts, sorted.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    words: Vec<String>,
}

impl Vocabulary {
    /// The words of the folded `texts` (runs of letters and digits).
    pub fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vocabulary {
        // Distinct words first, as borrowed slices: a large briefing repeats its words
        // many times over, and only the distinct ones are copied and sorted.
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for text in texts {
            seen.extend(
                text.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty()),
            );
        }
        let mut words: Vec<String> = seen.into_iter().map(str::to_string).collect();
        words.sort_unstable();
        Vocabulary { words }
    }

    /// True when some word starts with `prefix`.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let at = self.words.partition_point(|w| w.as_str() < prefix);
        self.words.get(at).is_some_and(|w| w.starts_with(prefix))
    }

    /// The words one edit away from `word`.
    fn within_one(&self, word: &str) -> Vec<&str> {
        let len = word.chars().count();
        self.words
            .iter()
            .filter(|w| w.len().abs_diff(word.len()) <= 4)
            .filter(|w| w.chars().count().abs_diff(len) <= 1 && one_edit(word, w))
            .map(String::as_str)
            .collect()
    }

    /// Up to [`MAX_SUGGESTIONS`] words close to `word` (two edits at most), closest first.
    fn close_to(&self, word: &str) -> Vec<String> {
        let len = word.chars().count();
        let mut found: Vec<(usize, &str)> = self
            .words
            .iter()
            .filter(|w| w.chars().count().abs_diff(len) <= 2 && w.chars().count() >= 3)
            .filter_map(|w| distance_within(word, w, 2).map(|d| (d, w.as_str())))
            .collect();
        found.sort_unstable();
        found
            .into_iter()
            .take(MAX_SUGGESTIONS)
            .map(|(_, w)| w.to_string())
            .collect()
    }
}

/// True when `a` and `b` differ by exactly one edit: one character added, dropped or
/// changed, or two neighbours swapped.
pub fn one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b {
        return false;
    }
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[common..], &b[common..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            // A change, or a swap of neighbours.
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Less => ra == &rb[1..],
        std::cmp::Ordering::Greater => &ra[1..] == rb,
    }
}

/// The edit distance of `a` and `b` (with swaps of neighbours) when at most `limit`.
pub fn distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    // Three rows of the classic table: two back for swaps.
    let mut before: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (previous[j] + 1)
                .min(row[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        if row.iter().min().is_some_and(|&m| m > limit) {
            return None;
        }
        before = std::mem::replace(&mut previous, row);
    }
    let d = previous[b.len()];
    (d <= limit).then_some(d)
}

/// One search term and what may match in its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The term as folded from the query.
    pub typed: String,
    /// The term and its alternatives; an item matches when any starts one of its words.
    pub alternatives: Vec<String>,
    /// The briefing's word the term was corrected to, if it was.
    pub corrected: Option<String>,
    /// Words of the briefing close to a term that matches nothing.
    pub suggestions: Vec<String>,
}

/// The query's terms with their alternatives.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Expansion {
    pub terms: Vec<Term>,
}

impl Expansion {
    /// Every alternative of every term: what the views highlight.
    pub fn highlights(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .terms
            .iter()
            .flat_map(|t| t.alternatives.iter().cloned())
            .collect();
        // Equal words are indistinguishable, so the unstable sort gives the stable one's
        // result (and the wasm holds no stable sort).
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The corrections made: (as typed, as searched).
    pub fn corrections(&self) -> Vec<(&str, &str)> {
        self.terms
            .iter()
            .filter_map(|t| Some((t.typed.as_str(), t.corrected.as_deref()?)))
            .collect()
    }

    /// "Did you mean" words for terms that match nothing: (as typed, suggestions).
    pub fn suggestions(&self) -> Vec<(&str, &[String])> {
        self.terms
            .iter()
            .filter(|t| !t.suggestions.is_empty())
            .map(|t| (t.typed.as_str(), t.suggestions.as_slice()))
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// True for a term that is one word (a phrase has spaces; punctuation first may match
/// anywhere and is left alone).
fn is_word(term: &str) -> bool {
    term.chars()
        .all(|c| c.is_alphanumeric() || c == '-' || c == '\'')
        && term.chars().next().is_some_and(char::is_alphanumeric)
}

/// Expands the folded `terms`; `vocabulary` is asked for only when a word starts no word
/// of the briefing (gathering it costs a pass over every text, once).
pub fn expand<'v>(terms: Vec<String>, vocabulary: impl Fn() -> &'v Vocabulary) -> Expansion {
    let terms = terms
        .into_iter()
        .map(|typed| {
            let mut alternatives = vec![typed.clone()];
            let mut corrected = None;
            let mut suggestions = Vec::new();
            if is_word(&typed) {
                if typed.contains('-') {
                    let parts: Vec<&str> = typed.split('-').filter(|p| !p.is_empty()).collect();
                    alternatives.push(parts.concat());
                    alternatives.push(parts.join(" "));
                }
                for (a, b) in SPELLINGS {
                    if typed == *a {
                        alternatives.push(b.to_string());
                    } else if typed == *b {
                        alternatives.push(a.to_string());
                    }
                }
                let simple = typed.chars().all(char::is_alphanumeric);
                if simple && typed.chars().count() >= MIN_SUGGESTED {
                    let vocabulary = vocabulary();
                    if !alternatives.iter().any(|a| vocabulary.has_prefix(a)) {
                        let near = vocabulary.within_one(&typed);
                        if typed.chars().count() >= MIN_CORRECTED && near.len() == 1 {
                            corrected = Some(near[0].to_string());
                            alternatives.push(near[0].to_string());
                        } else {
                            suggestions = vocabulary.close_to(&typed);
                        }
                    }
                }
            }
            alternatives.dedup();
            Term {
                typed,
                alternatives,
                corrected,
                suggestions,
            }
        })
        .collect();
    Expansion { terms }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> Vocabulary {
        Vocabulary::of([
            "sanctions tied to compliance; a ceasefire, not a freeze",
            "talks in kyiv and washington; sanction relief",
            "security guarantees; secure borders",
        ])
    }

    fn expand_one(term: &str) -> Term {
        let v = vocabulary();
        expand(vec![term.to_string()], || &v).terms.remove(0)
    }

    #[test]
    fn one_edit_is_one_letter_added_dropped_changed_or_swapped() {
        assert!(one_edit("sanctons", "sanctions"));
        assert!(one_edit("ceasfire", "ceasefire"));
        assert!(one_edit("secrity", "security"));
        assert!(one_edit("sceurity", "security"));
        assert!(one_edit("securitx", "security"));
        assert!(!one_edit("security", "security"));
        assert!(!one_edit("scuerity", "security"));
        assert!(!one_edit("sanction", "sanctons"));
        assert_eq!(distance_within("sanction", "sanctons", 2), Some(2));
        assert_eq!(distance_within("kitten", "sitting", 2), None);
        assert_eq!(distance_within("abcd", "abdc", 2), Some(1));
    }

    #[test]
    fn a_misspelt_word_is_corrected_when_only_one_word_is_near() {
        let t = expand_one("sanctons");
        assert_eq!(t.corrected.as_deref(), Some("sanctions"));
        assert_eq!(t.alternatives, ["sanctons", "sanctions"]);
        assert_eq!(
            expand_one("ceasfire").corrected.as_deref(),
            Some("ceasefire")
        );
        // A word that starts a word of the briefing is left as typed.
        let t = expand_one("sanction");
        assert_eq!(
            (t.corrected, t.alternatives),
            (None, vec!["sanction".to_string()])
        );
        // Short words are never guessed at.
        assert_eq!(expand_one("kyvi").corrected, None);
    }

    #[test]
    fn ambiguous_words_get_suggestions_not_guesses() {
        let v = Vocabulary::of(["secure secured"]);
        let t = expand(vec!["securex".to_string()], || &v).terms.remove(0);
        assert_eq!(t.corrected, None);
        assert_eq!(t.suggestions, ["secure", "secured"]);
    }

    #[test]
    fn hyphens_and_known_spellings_fold() {
        let t = expand_one("cease-fire");
        assert_eq!(t.alternatives, ["cease-fire", "ceasefire", "cease fire"]);
        let t = expand_one("kiev");
        assert_eq!(t.alternatives, ["kiev", "kyiv"]);
        assert_eq!(t.corrected, None, "a spelling is not a typo");
        assert_eq!(expand_one("kyiv").alternatives, ["kyiv", "kiev"]);
    }

    #[test]
    fn phrases_and_punctuation_are_left_alone() {
        assert_eq!(
            expand_one("security guarentees").alternatives,
            ["security guarentees"]
        );
        assert_eq!(expand_one("'s").alternatives, ["'s"]);
    }
}

/// `query` with each word that folds to `folded` replaced by `with` (a "did you mean"
/// link); the rest of the query is kept as typed.
pub fn replace_word(query: &str, folded: &str, with: &str) -> String {
    let mut out = String::with_capacity(query.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            if briefing::fold::fold(word) == folded {
                out.push_str(with);
            } else {
                out.push_str(word);
            }
            word.clear();
        }
    };
    for c in query.chars() {
        if c.is_whitespace() || c == '"' {
            flush(&mut word, &mut out);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod replace_tests {
    use super::replace_word;

    #[test]
    fn replaces_only_the_misspelt_word() {
        assert_eq!(
            replace_word("Sécurtiy borders", "securtiy", "security"),
            "security borders"
        );
        assert_eq!(
            replace_word("\"secure zone\" secur", "secur", "secure"),
            "\"secure zone\" secure"
        );
        assert_eq!(replace_word("nothing here", "absent", "x"), "nothing here");
    }
}
