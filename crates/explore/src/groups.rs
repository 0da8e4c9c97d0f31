//! The cards view's layout: the passing positions grouped by actor or by topic, in the
//! briefing's order, cut at a number of cards so that thousands of positions are drawn a
//! page at a time.

use briefing::Briefing;

use super::state::GroupBy;

/// One group as drawn: which actor or topic, how many positions pass in it, the cards
/// shown (indexes into `briefing.positions`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub by: GroupBy,
    /// Index into `briefing.actors` or `briefing.topics`.
    pub index: usize,
    pub total: usize,
    pub shown: Vec<usize>,
}

impl Group {
    /// The stable key of a group in a keyed list.
    pub fn key(&self) -> (GroupBy, usize) {
        (self.by, self.index)
    }

    /// The id of the group's actor or topic.
    pub fn id<'a>(&self, b: &'a Briefing) -> &'a str {
        match self.by {
            GroupBy::Actor => b.actors.get(self.index).map_or("", |a| a.id.as_str()),
            GroupBy::Topic => b.topics.get(self.index).map_or("", |t| t.id.as_str()),
        }
    }

    /// The group's heading: the actor's name or the topic's label.
    pub fn label<'a>(&self, b: &'a Briefing) -> &'a str {
        match self.by {
            GroupBy::Actor => b.actors.get(self.index).map_or("", |a| a.name.as_str()),
            GroupBy::Topic => b.topics.get(self.index).map_or("", |t| t.label.as_str()),
        }
    }
}

/// The non-empty groups of `positions` (indexes in briefing order) by `by`, showing at most
/// `limit` cards in all: groups past the limit are left out, the last one shown may be cut.
pub fn card_groups(b: &Briefing, positions: &[usize], by: GroupBy, limit: usize) -> Vec<Group> {
    let ids: Vec<&str> = match by {
        GroupBy::Actor => b.actors.iter().map(|a| a.id.as_str()).collect(),
        GroupBy::Topic => b.topics.iter().map(|t| t.id.as_str()).collect(),
    };
    // One pass puts every passing position in its group's bucket.
    let at: std::collections::HashMap<&str, usize> =
        ids.iter().enumerate().map(|(g, id)| (*id, g)).collect();
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
    for &i in positions {
        let Some(p) = b.positions.get(i) else {
            continue;
        };
        let key = match by {
            GroupBy::Actor => p.actor.as_str(),
            GroupBy::Topic => p.topic.as_str(),
        };
        if let Some(&g) = at.get(key) {
            buckets[g].push(i);
        }
    }
    let mut budget = limit;
    let mut groups = Vec::new();
    for (index, members) in buckets.into_iter().enumerate() {
        if members.is_empty() {
            continue;
        }
        if budget == 0 {
            break;
        }
        let shown: Vec<usize> = members.iter().copied().take(budget).collect();
        budget -= shown.len();
        groups.push(Group {
            by,
            index,
            total: members.len(),
            shown,
        });
    }
    groups
}
