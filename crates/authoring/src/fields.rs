//! From a problem's JSON path to the form field it is about, so that every problem in
//! the list links to the place to fix it. Form fields carry ids made here from the same
//! path (`f-positions-3-summary`), so the two cannot disagree.

use crate::draft::Field;

/// The parts of the studio that hold fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Section {
    /// The briefing's title, summary, language, date and the sources' details.
    #[default]
    Briefing,
    Actors,
    Topics,
    Positions,
    Events,
    /// Problems, export and import.
    Check,
    Preview,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Briefing,
        Section::Actors,
        Section::Topics,
        Section::Positions,
        Section::Events,
        Section::Check,
        Section::Preview,
    ];

    /// The word used in `data-studio-section` and in text keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Section::Briefing => "briefing",
            Section::Actors => "actors",
            Section::Topics => "topics",
            Section::Positions => "positions",
            Section::Events => "events",
            Section::Check => "check",
            Section::Preview => "preview",
        }
    }
}

/// Where a problem is fixed: the section, the item's index in it (its form is opened),
/// and the id of the element to focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub section: Section,
    pub item: Option<usize>,
    pub element: String,
}

/// The JSON path of a draft field (as the validator names it).
pub fn path(field: Field) -> String {
    use crate::draft::{ActorField, EventField, PositionField, SourceField, TopicField};
    match field {
        Field::Title => "title".into(),
        Field::Summary => "summary".into(),
        Field::Language => "language".into(),
        Field::AsOf => "as_of".into(),
        Field::Source(i, f) => format!(
            "sources[{i}].{}",
            match f {
                SourceField::Title => "title",
                SourceField::Publisher => "publisher",
                SourceField::Url => "url",
                SourceField::Published => "published",
            }
        ),
        Field::Actor(i, f) => format!(
            "actors[{i}].{}",
            match f {
                ActorField::Name => "name",
                ActorField::Kind => "kind",
                ActorField::Description => "description",
            }
        ),
        Field::Alias(i, j) => format!("actors[{i}].aliases[{j}]"),
        Field::Topic(i, f) => format!(
            "topics[{i}].{}",
            match f {
                TopicField::Label => "label",
                TopicField::Description => "description",
            }
        ),
        Field::Position(i, f) => format!(
            "positions[{i}].{}",
            match f {
                PositionField::Actor => "actor",
                PositionField::Topic => "topic",
                PositionField::Stance => "stance",
                PositionField::Attribution => "attribution",
                PositionField::Summary => "summary",
            }
        ),
        Field::Event(i, f) => format!(
            "events[{i}].{}",
            match f {
                EventField::Order => "order",
                EventField::When => "when",
                EventField::Phase => "phase",
                EventField::Title => "title",
                EventField::Summary => "summary",
            }
        ),
    }
}

/// The element id of a field: `f-` and the path with `[`, `]` and `.` as `-`
/// (`positions[3].quotes[0]` → `f-positions-3-quotes-0`).
pub fn element_id(path: &str) -> String {
    let mut out = String::from("f");
    for part in path.split(['[', ']', '.']).filter(|p| !p.is_empty()) {
        out.push('-');
        out.push_str(part);
    }
    out
}

/// The field a problem at `path` is about. Paths deeper than any field (a quote's
/// `text`, an event's `actors[2]`) lead to the nearest field that holds them; paths
/// outside the briefing (`(document)`) lead nowhere.
pub fn place_of(path: &str) -> Option<Place> {
    if path.starts_with('(') {
        return None;
    }
    let mut parts = path.split('.');
    let head = parts.next()?;
    let (list, index) = match head.split_once('[') {
        Some((list, rest)) => (list, rest.strip_suffix(']')?.parse::<usize>().ok()),
        None => (head, None),
    };
    let section = match list {
        "format" | "id" | "title" | "summary" | "language" | "as_of" => {
            return Some(Place {
                section: Section::Briefing,
                item: None,
                element: element_id(if list == "format" { "title" } else { list }),
            })
        }
        "sources" => Section::Briefing,
        "actors" => Section::Actors,
        "topics" => Section::Topics,
        "positions" => Section::Positions,
        "events" => Section::Events,
        _ => return None,
    };
    let Some(index) = index else {
        // The list itself ("at least one source").
        return Some(Place {
            section,
            item: None,
            element: format!("list-{list}"),
        });
    };
    let field = parts.next();
    let element = match field {
        None => element_id(head),
        // A source's digest follows its text.
        Some("sha256" | "text") if list == "sources" => format!("{}-text", element_id(head)),
        Some(field) => {
            // `quotes[0].text` → the quote; `aliases[1]` → that alias; `actors[2]` → the
            // event's actor choices.
            let (name, sub) = match field.split_once('[') {
                Some((name, rest)) => (
                    name,
                    rest.strip_suffix(']').and_then(|n| n.parse::<usize>().ok()),
                ),
                None => (field, None),
            };
            match (name, sub) {
                ("quotes" | "aliases", Some(n)) => element_id(&format!("{head}.{name}[{n}]")),
                _ => element_id(&format!("{head}.{name}")),
            }
        }
    };
    Some(Place {
        section,
        item: Some(index),
        element,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(path: &str) -> (Section, Option<usize>, String) {
        let p = place_of(path).unwrap();
        (p.section, p.item, p.element)
    }

    #[test]
    fn paths_lead_to_their_fields() {
        assert_eq!(place("title"), (Section::Briefing, None, "f-title".into()));
        assert_eq!(place("as_of"), (Section::Briefing, None, "f-as_of".into()));
        assert_eq!(
            place("sources[0].published"),
            (Section::Briefing, Some(0), "f-sources-0-published".into())
        );
        assert_eq!(
            place("sources[1].sha256"),
            (Section::Briefing, Some(1), "f-sources-1-text".into())
        );
        assert_eq!(
            place("actors[2].aliases[1]"),
            (Section::Actors, Some(2), "f-actors-2-aliases-1".into())
        );
        assert_eq!(
            place("positions[3].quotes[0].text"),
            (Section::Positions, Some(3), "f-positions-3-quotes-0".into())
        );
        assert_eq!(
            place("positions[3].quotes"),
            (Section::Positions, Some(3), "f-positions-3-quotes".into())
        );
        assert_eq!(
            place("events[1].actors[4]"),
            (Section::Events, Some(1), "f-events-1-actors".into())
        );
        assert_eq!(
            place("events[0].order"),
            (Section::Events, Some(0), "f-events-0-order".into())
        );
        assert_eq!(
            place("sources"),
            (Section::Briefing, None, "list-sources".into())
        );
        assert_eq!(place_of("(document)"), None);
        assert_eq!(place_of("elsewhere[0].x"), None);
    }

    #[test]
    fn every_problem_the_validator_reports_on_a_broken_draft_has_a_place() {
        use briefing::{validate, Briefing, Event, Position, Quote, Source};
        let b = Briefing {
            sources: vec![Source::default(), Source::default()],
            positions: vec![Position {
                quotes: vec![Quote::default()],
                ..Position::default()
            }],
            events: vec![Event {
                actors: vec!["x".into()],
                ..Event::default()
            }],
            ..Briefing::default()
        };
        for problem in validate(&b) {
            assert!(place_of(&problem.path).is_some(), "{}", problem.path);
        }
    }
}
